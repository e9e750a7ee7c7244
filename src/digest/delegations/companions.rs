//! Companions: "X, who accompanied the president, said" and "X accompanied him to the
//! talks" name X as attending, on the side their title gives ("Egyptian Foreign Minister
//! X"). The passive ("was accompanied by") opens an attendee list instead (`cues`).

use super::heads::named;
use super::Listing;
use crate::ids::SentenceId;
use crate::lexicon::cues::{COMPANION_VERB, PASSIVE_HELPERS};
use crate::people::People;
use crate::tokens::Word;

/// The people a sentence names as having accompanied someone, as listings (`opening`: the
/// indices of the words that may open the verb, in order).
pub fn companions(
    (ws, opening): (&[Word], &[usize]),
    (sentence, base): (SentenceId, usize),
    people: &People,
    out: &mut Vec<Listing>,
) {
    let Some(v) = opening
        .iter()
        .copied()
        .find(|&i| ws[i].key() == COMPANION_VERB)
    else {
        return;
    };
    let passive = v
        .checked_sub(1)
        .is_some_and(|p| PASSIVE_HELPERS.contains(&ws[p].key()))
        || ws.get(v + 1).is_some_and(|w| w.key() == "by");
    if passive || v == 0 {
        return;
    }
    // "X, who accompanied": the phrase before the comma; "X accompanied": the clause.
    let end = if ws[v - 1].key() == "who" { v - 1 } else { v };
    let start = ws[..end.saturating_sub(1)]
        .iter()
        .rposition(|w| w.breaks_after())
        .map_or(0, |c| c + 1);
    let (persons, _) = named(ws, start..end, people);
    if let Some(&(person, side, at)) = persons.last() {
        if side.is_some() {
            out.push(Listing {
                person,
                side,
                sentence,
                head: false,
                at: base + at,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn who_accompanied_someone_attends_on_their_own_side() {
        // After duc2004 d30028t (APW19981004.0550): "Egyptian Foreign Minister Amr Moussa,
        // who accompanied him on the trip, said ...". Invented names.
        let cases: &[(&str, &[&str])] = &[
            (
                "Egyptian Foreign Minister Karim Adel, who accompanied him on the trip, said the talks went well.",
                &["Karim Adel"],
            ),
            (
                "Chilean Finance Minister Rosa Vidal accompanied the president to the summit.",
                &["Rosa Vidal"],
            ),
            // The passive opens a list, read elsewhere; someone without a side is left out.
            ("The president was accompanied by Rosa Vidal.", &[]),
            ("Rosa Vidal accompanied the president to the summit.", &[]),
        ];
        super::super::check_listed(cases, &|ws, place, people, out| {
            companions(ws, place, people, out);
        });
    }
}

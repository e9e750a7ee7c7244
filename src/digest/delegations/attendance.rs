//! Attendance stated of the people named before a verb: "Canada's finance minister,
//! Sarah Okafor, and British Chancellor Tom Hale *also attended*", "X *took part in* the
//! talks", "X, who *hosted* the meeting, said". Each attends on the side their title
//! gives; a verb said of something other than a meeting ("attended Harvard"), denied
//! ("did not attend", "was not present") or passive ("attended by", an attendee list
//! read in `cues`) names no one.

use super::heads::named;
use super::Listing;
use crate::ids::SentenceId;
use crate::lexicon::cues::{
    ATTENDANCE_OBJECT_VERBS, ATTENDANCE_VERBS, ATTENDED_LINKS, NEGATIONS, NOT_YET,
};
use crate::lexicon::discourse::SPEECH_VERBS;
use crate::people::names::is_meeting_word;
use crate::people::People;
use crate::tokens::Word;
use std::sync::OnceLock;

/// Most words after the verb read for the meeting attended ("attended *Saturday's
/// two-day summit*").
const OBJECT_WORDS: usize = 4;

/// The attendance verbs as their words.
fn verbs() -> &'static [Vec<&'static str>] {
    static VERBS: OnceLock<Vec<Vec<&'static str>>> = OnceLock::new();
    VERBS.get_or_init(|| {
        ATTENDANCE_VERBS
            .iter()
            .map(|p| p.split(' ').collect())
            .collect()
    })
}

/// The attendance verb at word `i` of `ws`, as the index of the word after it.
fn verb_at(ws: &[Word], i: usize) -> Option<usize> {
    let first = ws.get(i)?.key();
    verbs()
        .iter()
        .filter(|phrase| phrase[0] == first)
        .find_map(|phrase| {
            let n = phrase.len();
            let words = ws.get(i..i + n)?;
            let same = phrase[1..]
                .iter()
                .zip(&words[1..])
                .all(|(p, w)| *p == w.key());
            let joined = words[..n - 1].iter().all(|w| !w.breaks_after());
            (same && joined).then_some(i + n)
        })
}

/// True when the words from `e` on, after an attendance verb ending at word `e`, say a
/// meeting was attended: a meeting word shortly after it, or, for a verb that needs no
/// object, nothing (the clause ends).
fn attended_meeting(ws: &[Word], e: usize, needs_object: bool) -> bool {
    if e == ws.len() || ws[e - 1].breaks_after() {
        return !needs_object;
    }
    if ws[e].key() == "by" {
        return false;
    }
    for w in ws.iter().skip(e).take(OBJECT_WORDS) {
        if is_meeting_word(w.key()) {
            return true;
        }
        let linking = ATTENDED_LINKS.contains(w.key()) || w.possessive || w.is_capitalized();
        if w.breaks_after() || !(linking || w.key().contains('-')) {
            return false;
        }
    }
    false
}

/// The people a sentence names as attending, as listings: those named before an
/// attendance verb (`opening`: the indices of the words that may open one, in order).
/// Returns true when the sentence is a list of attendees: its main verb names two people
/// or more as attending.
pub fn attendance(
    (ws, opening): (&[Word], &[usize]),
    (sentence, base): (SentenceId, usize),
    people: &People,
    out: &mut Vec<Listing>,
) -> bool {
    let Some((v, e)) = opening.iter().find_map(|&i| verb_at(ws, i).map(|e| (i, e))) else {
        return false;
    };
    let needs_object = ATTENDANCE_OBJECT_VERBS.contains(ws[v].key());
    if v == 0 || !attended_meeting(ws, e, needs_object) {
        return false;
    }
    let mut end = v;
    if ws[end - 1].key() == "also" {
        end -= 1;
    }
    let denied = ws[..end].iter().rev().take(2).any(|w| {
        let k = w.key();
        NEGATIONS.contains(k) || NOT_YET.contains(k) || k.ends_with("n't")
    });
    if denied || end == 0 {
        return false;
    }
    // "X, who attended": the phrase before the comma; else the clause from the sentence's
    // start or from after the last speech verb ("Ito said X attended").
    let relative = ws[end - 1].key() == "who";
    let start = if relative {
        end -= 1;
        ws[..end.saturating_sub(1)]
            .iter()
            .rposition(Word::breaks_after)
            .map_or(0, |c| c + 1)
    } else {
        ws[..end]
            .iter()
            .rposition(|w| SPEECH_VERBS.contains(w.key()) || w.key() == "that")
            .map_or(0, |s| s + 1)
    };
    if start >= end {
        return false;
    }
    let (mut persons, _) = named(ws, start..end, people);
    if relative && persons.is_empty() && start > 0 {
        // "X, Chile's environment minister, who chaired the talks": the phrase before the
        // comma is the title set off after the name; the name stands before it.
        let from = ws[..start - 1]
            .iter()
            .rposition(Word::breaks_after)
            .map_or(0, |c| c + 1);
        persons = named(ws, from..start, people).0;
    }
    let before = out.len();
    for (person, side, at) in persons {
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
    !relative && out.len() >= before + 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn people_named_before_an_attendance_verb_attend_on_their_own_side() {
        // Invented names, in the shapes of wire reports of ministerial meetings.
        let cases: &[(&str, &[&str])] = &[
            (
                "Canada's finance minister, Sarah Okafor, and British Chancellor Tom Hale also attended.",
                &["Sarah Okafor", "Tom Hale"],
            ),
            (
                "Chilean Finance Minister Rosa Vidal and Peruvian Trade Minister Luis Soto attended the two-day meeting.",
                &["Rosa Vidal", "Luis Soto"],
            ),
            (
                "Italian Economy Minister Marco Ferri, who hosted the talks, said progress was made.",
                &["Marco Ferri"],
            ),
            (
                "The deal was announced by Swiss Foreign Minister Lukas Brunner, who mediated the talks.",
                &["Lukas Brunner"],
            ),
            (
                "\"We leave with a fund,\" said Rosa Vidal, Chile's environment minister, who chaired the conference.",
                &["Rosa Vidal"],
            ),
            (
                "Japanese Foreign Minister Kenji Ito took part in the talks by video link.",
                &["Kenji Ito"],
            ),
            (
                "Officials said Japanese Foreign Minister Kenji Ito was also present.",
                &["Kenji Ito"],
            ),
            // Not a meeting, denied, passive, or no side.
            ("Chilean Finance Minister Rosa Vidal attended Harvard in the 1990s.", &[]),
            ("Chilean Finance Minister Rosa Vidal did not attend the talks.", &[]),
            ("Chilean Finance Minister Rosa Vidal was not present at the talks.", &[]),
            ("The talks were attended by Chilean Finance Minister Rosa Vidal.", &[]),
            ("Italian Economy Minister Marco Ferri hosted a reception.", &[]),
            ("Swiss Foreign Minister Lukas Brunner chaired.", &[]),
            ("Rosa Vidal attended the talks.", &[]),
        ];
        super::super::check_listed(cases, &|ws, place, people, out| {
            attendance(ws, place, people, out);
        });
    }
}

//! The cue before a quote: "Doe told reporters that ...", "Doe, the head of X, said: ...",
//! "X was quoted as saying", and the words that name what follows ("said the following").

use super::{
    after_verb, breaks_phrase, ends_phrase, forward, is_aux, is_determiner, is_participle,
    is_pronoun, is_speech, reads_as_verb, verb_at, Cue, Found, CLOSE_VERB, MAX_ASIDES, MAX_PHRASE,
};
use crate::lexicon::attribution::{NAMING_WORDS, OUTLET_VERBS, PLACES_LEFT, QUOTING_VERBS};
use crate::tokens::Word;
use std::ops::Range;

/// The cue before a quote, in the words from its sentence's start (or the previous quote)
/// up to its opening mark: the last speech verb and its subject.
pub fn before(ws: &[Word]) -> Option<Found> {
    let v = (0..ws.len()).rev().find(|&i| verb_at(ws, i))?;
    // "refrained from saying", "the idea of saying": no one says it.
    let unsaid = v > 0
        && is_participle(ws[v].key())
        && matches!(
            ws[v - 1].key(),
            "from" | "of" | "without" | "about" | "than" | "against" | "for"
        );
    if unsaid {
        return None;
    }
    // The verb right by the quote, or a colon that hands over to it.
    let adjacent = ws.len() - v <= CLOSE_VERB || ws.last().is_some_and(|w| w.after().contains(':'));
    // The words between the parts of a split quote ("...," said Kim, the director, "..."):
    // the name after the verb, as after a quote.
    if let Some(r) = said_between(ws, v) {
        return Some(Found {
            cue: Cue::Phrase(r),
            aside: Vec::new(),
            adjacent,
        });
    }
    // "described by author Jane Doe as "…"": the agent of a passive verb is the speaker
    // (not an outlet that "quoted" or "reported" it).
    let passive_agent = ws[v].key().ends_with("ed")
        && !ends_phrase(&ws[v])
        && !OUTLET_VERBS.contains(ws[v].key())
        && ws.get(v + 1).is_some_and(|w| w.key() == "by");
    if let Some(r) = passive_agent.then(|| forward(ws, v + 2)).flatten() {
        return Some(Found {
            cue: Cue::Phrase(r),
            aside: Vec::new(),
            adjacent,
        });
    }
    if let Some(Ok(r)) = quoted_as_saying(ws, v) {
        return Some(Found {
            cue: Cue::Phrase(r),
            aside: Vec::new(),
            adjacent,
        });
    }
    // "…, she says, adding, "…"": a participle right after a speech verb and its comma
    // goes on with that verb's speaker.
    let goes_on = v >= 2
        && is_participle(ws[v].key())
        && ends_phrase(&ws[v - 1])
        && is_speech(&ws[v - 1])
        && !is_participle(ws[v - 1].key());
    let mut found = if goes_on {
        cue_at(ws, v - 1, adjacent)?
    } else {
        cue_at(ws, v, adjacent)?
    };
    // "Besides X, said Jane Doe, a supervisor, "..."": the name after the verb, set off
    // by a comma itself ("X's mother said Kim "..."" reports what Kim does).
    let set_off = |r: &Range<usize>| ws[r.end - 1].after().contains(',');
    if let Some(r) = after_verb(ws, v).filter(set_off) {
        found.aside.insert(0, r);
    }
    // "Kim emerged from the session saying: ...": the phrase before a participle that
    // follows a preposition is what the subject came from, not who spoke ("with Kim
    // adding that ..." is Kim speaking).
    if let Cue::Phrase(r) = &found.cue {
        let after_preposition = r
            .start
            .checked_sub(1)
            .is_some_and(|p| PLACES_LEFT.contains(&ws[p].key()) && !ends_phrase(&ws[p]));
        if is_participle(ws[v].key()) && r.end == v && after_preposition {
            let clause = ws[..r.start]
                .iter()
                .rposition(ends_phrase)
                .map_or(0, |c| c + 1);
            return Some(Found {
                cue: Cue::Subject(clause..v),
                aside: Vec::new(),
                adjacent,
            });
        }
    }
    Some(found)
}

/// The speaker named between the parts of a split quote, when the words `ws` are a speech
/// verb (at `v`, the first word) and a name or a phrase that can name someone, up to a
/// comma, then only an aside up to the comma before the quote's next part: "said Kim, the
/// director,". Not "said that ...".
fn said_between(ws: &[Word], v: usize) -> Option<Range<usize>> {
    let next = ws.get(v + 1)?;
    if v != 0 || is_participle(ws[v].key()) || breaks_phrase(next) {
        return None;
    }
    if !(next.is_capitalized() || is_determiner(next)) {
        return None;
    }
    let r = forward(ws, v + 1)?;
    let ends = |w: &Word| w.after().contains([',', ':']);
    (ends(&ws[r.end - 1]) && ws.last().is_some_and(ends)).then_some(r)
}

/// "The agency quoted Kim as saying that ...": the phrase quoted, when the speech verb at
/// `v` is "saying" after "as" and a quoting verb comes before it with its object (a date
/// after the object left out: "quoted him Sunday as saying"). The passive ("Kim was quoted
/// as saying", "quoted by the agency as") has no object: `Err` with the quoting verb's
/// place, whose subject speaks.
pub(super) fn quoted_as_saying(ws: &[Word], v: usize) -> Option<Result<Range<usize>, usize>> {
    if v < 2 || ws[v - 1].key() != "as" || !is_participle(ws[v].key()) {
        return None;
    }
    let q = (v.saturating_sub(MAX_PHRASE + 2)..v - 1)
        .rev()
        .find(|&i| QUOTING_VERBS.contains(&ws[i].key()))?;
    let mut end = v - 1;
    while end > q + 1 && is_aux(&ws[end - 1]) {
        end -= 1;
    }
    let object = q + 1..end;
    let passive = object.is_empty() || ws[object.clone()].iter().any(|w| w.key() == "by");
    if ws[q..v].iter().any(|w| w.after().contains([';', ':', '.'])) {
        return None;
    }
    Some(if passive { Err(q) } else { Ok(object) })
}

/// True when the words before a quote end with a word that names what follows ("a show
/// called", "known as"), nothing between it and the mark: the passage is a name.
pub fn names_what_follows(ws: &[Word]) -> bool {
    let Some(key) = ws.last().map(Word::key) else {
        return false;
    };
    let last = key.as_bytes().last();
    NAMING_WORDS.iter().any(|phrase| {
        // The phrase's last word first, its last byte before all: most quotes follow no
        // naming word.
        let Some(cut) = phrase.len().checked_sub(key.len()) else {
            return false;
        };
        if phrase.as_bytes().last() != last {
            return false;
        }
        if !(phrase.ends_with(key) && (cut == 0 || phrase.as_bytes()[cut - 1] == b' ')) {
            return false;
        }
        let n = phrase.split(' ').count();
        ws.len() >= n
            && ws[ws.len() - n..]
                .iter()
                .map(Word::key)
                .eq(phrase.split(' '))
            && ws.last().is_some_and(|w| !w.breaks_after())
    })
}

/// The speaker of reported speech without quotes: the subject of the sentence's first
/// speech verb ("Kim said the talks would go on"), then the other phrases that may name
/// them ("Jane Doe of Springfield, Ohio, told ...": "Jane Doe of Springfield" after
/// "Ohio"), nearest first.
pub fn indirect(ws: &[Word]) -> Vec<Range<usize>> {
    let Some(v) = (0..ws.len()).find(|&i| verb_at(ws, i)) else {
        return Vec::new();
    };
    // "..., said Kim, the director" names the speaker after the verb; "Jane Doe of
    // Springfield, Ohio, told the story" before it.
    let mut out = Vec::new();
    if v == 0 || ends_phrase(&ws[v - 1]) {
        out.extend(forward(ws, v + 1));
    }
    if let Some(found) = cue_at(ws, v, false).filter(|_| v > 0) {
        if let Cue::Phrase(r) = found.cue {
            out.push(r);
        }
        // Not a relative clause set off by commas ("X, who referred Y's case, said").
        let relative = |r: &Range<usize>| {
            ws.get(r.start)
                .is_some_and(|w| matches!(w.key(), "who" | "which" | "whose" | "that"))
        };
        out.extend(found.aside.into_iter().filter(|r| !relative(r)));
    }
    out
}

/// The cue of the speech verb at `v`: its subject read back from it, or the sentence's
/// subject for a participle after a comma ("..., saying") or a verb after "and".
fn cue_at(ws: &[Word], v: usize, adjacent: bool) -> Option<Found> {
    let mut end = v;
    while end > 0 && is_aux(&ws[end - 1]) {
        end -= 1;
    }
    let clause = ws[..end].iter().rposition(ends_phrase).map_or(0, |c| c + 1);
    let subject = Found {
        cue: Cue::Subject(clause..end),
        aside: Vec::new(),
        adjacent,
    };
    if is_participle(ws[v].key()) && (end == 0 || ends_phrase(&ws[end - 1])) {
        return Some(subject);
    }
    // "… was summed up by Jane Doe, the former senator, who said:": the phrase the
    // relative pronoun stands for, and those before it, not the sentence's subject.
    if end >= 2 && ws[end - 1].key() == "who" && ends_phrase(&ws[end - 2]) {
        // The phrase since the comma before, whatever words it holds ("the former senator
        // from Wyoming"), else the phrase the words before the comma end with.
        let comma = end - 2;
        let start = match ws[..comma].iter().rposition(ends_phrase) {
            Some(p) if comma - p <= MAX_PHRASE => p + 1,
            _ => phrase_start(ws, end - 1),
        };
        if start < end - 1 {
            let mut aside = Vec::new();
            phrases_before(ws, start, &mut aside);
            return Some(Found {
                cue: Cue::Phrase(start..end - 1),
                aside,
                adjacent,
            });
        }
    }
    // "Kim, who ..., said" / "Kim, the head of X, said": the aside set off by commas is
    // kept as another candidate.
    let mut aside = Vec::new();
    if end > 1 && ends_phrase(&ws[end - 1]) {
        if let Some(c) = ws[..end - 1].iter().rposition(ends_phrase) {
            aside.push(c + 1..end);
            end = c + 1;
        }
    }
    let mut start = phrase_start(ws, end);
    // "Libyan TV had a banner saying ...": a participle after a clause of its own has the
    // clause's subject speak, not its object.
    let by_name = end.checked_sub(1).is_some_and(|e| ws[e].is_capitalized());
    if is_participle(ws[v].key()) && !by_name && ws[start..end].iter().any(reads_as_verb) {
        return Some(subject);
    }
    // "Kim, a surgeon and former head of X, told ...": an aside that runs on after "and".
    if start > 0
        && start < end
        && ws[start - 1].key() == "and"
        && !ws[start].is_capitalized()
        && !is_determiner(&ws[start])
    {
        if let Some(c) = ws[..start - 1].iter().rposition(ends_phrase) {
            aside.push(start..end);
            end = c + 1;
            start = phrase_start(ws, end);
        }
    }
    if start == end {
        // "Kim said it would ... and described it as ...": the sentence's subject; "One
        // who did not, Jane Doe, said": the aside names the speaker.
        return Some(Found { aside, ..subject });
    }
    // "Kim maintains he never agreed to ...", "noted he had told ...": the pronoun after
    // another verb is the subject of this one.
    // Not "it": "Kim says it never ..." gives "it" no speaker.
    if let Some(k) = (start + 1..end)
        .rev()
        .find(|&k| is_pronoun(&ws[k]) && ws[k].key() != "it" && !ws[k - 1].is_capitalized())
    {
        return Some(Found {
            cue: Cue::Phrase(k..k + 1),
            aside,
            adjacent,
        });
    }
    // "Jane Doe of Springfield, Ohio, told": the phrases before earlier commas.
    phrases_before(ws, start, &mut aside);
    Some(Found {
        cue: Cue::Phrase(start..end),
        aside,
        adjacent,
    })
}

/// Adds to `aside` the phrases set off by commas before word `start`, nearest first (at
/// most [`MAX_ASIDES`]).
fn phrases_before(ws: &[Word], start: usize, aside: &mut Vec<Range<usize>>) {
    let mut before = start;
    for _ in 0..MAX_ASIDES {
        let Some(c) = before.checked_sub(1).filter(|&c| ends_phrase(&ws[c])) else {
            break;
        };
        let s = phrase_start(ws, c + 1);
        if s > c {
            break;
        }
        aside.push(s..c + 1);
        before = s;
    }
}

/// Where a speaker's phrase that ends at `end` starts, read back: up to a comma, a clause
/// word ("and", "that", "in"), the start of the sentence, or [`MAX_PHRASE`] words.
fn phrase_start(ws: &[Word], end: usize) -> usize {
    let mut s = end;
    while s > 0 && end - s < MAX_PHRASE {
        let w = &ws[s - 1];
        if (s < end && ends_phrase(w)) || breaks_phrase(w) {
            break;
        }
        s -= 1;
    }
    s
}

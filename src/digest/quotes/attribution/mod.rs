//! Where the words around a quote name its speaker: the subject of a speech verb after the
//! quote ("...," Jane Doe said / said Jane Doe / the minister said), before it ("Doe told
//! reporters that ...", "Doe, the head of X, said: ..."), the subject of the sentence for a
//! participle ("..., saying, ..."), or "according to X". The phrase found is classified by
//! [`super::speaker`].

use crate::digest::phrases::Openings;
use crate::lexicon::attribution::{
    ATTRIBUTION_VERBS, LISTENER_VERBS, NOT_OPENING, OPENING_ADVERBS,
};
use crate::lexicon::dates::WEEKDAYS;
use crate::lexicon::discourse::SPEECH_VERBS;
use crate::people::names::{
    is_auxiliary, is_phrase_break, is_speech_verb, is_title_word, side_of_words,
};
use crate::tokens::Word;
use std::ops::Range;
use std::sync::OnceLock;

mod before;
mod subject;
use before::quoted_as_saying;
pub use before::{before, indirect, names_what_follows};
use subject::reads_as_verb;
pub use subject::{according, subject};

/// Most words between a quote's closing mark and the verb that attributes it.
const MAX_AFTER_VERB: usize = 12;
/// Most words of a speaker's phrase.
const MAX_PHRASE: usize = 10;
/// Most phrases before earlier commas tried for the speaker.
const MAX_ASIDES: usize = 3;
/// Most words between the verb and the quote for a short quote to read as speech.
const CLOSE_VERB: usize = 4;

/// What the words around a quote say of its speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cue {
    /// The words (a range of the context's words) that name the speaker.
    Phrase(Range<usize>),
    /// The subject of the clause in these words speaks ("Kim said ... and described it
    /// as"), or when it has none, the subject of the sentence ("Kim praised the verdict,
    /// saying, ...").
    Subject(Range<usize>),
}

/// A cue and how close its verb stands to the quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The cue.
    pub cue: Cue,
    /// Other phrases that may name the speaker, nearest first: the aside between commas
    /// before the verb ("Her daughter, Jane Doe, said"), the phrases before earlier
    /// commas ("Jane Doe of Springfield, Ohio, told").
    pub aside: Vec<Range<usize>>,
    /// True when the verb stands right by the quote ("," X said / X said: "..."): the quote
    /// is speech, however short.
    pub adjacent: bool,
}

/// A word in "-ing" long enough to be a participle ("saying"), not "king" or "thing".
pub fn is_participle(key: &str) -> bool {
    key.len() >= 6 && key.ends_with("ing")
}

/// True when `w` is a verb that attributes speech. Most words are not: a word whose first
/// two bytes open no such verb is passed by without a lookup.
pub fn is_speech(w: &Word) -> bool {
    static OPENINGS: OnceLock<Openings> = OnceLock::new();
    let openings = OPENINGS.get_or_init(|| {
        let mut o = Openings::default();
        for v in SPEECH_VERBS.iter().chain(ATTRIBUTION_VERBS.iter()) {
            o.add(v);
        }
        o
    });
    let k = w.key();
    openings.may_open(k) && is_speech_verb(k)
}

/// True when word `i` of `ws` is a speech verb: a capitalized one within the words is
/// part of a name ("the United States", "Says Law").
fn verb_at(ws: &[Word], i: usize) -> bool {
    ws.get(i)
        .is_some_and(|w| is_speech(w) && (i == 0 || !w.is_capitalized()))
}

/// True when word `i` is an office in the plural after a country's name ("Swedish
/// prosecutors"), not a verb in "s" after a person's ("Klein heads").
fn plural_office(ws: &[Word], i: usize) -> bool {
    i > 0
        && ws[i].key().strip_suffix('s').is_some_and(is_title_word)
        && side_of_words(&ws[i - 1..i]).is_some()
}

/// The inverted source after a verb set off by a comma ("..., recalled Litan, who"): the
/// name or phrase after the verb at `v`, another candidate for the speaker.
/// Not after a verb whose object is the listener ("..., told Livingston").
fn after_verb(ws: &[Word], v: usize) -> Option<Range<usize>> {
    let key = ws[v].key();
    let set_off =
        v > 0 && ends_phrase(&ws[v - 1]) && !is_participle(key) && !LISTENER_VERBS.contains(key);
    let next = ws.get(v + 1).filter(|_| set_off)?;
    if !(next.is_capitalized() || is_determiner(next)) || is_aux(next) {
        return None;
    }
    forward(ws, v + 1)
}

/// A word skipped between a speaker and the verb: a helper verb, an adverb, a date.
fn is_aux(w: &Word) -> bool {
    let k = w.key();
    is_auxiliary(k)
        || (k.len() > 4 && k.ends_with("ly") && !w.is_capitalized())
        || WEEKDAYS.contains(k)
        || matches!(
            k,
            "today" | "yesterday" | "tonight" | "morning" | "afternoon" | "evening" | "night"
        )
}

/// Punctuation after a word that ends a phrase: a comma, a colon, a bracket, a quote (a
/// full stop may be an abbreviation's: "Dr.").
fn ends_phrase(w: &Word) -> bool {
    w.after().contains([',', ';', ':', ')', '(', '"', '?', '!'])
}

/// A word that opens a noun phrase by itself: "the", "a", "his".
fn is_determiner(w: &Word) -> bool {
    matches!(
        w.key(),
        "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
            | "one"
            | "two"
            | "three"
            | "some"
            | "several"
            | "many"
            | "another"
            | "other"
            | "both"
    ) || w.possessive
}

fn breaks_phrase(w: &Word) -> bool {
    is_phrase_break(w.key())
}

/// A word that may open a speaker's phrase right after a quote: not a verb's helper, not a
/// conjunction or preposition.
fn may_open_phrase(w: &Word) -> bool {
    !(is_aux(w) || breaks_phrase(w) || is_participle(w.key()))
}

/// The cue after a quote, in the words that follow its closing mark up to the sentence's
/// end: "Kim said", "said Kim, the minister", "the ministry said in a statement".
/// `ended` is true when the quote ends its own sentence with a full stop inside the
/// marks: what follows is another sentence ("...deal." Kim left).
pub fn after(ws: &[Word], ended: bool) -> Option<Found> {
    let first = ws.first().filter(|_| !ended)?;
    // "..." of his mistakes: a phrase that opens with such a preposition names no one.
    if NOT_OPENING.contains(first.key()) {
        return None;
    }
    let v = (0..ws.len().min(MAX_AFTER_VERB)).find(|&i| verb_at(ws, i))?;
    if ws[..v].iter().any(|w| {
        w.after().contains(['?', '!', ';']) || (w.after().contains('.') && w.text().len() > 3)
    }) {
        return None;
    }
    // "...," Kim's office quoted him as saying / Kim was quoted as saying.
    match quoted_as_saying(ws, v) {
        Some(Ok(r)) => {
            return Some(Found {
                cue: Cue::Phrase(r),
                aside: Vec::new(),
                adjacent: true,
            })
        }
        Some(Err(q)) => {
            let mut end = q;
            while end > 0 && is_aux(&ws[end - 1]) {
                end -= 1;
            }
            return (end > 0 && end <= MAX_PHRASE).then_some(Found {
                cue: Cue::Phrase(0..end),
                aside: Vec::new(),
                adjacent: true,
            });
        }
        None => {}
    }
    if v == 0 {
        // "said Kim, the minister" / "said the official who spoke ..."; not ", saying
        // that ...", which goes on with the sentence's subject.
        if is_participle(ws[0].key()) {
            return None;
        }
        let r = forward(ws, 1)?;
        // "said the league's commissioner, Jane Doe": the role's name is the speaker, the
        // role an aside.
        let (cue, aside) = match named_after(ws, r.end) {
            Some(name) if is_determiner(&ws[1]) => (name, vec![r]),
            _ => (r, Vec::new()),
        };
        return Some(Found {
            cue: Cue::Phrase(cue),
            aside,
            adjacent: true,
        });
    }
    if !may_open_phrase(first) && !is_pronoun(first) {
        return None;
    }
    // "Kim, the head of X, said": the phrase up to the first comma, or up to the verb's helpers.
    let mut end = v;
    while end > 0 && is_aux(&ws[end - 1]) {
        end -= 1;
    }
    let mut aside = Vec::new();
    if let Some(c) = ws[..end].iter().position(ends_phrase) {
        if c + 1 < end {
            aside.push(c + 1..end);
        }
        end = c + 1;
    }
    aside.extend(after_verb(ws, v));
    (end > 0 && end <= MAX_PHRASE).then_some(Found {
        cue: Cue::Phrase(0..end),
        aside,
        adjacent: true,
    })
}

/// The name set off by a comma after the phrase that ends at word `end`: "said the league
/// commissioner, Jane Doe" (the phrase names a role, the name the person): capitalized
/// words from the first to the last.
fn named_after(ws: &[Word], end: usize) -> Option<Range<usize>> {
    let comma = end
        .checked_sub(1)
        .and_then(|e| ws.get(e))?
        .after()
        .contains(',');
    let next = ws
        .get(end)
        .filter(|w| comma && w.is_capitalized() && !is_aux(w))?;
    if breaks_phrase(next) {
        return None;
    }
    let r = phrase_from(ws, end);
    let last = ws.get(r.end.checked_sub(1)?)?;
    (r.end > r.start && last.is_capitalized()).then_some(r)
}

/// The phrase that starts at word `start`, read forward: up to a comma, a clause word or
/// [`MAX_PHRASE`] words ("said the official who spoke" gives "the official").
fn forward(ws: &[Word], start: usize) -> Option<Range<usize>> {
    let r = phrase_from(ws, start);
    let gap = start
        .checked_sub(1)
        .and_then(|v| ws.get(v))
        .is_some_and(ends_phrase);
    (r.end > r.start && !gap).then_some(r)
}

/// The words from `start` up to a comma, a clause word or [`MAX_PHRASE`] words.
fn phrase_from(ws: &[Word], start: usize) -> Range<usize> {
    let mut end = start;
    while end < ws.len() && end - start < MAX_PHRASE {
        let w = &ws[end];
        if end > start && breaks_phrase(w) {
            break;
        }
        end += 1;
        if ends_phrase(w) {
            break;
        }
    }
    start..end
}

/// A word that opens a sentence before its subject ("Meanwhile,", "Yet").
fn is_not_name_word(key: &str) -> bool {
    OPENING_ADVERBS.contains(key)
}

fn is_pronoun(w: &Word) -> bool {
    matches!(w.key(), "he" | "she" | "they" | "it" | "i" | "we")
}

#[cfg(test)]
mod tests;

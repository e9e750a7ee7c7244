//! Where the words around a quote name its speaker: the subject of a speech verb after the
//! quote ("...," Jane Doe said / said Jane Doe / the minister said), before it ("Doe told
//! reporters that ...", "Doe, the head of X, said: ..."), the subject of the sentence for a
//! participle ("..., saying, ..."), or "according to X". The phrase found is classified by
//! [`super::speaker`].

use crate::digest::phrases::Openings;
use crate::lexicon::attribution::{
    ATTRIBUTION_VERBS, LISTENER_VERBS, NAMING_WORDS, NOT_OPENING, OPENING_ADVERBS, OUTLET_VERBS,
    PLACES_LEFT, QUOTING_VERBS,
};
use crate::lexicon::dates::WEEKDAYS;
use crate::lexicon::discourse::SPEECH_VERBS;
use crate::people::names::{
    is_auxiliary, is_phrase_break, is_speech_verb, is_title_word, side_of_words,
};
use crate::tokens::Word;
use std::ops::Range;
use std::sync::OnceLock;

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
fn quoted_as_saying(ws: &[Word], v: usize) -> Option<Result<Range<usize>, usize>> {
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

/// "according to Kim" anywhere in `ws`: the words after "to".
pub fn according(ws: &[Word]) -> Option<Range<usize>> {
    let at = ws
        .windows(2)
        .position(|p| p[0].key() == "according" && p[1].key() == "to" && !ends_phrase(&p[0]))?;
    forward(ws, at + 2)
}

/// The subject of a sentence: after an opening phrase set off by a comma ("At the news
/// conference, Kim said"), its first words that can name someone (capitals, titles,
/// determiners, possessives), up to the first other word.
pub fn subject(ws: &[Word], until: usize) -> Option<Range<usize>> {
    let until = until.min(ws.len());
    let mut start = 0;
    if let Some(w) = ws.first().filter(|_| until > 0) {
        if is_pronoun(w) {
            return Some(0..1);
        }
        // "But Kim was ...", "And at the talks, Kim ...": the subject of what follows the
        // conjunction.
        let k = w.key();
        if matches!(k, "but" | "and" | "yet" | "so" | "or" | "nor") && !ends_phrase(w) {
            return subject(&ws[1..], until - 1).map(|r| r.start + 1..r.end + 1);
        }
        // An opening word that names no one ("Earlier,", "At the talks,", "Calling it
        // ..."): the subject comes after the comma, or after the word.
        let opener = is_participle(k) || k.ends_with("ed") || is_aux(w) || is_not_name_word(k);
        if !w.is_capitalized() || breaks_phrase(w) || opener {
            // "In English a tour guide was ...": past the opening phrase to a determiner.
            let determiner = || {
                ws[1..until.min(MAX_PHRASE)]
                    .iter()
                    .position(|w| matches!(w.key(), "a" | "an" | "the"))
                    .map(|i| i + 1)
            };
            start = match ws[..until].iter().position(ends_phrase) {
                Some(c) if c < MAX_PHRASE + 8 => c + 1,
                _ if is_aux(w) || is_not_name_word(k) => 1,
                _ if breaks_phrase(w) => determiner().unwrap_or(0),
                _ => 0,
            };
        }
    }
    if start < until && is_pronoun(&ws[start]) {
        return Some(start..start + 1);
    }
    let mut end = start;
    while end < until && end - start < MAX_PHRASE {
        let w = &ws[end];
        let k = w.key();
        // A word in lowercase that reads as a verb ends the subject ("... warned"), as
        // does a day ("Swedish prosecutors Tuesday asked").
        let verb = reads_as_verb(w) || (end > start && WEEKDAYS.contains(k));
        // After a name, a word in lowercase other than a title ends it ("Kim met ...").
        let after_name = end > start
            && ws[end - 1].is_capitalized()
            && !is_determiner(&ws[end - 1])
            && !w.is_capitalized()
            && !is_title_word(k)
            && !plural_office(ws, end)
            && !matches!(k, "of" | "for");
        if verb || after_name || (breaks_phrase(w) && !matches!(k, "of" | "for")) {
            break;
        }
        end += 1;
        if ends_phrase(w) {
            break;
        }
    }
    // A sentence of nothing but a name ("Tae Bo?", a list of names) says nothing of
    // anyone: there is no subject without something said of it.
    if start == 0 && end == ws.len() {
        return None;
    }
    if end > start {
        end = appositive(ws, end, until).unwrap_or(end);
    }
    (end > start).then_some(start..end)
}

/// A word in lowercase that reads as a verb (a helper, a speech verb, a past form or a
/// participle), not a title word: what ends a sentence's subject.
fn reads_as_verb(w: &Word) -> bool {
    let k = w.key();
    !w.is_capitalized()
        && (is_aux(w) || is_speech(w) || k.ends_with("ed") || is_participle(k))
        && !is_title_word(k)
}

/// The end of a name set off by commas after a subject that ends at `end` with a comma,
/// when a verb follows it: "The chairman of the panel, Archbishop Jane Doe, said ...".
fn appositive(ws: &[Word], end: usize, until: usize) -> Option<usize> {
    if !ws.get(end - 1)?.after().contains(',') {
        return None;
    }
    let mut j = end;
    while j < until && j - end < MAX_PHRASE {
        let w = &ws[j];
        if !(w.is_capitalized() || is_title_word(w.key())) || w.after().contains(['.', ';', ':']) {
            return None;
        }
        if w.after().contains(',') {
            let next = ws.get(j + 1).filter(|_| j + 1 < until)?;
            let named = ws[end..=j].iter().any(|w| w.is_capitalized());
            return (reads_as_verb(next) && named).then_some(j + 1);
        }
        j += 1;
    }
    None
}

#[cfg(test)]
mod tests;

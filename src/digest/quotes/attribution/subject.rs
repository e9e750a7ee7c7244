//! The subject a participle's quote is given to ("Doe left, saying, ..."), past the
//! appositives after it, and "according to X".

use super::{
    breaks_phrase, ends_phrase, forward, is_aux, is_determiner, is_not_name_word, is_participle,
    is_pronoun, is_speech, plural_office, MAX_PHRASE,
};
use crate::lexicon::dates::WEEKDAYS;
use crate::people::names::is_title_word;
use crate::tokens::Word;
use std::ops::Range;

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
pub(super) fn reads_as_verb(w: &Word) -> bool {
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

//! The words of a sentence as topic phrases read them, and a topic as shown.

use super::List;
use std::cell::Cell;
use std::ops::Range;

/// A word of a sentence: its byte span, its lowercase form, and what follows it.
pub struct Word<'a> {
    /// Byte span in the sentence (the input is at most 20 MB): start and end.
    start: u32,
    end: u32,
    /// Lowercase form.
    pub lower: &'a str,
    /// True when punctuation (not an inner apostrophe or hyphen, not a quotation mark)
    /// follows it: a phrase ends there.
    pub pause: bool,
    /// True when that punctuation is a dash.
    pub dash: bool,
    /// True when it starts with a capital letter.
    pub capital: bool,
    /// Per word list, two bits: whether it was looked up, and whether it holds the word.
    lists: Cell<u32>,
}

impl Word<'_> {
    /// True when `list` holds the word. Each list is asked once per word: the noun
    /// phrases read at neighbouring words overlap, and ask about the same words again.
    pub fn is(&self, list: List) -> bool {
        let shift = 2 * list as u32;
        let known = self.lists.get();
        if known & (1 << shift) != 0 {
            return known & (2 << shift) != 0;
        }
        let holds = list.holds(self.lower);
        self.lists
            .set(known | (1 << shift) | (u32::from(holds) << (shift + 1)));
        holds
    }
}

/// The words of sentence `text`: its terms ([`crate::tokens::term_spans`]), in lowercase
/// as the corpus holds them (`lower`).
#[cfg(test)]
pub fn words<'a>(text: &str, lower: impl ExactSizeIterator<Item = &'a str>) -> Vec<Word<'a>> {
    let mut out = Vec::new();
    words_into(text, lower, &mut out);
    out
}

/// The words of sentence `text` (see [`words`]) in `out`, emptied first: one buffer
/// serves the sentences read one after another.
pub fn words_into<'a>(
    text: &str,
    lower: impl ExactSizeIterator<Item = &'a str>,
    out: &mut Vec<Word<'a>>,
) {
    out.clear();
    out.reserve(lower.len());
    for (span, lower) in crate::tokens::term_spans(text).zip(lower) {
        let rest = text[span.end..].trim_start_matches(['\'', '-']);
        let next = rest
            .trim_start_matches(|c: char| c == '"' || c.is_whitespace())
            .chars()
            .next();
        // A point inside a sentence, with words after it, is an initial's or an
        // abbreviation's ("U.S.", "John F. Kennedy", "on Dec. 14"): no pause.
        let initial = next == Some('.')
            && rest
                .split_once('.')
                .is_some_and(|(_, after)| after.chars().any(char::is_alphanumeric));
        out.push(Word {
            lower,
            pause: next.is_some_and(|c| !c.is_alphanumeric()) && !initial,
            dash: next.is_some_and(|c| matches!(c, '—' | '–')) || rest.starts_with(" - "),
            capital: text[span.clone()].starts_with(char::is_uppercase),
            start: span.start as u32,
            end: span.end as u32,
            lists: Cell::new(0),
        });
    }
}

/// The byte span of words `r` of `ws`.
pub fn span(ws: &[Word], r: &Range<usize>) -> Range<usize> {
    match (
        ws.get(r.start),
        r.end.checked_sub(1).and_then(|e| ws.get(e)),
    ) {
        (Some(a), Some(b)) => a.start as usize..b.end as usize,
        _ => 0..0,
    }
}

/// A topic as shown: its words as written without quotation marks, capitalised.
pub fn label(written: &str) -> String {
    let opened = written.contains('‘');
    let bare: String = written
        .split_whitespace()
        .map(|w| {
            let w = w.trim_matches(['"', '“', '”']);
            let w = w.strip_prefix('‘').unwrap_or(w);
            if opened {
                w.strip_suffix('’').unwrap_or(w)
            } else {
                w
            }
        })
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    crate::case::capitalize(&bare)
}

//! The terms of a text: runs of letters and digits with inner apostrophes and hyphens
//! ("four-hour", "don't"), split at spaces and every other sign. What sentences are
//! compared by and word lists are matched against, in lowercase.

use std::ops::Range;

/// The byte spans of the runs of characters of `text` that `is_word` accepts, in order.
/// ASCII, nearly all of a news text, is read byte by byte.
pub fn runs<F: Fn(char) -> bool>(text: &str, is_word: F) -> Runs<'_, F> {
    Runs {
        text,
        pos: 0,
        is_word,
    }
}

/// The runs of a text (see [`runs`]).
pub struct Runs<'a, F> {
    text: &'a str,
    pos: usize,
    is_word: F,
}

impl<F: Fn(char) -> bool> Iterator for Runs<'_, F> {
    type Item = Range<usize>;

    fn next(&mut self) -> Option<Range<usize>> {
        let bytes = self.text.as_bytes();
        let mut start = None;
        while self.pos < bytes.len() {
            let at = self.pos;
            let b = bytes[at];
            let (in_word, len) = if b.is_ascii() {
                ((self.is_word)(char::from(b)), 1)
            } else {
                let c = self.text.get(at..).and_then(|r| r.chars().next());
                (c.is_some_and(&self.is_word), c.map_or(1, char::len_utf8))
            };
            self.pos += len;
            match (in_word, start) {
                (true, None) => start = Some(at),
                (false, Some(s)) => return Some(s..at),
                _ => {}
            }
        }
        start.map(|s| s..bytes.len())
    }
}

/// True for a character of a term: a letter, a digit, an apostrophe or a hyphen.
fn term_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '-'
}

/// The byte spans of the terms of `text`: its runs of letters, digits, apostrophes and
/// hyphens, without the apostrophes and hyphens at their edges.
pub fn term_spans(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    runs(text, term_char).filter_map(move |r| {
        let run = text.get(r.clone())?;
        let lead = run.len() - run.trim_start_matches(['\'', '-']).len();
        let term = run[lead..].trim_end_matches(['\'', '-']);
        (!term.is_empty()).then(|| r.start + lead..r.start + lead + term.len())
    })
}

/// The terms of `text`, borrowed from it: of a text already in lowercase, its words as
/// the sentences are compared by.
pub fn terms(text: &str) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::with_capacity(text.len() / 5 + 1);
    out.extend(term_spans(text).filter_map(|r| text.get(r)));
    out
}

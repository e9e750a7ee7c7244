//! The terms of a text: runs of letters and digits with inner apostrophes and hyphens
//! ("four-hour", "don't"), split at spaces and every other sign. What sentences are
//! compared by and word lists are matched against, in lowercase.

use std::ops::Range;

/// A class of characters that runs are made of: letters, digits and a few others.
pub struct Class {
    /// The ASCII characters of the class, one bit each.
    ascii: u128,
    /// Its characters beyond letters and digits.
    other: &'static [char],
}

impl Class {
    /// Letters, digits and the characters `other`.
    pub const fn new(other: &'static [char]) -> Class {
        let mut ascii = 0u128;
        let mut b = 0u8;
        while b < 128 {
            if b.is_ascii_alphanumeric() {
                ascii |= 1 << b;
            }
            b += 1;
        }
        let mut i = 0;
        while i < other.len() {
            if (other[i] as u32) < 128 {
                ascii |= 1 << (other[i] as u32);
            }
            i += 1;
        }
        Class { ascii, other }
    }

    /// True when `c` belongs to the class.
    fn contains(&self, c: char) -> bool {
        let u = c as u32;
        if u < 128 {
            (self.ascii >> u) & 1 == 1
        } else {
            c.is_alphanumeric() || self.other.contains(&c)
        }
    }
}

/// The characters of a term: letters, digits, apostrophes and hyphens.
const TERM: Class = Class::new(&['\'', '-']);

/// The byte spans of the runs of characters of `text` in `class`, in order. ASCII, nearly
/// all of a news text, is read byte by byte.
pub fn runs<'a>(text: &'a str, class: &'a Class) -> Runs<'a> {
    Runs {
        text,
        pos: 0,
        class,
    }
}

/// The runs of a text (see [`runs`]).
pub struct Runs<'a> {
    text: &'a str,
    pos: usize,
    class: &'a Class,
}

impl Iterator for Runs<'_> {
    type Item = Range<usize>;

    fn next(&mut self) -> Option<Range<usize>> {
        let bytes = self.text.as_bytes();
        let mut start = None;
        while self.pos < bytes.len() {
            let at = self.pos;
            let b = bytes[at];
            let (in_run, len) = if b.is_ascii() {
                ((self.class.ascii >> b) & 1 == 1, 1)
            } else {
                let c = self.text.get(at..).and_then(|r| r.chars().next());
                (
                    c.is_some_and(|c| self.class.contains(c)),
                    c.map_or(1, char::len_utf8),
                )
            };
            self.pos += len;
            match (in_run, start) {
                (true, None) => start = Some(at),
                (false, Some(s)) => return Some(s..at),
                _ => {}
            }
        }
        start.map(|s| s..bytes.len())
    }
}

/// The byte spans of the terms of `text`: its runs of letters, digits, apostrophes and
/// hyphens, without the apostrophes and hyphens at their edges.
pub fn term_spans(text: &str) -> TermSpans<'_> {
    TermSpans {
        runs: runs(text, &TERM),
    }
}

/// The term spans of a text (see [`term_spans`]).
pub struct TermSpans<'a> {
    runs: Runs<'a>,
}

impl Iterator for TermSpans<'_> {
    type Item = Range<usize>;

    fn next(&mut self) -> Option<Range<usize>> {
        let bytes = self.runs.text.as_bytes();
        let edge = |i: usize| bytes.get(i).is_some_and(|&b| b == b'\'' || b == b'-');
        loop {
            let Range { mut start, mut end } = self.runs.next()?;
            while start < end && edge(start) {
                start += 1;
            }
            while end > start && edge(end - 1) {
                end -= 1;
            }
            if start < end {
                return Some(start..end);
            }
        }
    }
}

/// The terms of `text`, borrowed from it: of a text already in lowercase, its words as
/// the sentences are compared by.
pub fn terms(text: &str) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::with_capacity(text.len() / 5 + 1);
    for r in term_spans(text) {
        out.extend(text.get(r));
    }
    out
}

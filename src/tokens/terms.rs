//! The terms of a text: runs of letters and digits with inner apostrophes and hyphens
//! ("four-hour", "don't"), split at spaces and every other sign. What sentences are
//! compared by and word lists are matched against, in lowercase.

use std::ops::Range;

/// A class of characters that runs are made of: letters, digits and a few others.
pub struct Class {
    /// Per ASCII character, whether it is in the class.
    ascii: [bool; 128],
    /// Its characters beyond letters and digits.
    other: &'static [char],
}

impl Class {
    /// Letters, digits and the characters `other`.
    pub const fn new(other: &'static [char]) -> Class {
        let mut ascii = [false; 128];
        let mut b = 0;
        while b < 128 {
            ascii[b] = (b as u8).is_ascii_alphanumeric();
            b += 1;
        }
        let mut i = 0;
        while i < other.len() {
            if (other[i] as u32) < 128 {
                ascii[other[i] as usize] = true;
            }
            i += 1;
        }
        Class { ascii, other }
    }

    /// Whether the character at byte `i` of `text` is in the class, and its length (0 at
    /// the end).
    fn at(&self, text: &str, i: usize) -> (bool, usize) {
        match text.as_bytes().get(i) {
            Some(&b) if b < 128 => (self.ascii[usize::from(b)], 1),
            _ => match text.get(i..).and_then(|r| r.chars().next()) {
                Some(c) => (c.is_alphanumeric() || self.other.contains(&c), c.len_utf8()),
                None => (false, 0),
            },
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
        let ascii = &self.class.ascii;
        let mut i = self.pos;
        // Up to the run's first character, then to its end: ASCII bytes told by the
        // table alone, other characters decoded.
        let start = loop {
            match bytes.get(i) {
                Some(&b) if b < 128 => {
                    if ascii[usize::from(b)] {
                        break i;
                    }
                    i += 1;
                }
                _ => match self.class.at(self.text, i) {
                    (_, 0) => {
                        self.pos = i;
                        return None;
                    }
                    (true, _) => break i,
                    (false, len) => i += len,
                },
            }
        };
        loop {
            match bytes.get(i) {
                Some(&b) if b < 128 && ascii[usize::from(b)] => i += 1,
                Some(&b) if b < 128 => {
                    self.pos = i + 1;
                    return Some(start..i);
                }
                _ => match self.class.at(self.text, i) {
                    (true, len) => i += len,
                    (false, len) => {
                        self.pos = i + len;
                        return Some(start..i);
                    }
                },
            }
        }
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

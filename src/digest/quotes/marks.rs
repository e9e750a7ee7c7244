//! Quoted passages: quotation marks paired in the normalized body, where “ ” „ « » are
//! all `"` and ‘ ’ and backticks are all `'`. A mark opens after a space, the start of a
//! line or opening punctuation and before a letter; it closes after a letter or
//! punctuation and before a space or punctuation. Single marks are told apart from
//! apostrophes (don't, Moreau's, the '90s, rock 'n' roll, the ministers' talks), the
//! other kind of mark nests inside a passage, and a passage whose paragraph ends open
//! runs on when the next paragraph opens with the same mark.

use crate::clean::bytes::{equal_bytes, flagged};
use crate::lexicon::attribution::ELISIONS;
use std::ops::Range;

/// One quoted passage of an article body. A text of many short quotes keeps a passage for
/// each while its quotes are read: offsets are kept in four bytes (the input is at most
/// 20 MB) and the pieces at their number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passage {
    /// The quoted text, one range of the body per paragraph, marks left out.
    pieces: Box<[(u32, u32)]>,
    /// Offset of the opening mark.
    open: u32,
    /// Offset just past the closing mark (the end of the last piece when none closes it).
    close: u32,
}

/// Offset `i` of a body of at most 20 MB in four bytes.
fn small(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

impl Passage {
    /// The quoted text, one range of the body per paragraph, marks left out.
    pub fn pieces(&self) -> impl DoubleEndedIterator<Item = Range<usize>> + ExactSizeIterator + '_ {
        self.pieces.iter().map(|&(s, e)| s as usize..e as usize)
    }

    /// The first piece.
    pub fn first_piece(&self) -> Option<Range<usize>> {
        self.pieces().next()
    }

    /// The last piece.
    pub fn last_piece(&self) -> Option<Range<usize>> {
        self.pieces().next_back()
    }

    /// Offset of the opening mark.
    pub fn open(&self) -> usize {
        self.open as usize
    }

    /// Offset just past the closing mark (the end of the last piece when none closes it).
    pub fn close(&self) -> usize {
        self.close as usize
    }

    /// Adds a piece: most passages have one, so each is given room for itself alone.
    fn push(&mut self, r: Range<usize>) {
        let mut grown = Vec::with_capacity(self.pieces.len() + 1);
        grown.extend_from_slice(&self.pieces);
        grown.push((small(r.start), small(r.end)));
        self.pieces = grown.into_boxed_slice();
    }

    /// Ends the passage with its last piece, when no mark closes it.
    fn close_at_last_piece(&mut self) {
        self.close = self.pieces.last().map_or(self.open, |&(_, e)| e);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Double,
    Single,
}

/// A quotation mark and what its neighbours allow it to do.
#[derive(Debug, Clone, Copy)]
struct Mark {
    /// Offset in the body: in four bytes, as a line of many short quotes holds many marks.
    at: u32,
    kind: Kind,
    open: bool,
    close: bool,
    /// A closing single mark after a letter and before a space: maybe a plural possessive.
    weak: bool,
    /// A straight mark with space on both sides: opens or closes as the pairing needs.
    either: bool,
}

/// The quoted passages of `body`, its line breaks' offsets pushed to `line_ends` on the
/// way. `written` tells, for a mark's offset, the character the input had there (a curly
/// quote says which way it faces).
pub fn passages(
    body: &str,
    written: impl Fn(usize) -> Option<char>,
    line_ends: &mut Vec<u32>,
) -> Vec<Passage> {
    let mut out = Vec::new();
    let mut open: Option<(Kind, Passage)> = None;
    // One pass over the body finds its marks and line breaks eight bytes at a time: most
    // bytes of a text are neither.
    let mut found = flagged(body.as_bytes(), |v| {
        equal_bytes(v, b'"') | equal_bytes(v, b'\'') | equal_bytes(v, b'\n')
    });
    // The marks of the line read, as body offsets.
    let mut in_line: Vec<usize> = Vec::new();
    let mut start = 0;
    loop {
        in_line.clear();
        let end = loop {
            match found.next() {
                Some(i) if body.as_bytes()[i] == b'\n' => break Some(i),
                Some(i) => in_line.push(i),
                None => break None,
            }
        };
        if let Some(e) = end {
            line_ends.push(small(e));
        }
        let line = &body[start..end.unwrap_or(body.len())];
        // A blank line holds no mark.
        if !line.trim().is_empty() {
            let marks = marks(line, start, &in_line, &written);
            read_line(&marks, line, start, &mut open, &mut out);
        }
        match end {
            Some(e) => start = e + 1,
            None => break,
        }
    }
    if let Some((_, mut p)) = open {
        p.close_at_last_piece();
        out.push(p);
    }
    out.retain(|p| p.pieces.iter().any(|&(s, e)| e > s));
    // Kept while the article's quotes are read: at its length.
    out.shrink_to_fit();
    out
}

/// Reads the marks of one line (at `start` of the body): a passage left open by the
/// paragraph before runs on when this one opens with the same mark; otherwise it ended
/// with its paragraph.
fn read_line(
    marks: &[Mark],
    line: &str,
    start: usize,
    open: &mut Option<(Kind, Passage)>,
    out: &mut Vec<Passage>,
) {
    let mut from = 0;
    if let Some((kind, mut p)) = open.take() {
        match marks.first() {
            Some(m) if m.at as usize == start && m.kind == kind && m.open => {
                from = 1;
                *open = Some((kind, p));
            }
            _ => {
                p.close_at_last_piece();
                out.push(p);
            }
        }
    }
    pair(&marks[from..], line, start, start + from, open, out);
}

/// Pairs the marks of one line (at `start` of the body), adding finished passages to `out` and
/// leaving a passage still open at the line's end in `open`.
fn pair(
    marks: &[Mark],
    line: &str,
    start: usize,
    resume: usize,
    open: &mut Option<(Kind, Passage)>,
    out: &mut Vec<Passage>,
) {
    let line_end = start + line.trim_end().len();
    // The piece of an open passage starts at `resume` (the line's start, or past the mark
    // that reopens it), or after its opening mark.
    let mut piece_start = resume;
    // Kinds of the marks opened inside the passage (nested quotes).
    let mut nested: Vec<Kind> = Vec::new();
    for (i, m) in marks.iter().enumerate() {
        let Some((kind, p)) = open.as_mut() else {
            if m.open || (m.either && closes_later(&marks[i + 1..], m.kind)) {
                *open = Some((m.kind, new_passage(m.at as usize)));
                piece_start = m.at as usize + 1;
                nested.clear();
            }
            continue;
        };
        let closes = |k: Kind| {
            m.kind == k && (m.close || m.either) && !(m.weak && closes_later(&marks[i + 1..], k))
        };
        if nested.last().is_some_and(|&inner| closes(inner)) {
            nested.pop();
        } else if closes(*kind) {
            p.push(piece_start..m.at as usize);
            p.close = m.at.saturating_add(1);
            nested.clear();
            if let Some((_, done)) = open.take() {
                out.push(done);
            }
        } else if m.open && m.kind != *kind && nested.last().is_none_or(|&inner| inner != m.kind) {
            nested.push(m.kind);
        }
    }
    if let Some((_, p)) = open.as_mut() {
        p.push(piece_start..line_end.max(piece_start));
    }
}

fn new_passage(at: usize) -> Passage {
    Passage {
        pieces: Box::default(),
        open: small(at),
        close: small(at),
    }
}

/// True when a mark of `kind` further on closes before any mark of that kind opens again:
/// the weak closing mark before it is an apostrophe.
fn closes_later(rest: &[Mark], kind: Kind) -> bool {
    for m in rest.iter().filter(|m| m.kind == kind) {
        if m.close {
            return true;
        }
        if m.open {
            return false;
        }
    }
    false
}

/// The quotation marks of one line (found at `start` of the body), apostrophes left out;
/// `found` holds the body offsets of the line's `"` and `'` bytes, in order.
fn marks(
    line: &str,
    start: usize,
    found: &[usize],
    written: &impl Fn(usize) -> Option<char>,
) -> Vec<Mark> {
    // At most one mark per `"` or `'` byte.
    let mut out = Vec::with_capacity(found.len());
    // Marks are ASCII: never inside a character of several bytes.
    for i in found.iter().map(|&at| at - start) {
        let kind = match line.as_bytes().get(i) {
            Some(b'"') => Kind::Double,
            // A backtick closed by a double mark ("`We were locked out.”", text converted
            // from one typewriter style to another) opens a double passage.
            Some(b'\'') if written(start + i) == Some('`') && closed_double(line, i) => {
                Kind::Double
            }
            Some(b'\'') => Kind::Single,
            _ => continue,
        };
        let prev = line[..i].chars().next_back();
        let next = line[i + 1..].chars().next();
        let mut open = prev.is_none_or(opens_after) && next.is_some_and(|n| !n.is_whitespace());
        let mut close = prev.is_some_and(|p| !p.is_whitespace()) && next.is_none_or(closes_before);
        let mut either = false;
        let mut weak = false;
        match written(start + i) {
            // “ also closes the German „…“ after a letter or stop.
            Some('\u{201c}') => open = next.is_some(),
            Some('\u{201e}' | '\u{ab}' | '\u{2018}' | '\u{201a}') => {
                (open, close) = (next.is_some(), false);
            }
            Some('\u{201d}' | '\u{bb}') => {
                (open, close) = (false, prev.is_some());
            }
            _ => {
                either = kind == Kind::Double
                    && prev.is_some_and(char::is_whitespace)
                    && next.is_some_and(char::is_whitespace);
            }
        }
        if kind == Kind::Single {
            let letter_before = prev.is_some_and(char::is_alphanumeric);
            let after = &line[i + 1..];
            if letter_before && next.is_some_and(char::is_alphanumeric) {
                // Inside a word: don't, O'Brien, Moreau's.
                continue;
            }
            if open && (elided(after) || after.starts_with(|c: char| c.is_ascii_digit())) {
                // The '90s, 'em, rock 'n' roll.
                open = false;
            }
            if close && is_elided_n(line, i) {
                close = false;
            }
            weak = close && letter_before && next.is_some_and(char::is_whitespace);
        }
        if open || close || either {
            out.push(Mark {
                at: small(start + i),
                kind,
                open,
                close,
                weak,
                either,
            });
        }
    }
    out
}

/// True when, after the mark at byte `i` of `line`, a closing double mark (before a space,
/// punctuation or the line's end) comes before any closing single one.
fn closed_double(line: &str, i: usize) -> bool {
    let bytes = line.as_bytes();
    let closes = |j: usize| {
        j > 0
            && !bytes[j - 1].is_ascii_whitespace()
            && line[j + 1..].chars().next().is_none_or(closes_before)
    };
    (i + 1..bytes.len())
        .filter(|&j| matches!(bytes[j], b'"' | b'\''))
        .find(|&j| closes(j) && !(bytes[j] == b'\'' && is_elided_n(line, j)))
        .is_some_and(|j| bytes[j] == b'"')
}

/// A character after which a quotation mark may open.
fn opens_after(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '(' | '[' | '{' | '\u{2014}' | '\u{2013}' | '-' | '/' | '"' | '\'' | ':'
        )
}

/// A character before which a quotation mark may close.
fn closes_before(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '.' | ','
                | ';'
                | ':'
                | '!'
                | '?'
                | ')'
                | ']'
                | '}'
                | '\u{2014}'
                | '\u{2013}'
                | '-'
                | '"'
                | '\''
                | '\u{2026}'
        )
}

/// True when `after` (the text after a single mark) starts with an elided word ('em, 'til).
pub(in crate::digest) fn elided(after: &str) -> bool {
    ELISIONS.iter().any(|e| {
        after
            .get(..e.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(e))
            && !after[e.len()..].starts_with(char::is_alphanumeric)
    })
}

/// True when the single mark at `i` closes the "'n'" of "rock 'n' roll".
fn is_elided_n(line: &str, i: usize) -> bool {
    line[..i].ends_with(" 'n") || line[..i].ends_with(" 'N")
}

#[cfg(test)]
mod tests;

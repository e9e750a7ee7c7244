//! Splits a passage of English prose into sentences.
//!
//! Rule-based, in one pass over whitespace-separated tokens: a token that ends in
//! terminal punctuation ends a sentence unless the rules for abbreviations, initials,
//! ellipses, quotes, brackets and list items say otherwise. The lists of abbreviations
//! live in [`crate::lexicon::abbreviations`].

use crate::clean::bytes::{ascii_eight, ascii_spaces, HIGH_BITS};
use crate::lexicon::abbreviations::{
    CLOCK, INNER, NAME_INTRODUCERS, PREFIX_TITLES, SENTENCE_STARTERS,
};
use std::ops::Range;

/// Characters that close a quotation or bracket after a sentence's final mark.
const CLOSERS: &[char] = &['"', '\'', '\u{201d}', '\u{2019}', '\u{bb}', ')'];
/// Characters that open a quotation or bracket before a sentence's first word.
const OPENERS: &[char] = &['"', '\'', '\u{201c}', '\u{2018}', '\u{ab}', '(', '['];
/// Bullet characters that start a list item.
const BULLETS: &[char] = &[
    '\u{2022}', '\u{2043}', '\u{25aa}', '\u{25e6}', '\u{2023}', '\u{25cf}',
];

/// The whitespace-separated tokens of a passage, as byte ranges: 8 bytes a token, so a
/// long paragraph costs little more than its own text.
struct Toks<'a> {
    text: &'a str,
    spans: Vec<(u32, u32)>,
}

impl<'a> Toks<'a> {
    fn len(&self) -> usize {
        self.spans.len()
    }
    fn start(&self, i: usize) -> usize {
        self.spans[i].0 as usize
    }
    fn end(&self, i: usize) -> usize {
        self.spans[i].1 as usize
    }
    /// Token `i`.
    fn s(&self, i: usize) -> &'a str {
        self.text.get(self.start(i)..self.end(i)).unwrap_or("")
    }
    fn get(&self, i: usize) -> Option<&'a str> {
        (i < self.len()).then(|| self.s(i))
    }
}

/// Byte ranges of the sentences of `text`, in order, each trimmed of surrounding
/// white space. Line breaks count as spaces: split paragraphs before calling this.
pub fn split(text: &str) -> Vec<Range<usize>> {
    let toks = tokenize(text);
    let mut out = Vec::new();
    let mut list = ListState::default();
    let mut first = 0;
    let bytes = text.as_bytes();
    for (i, &(start, end)) in toks.spans.iter().enumerate() {
        // Most tokens are words that neither open a list item nor end a sentence: told by
        // their first and last bytes, without being cut from the text. A sentence ends in a
        // final mark, perhaps closed by quotes or a bracket: a token ending in another ASCII
        // character (a letter, a digit, a comma) ends none. Nor does it open a list item:
        // without a bullet first, a marker ends in a full stop or a bracket.
        let open = bytes.get(start as usize).copied().unwrap_or(0);
        let close = bytes
            .get((end as usize).wrapping_sub(1))
            .copied()
            .unwrap_or(0);
        let ends_none =
            close.is_ascii() && !matches!(close, b'.' | b'!' | b'?' | b'"' | b'\'' | b')');
        if open.is_ascii() && ends_none {
            continue;
        }
        let tok = toks.s(i);
        let next = toks.get(i + 1);
        if list.opens_item(&toks, i, tok, first) && i > first {
            out.push(toks.start(first)..toks.end(i - 1));
            first = i;
        }
        if ends_sentence(&toks, i, first, tok, next) {
            out.push(toks.start(first)..toks.end(i));
            first = i + 1;
        }
    }
    if first < toks.len() {
        out.push(toks.start(first)..toks.end(toks.len() - 1));
    }
    out
}

fn tokenize(text: &str) -> Toks<'_> {
    // Offsets fit in 32 bits: the digest refuses inputs anywhere near 4 GB.
    let at32 = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    let mut toks = Vec::with_capacity(text.len() / 6 + 1);
    let mut start = None;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Eight bytes of ASCII at a time: where a token starts or ends among them is found
        // at once (see `clean::bytes`), and only those places are visited.
        if let Some(v) = ascii_eight(bytes, i) {
            let spaces = ascii_spaces(v);
            // Each byte's left neighbour: before the first, the state so far.
            let before = (spaces << 8) | (u64::from(start.is_none()) << 7);
            let mut edges = (spaces ^ before) & HIGH_BITS;
            while edges != 0 {
                let at = i + (edges.trailing_zeros() / 8) as usize;
                match start {
                    Some(s) => {
                        toks.push((at32(s), at32(at)));
                        start = None;
                    }
                    None => start = Some(at),
                }
                edges &= edges - 1;
            }
            i += 8;
            continue;
        }
        let b = bytes[i];
        let (space, len) = if b.is_ascii() {
            (b.is_ascii_whitespace() || b == 0x0b, 1)
        } else {
            let c = text[i..].chars().next();
            (
                c.is_some_and(char::is_whitespace),
                c.map_or(1, char::len_utf8),
            )
        };
        let at = i;
        i += len;
        match (space, start) {
            (true, Some(s)) => {
                toks.push((at32(s), at32(at)));
                start = None;
            }
            (false, None) => start = Some(at),
            _ => {}
        }
    }
    if let Some(s) = start {
        toks.push((at32(s), at32(text.len())));
    }
    Toks { text, spans: toks }
}

/// True when `s` starts with a bullet character (none of which is ASCII).
fn starts_with_bullet(s: &str) -> bool {
    s.as_bytes().first().is_some_and(|b| !b.is_ascii()) && s.starts_with(BULLETS)
}

/// The token without closing quotes and brackets at its end.
fn core(s: &str) -> &str {
    s.trim_end_matches(CLOSERS)
}

/// The first character of a word after opening quotes and brackets.
fn first_char(s: &str) -> Option<char> {
    match s.as_bytes().first() {
        // Most words open with an ASCII letter or digit: no opener to take off.
        Some(&b) if b.is_ascii_alphanumeric() => Some(char::from(b)),
        _ => s.trim_start_matches(OPENERS).chars().next(),
    }
}

fn starts_lowercase(t: &str) -> bool {
    first_char(t).is_some_and(char::is_lowercase)
}

/// A token made only of full stops (and closing quotes): part of a spaced ellipsis.
fn is_dots(s: &str) -> bool {
    // Dots start with a full stop or the first byte of an ellipsis: most tokens stop here.
    if !matches!(s.as_bytes().first(), Some(b'.' | 0xE2)) {
        return false;
    }
    let c = core(s);
    !c.is_empty() && c.chars().all(|ch| ch == '.' || ch == '\u{2026}')
}

fn dot_count(s: &str) -> usize {
    core(s)
        .chars()
        .map(|c| {
            if c == '\u{2026}' {
                3
            } else {
                usize::from(c == '.')
            }
        })
        .sum()
}

/// Single letters separated by full stops: "U.S", "E.U", "U.S.A", "a.m".
fn is_letter_acronym(word: &str) -> bool {
    // Two parts or more: a word without a stop is one, and is not split.
    word.contains('.')
        && word.split('.').all(|p| {
            let mut chars = p.chars();
            matches!((chars.next(), chars.next()), (Some(c), None) if c.is_alphabetic())
        })
}

/// True when token `i`, `tok`, ends a sentence before `next`, the token after it.
fn ends_sentence(toks: &Toks, i: usize, first: usize, tok: &str, next: Option<&str>) -> bool {
    let Some(next) = next else {
        return false;
    };
    // Most words end in a letter or digit: neither a final mark nor dots.
    if tok.as_bytes().last().is_some_and(u8::is_ascii_alphanumeric) {
        return false;
    }
    if is_dots(tok) {
        return ends_at_ellipsis_run(toks, i, next);
    }
    let c = core(tok);
    let Some(last) = c.chars().last() else {
        return false;
    };
    if !matches!(last, '.' | '!' | '?' | '\u{2026}') || starts_lowercase(next) {
        return false;
    }
    if last != '.' && last != '\u{2026}' {
        return true;
    }
    if c.ends_with("...") || last == '\u{2026}' {
        return !is_dots(next);
    }
    if is_dots(next) {
        // "compounds. . . . The practice": a full stop, then an ellipsis opening the next one.
        return ellipsis_run_end(toks, i + 1)
            .and_then(|end| toks.get(end + 1))
            .is_some_and(|after| !starts_lowercase(after));
    }
    let word = &c[..c.len() - 1];
    // A bullet is never ASCII: a word opening with an ASCII byte has none to take off.
    let word = match word.as_bytes().first() {
        Some(b) if b.is_ascii() => word,
        _ => word.trim_start_matches(BULLETS),
    };
    let at_item_start =
        i == first || (i == first + 1 && toks.s(first).chars().all(|ch| BULLETS.contains(&ch)));
    if at_item_start && list_marker(tok).is_some() {
        return false;
    }
    abbreviation_allows_end(toks, i, first, word, next)
}

/// Decides a full stop after `word` followed by a word that does not start lowercase.
fn abbreviation_allows_end(toks: &Toks, i: usize, first: usize, word: &str, next: &str) -> bool {
    if PREFIX_TITLES.contains(word) {
        return false;
    }
    if CLOCK.contains_ignore_ascii_case(word) {
        return i + 1 - first >= 4 && !first_char(next).is_some_and(|c| c.is_ascii_digit());
    }
    if is_letter_acronym(word) || INNER.contains_ignore_ascii_case(word) {
        let next_word = next.trim_start_matches(OPENERS);
        let next_word = next_word.trim_end_matches(|c: char| !c.is_alphanumeric());
        return SENTENCE_STARTERS.contains(next_word);
    }
    let mut chars = word.chars();
    match (chars.next(), chars.next()) {
        (Some(ch), None) if ch.is_alphabetic() => single_letter_ends(toks, i, first, ch, next),
        _ => true,
    }
}

/// "Jonas E. Smith" (an initial) against "you and I. Did you" (a sentence end).
fn single_letter_ends(toks: &Toks, i: usize, first: usize, ch: char, next: &str) -> bool {
    if ch.is_lowercase() {
        return i != first;
    }
    let prev_is_name = i > first && first_char(toks.s(i - 1)).is_some_and(char::is_uppercase);
    let next_is_initial = {
        let c = core(next);
        c.len() <= 3 && c.ends_with('.') && c.chars().next().is_some_and(char::is_uppercase)
    };
    // "said L. Ari Fleischer", "by J. Smith Jr": after a word that introduces a person, a
    // capital and a full stop before two capitalized words open a name ("you and I. Did
    // you" ends a sentence: "I" is no initial).
    let introduced = ch != 'I'
        && i > first
        && NAME_INTRODUCERS.contains_ignore_ascii_case(toks.s(i - 1))
        && [i + 1, i + 2].iter().all(|&k| {
            toks.get(k)
                .and_then(first_char)
                .is_some_and(char::is_uppercase)
        });
    !(prev_is_name || next_is_initial || introduced)
}

/// Index of the last token of the run of dot-only tokens that starts at `i`.
fn ellipsis_run_end(toks: &Toks, i: usize) -> Option<usize> {
    let mut j = i;
    while toks.get(j + 1).is_some_and(is_dots) {
        j += 1;
    }
    toks.get(j).map(|_| j)
}

/// At the last token of a spaced ellipsis (". . . ."): four stops after a bare word end
/// the sentence; three are an ellipsis inside it.
fn ends_at_ellipsis_run(toks: &Toks, i: usize, next: &str) -> bool {
    if is_dots(next) || starts_lowercase(next) {
        return false;
    }
    let mut start = i;
    while start > 0 && is_dots(toks.s(start - 1)) {
        start -= 1;
    }
    if start > 0 && core(toks.s(start - 1)).ends_with('.') {
        return false;
    }
    let dots: usize = (start..=i).map(|k| dot_count(toks.s(k))).sum();
    dots >= 4
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum MarkerKind {
    NumDot,
    NumDotParen,
    NumParen,
    LetterDot,
}

/// False when a token of `len` bytes opening with the ASCII byte `first` (no bullet to
/// take off) is no list marker: too long for one, or neither two bytes long nor opening
/// with a digit. Most words are told by this.
fn may_be_marker(first: u8, len: usize) -> bool {
    len <= 5 && (len == 2 || first.is_ascii_digit())
}

/// A list item marker ("1.", "1.)", "1)", "a.", with an optional leading bullet): its kind
/// and its ordinal.
fn list_marker(s: &str) -> Option<(MarkerKind, u32)> {
    match s.as_bytes().first() {
        Some(&b) if b.is_ascii() && !may_be_marker(b, s.len()) => None,
        _ => marker(s),
    }
}

/// [`list_marker`] of a word that may be one.
#[inline(never)]
fn marker(s: &str) -> Option<(MarkerKind, u32)> {
    let s = match s.as_bytes().first() {
        Some(b) if b.is_ascii_alphanumeric() => s,
        _ => s.trim_start_matches(BULLETS),
    };
    // A marker is a number of up to three digits or one letter, then punctuation.
    if s.len() > 5 || (s.len() != 2 && !s.as_bytes().first().is_some_and(u8::is_ascii_digit)) {
        return None;
    }
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && digits <= 3 {
        let n: u32 = s[..digits].parse().ok()?;
        return match &s[digits..] {
            "." => Some((MarkerKind::NumDot, n)),
            ".)" => Some((MarkerKind::NumDotParen, n)),
            ")" => Some((MarkerKind::NumParen, n)),
            _ => None,
        };
    }
    let mut chars = s.chars();
    match (chars.next(), chars.next(), chars.next()) {
        (Some(c), Some('.'), None) if c.is_ascii_lowercase() => {
            Some((MarkerKind::LetterDot, u32::from(c)))
        }
        _ => None,
    }
}

/// Remembers the list a passage opened with, to split before its next item.
#[derive(Default)]
struct ListState {
    kind: Option<MarkerKind>,
    last: u32,
}

impl ListState {
    /// True when token `i`, `s`, opens a new list item: a bullet, or the next marker of
    /// the list the passage opened with.
    fn opens_item(&mut self, toks: &Toks, i: usize, s: &str, first: usize) -> bool {
        if starts_with_bullet(s) {
            return true;
        }
        let Some((kind, n)) = list_marker(s) else {
            return false;
        };
        let after_bullet = i > 0 && toks.s(i - 1).chars().all(|c| BULLETS.contains(&c));
        if i == 0 || (i == 1 && after_bullet) {
            self.kind = Some(kind);
            self.last = n;
            return false;
        }
        if self.kind == Some(kind) && n == self.last + 1 {
            self.last = n;
            return !after_bullet || i - 1 < first;
        }
        false
    }
}

#[cfg(test)]
mod tests;

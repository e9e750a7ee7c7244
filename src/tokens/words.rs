//! The words of a sentence: its space-separated tokens with their punctuation split off.

use crate::clean::bytes::{ascii_range, equal_bytes, HIGH_BITS};
use std::cell::OnceCell;
use std::ops::Range;

/// One whitespace-separated word of a sentence. Every sentence's words are kept for the
/// later stages, so a word is stored in 40 bytes: its token, its offset, the lengths of the
/// punctuation around it in a byte each, and its key when that is not the word itself.
#[derive(Debug, Clone)]
pub struct Word<'a> {
    /// The whole token, punctuation included.
    token: &'a str,
    /// Byte offset of the token in the sentence.
    start: u32,
    /// Length of the punctuation before the word, or [`LONG`] when it does not fit.
    lead: u8,
    /// Length of the punctuation after the word (a possessive `'s` is part of the word),
    /// or [`LONG`] when it does not fit.
    trail: u8,
    /// Length of the possessive `'s` (0, 2 or 4 bytes) at the end of the word, and
    /// [`PLAIN`] when the word is its own key.
    strip: u8,
    /// True when the word ends in a possessive `'s` (or `\u{2019}s`), cut off its text.
    pub possessive: bool,
    /// The word in lowercase with full stops removed ("U.S." gives "us"), when that is not
    /// the word as written, made on first use.
    key: OnceCell<Box<str>>,
}

/// The flag of a word that is its own key (lowercase, no full stop).
const PLAIN: u8 = 0x80;
/// The flag of a word followed by a token of punctuation alone ("Kim -- the manager"):
/// a break after it, as a comma is.
const MARK_AFTER: u8 = 0x40;
/// The flags kept in [`Word::strip`] beside the possessive's length.
const FLAGS: u8 = PLAIN | MARK_AFTER;

/// A punctuation length too long for its byte: it is read again from the token.
const LONG: u8 = u8::MAX;

/// Length of the punctuation before the word of `token`: none before a letter or digit,
/// what nearly every token starts with.
#[inline]
fn lead_of(token: &str) -> usize {
    match token.as_bytes().first() {
        Some(b) if b.is_ascii_alphanumeric() => 0,
        _ => lead_len(token),
    }
}

/// [`lead_of`] a token that does not start with an ASCII letter or digit.
#[inline(never)]
fn lead_len(token: &str) -> usize {
    token.len()
        - token
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .len()
}

/// Length of the word of `core` (a token without its leading punctuation), a possessive
/// `'s` kept: its trailing punctuation cut off, but for the full stop of an initial or an
/// abbreviation ("J.", "U.S."). Nothing is cut after a final letter or digit, what nearly
/// every token ends with.
#[inline]
fn raw_len(core: &str) -> usize {
    match core.as_bytes().last() {
        Some(b) if b.is_ascii_alphanumeric() => core.len(),
        _ => cut_len(core),
    }
}

/// [`raw_len`] of a token that does not end with an ASCII letter or digit.
#[inline(never)]
fn cut_len(core: &str) -> usize {
    let mut end = core.trim_end_matches(|c: char| !is_word_char(c)).len();
    // The marks are ASCII: the last byte is one only when the last character is.
    while let Some(&last @ (b'.' | b'\'' | b'-')) =
        core.as_bytes().get(..end).and_then(<[u8]>::last)
    {
        let t = &core[..end - 1];
        let keep = last == b'.' && (t.contains('.') || t.chars().count() == 1);
        if keep {
            break;
        }
        end -= 1;
    }
    end
}

impl<'a> Word<'a> {
    /// The word of a token of lowercase ASCII letters, at byte `start` of its sentence,
    /// perhaps followed by `trail` bytes of punctuation: its own key.
    #[inline]
    fn lowercase(token: &'a str, start: usize, trail: u8) -> Self {
        Word {
            token,
            start: start as u32,
            lead: 0,
            trail,
            strip: PLAIN,
            possessive: false,
            key: OnceCell::new(),
        }
    }

    /// Byte offset of the word in the token.
    #[inline]
    fn lead(&self) -> usize {
        if self.lead != LONG {
            return usize::from(self.lead);
        }
        self.long_lead()
    }

    #[cold]
    #[inline(never)]
    fn long_lead(&self) -> usize {
        lead_of(self.token)
    }

    /// Byte offset of the end of the word, a possessive `'s` kept, in the token.
    #[inline]
    fn raw_end(&self) -> usize {
        if self.trail != LONG {
            return self.token.len() - usize::from(self.trail);
        }
        self.long_raw_end()
    }

    #[cold]
    #[inline(never)]
    fn long_raw_end(&self) -> usize {
        let lead = self.lead();
        lead + raw_len(self.token.get(lead..).unwrap_or(""))
    }

    /// The word without surrounding punctuation and without a possessive `'s`.
    #[inline]
    pub fn text(&self) -> &'a str {
        let end = self.raw_end() - usize::from(self.strip & !FLAGS);
        self.token.get(self.lead()..end).unwrap_or("")
    }

    /// The word without surrounding punctuation, a possessive `'s` kept.
    #[inline]
    pub fn raw(&self) -> &'a str {
        self.token.get(self.lead()..self.raw_end()).unwrap_or("")
    }

    /// Byte range of the whole token (punctuation included) in the sentence.
    #[inline]
    pub fn span(&self) -> Range<usize> {
        let start = self.start as usize;
        start..start + self.token.len()
    }

    /// Byte range of [`Word::raw`] in the sentence: the token without the punctuation
    /// around it.
    pub fn raw_span(&self) -> Range<usize> {
        let start = self.span().start + self.before().len();
        start..start + self.raw().len()
    }

    /// Punctuation before the word (opening quotes, brackets).
    #[inline]
    pub fn before(&self) -> &'a str {
        self.token.get(..self.lead()).unwrap_or("")
    }

    /// Punctuation after the word (commas, full stops, closing quotes).
    #[inline]
    pub fn after(&self) -> &'a str {
        self.token.get(self.raw_end()..).unwrap_or("")
    }

    /// True when punctuation other than a possessive follows the word: a comma, a stop,
    /// or a mark standing alone as the next token ("Kim -- the manager").
    #[inline]
    pub fn breaks_after(&self) -> bool {
        self.raw_end() < self.token.len() || self.strip & MARK_AFTER != 0
    }

    /// True when the word starts with an uppercase letter.
    #[inline]
    pub fn is_capitalized(&self) -> bool {
        // The word is never empty: its first character is the token's after the lead. An
        // ASCII first byte is the whole character, told without decoding.
        let lead = self.lead();
        match self.token.as_bytes().get(lead) {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => {
                let first = self.token.get(lead..).and_then(|t| t.chars().next());
                first.is_some_and(char::is_uppercase)
            }
        }
    }

    /// The word in lowercase with full stops removed ("U.S." gives "us").
    #[inline]
    pub fn key(&self) -> &str {
        if self.strip & PLAIN != 0 {
            return self.text();
        }
        self.key.get_or_init(|| key_of(self.text()))
    }
}

/// True when `text` is its own key: in lowercase, without full stops.
fn is_plain(text: &str) -> bool {
    text.bytes().all(|b| PLAIN_BYTES[usize::from(b)])
}

/// Per byte, whether a key may hold it as it is: a lowercase ASCII letter, a digit, a
/// hyphen or an apostrophe.
static PLAIN_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-' || c == b'\'';
        b += 1;
    }
    table
};

/// `text` in lowercase with full stops removed: one allocation, of the final size unless
/// a stop or a letter that shortens falls out.
fn key_of(text: &str) -> Box<str> {
    // Most keys asked for are of capitalized words of ASCII without a stop ("Minister"):
    // copied at once and lowercased in place.
    if text.bytes().all(|b| b.is_ascii() && b != b'.') {
        let mut key = Box::<str>::from(text);
        key.make_ascii_lowercase();
        return key;
    }
    let mut key = String::with_capacity(text.len());
    key.extend(
        text.chars()
            .filter(|&c| c != '.')
            .map(crate::case::lower_char),
    );
    key.into_boxed_str()
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '-' | '\'' | '.' | '&' | '/' | '%' | '$' | '°')
}

/// The words of `sentence`.
pub fn words(sentence: &str) -> Vec<Word<'_>> {
    let bytes = sentence.as_bytes();
    // As many words as there are space-separated tokens at most: every sentence's words
    // are kept for the later stages, so none is given room it does not use.
    let mut out = Vec::with_capacity(token_count(bytes));
    // The tokens are found eight bytes at a time (see `clean::bytes`), each block read once
    // however many tokens it holds: its spaces not yet reached, and its bytes after the
    // last space reached that are neither a space nor a lowercase ASCII letter.
    let mut base = 0;
    let (mut spaces, mut others) = block(bytes, 0);
    // Whether the token so far holds such a byte in the blocks before.
    let mut seen = 0;
    let mut start = 0;
    while start < bytes.len() {
        if spaces == 0 {
            // The token goes on in the next block (past the end, all spaces).
            seen |= others;
            base += 8;
            (spaces, others) = block(bytes, base);
            continue;
        }
        let bit = spaces & spaces.wrapping_neg();
        let before = bit - 1;
        let stop = (base + (bit.trailing_zeros() / 8) as usize).min(bytes.len());
        let odd = seen | (others & before);
        // The token's last byte is the only other one, in this block.
        let one_mark = seen == 0 && odd == bit >> 8;
        others &= !before;
        spaces ^= bit;
        seen = 0;
        if stop > start {
            if let Some(token) = sentence.get(start..stop) {
                // A token of lowercase letters is a word without punctuation, its own key,
                // and so is one closed by a mark the word leaves out.
                if odd == 0 {
                    out.push(Word::lowercase(token, start, 0));
                } else if one_mark && closes_word(token) {
                    out.push(Word::lowercase(token, start, 1));
                } else if let Some(w) = word(token, start) {
                    out.push(w);
                } else if let Some(prev) = out.last_mut() {
                    // A dash or other mark standing alone ends the phrase before it.
                    if !token.contains(char::is_alphanumeric) {
                        prev.strip |= MARK_AFTER;
                    }
                }
            }
        }
        start = stop + 1;
    }
    out
}

/// The number of space-separated tokens of `bytes`: of bytes other than a space that open
/// the text or follow one. Counted a block at a time, in a byte per block, which the
/// compiler turns into vector instructions.
fn token_count(bytes: &[u8]) -> usize {
    const BLOCK: usize = 128;
    let opens = usize::from(bytes.first().is_some_and(|&b| b != b' '));
    let next = bytes.get(1..).unwrap_or_default();
    bytes
        .chunks(BLOCK)
        .zip(next.chunks(BLOCK))
        .map(|(a, b)| {
            let starts = a
                .iter()
                .zip(b)
                .fold(0u8, |n, (&a, &b)| n + u8::from(a == b' ' && b != b' '));
            usize::from(starts)
        })
        .sum::<usize>()
        + opens
}

/// True when `token`, lowercase ASCII letters but for its last byte, has a word of its
/// letters and punctuation after it: a last byte that is no part of a word (a comma, a
/// quote), or a full stop after two letters or more (after one, it is an initial's).
#[inline]
fn closes_word(token: &str) -> bool {
    match token.as_bytes() {
        [_, .., b'.'] => token.len() >= 3,
        [_, .., last] => {
            last.is_ascii()
                && !last.is_ascii_alphanumeric()
                && !matches!(last, b'-' | b'\'' | b'&' | b'/' | b'%' | b'$')
        }
        _ => false,
    }
}

/// The spaces among the eight bytes of `bytes` from offset `at`, and the bytes that are
/// neither a space nor a lowercase ASCII letter; bytes past the end are taken as spaces.
#[inline]
fn block(bytes: &[u8], at: usize) -> (u64, u64) {
    let mut eight = [b' '; 8];
    match bytes.get(at..at.saturating_add(8)) {
        Some(block) => eight.copy_from_slice(block),
        None => {
            let rest = bytes.get(at..).unwrap_or_default();
            if let Some(head) = eight.get_mut(..rest.len()) {
                head.copy_from_slice(rest);
            }
        }
    }
    let v = u64::from_le_bytes(eight);
    let spaces = equal_bytes(v, b' ');
    (spaces, !(spaces | ascii_range(v, b'a', b'z')) & HIGH_BITS)
}

/// The word of `token` (no space in it), which starts at byte `start` of its sentence;
/// none when it holds no letter or digit.
#[inline(never)]
fn word(token: &str, start: usize) -> Option<Word<'_>> {
    token.as_bytes().first()?;
    let lead = lead_of(token);
    let core = &token[lead..];
    let raw = &core[..raw_len(core)];
    // A possessive "'s" or "\u{2019}s" is cut off. (The raw word never ends in an
    // apostrophe, which [`cut_len`] takes off: a plural "s'" is no possessive.)
    let text = match raw.as_bytes() {
        [.., b'\'', b's'] => raw.get(..raw.len() - 2),
        [.., 0xE2, 0x80, 0x99, b's'] => raw.get(..raw.len() - 4),
        _ => None,
    };
    let possessive = text.is_some();
    let text = text.unwrap_or(raw);
    if text.is_empty() {
        return None;
    }
    let short = |n: usize| u8::try_from(n).ok().filter(|&n| n != LONG).unwrap_or(LONG);
    Some(Word {
        token,
        // An offset in one sentence: the input is at most 20 MB.
        start: start as u32,
        lead: short(lead),
        trail: short(core.len() - raw.len()),
        // "'s" or "\u{2019}s": 2 or 4 bytes.
        strip: (raw.len() - text.len()) as u8 | if is_plain(text) { PLAIN } else { 0 },
        possessive,
        key: OnceCell::new(),
    })
}

/// The words `ws` of a text that lie in byte range `range` of it, when no word crosses an
/// edge of the range: then they are the words of the text's `range` as [`words`] reads
/// them, with their spans in the whole text.
pub fn words_within<'w, 'a>(ws: &'w [Word<'a>], range: Range<usize>) -> Option<&'w [Word<'a>]> {
    let first = ws.partition_point(|w| w.span().end <= range.start);
    let last = ws.partition_point(|w| w.span().start < range.end);
    let inside = ws.get(first..last)?;
    let whole = inside.first().is_none_or(|w| w.span().start >= range.start)
        && inside.last().is_none_or(|w| w.span().end <= range.end);
    whole.then_some(inside)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaces_and_tokens_are_found_as_byte_by_byte() {
        let texts = [
            "",
            " ",
            "a",
            "  two  spaces  ",
            "Nine-letter words: extraordinarily long tokens, 12345678 9",
            "Łódź, Ελλάδα и Москва — “quoted” words\u{a0}with a no-break space",
            "exactly8 exactly8 ",
            "1234567 12345678        x",
            "lowercase words abcdefghijklmnop Mixed UPPER a1 ab-cd end. z{ `a ab@ abcdefgz[",
            &"x".repeat(300),
            &" a".repeat(200),
        ];
        for text in texts {
            let bytes = text.as_bytes();
            let slow = text.split(' ').filter(|t| !t.is_empty()).count();
            assert_eq!(token_count(bytes), slow, "tokens of {text:?}");
        }
    }

    /// A word as the tests compare it: span, text, raw word, punctuation after, possessive,
    /// its own key.
    type Read<'a> = (Range<usize>, &'a str, &'a str, &'a str, bool, bool);

    /// The words as read one token at a time, each byte of the word looked up for its key.
    fn words_slowly(sentence: &str) -> Vec<Read<'_>> {
        let mut out = Vec::new();
        let mut start = 0;
        for token in sentence.split(' ') {
            let at = start;
            start += token.len() + 1;
            if token.is_empty() {
                continue;
            }
            let lead = lead_len(token);
            let core = &token[lead..];
            let raw = &core[..cut_len(core)];
            let mut text = raw;
            let mut possessive = false;
            if let Some(base) = text
                .strip_suffix("'s")
                .or_else(|| text.strip_suffix("\u{2019}s"))
            {
                text = base;
                possessive = true;
            } else if text.ends_with("s'") {
                possessive = true;
            }
            if text.is_empty() {
                continue;
            }
            let after = &core[raw.len()..];
            let plain = is_plain(text);
            out.push((at..at + token.len(), text, raw, after, possessive, plain));
        }
        out
    }

    /// The words read at once, their edges told from a byte and their keys eight bytes at a
    /// time, against the words read slowly: of every cut of a set of sentences.
    #[test]
    fn words_are_those_read_slowly() {
        let texts = [
            "\"Carter's envoy, Tom J. Reed, met U.S. officials.\" in the constructors' race.",
            "abcdefgh abcdefghi abcdefghijklmnopq a b c d e f g h i j k l m n o p q r s t u",
            "three-day 2019 o'clock rock'n'roll isn't it's Reed\u{2019}s 's \u{2019}s s' x's",
            "Ab aB abcdefgH Abcdefgh abcdefgh. abcdefgh, (abcdefgh) \"abc\" -- ... 3.5% $40 50\u{b0}",
            "café naïve Łódź “quoted” — word—dash end. abcdefgé abcdéfgh",
            "a.m. p.m. e.g. U.S.A. J. x. .x .. ... (( )) !! ??' '' '-' -x- x- -x",
            "   leading  and   trailing   spaces   ",
            "ab, abc. ab. a. ab; ab\" ab) ab- ab' ab& ab/ ab% ab$ abcdefg, abcdefgh, ab\u{b0} ab?!",
        ];
        for text in texts {
            for start in 0..=text.len() {
                for end in start..=text.len() {
                    let Some(part) = text.get(start..end) else {
                        continue;
                    };
                    let got: Vec<Read> = words(part)
                        .iter()
                        .map(|w| {
                            let plain = w.strip & PLAIN != 0;
                            (w.span(), w.text(), w.raw(), w.after(), w.possessive, plain)
                        })
                        .collect();
                    assert_eq!(got, words_slowly(part), "{part:?}");
                }
            }
        }
    }
}

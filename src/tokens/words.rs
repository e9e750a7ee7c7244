//! The words of a sentence: its space-separated tokens with their punctuation split off.

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
    /// True when the token ends in `'s` or `s'`.
    pub possessive: bool,
    /// The word in lowercase with full stops removed ("U.S." gives "us"), when that is not
    /// the word as written, made on first use.
    key: OnceCell<Box<str>>,
}

/// The flag of a word that is its own key (lowercase, no full stop).
const PLAIN: u8 = 0x80;

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
        let end = self.raw_end() - usize::from(self.strip & !PLAIN);
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

    /// True when punctuation other than a possessive follows the word: a comma, a stop.
    #[inline]
    pub fn breaks_after(&self) -> bool {
        self.raw_end() < self.token.len()
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
    let tokens = token_count(bytes);
    let mut out = Vec::with_capacity(tokens);
    let mut pos = 0;
    while pos < bytes.len() {
        let start = pos;
        let stop = next_space(bytes, start);
        pos = stop + 1;
        if stop > start {
            if let Some(w) = word(&sentence[start..stop], start) {
                out.push(w);
            }
        }
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

/// The index of the first space of `bytes` at or after `from`, else the length: read eight
/// bytes at a time, as most words are shorter.
#[inline]
fn next_space(bytes: &[u8], mut from: usize) -> usize {
    const LOW: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const SPACES: u64 = 0x2020_2020_2020_2020;
    while let Some(chunk) = bytes.get(from..from + 8) {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(chunk);
        // A space gives a zero byte; the high bit is then set in that byte and no other.
        let x = u64::from_le_bytes(eight) ^ SPACES;
        let zero = !(((x & LOW) + LOW) | x | LOW);
        if zero != 0 {
            return from + (zero.trailing_zeros() / 8) as usize;
        }
        from += 8;
    }
    let rest = bytes.get(from..).unwrap_or_default();
    rest.iter()
        .position(|&b| b == b' ')
        .map_or(bytes.len(), |p| from + p)
}

/// The word of `token` (no space in it), which starts at byte `start` of its sentence;
/// none when it holds no letter or digit.
fn word(token: &str, start: usize) -> Option<Word<'_>> {
    token.as_bytes().first()?;
    let lead = lead_of(token);
    let core = &token[lead..];
    let raw = &core[..raw_len(core)];
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
            &"x".repeat(300),
            &" a".repeat(200),
        ];
        for text in texts {
            let bytes = text.as_bytes();
            for from in 0..=bytes.len() {
                let slow = bytes[from..]
                    .iter()
                    .position(|&b| b == b' ')
                    .map_or(bytes.len(), |p| from + p);
                assert_eq!(next_space(bytes, from), slow, "from {from} in {text:?}");
            }
            let slow = text.split(' ').filter(|t| !t.is_empty()).count();
            assert_eq!(token_count(bytes), slow, "tokens of {text:?}");
        }
    }
}

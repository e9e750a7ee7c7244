//! The words of a sentence: its space-separated tokens with their punctuation split off.

use std::cell::OnceCell;
use std::ops::Range;

/// One whitespace-separated word of a sentence. Every sentence's words are kept for the
/// later stages, so a word is stored as its token and offsets into it.
#[derive(Debug, Clone)]
pub struct Word<'a> {
    /// The whole token, punctuation included.
    token: &'a str,
    /// Byte offset of the token in the sentence.
    start: u32,
    /// Length of the punctuation before the word.
    lead: u32,
    /// End of the word with a possessive `'s` kept, in the token.
    raw_end: u32,
    /// End of the word without a possessive `'s`, in the token.
    text_end: u32,
    /// True when the token ends in `'s` or `s'`.
    pub possessive: bool,
    /// The word in lowercase with full stops removed ("U.S." gives "us"), made on first use.
    key: OnceCell<Key<'a>>,
}

/// A word's key: the word itself, or a lowercase copy.
#[derive(Debug, Clone)]
enum Key<'a> {
    Borrowed(&'a str),
    Owned(Box<str>),
}

impl Key<'_> {
    fn as_str(&self) -> &str {
        match self {
            Key::Borrowed(s) => s,
            Key::Owned(s) => s,
        }
    }
}

impl<'a> Word<'a> {
    /// The word without surrounding punctuation and without a possessive `'s`.
    pub fn text(&self) -> &'a str {
        self.token
            .get(self.lead as usize..self.text_end as usize)
            .unwrap_or("")
    }

    /// The word without surrounding punctuation, a possessive `'s` kept.
    pub fn raw(&self) -> &'a str {
        self.token
            .get(self.lead as usize..self.raw_end as usize)
            .unwrap_or("")
    }

    /// Byte range of the whole token (punctuation included) in the sentence.
    pub fn span(&self) -> Range<usize> {
        let start = self.start as usize;
        start..start + self.token.len()
    }

    /// Punctuation before the word (opening quotes, brackets).
    pub fn before(&self) -> &'a str {
        self.token.get(..self.lead as usize).unwrap_or("")
    }

    /// Punctuation after the word (commas, full stops, closing quotes).
    pub fn after(&self) -> &'a str {
        self.token.get(self.raw_end as usize..).unwrap_or("")
    }

    /// True when punctuation other than a possessive follows the word: a comma, a stop.
    pub fn breaks_after(&self) -> bool {
        (self.raw_end as usize) < self.token.len()
    }

    /// True when the word starts with an uppercase letter.
    pub fn is_capitalized(&self) -> bool {
        self.text().chars().next().is_some_and(char::is_uppercase)
    }

    /// The word in lowercase with full stops removed ("U.S." gives "us").
    pub fn key(&self) -> &str {
        self.key.get_or_init(|| key_of(self.text())).as_str()
    }
}

/// `text` in lowercase with full stops removed, borrowed when it already is.
fn key_of(text: &str) -> Key<'_> {
    let plain = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'\'';
    if text.bytes().all(plain) {
        return Key::Borrowed(text);
    }
    // Lowercase is as long as the word or shorter: one allocation, of the final size
    // unless a stop or a letter that shortens falls out.
    let mut key = String::with_capacity(text.len());
    key.extend(
        text.chars()
            .filter(|&c| c != '.')
            .map(crate::case::lower_char),
    );
    Key::Owned(key.into_boxed_str())
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '-' | '\'' | '.' | '&' | '/' | '%' | '$' | '°')
}

/// The words of `sentence`.
pub fn words(sentence: &str) -> Vec<Word<'_>> {
    let bytes = sentence.as_bytes();
    // As many words as there are space-separated tokens at most: every sentence's words
    // are kept for the later stages, so none is given room it does not use.
    let mut tokens = 0;
    let mut prev = b' ';
    for &b in bytes {
        tokens += usize::from(prev == b' ' && b != b' ');
        prev = b;
    }
    let mut out = Vec::with_capacity(tokens);
    let mut pos = 0;
    while pos < bytes.len() {
        let start = pos;
        let stop = bytes[start..]
            .iter()
            .position(|&b| b == b' ')
            .map_or(bytes.len(), |p| start + p);
        pos = stop + 1;
        if stop > start {
            if let Some(w) = word(&sentence[start..stop], start) {
                out.push(w);
            }
        }
    }
    out
}

/// The word of `token` (no space in it), which starts at byte `start` of its sentence;
/// none when it holds no letter or digit.
fn word(token: &str, start: usize) -> Option<Word<'_>> {
    let first = *token.as_bytes().first()?;
    let lead = if first.is_ascii_alphanumeric() {
        0
    } else {
        token.len()
            - token
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .len()
    };
    let core = &token[lead..];
    let mut end = match core.as_bytes().last() {
        Some(b) if b.is_ascii_alphanumeric() => core.len(),
        _ => core.trim_end_matches(|c: char| !is_word_char(c)).len(),
    };
    // A final full stop belongs to the word only for initials and abbreviations ("J.", "U.S.").
    while end > 0 && core[..end].ends_with(['.', '\'', '-']) {
        let t = &core[..end - 1];
        let keep = core[..end].ends_with('.') && (t.contains('.') || t.chars().count() == 1);
        if keep {
            break;
        }
        end -= 1;
    }
    let raw = &core[..end];
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
    // Offsets within the token: a sentence is at most the input's 20 MB limit.
    let at = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    Some(Word {
        token,
        start: at(start),
        lead: at(lead),
        raw_end: at(lead + raw.len()),
        text_end: at(lead + text.len()),
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

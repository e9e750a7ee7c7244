//! Words of a sentence with their punctuation split off, for the people stage.

use std::cell::OnceCell;
use std::ops::Range;

/// One whitespace-separated word of a sentence.
#[derive(Debug, Clone)]
pub struct Word<'a> {
    /// The word without surrounding punctuation and without a possessive `'s`.
    pub text: &'a str,
    /// The word without surrounding punctuation, a possessive `'s` kept.
    pub raw: &'a str,
    /// Byte range of the whole token (punctuation included) in the sentence.
    pub span: Range<usize>,
    /// True when the token ends in `'s` or `s'`.
    pub possessive: bool,
    /// Punctuation before the word (opening quotes, brackets).
    pub before: &'a str,
    /// Punctuation after the word (commas, full stops, closing quotes).
    pub after: &'a str,
    /// The word in lowercase with full stops removed ("U.S." gives "us"), made on first use.
    key: OnceCell<Key<'a>>,
}

/// Longest key kept inline, without an allocation.
const INLINE_KEY: usize = 22;

/// A word's key: the word itself, a short lowercase copy kept inline, or a longer one.
#[derive(Debug, Clone)]
enum Key<'a> {
    Borrowed(&'a str),
    Inline { len: u8, bytes: [u8; INLINE_KEY] },
    Owned(String),
}

impl Key<'_> {
    fn as_str(&self) -> &str {
        match self {
            Key::Borrowed(s) => s,
            Key::Inline { len, bytes } => {
                std::str::from_utf8(bytes.get(..usize::from(*len)).unwrap_or(&[])).unwrap_or("")
            }
            Key::Owned(s) => s,
        }
    }
}

impl<'a> Word<'a> {
    /// True when punctuation other than a possessive follows the word: a comma, a stop.
    pub fn breaks_after(&self) -> bool {
        !self.after.is_empty()
    }

    /// True when the word starts with an uppercase letter.
    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// The word in lowercase with full stops removed ("U.S." gives "us").
    pub fn key(&self) -> &str {
        self.key.get_or_init(|| key_of(self.text)).as_str()
    }
}

/// `text` in lowercase with full stops removed, borrowed when it already is.
fn key_of(text: &str) -> Key<'_> {
    let plain = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'\'';
    if text.bytes().all(plain) {
        return Key::Borrowed(text);
    }
    if text.is_ascii() && text.len() <= INLINE_KEY {
        let mut bytes = [0u8; INLINE_KEY];
        let mut len = 0;
        for b in text.bytes().filter(|&b| b != b'.') {
            bytes[len] = b.to_ascii_lowercase();
            len += 1;
        }
        return Key::Inline {
            len: len as u8,
            bytes,
        };
    }
    Key::Owned(
        text.chars()
            .filter(|&c| c != '.')
            .map(crate::case::lower_char)
            .collect(),
    )
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '-' | '\'' | '.' | '&' | '/' | '%' | '$' | '°')
}

/// The words of `sentence`.
pub fn words(sentence: &str) -> Vec<Word<'_>> {
    let bytes = sentence.as_bytes();
    let mut out = Vec::with_capacity(bytes.len() / 6 + 1);
    let mut pos = 0;
    while pos < bytes.len() {
        let start = pos;
        let stop = bytes[start..]
            .iter()
            .position(|&b| b == b' ')
            .map_or(bytes.len(), |p| start + p);
        pos = stop + 1;
        let token = &sentence[start..stop];
        if token.is_empty() {
            continue;
        }
        let lead = if token.as_bytes()[0].is_ascii_alphanumeric() {
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
            continue;
        }
        out.push(Word {
            text,
            raw,
            span: start..start + token.len(),
            possessive,
            before: &token[..lead],
            after: &core[end..],
            key: OnceCell::new(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::words;

    #[test]
    fn splits_punctuation_and_possessives() {
        let ws = words("\"Carter's envoy, Tom J. Reed, met U.S. officials.\"");
        let got: Vec<(&str, bool, &str)> =
            ws.iter().map(|w| (w.text, w.possessive, w.after)).collect();
        assert_eq!(
            got,
            vec![
                ("Carter", true, ""),
                ("envoy", false, ","),
                ("Tom", false, ""),
                ("J.", false, ""),
                ("Reed", false, ","),
                ("met", false, ""),
                ("U.S.", false, ""),
                ("officials", false, ".\""),
            ]
        );
        assert_eq!(ws[6].key(), "us");
        // Keys that borrow, fit inline, or need their own string.
        let ws = words("talks Dupont ANTIDISESTABLISHMENTARIANISM Nováková U.S.A.");
        let keys: Vec<&str> = ws.iter().map(|w| w.key()).collect();
        assert_eq!(
            keys,
            vec![
                "talks",
                "dupont",
                "antidisestablishmentarianism",
                "nováková",
                "usa"
            ]
        );
    }
}

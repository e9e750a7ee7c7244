//! [`Words`]: a word list packed into one string at compile time; [`Hashed`]: one looked
//! up through a hashed set built on first use.

use crate::fasthash::LexiconSet;
use std::sync::OnceLock;

/// A list of words packed into one string: each entry is a length byte (under 128, so the
/// string stays valid UTF-8) followed by the entry. Exists for the size of the WebAssembly
/// download: a `&[&str]` spends an 8-byte pointer and length per entry, which compresses
/// badly; packed, the lexicon's lists take about 5 KB less of the gzipped module.
///
/// Written with the `words!` macro of this module, as a list of string literals:
/// `pub const DEAD: Words = words!["script", "style"];`. Iteration keeps the list's order.
#[derive(Clone, Copy)]
pub struct Words(&'static str);

impl Words {
    /// The list packed in `packed` (see [`pack`]). Meant for constants, where it runs at
    /// compile time: bytes that are not UTF-8 fail the compile.
    #[allow(clippy::panic)]
    pub const fn from_packed(packed: &'static [u8]) -> Self {
        match core::str::from_utf8(packed) {
            Ok(packed) => Words(packed),
            Err(_) => panic!("a packed word list is not UTF-8"),
        }
    }

    /// The entries in the order they were written.
    pub fn iter(self) -> Iter {
        Iter(self.0)
    }

    /// True when `word` is one of the entries (compared byte for byte).
    pub fn contains(self, word: &str) -> bool {
        let word = word.as_bytes();
        self.any_of_len(word.len(), |entry| entry == word)
    }

    /// True when `word` is one of the entries, ASCII letters compared case-insensitively.
    pub fn contains_ignore_ascii_case(self, word: &str) -> bool {
        let word = word.as_bytes();
        self.any_of_len(word.len(), |entry| entry.eq_ignore_ascii_case(word))
    }

    /// True when some entry occurs in `text` (byte for byte, anywhere: "nav" is in
    /// "site-navigation"), as `self.iter().any(|e| text.contains(e))`. A short text, as
    /// class names and ids are, is searched entry by entry without the setup a substring
    /// search makes for each call, which took a tenth of a page's extraction in the
    /// browser; a long one through `str::contains`, linear in its length. The short text's
    /// byte pairs are noted first ([`Pairs`]), so that an entry whose first or last two
    /// bytes never stand together in it is passed over without a search.
    pub fn any_within(self, text: &str) -> bool {
        let hay = text.as_bytes();
        if hay.len() > SHORT_TEXT {
            return self.iter().any(|e| text.contains(e));
        }
        let pairs = Pairs::of(hay);
        self.iter().any(|e| {
            let e = e.as_bytes();
            let Some((&first, rest)) = e.split_first() else {
                return true;
            };
            if let (Some(head), Some(tail)) = (e.get(..2), e.get(e.len().saturating_sub(2)..)) {
                if !pairs.may_hold(head) || !pairs.may_hold(tail) {
                    return false;
                }
            }
            let mut from = 0;
            while let Some(p) = hay
                .get(from..)
                .and_then(|h| h.iter().position(|&b| b == first))
            {
                let at = from + p;
                match hay.get(at + 1..at + e.len()) {
                    Some(tail) if tail == rest => return true,
                    Some(_) => from = at + 1,
                    None => return false,
                }
            }
            false
        })
    }

    /// True when no entry holds an ASCII capital letter.
    const fn has_no_ascii_capitals(self) -> bool {
        let packed = self.0.as_bytes();
        let mut at = 0;
        while at < packed.len() {
            let end = at + 1 + packed[at] as usize;
            let mut i = at + 1;
            while i < end && i < packed.len() {
                if packed[i].is_ascii_uppercase() {
                    return false;
                }
                i += 1;
            }
            at = end;
        }
        true
    }

    /// True when `eq` holds for an entry of `len` bytes; entries of other lengths are
    /// stepped over by their length byte alone.
    fn any_of_len(self, len: usize, eq: impl Fn(&[u8]) -> bool) -> bool {
        let packed = self.0.as_bytes();
        let mut at = 0;
        while let Some(&n) = packed.get(at) {
            let start = at + 1;
            at = start + n as usize;
            if n as usize == len && packed.get(start..at).is_some_and(&eq) {
                return true;
            }
        }
        false
    }
}

impl IntoIterator for Words {
    type Item = &'static str;
    type IntoIter = Iter;

    fn into_iter(self) -> Iter {
        self.iter()
    }
}

/// The longest text [`Words::any_within`] searches entry by entry.
const SHORT_TEXT: usize = 256;

/// The pairs of adjacent bytes of a text, as a 1024-bit filter: a pair that is not noted
/// is surely not in the text; one that is noted may be.
struct Pairs([u64; 16]);

impl Pairs {
    fn slot(pair: &[u8]) -> usize {
        match pair {
            [a, b] => ((usize::from(*a) << 5) ^ usize::from(*b)) & 1023,
            _ => 0,
        }
    }

    fn of(text: &[u8]) -> Self {
        let mut bits = [0u64; 16];
        for pair in text.windows(2) {
            let slot = Pairs::slot(pair);
            bits[slot >> 6] |= 1 << (slot & 63);
        }
        Pairs(bits)
    }

    /// False when the two bytes `pair` surely do not stand together in the text.
    fn may_hold(&self, pair: &[u8]) -> bool {
        let slot = Pairs::slot(pair);
        self.0[slot >> 6] & (1 << (slot & 63)) != 0
    }
}

/// A [`Words`] looked up through a hashed set, built on first use: for the lists asked
/// about so often (every element of a page, every full stop) that searching them entry
/// after entry would show in the time taken. Declared as a `static`.
pub struct Hashed {
    words: Words,
    /// No entry holds an ASCII capital: looked up without case by the word's lowercase.
    lowercase: bool,
    set: OnceLock<LexiconSet<&'static str>>,
}

impl Hashed {
    /// `words`, to be hashed on first use.
    pub const fn new(words: Words) -> Self {
        Hashed {
            words,
            lowercase: words.has_no_ascii_capitals(),
            set: OnceLock::new(),
        }
    }

    /// True when `word` is one of the entries (compared byte for byte).
    pub fn contains(&self, word: &str) -> bool {
        self.set
            .get_or_init(|| self.words.iter().collect())
            .contains(word)
    }

    /// True when `word` is one of the entries, ASCII letters compared case-insensitively:
    /// hashed for a list written without capitals, else searched.
    pub fn contains_ignore_ascii_case(&self, word: &str) -> bool {
        if !self.lowercase {
            self.words.contains_ignore_ascii_case(word)
        } else if word.bytes().any(|b| b.is_ascii_uppercase()) {
            self.contains(&word.to_ascii_lowercase())
        } else {
            self.contains(word)
        }
    }
}

/// The entries of a [`Words`], in order.
#[derive(Clone)]
pub struct Iter(&'static str);

impl Iterator for Iter {
    type Item = &'static str;

    fn next(&mut self) -> Option<&'static str> {
        let len = *self.0.as_bytes().first()? as usize;
        // Every entry ends where a length byte (ASCII) or the string ends: a character
        // boundary. The length byte is one ASCII character, taken off as one.
        let (entry, rest) = self.0.split_at_checked(1 + len)?;
        self.0 = rest;
        let mut word = entry.chars();
        word.next();
        Some(word.as_str())
    }
}

/// The length of `list` packed: one byte per entry plus the entries' bytes. Fails the
/// compile (a const panic) on an entry of 128 bytes or more.
pub const fn packed_len(list: &[&str]) -> usize {
    let mut total = 0;
    let mut i = 0;
    while i < list.len() {
        assert!(
            list[i].len() < 128,
            "a word list entry is 128 bytes or longer"
        );
        total += 1 + list[i].len();
        i += 1;
    }
    total
}

/// `list` packed into `N` bytes, `N` being [`packed_len`] of `list`: each entry as its
/// length byte followed by its bytes.
pub const fn pack<const N: usize>(list: &[&str]) -> [u8; N] {
    let mut out = [0u8; N];
    let mut at = 0;
    let mut i = 0;
    while i < list.len() {
        let word = list[i].as_bytes();
        out[at] = word.len() as u8;
        at += 1;
        let mut j = 0;
        while j < word.len() {
            out[at] = word[j];
            at += 1;
            j += 1;
        }
        i += 1;
    }
    assert!(at == N, "a packed word list has the wrong length");
    out
}

/// A [`Words`] from a list of string literals, packed at compile time: only the packed
/// string is in the built program, not the list.
macro_rules! words {
    ($($word:expr),* $(,)?) => {{
        const LIST: &[&str] = &[$($word),*];
        const LEN: usize = $crate::lexicon::words::packed_len(LIST);
        const PACKED: [u8; LEN] = $crate::lexicon::words::pack::<LEN>(LIST);
        const WORDS: $crate::lexicon::words::Words =
            $crate::lexicon::words::Words::from_packed(&PACKED);
        WORDS
    }};
}

#[cfg(test)]
mod tests {
    use super::{Hashed, Words};

    const SOME: Words = words!["a", "", "seven", "n°", "co-operation in europe", "a"];
    const NONE: Words = words![];

    #[test]
    fn iterates_in_order() {
        let all: Vec<&str> = SOME.iter().collect();
        assert_eq!(all, ["a", "", "seven", "n°", "co-operation in europe", "a"]);
        assert_eq!(NONE.iter().next(), None);
    }

    #[test]
    fn finds_entries_within_a_text_as_a_substring_search_does() {
        const PARTS: Words = words!["nav", "aab", "side-bar", "n°", "ment"];
        let long = format!("{}side-bar", "x".repeat(300));
        let texts = [
            "",
            "nav",
            "site-navigation",
            "main-nav",
            "aaab",
            "aab",
            "aa",
            "na",
            "side-ba",
            "left side-bar",
            "n°5",
            "n",
            "comment",
            "men",
            "comments-ment",
            &long,
        ];
        for t in texts {
            let reference = PARTS.iter().any(|e| t.contains(e));
            assert_eq!(PARTS.any_within(t), reference, "{t:?}");
        }
        assert!(!NONE.any_within("anything"));
        assert!(SOME.any_within(""), "an empty entry is within every text");
    }

    #[test]
    fn contains_whole_entries_only() {
        for w in ["a", "", "seven", "n°", "co-operation in europe"] {
            assert!(SOME.contains(w), "{w:?}");
        }
        for w in ["sev", "sevens", "n", "co-operation", "b", "Seven"] {
            assert!(!SOME.contains(w), "{w:?}");
        }
        assert!(!NONE.contains(""));
        for w in ["A", "Seven", "N°", "Co-Operation In Europe"] {
            assert!(SOME.contains_ignore_ascii_case(w), "{w:?}");
        }
        for w in ["SEVENS", "n°s", "b"] {
            assert!(!SOME.contains_ignore_ascii_case(w), "{w:?}");
        }
    }

    #[test]
    fn hashed_finds_what_the_list_holds() {
        static LOWER: Hashed = Hashed::new(words!["co", "n°", "e.g", "a"]);
        static MIXED: Hashed = Hashed::new(words!["Mr", "co", "A"]);
        assert!(LOWER.lowercase && !MIXED.lowercase);
        for (list, w, exact, any_case) in [
            (&LOWER, "co", true, true),
            (&LOWER, "Co", false, true),
            (&LOWER, "N°", false, true),
            (&LOWER, "E.G", false, true),
            (&LOWER, "c", false, false),
            (&LOWER, "cos", false, false),
            (&MIXED, "Mr", true, true),
            (&MIXED, "MR", false, true),
            (&MIXED, "mr", false, true),
            (&MIXED, "a", false, true),
            (&MIXED, "Co", false, true),
            (&MIXED, "M", false, false),
        ] {
            assert_eq!(list.contains(w), exact, "{w:?}");
            assert_eq!(list.contains_ignore_ascii_case(w), any_case, "{w:?}");
        }
    }
}

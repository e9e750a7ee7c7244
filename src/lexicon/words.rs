//! [`Words`]: a word list packed into one string at compile time.

/// A list of words packed into one string: each entry is a length byte (under 128, so the
/// string stays valid UTF-8) followed by the entry. Exists for the size of the WebAssembly
/// download: a `&[&str]` spends an 8-byte pointer and length per entry, which compresses
/// badly (about 11 KB of the gzipped module over all the lists).
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
        let (packed, word) = (self.0.as_bytes(), word.as_bytes());
        let mut at = 0;
        while let Some(&len) = packed.get(at) {
            let start = at + 1;
            at = start + len as usize;
            if len as usize == word.len() && packed.get(start..at) == Some(word) {
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

/// The entries of a [`Words`], in order.
#[derive(Clone)]
pub struct Iter(&'static str);

impl Iterator for Iter {
    type Item = &'static str;

    fn next(&mut self) -> Option<&'static str> {
        let len = *self.0.as_bytes().first()? as usize;
        // The length byte is ASCII, and every entry ends where a length byte or the
        // string ends: both cuts fall on character boundaries.
        let (word, rest) = self.0.get(1..)?.split_at_checked(len)?;
        self.0 = rest;
        Some(word)
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
    use super::Words;

    const SOME: Words = words!["a", "", "seven", "n°", "co-operation in europe", "a"];
    const NONE: Words = words![];

    #[test]
    fn iterates_in_order() {
        let all: Vec<&str> = SOME.iter().collect();
        assert_eq!(all, ["a", "", "seven", "n°", "co-operation in europe", "a"]);
        assert_eq!(NONE.iter().next(), None);
    }

    #[test]
    fn contains_whole_entries_only() {
        for w in ["a", "", "seven", "n°", "co-operation in europe"] {
            assert!(SOME.contains(w), "{w:?}");
        }
        for w in ["sev", "sevens", "n", "co-operation", "b"] {
            assert!(!SOME.contains(w), "{w:?}");
        }
        assert!(!NONE.contains(""));
    }
}

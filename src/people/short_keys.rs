//! A map over the lexicon's words for the lookup asked of nearly every word of every
//! sentence ([`super::classes::classes`]): a word of up to 16 bytes is packed into two
//! integers once, then hashed and compared as those two integers, with no string hashing
//! or byte comparison; longer words go to a hashed map.

use crate::fasthash::LexiconMap;

/// Longest word packed.
const PACKED: usize = 16;

/// Multiplier of the hash (that of [`crate::fasthash`]).
const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// A word of 1 to [`PACKED`] bytes: its bytes as two little-endian integers, zero-padded,
/// and its length.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Packed {
    words: [u64; 2],
    len: u64,
}

/// Up to eight bytes as one little-endian integer, zero-padded. Whole words are read at
/// once, the overlap of two reads being the same bytes at the same places.
#[inline]
fn load(bytes: &[u8]) -> u64 {
    let n = bytes.len();
    match bytes {
        [] => 0,
        [a, b, c, d, e, f, g, h] => u64::from_le_bytes([*a, *b, *c, *d, *e, *f, *g, *h]),
        [a, b, c, d, ..] if n < 8 => {
            let low = u32::from_le_bytes([*a, *b, *c, *d]);
            let high = match bytes.get(n - 4..) {
                Some([e, f, g, h]) => u32::from_le_bytes([*e, *f, *g, *h]),
                _ => 0,
            };
            u64::from(low) | (u64::from(high) << (8 * (n - 4)))
        }
        [first, ..] if n < 4 => {
            let middle = bytes.get(n / 2).copied().unwrap_or(0);
            let last = bytes.get(n - 1).copied().unwrap_or(0);
            u64::from(*first)
                | (u64::from(middle) << (8 * (n / 2)))
                | (u64::from(last) << (8 * (n - 1)))
        }
        _ => 0,
    }
}

/// `key` packed, when it has 1 to [`PACKED`] bytes.
#[inline]
fn pack(key: &str) -> Option<Packed> {
    let bytes = key.as_bytes();
    if bytes.is_empty() || bytes.len() > PACKED {
        return None;
    }
    let (low, high) = bytes.split_at(bytes.len().min(8));
    Some(Packed {
        words: [load(low), load(high)],
        len: bytes.len() as u64,
    })
}

/// A map from words to values of type `V`, built once from a hashed map.
pub struct ShortKeys<V> {
    /// Open addressing: per slot, one past the index of its entry in `entries`, or 0.
    slots: Box<[u32]>,
    /// Right shift taking a hash to a slot: 64 less the bits of the slots' count.
    shift: u32,
    entries: Box<[(Packed, V)]>,
    /// The words that are not packed.
    long: LexiconMap<Box<str>, V>,
}

impl<V: Copy> ShortKeys<V> {
    /// The map of `map`'s words and values.
    pub fn new(map: LexiconMap<Box<str>, V>) -> ShortKeys<V> {
        let mut entries = Vec::with_capacity(map.len());
        let mut long = LexiconMap::default();
        for (key, value) in map {
            match pack(&key) {
                Some(p) => entries.push((p, value)),
                None => {
                    long.insert(key, value);
                }
            }
        }
        // At most half the slots are taken: a probe ends within a few slots.
        let count = (entries.len() * 2).next_power_of_two().max(16);
        let mut slots = vec![0u32; count].into_boxed_slice();
        let shift = 64 - count.trailing_zeros();
        let mask = count - 1;
        for (i, (p, _)) in entries.iter().enumerate() {
            let mut s = slot(p, shift);
            while slots.get(s).is_some_and(|&e| e != 0) {
                s = (s + 1) & mask;
            }
            if let Some(e) = slots.get_mut(s) {
                *e = u32::try_from(i + 1).unwrap_or(0);
            }
        }
        ShortKeys {
            slots,
            shift,
            entries: entries.into_boxed_slice(),
            long,
        }
    }

    /// The value of `key`, if it is one of the words.
    #[inline]
    pub fn get(&self, key: &str) -> Option<V> {
        let Some(p) = pack(key) else {
            return self.get_long(key);
        };
        let mask = self.slots.len() - 1;
        let mut s = slot(&p, self.shift);
        loop {
            let e = *self.slots.get(s)?;
            let (q, value) = self.entries.get(e.checked_sub(1)? as usize)?;
            if *q == p {
                return Some(*value);
            }
            s = (s + 1) & mask;
        }
    }

    /// The value of `key`, a word that is not packed.
    #[cold]
    #[inline(never)]
    fn get_long(&self, key: &str) -> Option<V> {
        self.long.get(key).copied()
    }
}

/// The slot a packed word's probe starts at: the top bits of a multiplicative hash.
#[inline]
fn slot(p: &Packed, shift: u32) -> usize {
    let h = (p.words[0] ^ p.len).wrapping_mul(SEED).rotate_left(23) ^ p.words[1];
    (h.wrapping_mul(SEED) >> shift) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_packed_as_zero_padded_bytes() {
        for word in [
            "a",
            "ab",
            "abc",
            "abcd",
            "abcde",
            "abcdefg",
            "abcdefgh",
            "abcdefghi",
            "minister-general",
            "łódź",
            "a b",
        ] {
            let mut padded = [0u8; 16];
            padded[..word.len()].copy_from_slice(word.as_bytes());
            let want = [
                u64::from_le_bytes(padded[..8].try_into().unwrap_or_default()),
                u64::from_le_bytes(padded[8..].try_into().unwrap_or_default()),
            ];
            assert_eq!(pack(word).map(|p| p.words), Some(want), "{word:?}");
        }
        assert_eq!(pack(""), None);
        assert_eq!(pack("seventeen letters"), None);
    }

    #[test]
    fn every_word_finds_its_value_and_no_other_word_one() {
        let words: Vec<String> = (0..3000)
            .map(|i| format!("w{i}"))
            .chain(["", "a", "prime minister", "a much longer word than sixteen"].map(String::from))
            .collect();
        let map: LexiconMap<Box<str>, usize> = words
            .iter()
            .enumerate()
            .map(|(i, w)| (Box::from(w.as_str()), i))
            .collect();
        let keys = ShortKeys::new(map);
        for (i, w) in words.iter().enumerate() {
            assert_eq!(keys.get(w), Some(i), "{w:?}");
        }
        for w in [
            "w",
            "w3000",
            "b",
            "prime ministers",
            "a much longer word than sixteen!",
        ] {
            assert_eq!(keys.get(w), None, "{w:?}");
        }
    }
}

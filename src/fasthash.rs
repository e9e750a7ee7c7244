//! A fast hasher for lookups in the fixed word lists. Only for maps whose keys are the
//! project's own lexicons: maps keyed by input text keep the standard, collision-resistant
//! hasher, so crafted input cannot make them slow.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// Multiply-rotate hashing in the style of rustc's FxHasher.
#[derive(Default, Clone, Copy)]
pub struct LexiconHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl LexiconHasher {
    fn mix(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for LexiconHasher {
    fn write(&mut self, bytes: &[u8]) {
        // Each 8 bytes as one little-endian word, the last ones padded with zeros. Whole
        // words are read at once and the tail shifted in: copying every chunk to a padded
        // buffer cost more than the hashing (the lexicons are asked about every word).
        let mut words = bytes.chunks_exact(8);
        for chunk in &mut words {
            let mut buf = [0u8; 8];
            buf.copy_from_slice(chunk);
            self.mix(u64::from_le_bytes(buf));
        }
        let tail = words.remainder();
        let n = tail.len();
        let word = match tail {
            [] => return,
            // Four to seven bytes: two overlapping 4-byte reads, the overlap the same bytes.
            [a, b, c, d, ..] if n >= 4 => {
                let low = u32::from_le_bytes([*a, *b, *c, *d]);
                let high = tail
                    .get(n - 4..)
                    .map_or(0, |h| u32::from_le_bytes([h[0], h[1], h[2], h[3]]));
                u64::from(low) | (u64::from(high) << (8 * (n - 4)))
            }
            // One to three bytes: the first, the middle and the last.
            _ => {
                u64::from(tail[0])
                    | (u64::from(tail[n / 2]) << (8 * (n / 2)))
                    | (u64::from(tail[n - 1]) << (8 * (n - 1)))
            }
        };
        self.mix(word);
    }

    fn write_u8(&mut self, i: u8) {
        self.mix(u64::from(i));
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A map over lexicon keys.
pub type LexiconMap<K, V> = HashMap<K, V, BuildHasherDefault<LexiconHasher>>;
/// A set of lexicon words.
pub type LexiconSet<K> = HashSet<K, BuildHasherDefault<LexiconHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    /// The hash as first written: each chunk of 8 bytes copied into a zeroed word.
    fn padded_chunks(bytes: &[u8]) -> u64 {
        let mut h = 0u64;
        for chunk in bytes.chunks(8) {
            let mut buf = [0u8; 8];
            buf[..chunk.len()].copy_from_slice(chunk);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(buf)).wrapping_mul(SEED);
        }
        h
    }

    #[test]
    fn words_are_hashed_as_zero_padded_chunks_of_eight_bytes() {
        let text = "international negotiations \u{e9}\u{2014} of seventeen";
        for end in 0..=text.len() {
            let bytes = &text.as_bytes()[..end];
            let mut h = LexiconHasher::default();
            h.write(bytes);
            assert_eq!(h.finish(), padded_chunks(bytes), "{bytes:?}");
        }
    }
}

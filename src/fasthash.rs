//! A fast hasher for lookups in the fixed word lists. Only for maps whose keys are the
//! project's own lexicons: maps keyed by input text keep the standard, collision-resistant
//! hasher, so crafted input cannot make them slow.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// Multiply-rotate hashing in the style of rustc's FxHasher.
#[derive(Default, Clone, Copy)]
pub struct LexiconHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl Hasher for LexiconHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut buf = [0u8; 8];
            buf[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(buf)).wrapping_mul(SEED);
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(i)).wrapping_mul(SEED);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A map over lexicon keys.
pub type LexiconMap<K, V> = HashMap<K, V, BuildHasherDefault<LexiconHasher>>;
/// A set of lexicon words.
pub type LexiconSet<K> = HashSet<K, BuildHasherDefault<LexiconHasher>>;

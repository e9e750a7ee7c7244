//! The table [`super::classes`] answers from: each word of the lists with what is known
//! of it, found by a few comparisons of numbers rather than by hashing its bytes.

use super::classes::Classes;

/// The lists' words, looked up with a few instructions: every word of a sentence is asked
/// about, several times, by the stages reading names and titles. A word is packed into
/// its length and two numbers ([`pack`]), which for a word of up to 16 bytes (nearly all)
/// hold all its bytes, and found by comparing those in an open-addressed table.
pub(super) struct Table {
    /// Per slot (a power of two of them, at most half used), 1 + the index of the entry
    /// in `entries`, or 0 for none.
    slots: Vec<u32>,
    entries: Vec<Entry>,
    /// 64 less the number of bits of a slot's index.
    shift: u32,
}

/// A word of the table and what is known of it.
struct Entry {
    packed: Packed,
    /// The word itself, compared when it is longer than 16 bytes.
    word: Box<str>,
    classes: Classes,
}

/// A word as its length and two numbers (see [`pack`]).
type Packed = (u64, u64, usize);

/// Most bytes of a word its [`Packed`] form holds all of.
const PACKED_BYTES: usize = 16;

/// `b` packed: read as a fast hash reads a word's tail, the first and the last bytes
/// overlapping, so that up to 16 bytes every byte is in one of the numbers and two words
/// of one length pack alike only when equal.
#[inline]
fn pack(b: &[u8]) -> Packed {
    let n = b.len();
    // The first and the last 4 or 8 bytes, read as whole arrays.
    let four = |c: Option<&[u8; 4]>| c.map_or(0, |c| u64::from(u32::from_le_bytes(*c)));
    let eight = |c: Option<&[u8; 8]>| c.map_or(0, |c| u64::from_le_bytes(*c));
    match b {
        [] => (0, 0, 0),
        [first, ..] if n < 4 => {
            let middle = b.get(n / 2).map_or(0, |&m| u64::from(m));
            let last = b.last().map_or(0, |&l| u64::from(l));
            (u64::from(*first) | middle << 8 | last << 16, 0, n)
        }
        _ if n < 8 => (four(b.first_chunk()) | four(b.last_chunk()) << 32, 0, n),
        _ => (eight(b.first_chunk()), eight(b.last_chunk()), n),
    }
}

/// The first slot to look for `p` in, of a table of 2 ^ (64 - `shift`) slots.
#[inline]
fn slot(p: &Packed, shift: u32) -> usize {
    let (a, b, n) = *p;
    let h = (a ^ b.rotate_left(29) ^ n as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (h >> shift) as usize
}

impl Table {
    /// An empty table.
    pub(super) fn new() -> Table {
        Table {
            slots: vec![0; 2],
            entries: Vec::new(),
            shift: 63,
        }
    }

    /// The slot holding `word`, packed as `p`, or the empty slot where it would go.
    #[inline]
    fn find(&self, word: &str, p: &Packed) -> usize {
        let mask = self.slots.len() - 1;
        let mut at = slot(p, self.shift);
        while let Some(&i) = self.slots.get(at).filter(|&&i| i != 0) {
            let same = self
                .entries
                .get(i as usize - 1)
                .is_some_and(|e| e.packed == *p && (p.2 <= PACKED_BYTES || *e.word == *word));
            if same {
                break;
            }
            at = (at + 1) & mask;
        }
        at
    }

    /// The entry of slot `at`, if it holds one.
    fn at(&self, at: usize) -> Option<usize> {
        let i = self.slots.get(at)?.checked_sub(1)?;
        Some(i as usize)
    }

    /// What is known of `word`: nothing when it is in none of the lists. Asked about
    /// every word many times: the entry is found in the one probe of [`Table::find`],
    /// a word longer than its packed form looked up out of the way ([`Table::get_long`]).
    #[inline]
    pub(super) fn get(&self, word: &str) -> Classes {
        if word.len() > PACKED_BYTES {
            return self.get_long(word);
        }
        // The packed form holds every byte: equal forms are equal words, and the loop
        // calls nothing, so the lookup saves and restores few registers.
        let p = pack(word.as_bytes());
        let mask = self.slots.len() - 1;
        let mut at = slot(&p, self.shift);
        while let Some(&i) = self.slots.get(at).filter(|&&i| i != 0) {
            if let Some(e) = self.entries.get(i as usize - 1) {
                if e.packed == p {
                    return e.classes;
                }
            }
            at = (at + 1) & mask;
        }
        Classes::default()
    }

    /// [`Table::get`] of a word longer than its packed form: the words themselves are
    /// compared too.
    #[cold]
    #[inline(never)]
    fn get_long(&self, word: &str) -> Classes {
        let p = pack(word.as_bytes());
        let mask = self.slots.len() - 1;
        let mut at = slot(&p, self.shift);
        while let Some(&i) = self.slots.get(at).filter(|&&i| i != 0) {
            if let Some(e) = self.entries.get(i as usize - 1) {
                if e.packed == p && *e.word == *word {
                    return e.classes;
                }
            }
            at = (at + 1) & mask;
        }
        Classes::default()
    }

    /// What is known of `word`, to be added to: an entry of its own when new.
    pub(super) fn entry(&mut self, word: &str) -> &mut Classes {
        if (self.entries.len() + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let p = pack(word.as_bytes());
        let at = self.find(word, &p);
        let i = match self.at(at) {
            Some(i) => i,
            None => {
                self.entries.push(Entry {
                    packed: p,
                    word: word.into(),
                    classes: Classes::default(),
                });
                if let Some(s) = self.slots.get_mut(at) {
                    *s = u32::try_from(self.entries.len()).unwrap_or(0);
                }
                self.entries.len() - 1
            }
        };
        &mut self.entries[i].classes
    }

    /// Doubles the slots, placing every entry again.
    fn grow(&mut self) {
        let size = self.slots.len() * 2;
        self.shift -= 1;
        self.slots = vec![0; size];
        for (i, e) in self.entries.iter().enumerate() {
            let mut at = slot(&e.packed, self.shift);
            while self.slots.get(at).is_some_and(|&s| s != 0) {
                at = (at + 1) & (size - 1);
            }
            if let Some(s) = self.slots.get_mut(at) {
                *s = u32::try_from(i + 1).unwrap_or(0);
            }
        }
    }
}

//! The words of the corpus as terms: lowercase, split at hyphens and apostrophes, cut to
//! their Snowball (Porter 2) English stem ([`super::porter2`]), and numbered, so that "talks" and "talked",
//! "five-hour" and "five hours" compare equal. Each distinct word is stemmed once.

use crate::fasthash::{LexiconHasher, LexiconMap};
use crate::lexicon::numbers::SHORT_SCALES;
use crate::lexicon::stopwords::STOPWORDS;
use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::hash::Hasher;
use std::sync::OnceLock;

/// The function words, numbered by their place in the list: their term ids.
fn stopwords() -> &'static LexiconMap<&'static str, u32> {
    static MAP: OnceLock<LexiconMap<&'static str, u32>> = OnceLock::new();
    MAP.get_or_init(|| STOPWORDS.iter().zip(0..).collect())
}

/// True when lowercase `word` is a function word.
pub fn is_stopword(word: &str) -> bool {
    stopwords().contains_key(word)
}

/// The Snowball English stem of a lowercase word. Words that are not plain ASCII letters
/// (names in other scripts, figures) are kept as they are.
pub fn stem(word: &str) -> String {
    let mut w = Vec::new();
    stem_into(word, &mut w);
    String::from_utf8(w).unwrap_or_default()
}

/// True when lowercase `word` is its own stem without stemming: too short, or not plain
/// ASCII letters (figures, names in other scripts).
fn is_verbatim(word: &str) -> bool {
    word.len() < 3 || !word.bytes().all(|b| b.is_ascii_lowercase())
}

/// Writes the stem of lowercase `word` into `w` (see [`stem`]).
fn stem_into(word: &str, w: &mut Vec<u8>) {
    if is_verbatim(word) {
        w.clear();
        w.extend_from_slice(word.as_bytes());
    } else if let Some(base) = slavic_base(word) {
        w.clear();
        w.extend_from_slice(base.as_bytes());
        w.extend_from_slice(b"sk");
    } else {
        super::porter2::stem_into(word, w);
    }
}

/// The transliterations of the Slavic ending "-sky" share one stem: "ostrovskiy",
/// "ostrovskyy", "ostrovsky" and "ostrovski" all give "ostrovsk".
fn slavic_base(word: &str) -> Option<&str> {
    if !word.ends_with(['y', 'i']) {
        return None;
    }
    ["skiy", "skyy", "sky", "ski"]
        .iter()
        .find_map(|e| word.strip_suffix(e).filter(|base| base.len() >= 3))
}

/// The pieces of a lowercase word as terms are made of: split at hyphens and inner
/// apostrophes, a possessive "'s" left out ("five-hour" gives "five", "hour").
pub fn pieces(word: &str) -> Pieces<'_> {
    Pieces {
        rest: word.strip_suffix("'s").unwrap_or(word),
    }
}

/// The pieces of a word (see [`pieces`]): a byte scan, as most words have one piece.
pub struct Pieces<'a> {
    rest: &'a str,
}

/// A piece of digits with a short scale after them: the digits and the scale's word
/// ("40bn" gives "40", "billion"), as the scale is written out elsewhere.
fn scaled(piece: &str) -> Option<(&str, &'static str)> {
    let b = piece.as_bytes();
    if !b.first().is_some_and(u8::is_ascii_digit) || !b.last().is_some_and(u8::is_ascii_lowercase) {
        return None;
    }
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let word = SHORT_SCALES
        .iter()
        .find(|(short, _)| piece.get(digits..) == Some(*short))
        .map(|(_, word)| *word)?;
    Some((&piece[..digits], word))
}

impl<'a> Iterator for Pieces<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        while !self.rest.is_empty() {
            let bytes = self.rest.as_bytes();
            let mut end = 0;
            while end < bytes.len() && bytes[end] != b'-' && bytes[end] != b'\'' {
                end += 1;
            }
            let piece = &self.rest[..end];
            self.rest = self.rest.get(end + 1..).unwrap_or("");
            if !piece.is_empty() {
                return Some(piece);
            }
        }
        None
    }
}

/// Numbered terms: every distinct stem gets an id, with whether it is a function word.
/// The function words have the first ids, in the order of their list; the others are
/// numbered in order of first use.
#[derive(Debug, Default)]
pub struct Terms<'a> {
    /// Word piece as written (lowercase), other than a function word -> term id: one
    /// lookup finds the term of a word seen before.
    by_word: HashMap<&'a str, u32>,
    /// The stems, their tables and what is known of each term.
    stems: Stems<'a>,
}

/// The stems of the terms after the function words, and per term what is known of it.
#[derive(Debug, Default)]
struct Stems<'a> {
    /// Stem -> term id, when the stem is the start of its word, borrowed from it: most
    /// stems.
    by_stem: HashMap<&'a str, u32>,
    /// Stem -> term id for the other stems ("happi" of "happy"), each a string of its
    /// own. A stem is in one of the two tables, whose keys are 16 bytes: a text of many
    /// distinct words holds as many stems.
    by_owned: HashMap<Box<str>, u32>,
    /// The endings of the keys of `by_owned` (as bits, [`end_bit`]): most stems end
    /// otherwise ("happi" ends in "pi"), and are not looked for there.
    owned_ends: u128,
    /// Per term, whether it is a function word.
    stop: Vec<bool>,
    /// Per term, whether some word of it may be part of a figure: digits, a number word,
    /// "half".
    numeric: Vec<bool>,
}

/// The term ids of runs of words (see [`Terms::number`]), all in one list: run `r` has
/// `ids[starts[r]..starts[r + 1]]`.
#[derive(Debug, Default)]
pub struct TermRuns {
    ids: Vec<u32>,
    starts: Vec<u32>,
}

impl TermRuns {
    /// The term ids of run `r`, in order (none past the last run).
    pub fn run(&self, r: usize) -> &[u32] {
        match (self.starts.get(r), self.starts.get(r + 1)) {
            (Some(&s), Some(&e)) => self.ids.get(s as usize..e as usize).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// Number of runs.
    pub fn len(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    /// Every run's term ids, in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = &[u32]> + '_ {
        (0..self.len()).map(|r| self.run(r))
    }
}

/// True when word piece `w` may be part of a figure: it holds a digit, or is a number
/// word or "half".
fn may_count(w: &str) -> bool {
    w.bytes().any(|b| b.is_ascii_digit())
        || w == "half"
        || super::numerals::number_word(w).is_some()
}

/// Room made at first in the word and stem tables for a text of `words` words: a
/// quarter of them, as news texts repeat their words (a text of 2,800 words has about
/// 700 distinct ones beyond the function words), and no more than a few articles'
/// vocabulary: a large input grows its tables as its words come, rather than reserving
/// room it may never fill (at 1 MB of text, room for a quarter of its words took twice
/// the text's size).
fn table_room(words: usize) -> usize {
    (words / 4).min(1 << 12)
}

/// The words of one piece met last, with their term, by a fast hash of the word: a word
/// met again (most words of a news text) is found here without being cut into pieces or
/// looked up in the tables. One word a slot, no chains: words of the same slot only take
/// turns, so that crafted input can make the memo miss but never slow, and the tables,
/// with their collision-resistant hasher, stay what numbers the words.
struct Memo<'a> {
    /// Word and term id per slot; a space, which no word holds, in a slot not yet used.
    slots: Vec<(&'a str, u32)>,
    /// How far a hash is shifted to give a slot: its top bits are taken.
    shift: u32,
}

impl<'a> Memo<'a> {
    /// A memo of two slots for each of `room` words.
    fn new(room: usize) -> Memo<'a> {
        let n = (2 * room).next_power_of_two().max(64);
        Memo {
            slots: vec![(" ", 0); n],
            shift: 64 - n.trailing_zeros(),
        }
    }

    /// The slot of word `w`.
    fn slot(&self, w: &str) -> usize {
        let mut h = LexiconHasher::default();
        h.write(w.as_bytes());
        (h.finish() >> self.shift) as usize
    }

    /// The term of word `w`, when slot `slot` holds it.
    fn get(&self, slot: usize, w: &str) -> Option<u32> {
        self.slots
            .get(slot)
            .filter(|(seen, _)| *seen == w)
            .map(|&(_, id)| id)
    }

    /// Notes that word `w`, of slot `slot`, is term `id`.
    fn put(&mut self, slot: usize, w: &'a str, id: u32) {
        if let Some(s) = self.slots.get_mut(slot) {
            *s = (w, id);
        }
    }
}

impl<'a> Terms<'a> {
    /// The terms of runs of lowercase words (e.g. sentences), which hold about `words`
    /// words in all (it sizes the tables): each word is cut into its [`pieces`], and each
    /// piece given its term. Returns the terms and, per run, the term ids of its pieces in
    /// order.
    pub fn number<I, R>(runs: I, words: usize) -> (Terms<'a>, TermRuns)
    where
        I: ExactSizeIterator<Item = R>,
        R: IntoIterator<Item = &'a str>,
    {
        let fixed = stopwords();
        let function_words = STOPWORDS.iter().count();
        let room = table_room(words);
        let mut terms = Terms {
            by_word: HashMap::with_capacity(room),
            stems: Stems {
                by_stem: HashMap::with_capacity(room),
                by_owned: HashMap::new(),
                owned_ends: 0,
                stop: vec![true; function_words],
                numeric: STOPWORDS.iter().map(may_count).collect(),
            },
        };
        // Every run's ids in one list, each run's start noted: no list per run.
        let mut out: Vec<u32> = Vec::with_capacity(words);
        let mut starts: Vec<u32> = Vec::with_capacity(runs.len() + 1);
        starts.push(0);
        let mut buf = Vec::new();
        let mut memo = Memo::new(room);
        for run in runs {
            for w in run {
                let slot = memo.slot(w);
                if let Some(id) = memo.get(slot, w) {
                    out.push(id);
                    continue;
                }
                let before = out.len();
                for p in pieces(w) {
                    // "40bn" as "40 billion": only a piece that opens with a digit may
                    // have a short scale.
                    let (p, scale) = match p.as_bytes().first() {
                        Some(b) if b.is_ascii_digit() => {
                            scaled(p).map_or((p, None), |(d, s)| (d, Some(s)))
                        }
                        _ => (p, None),
                    };
                    for p in std::iter::once(p).chain(scale) {
                        // Function words, nearly half of all words, never reach the hash
                        // maps.
                        let id = match fixed.get(p) {
                            Some(&id) => id,
                            None => terms.add(p, &mut buf),
                        };
                        out.push(id);
                    }
                }
                if let [id] = out[before..] {
                    memo.put(slot, w, id);
                }
            }
            // Offsets in the text's pieces: the input is at most 20 MB.
            starts.push(out.len() as u32);
        }
        out.shrink_to_fit();
        (terms, TermRuns { ids: out, starts })
    }

    /// The id of word piece `p` (not a function word), numbered now when new: a word is
    /// stemmed the first time it is seen, and found in `by_word` after.
    fn add(&mut self, p: &'a str, buf: &mut Vec<u8>) -> u32 {
        match self.by_word.entry(p) {
            Entry::Occupied(e) => *e.get(),
            Entry::Vacant(e) => {
                stem_into(p, buf);
                *e.insert(self.stems.add(p, buf))
            }
        }
    }

    /// The id of the term of stem `stem`, if any.
    fn stem_id(&self, stem: &str) -> Option<u32> {
        self.stems.find(stem)
    }

    /// The id of a lowercase word piece, when some text holds it.
    pub fn find(&self, word: &str) -> Option<u32> {
        if let Some(&id) = stopwords().get(word).or_else(|| self.by_word.get(word)) {
            return Some(id);
        }
        if is_verbatim(word) {
            return self.stems.by_stem.get(word).copied();
        }
        self.stem_id(&stem(word))
    }

    /// True when term `t` is a function word.
    pub fn is_stop(&self, t: u32) -> bool {
        self.stems.stop.get(t as usize).copied().unwrap_or(true)
    }

    /// True when some word of term `t` may be part of a figure (a digit, a number word).
    pub fn is_numeric(&self, t: u32) -> bool {
        self.stems.numeric.get(t as usize).copied().unwrap_or(false)
    }

    /// Number of distinct terms.
    pub fn len(&self) -> usize {
        self.stems.stop.len()
    }
}

impl<'a> Stems<'a> {
    /// The id of the term of stem `stem`, if any.
    fn find(&self, stem: &str) -> Option<u32> {
        self.by_stem
            .get(stem)
            .or_else(|| self.by_owned.get(stem))
            .copied()
    }

    /// The id of the term of word piece `p` (not a function word), first seen now, whose
    /// stem `stem` holds: numbered now when the stem is new.
    fn add(&mut self, p: &'a str, stem: &[u8]) -> u32 {
        let id = match p.as_bytes().starts_with(stem).then(|| p.get(..stem.len())) {
            // The stem is the start of the word: one lookup finds it or makes room for it.
            Some(Some(start)) => match self.by_stem.entry(start) {
                Entry::Occupied(e) => *e.get(),
                Entry::Vacant(e) => {
                    let owned = (self.owned_ends & end_bit(start) != 0)
                        .then(|| self.by_owned.get(start))
                        .flatten();
                    match owned {
                        Some(&id) => id,
                        None => *e.insert(new_term(&mut self.stop, &mut self.numeric, p)),
                    }
                }
            },
            _ => {
                let stem = std::str::from_utf8(stem).unwrap_or(p);
                match self.find(stem) {
                    Some(id) => id,
                    None => {
                        let id = new_term(&mut self.stop, &mut self.numeric, p);
                        self.by_owned.insert(stem.into(), id);
                        self.owned_ends |= end_bit(stem);
                        id
                    }
                }
            }
        };
        if let Some(numeric) = self.numeric.get_mut(id as usize) {
            *numeric |= may_count(p);
        }
        id
    }
}

/// The bit of the last two bytes of `stem` in a set of 128.
fn end_bit(stem: &str) -> u128 {
    let b = stem.as_bytes();
    let at = |k: usize| b.len().checked_sub(k).map_or(0, |i| u32::from(b[i]));
    1 << ((at(1) * 7 + at(2)) % 128)
}

/// A new term, first met as word piece `p`, given the next id of the per-term lists
/// `stop` and `numeric`.
fn new_term(stop: &mut Vec<bool>, numeric: &mut Vec<bool>, p: &str) -> u32 {
    let id = stop.len() as u32;
    let b = p.as_bytes();
    stop.push(b.len() == 1 && !b[0].is_ascii_digit());
    numeric.push(false);
    id
}

#[cfg(test)]
mod tests;

//! Finding any of a list of phrases in a sentence, word by word: the phrases are indexed
//! by the start of their first word, so a sentence is read once whatever the list's size.
//! The last word of a phrase matches as a prefix ("tarif" finds "tariffs").

use crate::fasthash::LexiconMap;

/// A list of lowercase phrases, indexed.
pub struct PhraseSet {
    by_start: LexiconMap<u32, Vec<Vec<&'static str>>>,
    openings: Openings,
}

/// The first two bytes of the first words of a list of phrases, as a set of 1,024 bits:
/// a word whose first two bytes are not in it opens none of the phrases, so most words of
/// a sentence are passed by without a lookup. ASCII letters of either case share a bit.
#[derive(Default)]
pub struct Openings([u64; 16]);

impl Openings {
    fn slot(word: &str) -> usize {
        let b = word.as_bytes();
        let first = b.first().map_or(0, |&x| usize::from(x & 31));
        let second = b.get(1).map_or(0, |&x| usize::from(x & 31));
        first << 5 | second
    }

    /// Notes `word` as the first word of a phrase.
    pub fn add(&mut self, word: &str) {
        let s = Self::slot(word);
        self.0[s >> 6] |= 1 << (s & 63);
    }

    /// False when no word noted starts with the first two bytes of `word` (nor, for a
    /// word of one byte, is that byte).
    pub fn may_open(&self, word: &str) -> bool {
        let s = Self::slot(word);
        self.0[s >> 6] >> (s & 63) & 1 != 0
    }
}

/// Bytes of a word's start used as the index key.
const KEY_BYTES: usize = 3;

/// The index key of a word: its first bytes and how many there are, in one number.
fn key(word: &str) -> u32 {
    let b = word.as_bytes();
    let n = b.len().min(KEY_BYTES);
    let mut k = n as u32;
    for (i, &byte) in b[..n].iter().enumerate() {
        k |= u32::from(byte) << (8 * (i + 1));
    }
    k
}

/// The lowercase words of `text`, split at spaces and punctuation other than inner
/// apostrophes and hyphens.
#[cfg(test)]
pub fn lower_words(text: &str) -> Vec<String> {
    crate::tokens::terms(&crate::case::lower(text))
        .into_iter()
        .map(str::to_string)
        .collect()
}

impl PhraseSet {
    /// Indexes `phrases`.
    pub fn new(phrases: impl IntoIterator<Item = &'static str>) -> PhraseSet {
        let mut by_start: LexiconMap<u32, Vec<Vec<&'static str>>> = LexiconMap::default();
        let mut openings = Openings::default();
        for p in phrases {
            let ws: Vec<&str> = p.split(' ').collect();
            openings.add(ws[0]);
            by_start.entry(key(ws[0])).or_default().push(ws);
        }
        PhraseSet { by_start, openings }
    }

    /// The first phrase found in `words`: (index of its first word, its number of words).
    #[cfg(test)]
    pub fn first<S: AsRef<str>>(&self, words: &[S]) -> Option<(usize, usize)> {
        self.all(words).next()
    }

    /// Every phrase found in `words`, in order: (index of its first word, its number of
    /// words), the longest at each word.
    pub fn all<'s, S: AsRef<str>>(
        &'s self,
        words: &'s [S],
    ) -> impl Iterator<Item = (usize, usize)> + 's {
        words.iter().enumerate().filter_map(move |(i, w)| {
            // A phrase's first word has the key of the word, so its first two bytes.
            if !self.openings.may_open(w.as_ref()) {
                return None;
            }
            let candidates = self.by_start.get(&key(w.as_ref()))?;
            candidates
                .iter()
                .filter(|p| matches_at(words, i, p))
                .map(|p| (i, p.len()))
                .max_by_key(|&(_, n)| n)
        })
    }
}

fn matches_at<S: AsRef<str>>(words: &[S], i: usize, phrase: &[&str]) -> bool {
    let n = phrase.len();
    i + n <= words.len()
        && phrase.iter().enumerate().all(|(k, p)| {
            let w = words[i + k].as_ref();
            if k + 1 == n {
                w.starts_with(p)
            } else {
                w == *p
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn openings_pass_only_words_that_may_open_a_phrase() {
        let mut o = Openings::default();
        for w in ["postpon", "no", "a"] {
            o.add(w);
        }
        for (word, may) in [
            ("postponed", true),
            ("pouring", true),
            ("no", true),
            ("not", true),
            ("a", true),
            ("an", false),
            ("vote", false),
            ("", false),
        ] {
            assert_eq!(o.may_open(word), may, "word: {word:?}");
        }
    }

    #[test]
    fn finds_phrases_and_prefixes() {
        let set = PhraseSet::new(["no vote", "postpon", "ruled out", "on hold"]);
        let ws = lower_words("The council has ruled out new taxes; the bridge is on hold.");
        assert_eq!(set.first(&ws), Some((3, 2)), "{ws:?}");
        assert!(
            set.first(&lower_words("The vote was postponed.")).is_some(),
            "prefix"
        );
        assert!(set.first(&lower_words("A vote was held.")).is_none());
    }
}

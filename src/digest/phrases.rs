//! Finding any of a list of phrases in a sentence, word by word: the phrases are indexed
//! by the start of their first word, so a sentence is read once whatever the list's size.
//! The last word of a phrase matches as a prefix ("tarif" finds "tariffs").

use crate::fasthash::LexiconMap;

/// A list of lowercase phrases, indexed.
pub struct PhraseSet {
    by_start: LexiconMap<u32, Vec<Vec<&'static str>>>,
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
    words_of(&crate::case::lower(text))
        .into_iter()
        .map(str::to_string)
        .collect()
}

/// The words of a text already in lowercase, as [`lower_words`] splits them, borrowed.
pub fn words_of(lowered: &str) -> Vec<&str> {
    let bytes = lowered.as_bytes();
    let mut out: Vec<&str> = Vec::with_capacity(bytes.len() / 5 + 1);
    fn push<'a>(out: &mut Vec<&'a str>, w: &'a str) {
        let w = w.trim_matches(['\'', '-']);
        if !w.is_empty() {
            out.push(w);
        }
    }
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (in_word, len) = if b.is_ascii() {
            (b.is_ascii_alphanumeric() || b == b'\'' || b == b'-', 1)
        } else {
            let c = lowered[i..].chars().next();
            (
                c.is_some_and(char::is_alphanumeric),
                c.map_or(1, char::len_utf8),
            )
        };
        match (in_word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                push(&mut out, &lowered[s..i]);
                start = None;
            }
            _ => {}
        }
        i += len;
    }
    if let Some(s) = start {
        push(&mut out, &lowered[s..]);
    }
    out
}

impl PhraseSet {
    /// Indexes `phrases`.
    pub fn new(phrases: impl IntoIterator<Item = &'static str>) -> PhraseSet {
        let mut by_start: LexiconMap<u32, Vec<Vec<&'static str>>> = LexiconMap::default();
        for p in phrases {
            let ws: Vec<&str> = p.split(' ').collect();
            by_start.entry(key(ws[0])).or_default().push(ws);
        }
        PhraseSet { by_start }
    }

    /// The first phrase found in `words`: (index of its first word, its number of words).
    pub fn first<S: AsRef<str>>(&self, words: &[S]) -> Option<(usize, usize)> {
        words.iter().enumerate().find_map(|(i, w)| {
            let candidates = self.by_start.get(&key(w.as_ref()))?;
            candidates
                .iter()
                .filter(|p| matches_at(words, i, p))
                .map(|p| (i, p.len()))
                .max_by_key(|&(_, n)| n)
        })
    }

    /// True when any phrase is in `words`.
    pub fn any<S: AsRef<str>>(&self, words: &[S]) -> bool {
        words.iter().enumerate().any(|(i, w)| {
            self.by_start
                .get(&key(w.as_ref()))
                .is_some_and(|c| c.iter().any(|p| matches_at(words, i, p)))
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
    fn finds_phrases_and_prefixes() {
        let set = PhraseSet::new(["no vote", "postpon", "ruled out", "on hold"]);
        let ws = lower_words("The council has ruled out new taxes; the bridge is on hold.");
        assert_eq!(set.first(&ws), Some((3, 2)), "{ws:?}");
        assert!(set.any(&lower_words("The vote was postponed.")), "prefix");
        assert!(!set.any(&lower_words("A vote was held.")));
    }
}

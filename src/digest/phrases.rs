//! Finding any of a list of phrases in a sentence, word by word: the phrases are indexed
//! by the start of their first word, so a sentence is read once whatever the list's size.
//! The last word of a phrase matches as a prefix ("tarif" finds "tariffs").

use crate::fasthash::LexiconMap;

/// A list of lowercase phrases, indexed: by the key of their first word, then word by
/// word as a tree, so that phrases opening with the same words ("not been agreed", "not
/// been reached") have those words compared once.
pub struct PhraseSet {
    by_start: LexiconMap<u32, Vec<Step>>,
    openings: Openings,
}

/// A word of the phrases in their tree: the last word of a phrase, which matches as a
/// prefix, or a word inside one, which matches whole, with the words that may follow it.
enum Step {
    Last(&'static str),
    Inner(&'static str, Vec<Step>),
}

/// The number of words of the longest phrase, of those that go on with `steps`, whose
/// remaining words open `rest`: 0 when none does.
fn longest<S: AsRef<str>>(steps: &[Step], rest: &[S]) -> usize {
    let Some((w, after)) = rest.split_first() else {
        return 0;
    };
    let w = w.as_ref();
    let mut best = 0;
    for step in steps {
        match step {
            Step::Last(p) if w.starts_with(p) => best = best.max(1),
            Step::Inner(p, next) if w == *p => {
                let n = longest(next, after);
                if n > 0 {
                    best = best.max(n + 1);
                }
            }
            _ => {}
        }
    }
    best
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
        let mut by_start: LexiconMap<u32, Vec<Step>> = LexiconMap::default();
        let mut openings = Openings::default();
        for p in phrases {
            let first = p.split(' ').next().unwrap_or(p);
            openings.add(first);
            let mut steps = by_start.entry(key(first)).or_default();
            let mut words = p.split(' ').peekable();
            while let Some(w) = words.next() {
                if words.peek().is_none() {
                    if !steps.iter().any(|s| matches!(s, Step::Last(l) if *l == w)) {
                        steps.push(Step::Last(w));
                    }
                    break;
                }
                let at = steps
                    .iter()
                    .position(|s| matches!(s, Step::Inner(i, _) if *i == w))
                    .unwrap_or_else(|| {
                        steps.push(Step::Inner(w, Vec::new()));
                        steps.len() - 1
                    });
                let Step::Inner(_, next) = &mut steps[at] else {
                    break;
                };
                steps = next;
            }
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
            let steps = self.by_start.get(&key(w.as_ref()))?;
            let n = longest(steps, &words[i..]);
            (n > 0).then_some((i, n))
        })
    }
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

    /// Every phrase found in `words`, each tried on its own where its first word has the
    /// key of the word: (index of its first word, its number of words), the longest at
    /// each word.
    fn plain_all(phrases: &[&str], words: &[String]) -> Vec<(usize, usize)> {
        let matches_at = |i: usize, phrase: &[&str]| {
            let n = phrase.len();
            i + n <= words.len()
                && key(phrase[0]) == key(&words[i])
                && phrase.iter().enumerate().all(|(k, p)| {
                    let w = words[i + k].as_str();
                    if k + 1 == n {
                        w.starts_with(p)
                    } else {
                        w == *p
                    }
                })
        };
        (0..words.len())
            .filter_map(|i| {
                phrases
                    .iter()
                    .map(|p| p.split(' ').collect::<Vec<_>>())
                    .filter(|p| matches_at(i, p))
                    .map(|p| p.len())
                    .max()
                    .map(|n| (i, n))
            })
            .collect()
    }

    #[test]
    fn the_tree_finds_what_each_phrase_tried_alone_finds() {
        let lists: [&[&str]; 3] = [
            crate::lexicon::issues::OPEN_CUES
                .iter()
                .collect::<Vec<_>>()
                .leak(),
            &[
                "no",
                "no deal",
                "no deal yet",
                "not",
                "not been agreed",
                "not been",
                "a b c",
            ],
            &[
                "é",
                "éta",
                "über alles",
                "ab",
                "abc",
                "x y",
                "x y z",
                "x yz",
            ],
        ];
        let texts = [
            "The talks have not been agreed, and there is no deal yet on the question of whether",
            "no deal yet no deal no not been not been agreed not been agreeing a b c a b",
            "the question is whether the issue is whether they failed to reach it: not yet",
            "État über alles éta étage abc ab abd x y z x yz x y x",
            "",
            "no",
            "did not say whether they remain to be seen; remains open; remained apart",
        ];
        for phrases in lists {
            let set = PhraseSet::new(phrases.iter().copied());
            for text in texts {
                let ws = lower_words(text);
                for from in 0..=ws.len() {
                    let tail = &ws[from..];
                    let found: Vec<_> = set.all(tail).collect();
                    assert_eq!(found, plain_all(phrases, tail), "{text:?} from {from}");
                }
            }
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

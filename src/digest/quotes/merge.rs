//! One entry per quote across articles: quotes of one speaker that share most of their
//! words are one quote, each wording kept with its articles. Words are numbered once;
//! candidates come from an inverted index of (speaker, word) with capped postings, so a
//! speaker quoted thousands of times costs no more per quote than one quoted twice.

use super::{Found, Merged, Variant, REWORDED, SAME_QUOTE};
use crate::ids::ArticleId;
use crate::model::Evidence;
use crate::sorted::{SortedMap, SortedSet};
use crate::tokens::{runs, Class};
use std::collections::HashMap;

/// Most wordings a word of a speaker's quotes points to; a word in more of them says too
/// little to find a quote by.
const MAX_POSTINGS: usize = 16;
/// Fewest words two quotes share to be one quote: a few common words ("I played well")
/// do not make a short quote part of a longer one.
const MIN_SHARED: usize = 4;

/// Numbers for the words of quotes.
struct Words {
    /// The words, boxed at their length: a text of thousands of quotes numbers as many
    /// distinct words.
    ids: HashMap<Box<str>, u32>,
}

/// Distinct words of quotes room is made for at first: those of a few dozen quotes.
const FIRST_WORDS: usize = 512;

impl Default for Words {
    fn default() -> Words {
        Words {
            ids: HashMap::with_capacity(FIRST_WORDS),
        }
    }
}

impl Words {
    /// The words of a quote as compared, numbered and sorted: lowercase, apostrophes of
    /// every form folded.
    fn of(&mut self, text: &str) -> Vec<u32> {
        const WORD: Class = Class::new(&['\'', '\u{2019}', '\u{2018}', '`']);
        let mut word = String::new();
        // About one word in every six bytes.
        let mut out = Vec::with_capacity(text.len() / 6 + 4);
        for r in runs(text, &WORD) {
            let piece = &text[r];
            word.clear();
            // An ASCII word (nearly every one) lowercased in place; its only sign
            // besides the apostrophe is the backtick.
            if piece.is_ascii() && !piece.contains('`') {
                word.push_str(piece);
                word.make_ascii_lowercase();
            } else {
                word.extend(piece.chars().map(|c| {
                    if c.is_alphanumeric() {
                        crate::case::lower_char(c)
                    } else {
                        '\''
                    }
                }));
            }
            let next = u32::try_from(self.ids.len()).unwrap_or(u32::MAX);
            let id = match self.ids.get(word.as_str()) {
                Some(&id) => id,
                None => *self.ids.entry(word.as_str().into()).or_insert(next),
            };
            out.push(id);
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// Words two sorted word lists share.
fn shared(x: &[u32], y: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < x.len() && j < y.len() {
        match x[i].cmp(&y[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Shared words over the size of the smaller list.
pub fn overlap(x: &[u32], y: &[u32]) -> f32 {
    shared(x, y) as f32 / x.len().min(y.len()).max(1) as f32
}

/// True when the quotes of word lists `x` and `y` are one quote at overlap `at_least`.
fn same(x: &[u32], y: &[u32], at_least: f32) -> bool {
    let n = shared(x, y);
    n >= MIN_SHARED.min(x.len().max(y.len()))
        && n as f32 / x.len().min(y.len()).max(1) as f32 >= at_least
}

/// The quotes merged so far: each quote found is merged as it is found, so that a text of
/// thousands of quotes never holds them all at once (with the sentence of each).
pub struct Merger {
    out: Vec<Merged>,
    numbered: Words,
    /// (speaker, word) -> its slot in `slots`, the speaker in the high half of the key:
    /// each word of a quote is looked up once.
    index: HashMap<u64, u32>,
    /// Per (speaker, word), the wordings that hold it.
    slots: Vec<Slot>,
    /// The wordings after the first that hold a (speaker, word), in order. Most words of
    /// a text of many quotes are in one wording only.
    more: Vec<Vec<(u32, u32)>>,
    /// Per merged quote, the earlier one it was joined to, or itself: a longer wording
    /// that holds two quotes found apart ("… made some headway. So there's no deal until
    /// there's a deal." holds both "a couple of big ones" and "there's no deal until
    /// there's a deal") makes them one.
    joined: Vec<u32>,
}

/// The merged quote that quote `m` is now part of, by [`Merger::joined`]. Each quote on
/// the way is pointed at the one two steps up (path halving), so that however the
/// quotes were joined, the way stays short.
fn root(joined: &mut [u32], mut m: usize) -> usize {
    while let Some(up) = joined.get(m).map(|&up| up as usize).filter(|&up| up != m) {
        let above = joined.get(up).copied().unwrap_or(up as u32);
        if let Some(x) = joined.get_mut(m) {
            *x = above;
        }
        m = up;
    }
    m
}

/// The wordings that hold one (speaker, word): (merged index, variant index) of the
/// first, and where the list of those after it is in [`Merger::more`].
#[derive(Clone, Copy)]
struct Slot {
    first: Option<(u32, u32)>,
    more: Option<u32>,
}

/// The wordings of `slot` (see [`Merger`]), in order.
fn postings<'m>(
    slot: Slot,
    more: &'m [Vec<(u32, u32)>],
) -> Option<impl Iterator<Item = (u32, u32)> + Clone + 'm> {
    let first = slot.first?;
    let rest = slot
        .more
        .and_then(|x| more.get(x as usize))
        .map_or(&[][..], Vec::as_slice);
    Some(std::iter::once(first).chain(rest.iter().copied()))
}

/// The key of `word` of the quotes of speaker `k` in [`Merger::index`].
fn key(k: usize, word: u32) -> u64 {
    (k as u64) << 32 | u64::from(word)
}

/// The number of a quote or a wording in [`Merger::index`]: the input holds fewer than
/// `u32::MAX` of either.
fn small(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

impl Default for Merger {
    fn default() -> Merger {
        Merger {
            out: Vec::new(),
            numbered: Words::default(),
            index: HashMap::with_capacity(FIRST_WORDS),
            slots: Vec::with_capacity(FIRST_WORDS),
            more: Vec::new(),
            joined: Vec::new(),
        }
    }
}

impl Merger {
    /// Merges quote `f`, whose speaker is numbered `k`, with the quotes before it.
    pub fn add(&mut self, f: Found, k: usize) {
        let (out, index, slots, more, joined) = (
            &mut self.out,
            &mut self.index,
            &mut self.slots,
            &mut self.more,
            &mut self.joined,
        );
        let words = self.numbered.of(&f.text);
        let Found {
            speaker,
            text,
            article,
            sentence,
            ..
        } = f;
        // The wordings that share enough of the quote's telling words to be the same quote.
        // Every posting of the quote's words, sorted: a run of one wording counts the
        // words it shares.
        // The slot of each word, made now when new: the quote's words are all posted below.
        let mut hits: Vec<(u32, u32)> = Vec::new();
        let mut at: Vec<usize> = Vec::with_capacity(words.len());
        for &w in &words {
            let new = small(slots.len());
            let x = *index.entry(key(k, w)).or_insert(new) as usize;
            if x == slots.len() {
                slots.push(Slot {
                    first: None,
                    more: None,
                });
            }
            at.push(x);
            if let Some(list) = slots
                .get(x)
                .and_then(|&s| postings(s, more))
                .filter(|l| l.clone().count() < MAX_POSTINGS)
            {
                hits.extend(list);
            }
        }
        hits.sort_unstable();
        let least = MIN_SHARED.min(words.len());
        let candidates: Vec<(usize, usize)> = hits
            .chunk_by(|x, y| x == y)
            .filter(|run| run.len() >= least)
            .map(|run| (run[0].0 as usize, run[0].1 as usize))
            .collect();
        let mut best: Option<usize> = None;
        let mut same_wording: Option<(usize, usize)> = None;
        // The merged quotes (as joined) that the quote is one with.
        let mut matched: Vec<usize> = Vec::new();
        for &(m, v) in &candidates {
            let u = &out[m].variants[v].words;
            // Two quotes of one article are one only when worded alike: an article does
            // not quote the same words twice in different wording.
            let same_article = out[m]
                .variants
                .iter()
                .any(|x| x.articles.contains(&article));
            let threshold = if same_article { REWORDED } else { SAME_QUOTE };
            if same(u, &words, threshold) {
                let r = root(joined, m);
                matched.push(r);
                if best.is_none_or(|b| r < b) {
                    best = Some(r);
                }
            }
            if same(u, &words, REWORDED) && same_wording.is_none_or(|(bm, bv)| (m, v) < (bm, bv)) {
                same_wording = Some((m, v));
            }
        }
        // The quote joins every merged quote it is one with; the first found stands for
        // them all.
        if let Some(b) = best {
            for r in matched {
                if let Some(up) = joined.get_mut(r) {
                    *up = small(b);
                }
            }
        }
        let (m, v) = match (best, same_wording) {
            // The same wording, in the merged quote it was found in (joined or not).
            (Some(m), Some((sm, sv))) if root(joined, sm) == m => {
                let u = &mut out[sm].variants[sv];
                u.articles.insert(article);
                u.sentences.get_or_insert_with(article, || sentence);
                if text.len() > u.text.len() {
                    u.text = text;
                    u.words = words;
                }
                (sm, sv)
            }
            (Some(m), _) => {
                out[m]
                    .variants
                    .push(variant(text, article, sentence, words));
                (m, out[m].variants.len() - 1)
            }
            (None, _) => {
                let (speaker, described) = match speaker {
                    super::Who::Person(p) => (Some(p), None),
                    super::Who::Unnamed(d) => (None, Some(d)),
                };
                out.push(Merged {
                    speaker,
                    described,
                    variants: vec![variant(text, article, sentence, words)],
                });
                joined.push(small(out.len() - 1));
                (out.len() - 1, 0)
            }
        };
        let posting = (small(m), small(v));
        for x in at {
            let Some(slot) = slots.get_mut(x) else {
                continue;
            };
            match slot.first {
                None => slot.first = Some(posting),
                Some(first) if first == posting => {}
                Some(_) => {
                    let list = match slot.more {
                        Some(l) => l as usize,
                        None => {
                            slot.more = Some(small(more.len()));
                            more.push(Vec::new());
                            more.len() - 1
                        }
                    };
                    if let Some(list) = more.get_mut(list) {
                        if list.len() < MAX_POSTINGS && !list.contains(&posting) {
                            list.push(posting);
                        }
                    }
                }
            }
        }
    }

    /// The quotes merged, in order of first mention: each joined quote's wordings with
    /// those of the quote it was joined to.
    pub fn finish(self) -> Vec<Merged> {
        let mut joined = self.joined;
        let roots: Vec<usize> = (0..self.out.len()).map(|m| root(&mut joined, m)).collect();
        let mut out: Vec<Merged> = Vec::with_capacity(self.out.len());
        // Where each root went in `out`.
        let mut placed: Vec<Option<usize>> = vec![None; roots.len()];
        for (m, merged) in self.out.into_iter().enumerate() {
            let r = roots.get(m).copied().unwrap_or(m);
            match placed.get(r).copied().flatten() {
                Some(i) => out[i].variants.extend(merged.variants),
                None => {
                    if let Some(slot) = placed.get_mut(r) {
                        *slot = Some(out.len());
                    }
                    out.push(merged);
                }
            }
        }
        out
    }
}

fn variant(text: String, article: ArticleId, sentence: Evidence, words: Vec<u32>) -> Variant {
    Variant {
        text,
        articles: SortedSet::from([article]),
        sentences: SortedMap::from([(article, sentence)]),
        words,
    }
}

#[cfg(test)]
mod tests {
    use super::{overlap, same, Words};

    #[test]
    fn quotes_share_words_whatever_the_apostrophes() {
        let mut w = Words::default();
        let a = w.of("It\u{2019}s a fair verdict and we'll respect it");
        let b = w.of("it's a FAIR verdict and we\u{2019}ll respect it, she said");
        assert!((overlap(&a, &b) - 1.0).abs() < f32::EPSILON);
        assert!(same(&a, &b, 0.9));
        // Three shared words do not make a short quote part of a long one.
        let c = w.of("I played well");
        let d = w.of("I made mistakes but I played well today and I was happy");
        assert!(!same(&c, &d, 0.6));
    }
}

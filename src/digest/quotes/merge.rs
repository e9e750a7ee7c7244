//! One entry per quote across articles: quotes of one speaker that share most of their
//! words are one quote, each wording kept with its articles. Candidates come from an
//! inverted index of (speaker, word) with capped postings, so a speaker quoted thousands
//! of times costs no more per quote than one quoted twice.

use super::{Found, Merged, Variant, REWORDED, SAME_QUOTE};
use crate::sorted::{SortedMap, SortedSet};
use std::collections::{HashMap, HashSet};

/// Most wordings a word of a speaker's quotes points to; a word in more of them says too
/// little to find a quote by.
const MAX_POSTINGS: usize = 16;

/// The words of a quote as compared: lowercase, quotes and apostrophes folded.
pub fn quote_words(text: &str) -> HashSet<String> {
    crate::normalize::normalize(text)
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(crate::case::lower)
        .collect()
}

/// Shared words over the size of the smaller set.
pub fn overlap_sets(x: &HashSet<String>, y: &HashSet<String>) -> f32 {
    let (small, large) = if x.len() <= y.len() { (x, y) } else { (y, x) };
    let shared = small.iter().filter(|w| large.contains(*w)).count();
    shared as f32 / small.len().max(1) as f32
}

/// Fewest words two quotes share to be one quote: a few common words ("I played well")
/// do not make a short quote part of a longer one.
const MIN_SHARED: usize = 4;

/// True when the quotes of word sets `x` and `y` are one quote at overlap `at_least`.
fn same(x: &HashSet<String>, y: &HashSet<String>, at_least: f32) -> bool {
    let (small, large) = if x.len() <= y.len() { (x, y) } else { (y, x) };
    let shared = small.iter().filter(|w| large.contains(*w)).count();
    shared >= MIN_SHARED.min(large.len()) && shared as f32 / small.len().max(1) as f32 >= at_least
}

/// Merges the quotes found, in order; `key` tells each quote's speaker as a number.
pub fn merge(found: Vec<Found>, key: impl Fn(&Found) -> usize) -> Vec<Merged> {
    let mut out: Vec<Merged> = Vec::new();
    // speaker -> word -> (merged index, variant index) of the wordings that hold it.
    type Postings = HashMap<String, Vec<(usize, usize)>>;
    let mut index: HashMap<usize, Postings> = HashMap::new();
    for f in found {
        let k = key(&f);
        let words = quote_words(&f.text);
        let Found {
            speaker,
            text,
            article,
            sentence,
        } = f;
        // The wordings that share enough of the quote's telling words to be the same quote.
        let mut shared: HashMap<(usize, usize), usize> = HashMap::new();
        let postings = index.entry(k).or_default();
        for w in &words {
            if let Some(list) = postings.get(w.as_str()) {
                if list.len() < MAX_POSTINGS {
                    for &c in list {
                        *shared.entry(c).or_default() += 1;
                    }
                }
            }
        }
        let least = MIN_SHARED.min(words.len());
        let mut candidates: Vec<(usize, usize)> = shared
            .into_iter()
            .filter(|&(_, n)| n >= least)
            .map(|(c, _)| c)
            .collect();
        candidates.sort_unstable();
        let mut best: Option<usize> = None;
        let mut same_wording: Option<(usize, usize)> = None;
        for &(m, v) in &candidates {
            let u = &out[m].variants[v].words;
            // Two quotes of one article are one only when worded alike: an article does
            // not quote the same words twice in different wording.
            let same_article = out[m]
                .variants
                .iter()
                .any(|x| x.articles.contains(&article));
            let threshold = if same_article { REWORDED } else { SAME_QUOTE };
            if same(u, &words, threshold) && best.is_none_or(|b| m < b) {
                best = Some(m);
            }
            if same(u, &words, REWORDED) && same_wording.is_none_or(|(bm, bv)| (m, v) < (bm, bv)) {
                same_wording = Some((m, v));
            }
        }
        let (m, v) = match (best, same_wording) {
            (Some(m), Some((sm, sv))) if sm == m => {
                let u = &mut out[m].variants[sv];
                u.articles.insert(article);
                u.sentences.get_or_insert_with(article, || sentence);
                if text.len() > u.text.len() {
                    u.text = text;
                    u.words = words.clone();
                }
                (m, sv)
            }
            (Some(m), _) => {
                out[m]
                    .variants
                    .push(variant(text, article, sentence, words.clone()));
                (m, out[m].variants.len() - 1)
            }
            (None, _) => {
                let (speaker, described) = match speaker {
                    super::Who::Person(p) => (p, None),
                    super::Who::Unnamed(d) => (super::UNNAMED, Some(d)),
                };
                let v = variant(text, article, sentence, words.clone());
                out.push(Merged {
                    speaker,
                    described,
                    variants: vec![v],
                });
                (out.len() - 1, 0)
            }
        };
        let postings = index.entry(k).or_default();
        for w in words {
            let list = postings.entry(w).or_default();
            if list.len() <= MAX_POSTINGS && !list.contains(&(m, v)) {
                list.push((m, v));
            }
        }
    }
    out
}

fn variant(text: String, article: usize, sentence: String, words: HashSet<String>) -> Variant {
    Variant {
        text,
        articles: SortedSet::from([article]),
        sentences: SortedMap::from([(article, sentence)]),
        words,
    }
}

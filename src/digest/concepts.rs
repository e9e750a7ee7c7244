//! The concepts a summary should cover: the content words and stemmed word pairs
//! (bigrams) of the corpus, each weighted by how many articles state it, how often, and
//! how early. A pair of two function words is no concept. This is the concept model of
//! Gillick and Favre's ICSI summarizer, with the position of a concept's first mention as
//! further evidence.

use super::corpus::Corpus;

/// The settings of concept weighting.
#[derive(Debug, Clone, Copy)]
pub struct Weighting {
    /// Weight of a content word relative to a word pair.
    pub word: f32,
    /// What each further sentence stating a concept in an article already counted adds,
    /// relative to one more article.
    pub repeat: f32,
    /// How much more a concept first stated in an article's lead counts: its weight is
    /// multiplied by `1 + lead / (1 + position)`.
    pub lead: f32,
}

/// Concept ids per sentence and a weight per concept. A content word's concept id is its
/// term id; word pairs are numbered after the terms.
pub struct Concepts {
    /// The word pairs, as `first term << 32 | second term`, sorted: pair `k` has concept id
    /// `terms + k`.
    pairs: Vec<u64>,
    terms: usize,
    /// Per sentence, its concept ids, sorted and unique.
    pub of: Vec<Vec<u32>>,
    /// Per concept, its weight (0 for concepts too rare to count).
    pub weight: Vec<f32>,
}

/// Calls `f` with each word pair of a run of terms that holds a content word.
fn for_pairs(tokens: &[u32], is_stop: impl Fn(u32) -> bool, mut f: impl FnMut(u64)) {
    for w in tokens.windows(2) {
        if !(is_stop(w[0]) && is_stop(w[1])) {
            f(u64::from(w[0]) << 32 | u64::from(w[1]));
        }
    }
}

impl Concepts {
    /// The concepts of corpus `c`; concepts stated in fewer than `min_articles` articles
    /// weigh nothing.
    pub fn new(c: &Corpus, w: Weighting, min_articles: usize) -> Concepts {
        let terms = c.terms.len();
        let is_stop = |t: u32| c.terms.is_stop(t);
        // Number the word pairs by sorting them: no hashing of input-derived keys.
        let mut pairs: Vec<u64> = Vec::new();
        for i in 0..c.len() {
            for_pairs(c.tokens(i), is_stop, |k| pairs.push(k));
        }
        pairs.sort_unstable();
        pairs.dedup();
        let mut of = Vec::with_capacity(c.len());
        for i in 0..c.len() {
            let tokens = c.tokens(i);
            let mut ids: Vec<u32> = tokens.iter().copied().filter(|&t| !is_stop(t)).collect();
            for_pairs(tokens, is_stop, |k| {
                if let Ok(p) = pairs.binary_search(&k) {
                    ids.push((terms + p) as u32);
                }
            });
            ids.sort_unstable();
            ids.dedup();
            of.push(ids);
        }
        // Per concept: articles, sentences, the last article counted, first position.
        let count = terms + pairs.len();
        let mut stats: Vec<(u32, u32, usize, usize)> = vec![(0, 0, usize::MAX, usize::MAX); count];
        for (i, ids) in of.iter().enumerate() {
            let (article, position) = (c.article(i), c.position(i));
            for &id in ids {
                let s = &mut stats[id as usize];
                if s.2 != article {
                    s.0 += 1;
                    s.2 = article;
                }
                s.1 += 1;
                s.3 = s.3.min(position);
            }
        }
        let weight = stats
            .iter()
            .enumerate()
            .map(|(id, &(articles, sentences, _, first))| {
                if articles == 0 || (articles as usize) < min_articles {
                    return 0.0;
                }
                let count = articles as f32 + w.repeat * (sentences - articles) as f32;
                let lead = 1.0 + w.lead / (1.0 + first as f32);
                count * lead * if id < terms { w.word } else { 1.0 }
            })
            .collect();
        Concepts {
            pairs,
            terms,
            of,
            weight,
        }
    }

    /// The concept ids of a run of terms (e.g. the part of a sentence shown), sorted and
    /// unique; word pairs the corpus never states are left out.
    pub fn of_tokens(&self, tokens: &[u32], is_stop: impl Fn(u32) -> bool + Copy) -> Vec<u32> {
        let mut ids: Vec<u32> = tokens.iter().copied().filter(|&t| !is_stop(t)).collect();
        for_pairs(tokens, is_stop, |k| {
            if let Ok(p) = self.pairs.binary_search(&k) {
                ids.push((self.terms + p) as u32);
            }
        });
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// Number of concepts.
    pub fn len(&self) -> usize {
        self.weight.len()
    }
}

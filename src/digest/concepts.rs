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
    /// The word pairs by their first term: the second terms of the pairs starting with
    /// term `t` are `seconds[starts[t]..starts[t] + counts[t]]`, sorted, and the pair with
    /// the `k`-th of them has concept id `ids[t] + k`.
    starts: Vec<u32>,
    counts: Vec<u32>,
    ids: Vec<u32>,
    seconds: Vec<u32>,
    /// Per sentence, its concept ids, each once.
    pub of: Vec<Vec<u32>>,
    /// Per concept, its weight (0 for concepts too rare to count).
    pub weight: Vec<f32>,
}

/// Calls `f` with each word pair of a run of terms that holds a content word.
fn for_pairs(tokens: &[u32], is_stop: impl Fn(u32) -> bool, mut f: impl FnMut(u32, u32)) {
    for w in tokens.windows(2) {
        if !(is_stop(w[0]) && is_stop(w[1])) {
            f(w[0], w[1]);
        }
    }
}

impl Concepts {
    /// The concepts of corpus `c` that the sentences `held[i]` marks hold: every term, and
    /// the word pairs of those sentences (a pair no such sentence holds could weigh in no
    /// choice, and is not counted). Concepts stated in fewer than `min_articles` articles
    /// weigh nothing; `of` is empty for the other sentences.
    pub fn new(c: &Corpus, w: Weighting, min_articles: usize, held: &[bool]) -> Concepts {
        let terms = c.terms.len();
        let is_stop = |t: u32| c.terms.is_stop(t);
        // A run-on states nothing (see `Corpus::is_run_on`): it weighs in no concept.
        let tokens_of = |i: usize| if c.is_run_on(i) { &[][..] } else { c.tokens(i) };
        let is_held = |i: usize| held.get(i).copied().unwrap_or(false);
        // The word pairs numbered by their first term, then by their second: a counting
        // sort and small sorts, no hashing of input-derived keys.
        let mut starts = vec![0u32; terms + 1];
        for i in (0..c.len()).filter(|&i| is_held(i)) {
            for_pairs(tokens_of(i), is_stop, |a, _| starts[a as usize + 1] += 1);
        }
        for t in 0..terms {
            starts[t + 1] += starts[t];
        }
        let mut seconds = vec![0u32; starts[terms] as usize];
        let mut fill = starts.clone();
        for i in (0..c.len()).filter(|&i| is_held(i)) {
            for_pairs(tokens_of(i), is_stop, |a, b| {
                seconds[fill[a as usize] as usize] = b;
                fill[a as usize] += 1;
            });
        }
        drop(fill);
        let mut counts = vec![0u32; terms];
        let mut ids = vec![0u32; terms];
        let mut next = terms as u32;
        for t in 0..terms {
            let run = &mut seconds[starts[t] as usize..starts[t + 1] as usize];
            run.sort_unstable();
            let mut n = 0;
            for k in 0..run.len() {
                if k == 0 || run[k] != run[n - 1] {
                    run[n] = run[k];
                    n += 1;
                }
            }
            counts[t] = n as u32;
            ids[t] = next;
            next += n as u32;
        }
        let mut concepts = Concepts {
            starts,
            counts,
            ids,
            seconds,
            of: Vec::new(),
            weight: Vec::new(),
        };
        // Per concept: articles, sentences, first position, and the last sentence that
        // counted it (NONE for none; each concept counts once per sentence, and the
        // sentences come in article order, so the last one tells the last article
        // counted), in 16 bytes: a text of many names has a concept every three bytes.
        // Positions and sentences are counted in u32, the input being at most 20 MB.
        const NONE: u32 = u32::MAX;
        let count = next as usize;
        let mut stats: Vec<(u32, u32, u32, u32)> = vec![(0, 0, NONE, NONE); count];
        let mut of: Vec<Vec<u32>> = Vec::with_capacity(c.len());
        // One sentence's concepts are gathered here, then kept in a list of their length.
        let mut ids: Vec<u32> = Vec::new();
        for i in 0..c.len() {
            let (article, position) = (c.article(i), c.position(i) as u32);
            let sentence = i as u32;
            let tokens = tokens_of(i);
            ids.clear();
            let mut count = |id: u32| {
                let s = &mut stats[id as usize];
                if s.3 == sentence {
                    return;
                }
                if s.3 == NONE || c.article(s.3 as usize) != article {
                    s.0 += 1;
                }
                s.3 = sentence;
                ids.push(id);
                s.1 += 1;
                s.2 = s.2.min(position);
            };
            for &t in tokens {
                if !is_stop(t) {
                    count(t);
                }
            }
            for_pairs(tokens, is_stop, |a, b| {
                if let Some(id) = concepts.pair(a, b) {
                    count(id);
                }
            });
            of.push(if is_held(i) {
                super::kept(&mut ids)
            } else {
                Vec::new()
            });
        }
        concepts.weight = stats
            .iter()
            .enumerate()
            .map(|(id, &(articles, sentences, first, _))| {
                if articles == 0 || (articles as usize) < min_articles {
                    return 0.0;
                }
                let count = articles as f32 + w.repeat * (sentences - articles) as f32;
                let lead = 1.0 + w.lead / (1.0 + first as f32);
                count * lead * if id < terms { w.word } else { 1.0 }
            })
            .collect();
        concepts.of = of;
        concepts
    }

    /// The concept id of the word pair (`a`, `b`), when the corpus states it.
    fn pair(&self, a: u32, b: u32) -> Option<u32> {
        let a = a as usize;
        let start = *self.starts.get(a)? as usize;
        let run = self
            .seconds
            .get(start..start + *self.counts.get(a)? as usize)?;
        let k = run.binary_search(&b).ok()?;
        Some(self.ids[a] + k as u32)
    }

    /// The concept ids of a run of terms (e.g. the part of a sentence shown), sorted and
    /// unique; word pairs the corpus never states are left out.
    pub fn of_tokens(&self, tokens: &[u32], is_stop: impl Fn(u32) -> bool + Copy) -> Vec<u32> {
        let mut ids: Vec<u32> = tokens.iter().copied().filter(|&t| !is_stop(t)).collect();
        for_pairs(tokens, is_stop, |a, b| ids.extend(self.pair(a, b)));
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// Number of concepts.
    pub fn len(&self) -> usize {
        self.weight.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::Lowered;

    #[test]
    fn the_sentences_held_weigh_their_concepts_as_when_every_sentence_is_held() {
        let texts = [
            "The ports closed on Monday. Ships waited offshore for the storm to pass.",
            "The storm closed the ports. Ships waited offshore. Crews slept on board.",
        ];
        let articles = crate::article::read_texts(&texts);
        let lowered = Lowered::new(&articles);
        let c = Corpus::new(&articles, &lowered);
        let w = Weighting {
            word: 0.5,
            repeat: 0.25,
            lead: 1.0,
        };
        let all = Concepts::new(&c, w, 1, &vec![true; c.len()]);
        let held: Vec<bool> = (0..c.len()).map(|i| i % 2 == 1).collect();
        let some = Concepts::new(&c, w, 1, &held);
        let is_stop = |t: u32| c.terms.is_stop(t);
        for (i, &is_held) in held.iter().enumerate() {
            if !is_held {
                assert!(some.of[i].is_empty(), "sentence {i}: {:?}", some.of[i]);
                continue;
            }
            // The same concepts (pairs numbered apart, in the same order), of the same
            // weights, listed in the same order.
            let weights = |x: &Concepts, ids: &[u32]| -> Vec<f32> {
                ids.iter().map(|&id| x.weight[id as usize]).collect()
            };
            assert_eq!(
                weights(&some, &some.of[i]),
                weights(&all, &all.of[i]),
                "sentence {i}"
            );
            assert!(some.of[i].iter().all(|&id| some.weight[id as usize] > 0.0));
            let order = |ids: &[u32]| {
                let mut k: Vec<usize> = (0..ids.len()).collect();
                k.sort_by_key(|&j| ids[j]);
                k
            };
            assert_eq!(order(&some.of[i]), order(&all.of[i]), "sentence {i}");
            let tokens = c.tokens(i);
            assert_eq!(
                weights(&some, &some.of_tokens(tokens, is_stop)),
                weights(&all, &all.of_tokens(tokens, is_stop)),
                "sentence {i}"
            );
        }
        // Pairs only sentences not held state are not numbered.
        assert!(some.len() < all.len(), "{} / {}", some.len(), all.len());
    }
}

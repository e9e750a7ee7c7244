//! What sentences say, as tf-idf vectors of their content words, and which sentences say
//! the same thing. Neighbours come from an inverted index whose posting lists are capped,
//! so the cost grows near-linearly with the number of sentences.

use crate::fasthash::{LexiconMap, LexiconSet};
use crate::lexicon::stopwords::STOPWORDS;
use crate::lexicon::synonyms::SYNONYMS;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Most sentences a word may index before it is too common to find neighbours by.
const POSTING_CAP: usize = 64;

/// Content-word vectors of a list of texts, whose words it borrows for its term list.
#[derive(Debug, Default)]
pub struct Vectors<'a> {
    /// One sparse, unit-length vector per text: (term id, weight), sorted by term id.
    pub vecs: Vec<Vec<(u32, f32)>>,
    /// The texts holding each term, the first [`POSTING_CAP`] at most, all in one list:
    /// term `t` has `postings[starts[t]..]`, as many as [`Vectors::posting`] says.
    postings: Vec<u32>,
    starts: Vec<usize>,
    df: Vec<u32>,
    numbers: Vec<bool>,
    terms: HashMap<&'a str, u32>,
}

fn stopwords() -> &'static LexiconSet<&'static str> {
    static SET: OnceLock<LexiconSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| STOPWORDS.iter().copied().collect())
}

/// A word cut to a rough stem: "talks" and "talk", "agreed" and "agree".
pub fn stem(word: &str) -> &str {
    let n = word.len();
    for suffix in ["ing", "ed", "es", "s"] {
        if n > suffix.len() + 3 && word.ends_with(suffix) {
            return &word[..n - suffix.len()];
        }
    }
    word
}

/// The content words of `text`, lowercase and stemmed.
#[cfg(test)]
pub fn content_words(text: &str) -> Vec<String> {
    let lowered = crate::case::lower(text);
    content_terms(&super::phrases::words_of(&lowered))
        .map(str::to_string)
        .collect()
}

fn synonyms() -> &'static LexiconMap<&'static str, &'static str> {
    static MAP: OnceLock<LexiconMap<&'static str, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| SYNONYMS.iter().copied().collect())
}

/// A stemmed term with the words that state the same thing merged into one, and the
/// transliterations of the Slavic ending "-sky" merged ("Ostrovskiy", "Ostrovskyy",
/// "Ostrovsky" and "Ostrovski" all give "ostrovsk").
fn canonical(term: &str) -> &str {
    if let Some(&word) = synonyms().get(term) {
        return word;
    }
    if !term.ends_with(['y', 'i']) {
        return term;
    }
    for ending in ["skiy", "skyy", "sky", "ski"] {
        if let Some(base) = term.strip_suffix(ending) {
            if base.len() >= 3 {
                return &term[..base.len() + 2];
            }
        }
    }
    term
}

/// The content words among lowercase `words`, stemmed, without copying them.
pub fn content_terms<'a, 'w>(words: &'w [&'a str]) -> impl Iterator<Item = &'a str> + 'w {
    words
        .iter()
        .map(|&w| w.strip_suffix("'s").unwrap_or(w))
        .filter(|w| w.len() > 1 && !stopwords().contains(w))
        .map(|w| canonical(stem(w)))
}

/// Dot product of two sparse vectors sorted by term.
pub fn dot(x: &[(u32, f32)], y: &[(u32, f32)]) -> f32 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < x.len() && j < y.len() {
        match x[i].0.cmp(&y[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += x[i].1 * y[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

impl<'a> Vectors<'a> {
    /// Builds the vectors of texts given as their lowercase words.
    pub fn new(texts: &[Vec<&'a str>]) -> Vectors<'a> {
        let mut ids: HashMap<&'a str, u32> = HashMap::new();
        let mut numbers = Vec::new();
        // The term ids of every text, in one list: text `i` has `terms[bounds[i]..bounds[i + 1]]`,
        // sorted.
        let mut terms: Vec<u32> = Vec::with_capacity(texts.iter().map(Vec::len).sum());
        let mut bounds = Vec::with_capacity(texts.len() + 1);
        bounds.push(0);
        for t in texts {
            let start = terms.len();
            for w in content_terms(t) {
                let id = match ids.get(w) {
                    Some(&id) => id,
                    None => {
                        let id = ids.len() as u32;
                        ids.insert(w, id);
                        numbers.push(w.bytes().all(|b| b.is_ascii_digit()));
                        id
                    }
                };
                terms.push(id);
            }
            terms[start..].sort_unstable();
            bounds.push(terms.len());
        }
        let docs: Vec<&[u32]> = bounds.windows(2).map(|b| &terms[b[0]..b[1]]).collect();
        let mut df = vec![0u32; ids.len()];
        for d in &docs {
            let mut prev = None;
            for &t in *d {
                if prev != Some(t) {
                    df[t as usize] += 1;
                }
                prev = Some(t);
            }
        }
        let n = texts.len().max(1) as f32;
        let mut starts = Vec::with_capacity(df.len());
        let mut total = 0;
        for &d in &df {
            starts.push(total);
            total += (d as usize).min(POSTING_CAP);
        }
        let mut postings = vec![0u32; total];
        let mut filled = vec![0usize; df.len()];
        let vecs = docs
            .iter()
            .enumerate()
            .map(|(i, d)| {
                let mut v: Vec<(u32, f32)> = Vec::with_capacity(d.len());
                for &t in *d {
                    match v.last_mut() {
                        Some((last, w)) if *last == t => *w += 1.0,
                        _ => v.push((t, 1.0)),
                    }
                }
                for (t, w) in &mut v {
                    *w *= (n / df[*t as usize] as f32).ln() + 1.0;
                    let t = *t as usize;
                    if filled[t] < POSTING_CAP {
                        postings[starts[t] + filled[t]] = i as u32;
                        filled[t] += 1;
                    }
                }
                let norm = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
                if norm > 0.0 {
                    v.iter_mut().for_each(|(_, w)| *w /= norm);
                }
                v
            })
            .collect();
        Vectors {
            vecs,
            postings,
            starts,
            df,
            numbers,
            terms: ids,
        }
    }

    /// The id of the term a lowercase `word` stands for, when some text holds it.
    pub fn term_id(&self, word: &str) -> Option<u32> {
        let w = word.strip_suffix("'s").unwrap_or(word);
        self.terms.get(canonical(stem(w))).copied()
    }

    /// The texts holding term `t` (at most [`POSTING_CAP`] of them).
    fn posting(&self, t: u32) -> &[u32] {
        let t = t as usize;
        match (self.starts.get(t), self.df.get(t)) {
            (Some(&s), Some(&df)) => self
                .postings
                .get(s..s + (df as usize).min(POSTING_CAP))
                .unwrap_or(&[]),
            _ => &[],
        }
    }

    /// True when term `t` is a number.
    pub fn is_number(&self, t: u32) -> bool {
        self.numbers.get(t as usize).copied().unwrap_or(false)
    }

    /// Number of distinct terms.
    pub fn term_count(&self) -> usize {
        self.df.len()
    }

    /// Share of the texts that hold term `t`.
    pub fn spread(&self, t: u32) -> f32 {
        let n = self.vecs.len().max(1) as f32;
        self.df.get(t as usize).map_or(0.0, |&d| d as f32 / n)
    }

    /// Cosine similarity of texts `a` and `b`.
    #[cfg(test)]
    pub fn cosine(&self, a: usize, b: usize) -> f32 {
        dot(&self.vecs[a], &self.vecs[b])
    }

    /// The texts that share a not-too-common word with text `i`, in text order, with their
    /// similarity.
    #[cfg(test)]
    pub fn neighbours(&self, i: usize) -> Vec<(usize, f32)> {
        self.neighbours_in(i, &mut Scratch::default(), |_| true)
    }

    /// [`Vectors::neighbours`] among the texts `keep` accepts, with buffers kept between
    /// calls.
    pub fn neighbours_in(
        &self,
        i: usize,
        scratch: &mut Scratch,
        keep: impl Fn(usize) -> bool,
    ) -> Vec<(usize, f32)> {
        let Some(vi) = self.vecs.get(i) else {
            return Vec::new();
        };
        let Scratch {
            dense,
            seen,
            ids,
            round,
        } = scratch;
        dense.resize(self.df.len(), 0.0);
        seen.resize(self.vecs.len(), 0);
        ids.clear();
        *round += 1;
        for &(t, w) in vi {
            dense[t as usize] = w;
            let p = self.posting(t);
            if p.len() < POSTING_CAP {
                for &j in p {
                    if j as usize != i && seen[j as usize] != *round {
                        seen[j as usize] = *round;
                        if keep(j as usize) {
                            ids.push(j);
                        }
                    }
                }
            }
        }
        ids.sort_unstable();
        // The dot product against `i` scattered into a dense array: one pass over each
        // neighbour's terms, in term order as in [`dot`].
        let out = ids
            .iter()
            .map(|&j| {
                let sum = self.vecs[j as usize]
                    .iter()
                    .fold(0.0, |s, &(t, w)| s + dense[t as usize] * w);
                (j as usize, sum)
            })
            .collect();
        for &(t, _) in vi {
            dense[t as usize] = 0.0;
        }
        out
    }
}

/// Buffers reused across [`Vectors::neighbours_in`] calls.
#[derive(Default)]
pub struct Scratch {
    dense: Vec<f32>,
    seen: Vec<u64>,
    ids: Vec<u32>,
    round: u64,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words of lowercase texts, as the corpus splits them.
    fn words_of_all<const N: usize>(lowered: &[String; N]) -> [Vec<&str>; N] {
        lowered
            .each_ref()
            .map(|t| crate::digest::phrases::words_of(t))
    }

    #[test]
    fn paraphrases_are_closer_than_unrelated_sentences() {
        let texts = [
            "The leaders met for nearly three hours in Geneva.",
            "Talks in Geneva lasted almost three hours, the leaders said.",
            "Fighting continued in eastern regions during the day.",
        ];
        let lowered = texts.map(crate::case::lower);
        let v = Vectors::new(&words_of_all(&lowered));
        assert!(v.cosine(0, 1) > 0.3, "{}", v.cosine(0, 1));
        assert!(v.cosine(0, 2) < 0.1, "{}", v.cosine(0, 2));
        assert!(v.neighbours(0).iter().any(|(j, _)| *j == 1));
    }

    #[test]
    fn synonyms_and_transliterations_are_one_term() {
        let texts = [
            "For the host, the summit was a symbolic triumph over Ostrovskiy.",
            "The summit was a diplomatic victory for the host and for Ostrovskyy.",
            "The summit was a diplomatic setback for Ostrovsky.",
        ];
        let lowered = texts.map(crate::case::lower);
        let v = Vectors::new(&words_of_all(&lowered));
        assert_eq!(v.term_id("triumph"), v.term_id("victory"));
        assert!(v.term_id("triumph").is_some());
        assert_eq!(v.term_id("ostrovskiy"), v.term_id("ostrovsky"));
        assert_eq!(v.term_id("ostrovskyy"), v.term_id("ostrovsky"));
        assert!(
            v.cosine(0, 1) > v.cosine(0, 2),
            "{} vs {}",
            v.cosine(0, 1),
            v.cosine(0, 2)
        );
        // Short words keep their ending.
        assert_eq!(canonical("sky"), "sky");
        assert_eq!(canonical("many"), "many");
    }

    #[test]
    fn neighbours_in_matches_the_sparse_dot_product() {
        let texts = [
            "Talks in Geneva lasted almost three hours, the leaders said.",
            "The leaders met for nearly three hours in Geneva.",
            "Geneva hosted the talks on energy prices.",
            "Fighting continued in eastern regions during the day.",
        ];
        let lowered = texts.map(crate::case::lower);
        let v = Vectors::new(&words_of_all(&lowered));
        let mut scratch = Scratch::default();
        for i in 0..texts.len() {
            // Twice with the same buffers: the second call must not lose neighbours.
            for _ in 0..2 {
                for (j, sim) in v.neighbours_in(i, &mut scratch, |_| true) {
                    assert!((sim - dot(&v.vecs[i], &v.vecs[j])).abs() < 1e-6);
                }
            }
            assert_eq!(
                v.neighbours_in(i, &mut scratch, |_| true).len(),
                v.neighbours(i).len()
            );
        }
        assert!(v.neighbours(0).iter().any(|(j, _)| *j == 1));
    }

    #[test]
    fn stems_and_stopwords() {
        assert_eq!(
            content_words("The talks were agreed by Dupont's negotiators"),
            vec!["talk", "agre", "dupont", "negotiator"]
        );
    }
}

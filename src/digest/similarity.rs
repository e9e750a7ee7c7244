//! What sentences say, as tf-idf vectors of their content terms, and which sentences say
//! the same thing. An inverted index over every term finds the sentences that share a term
//! with a given one, all of them: the similarity of one sentence to the corpus costs the
//! length of its terms' posting lists, and source counts stay exact at any scale.

/// Content-term vectors of a list of texts, with an inverted index.
#[derive(Debug, Default)]
pub struct Vectors {
    /// One sparse, unit-length vector per text: (term id, weight), sorted by term id.
    pub vecs: Vec<Vec<(u32, f32)>>,
    /// The texts holding each term, in text order, all in one list: term `t` has
    /// `postings[starts[t]..starts[t + 1]]`.
    postings: Vec<u32>,
    starts: Vec<usize>,
}

/// Dot product of two sparse vectors sorted by term: the products of their shared terms,
/// added in term order. Each side steps, in a loop of its own, over its terms below the
/// other's current one.
// Kept out of line: its loops compile tighter on their own.
#[inline(never)]
pub fn dot(x: &[(u32, f32)], y: &[(u32, f32)]) -> f32 {
    let mut sum = 0.0;
    let (Some(&(mut a, mut wx)), Some(&(mut b, mut wy))) = (x.first(), y.first()) else {
        return sum;
    };
    let (mut i, mut j) = (0, 0);
    loop {
        while a < b {
            i += 1;
            match x.get(i) {
                Some(&(t, w)) => (a, wx) = (t, w),
                None => return sum,
            }
        }
        while b < a {
            j += 1;
            match y.get(j) {
                Some(&(t, w)) => (b, wy) = (t, w),
                None => return sum,
            }
        }
        if a == b {
            sum += wx * wy;
            i += 1;
            j += 1;
            match (x.get(i), y.get(j)) {
                (Some(&(s, v)), Some(&(t, w))) => ((a, wx), (b, wy)) = ((s, v), (t, w)),
                _ => return sum,
            }
        }
    }
}

/// `v` scaled to unit length (left as it is when it is all zero).
pub fn normalized(mut v: Vec<(u32, f32)>) -> Vec<(u32, f32)> {
    let norm = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
    if norm > 0.0 {
        v.iter_mut().for_each(|(_, w)| *w /= norm);
    }
    v
}

impl Vectors {
    /// The vectors of texts given as their content terms (ids below `term_count`, in any
    /// order, repeated as often as they occur). Each text's terms are sorted in one buffer
    /// and each term's weight (`ln(texts / df) + 1`) computed once.
    // Not inlined into the corpus: about 60 bytes less gzipped WebAssembly.
    #[inline(never)]
    pub fn new<T>(texts: impl ExactSizeIterator<Item = T>, term_count: usize) -> Vectors
    where
        T: IntoIterator<Item = u32>,
    {
        let mut df = vec![0u32; term_count];
        let count = texts.len();
        let mut ids: Vec<u32> = Vec::new();
        let mut sorted: Vec<Vec<(u32, f32)>> = Vec::with_capacity(count);
        for t in texts {
            ids.clear();
            ids.extend(t);
            ids.sort_unstable();
            let distinct = 1 + ids.windows(2).filter(|p| p[0] != p[1]).count();
            let mut v: Vec<(u32, f32)> = Vec::with_capacity(distinct.min(ids.len()));
            for &id in &ids {
                match v.last_mut() {
                    Some((last, w)) if *last == id => *w += 1.0,
                    _ => v.push((id, 1.0)),
                }
            }
            for (id, _) in &v {
                if let Some(d) = df.get_mut(*id as usize) {
                    *d += 1;
                }
            }
            sorted.push(v);
        }
        let n = count.max(1) as f32;
        let idf: Vec<f32> = df
            .iter()
            .map(|&d| {
                if d == 0 {
                    0.0
                } else {
                    (n / d as f32).ln() + 1.0
                }
            })
            .collect();
        let mut starts = Vec::with_capacity(term_count + 1);
        let mut total = 0;
        for &d in &df {
            starts.push(total);
            total += d as usize;
        }
        starts.push(total);
        let mut postings = vec![0u32; total];
        let mut filled = starts.clone();
        let vecs = sorted
            .into_iter()
            .enumerate()
            .map(|(i, mut v)| {
                for (t, w) in &mut v {
                    *w *= idf
                        .get(*t as usize)
                        .copied()
                        .unwrap_or_else(|| n.ln() + 1.0);
                    if let Some(slot) = filled.get_mut(*t as usize) {
                        if let Some(p) = postings.get_mut(*slot) {
                            *p = i as u32;
                        }
                        *slot += 1;
                    }
                }
                normalized(v)
            })
            .collect();
        Vectors {
            vecs,
            postings,
            starts,
        }
    }

    /// The texts holding term `t`, in text order.
    pub fn posting(&self, t: u32) -> &[u32] {
        let t = t as usize;
        match (self.starts.get(t), self.starts.get(t + 1)) {
            (Some(&s), Some(&e)) => self.postings.get(s..e).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// Number of texts holding term `t`.
    pub fn df(&self, t: u32) -> usize {
        self.posting(t).len()
    }

    /// Share of the texts that hold term `t`.
    pub fn spread(&self, t: u32) -> f32 {
        self.df(t) as f32 / self.vecs.len().max(1) as f32
    }

    /// The unit vector of text `i` over its terms held by less than `common` of all texts:
    /// what it says beyond the words every part of the story uses.
    pub fn specific(&self, i: usize, common: f32) -> Vec<(u32, f32)> {
        let v = self.vecs.get(i).map_or(&[][..], Vec::as_slice);
        normalized(
            v.iter()
                .copied()
                .filter(|&(t, _)| self.spread(t) < common)
                .collect(),
        )
    }

    /// Cosine similarity of texts `a` and `b`.
    pub fn cosine(&self, a: usize, b: usize) -> f32 {
        match (self.vecs.get(a), self.vecs.get(b)) {
            (Some(x), Some(y)) => dot(x, y),
            _ => 0.0,
        }
    }

    /// Finds the texts that share one of `terms` held by at most `cap` texts, each once
    /// (in no order), with the sum of the weights given with the terms they share, added
    /// in the terms' order, and tells whether no term was passed by: a bounded search for
    /// texts that say the same (any two that do share a term rarer than the story's
    /// commonest). The texts found are left in `scratch`, read by [`Scratch::found`] until
    /// the next search.
    pub fn gather_rare(
        &self,
        terms: impl Iterator<Item = (u32, f32)>,
        scratch: &mut Scratch,
        cap: usize,
    ) -> bool {
        scratch.clear_found();
        scratch.sums.resize(self.vecs.len(), 0.0);
        let mut whole = true;
        for (t, weight) in terms {
            let p = self.posting(t);
            if p.len() > cap {
                whole = false;
                continue;
            }
            for &j in p {
                if let Some(s) = scratch.sums.get_mut(j as usize) {
                    if *s == 0.0 {
                        scratch.touched.push(j);
                    }
                    *s += weight;
                }
            }
        }
        whole
    }
}

/// Buffers reused across [`Vectors::gather_rare`] calls.
#[derive(Default)]
pub struct Scratch {
    sums: Vec<f32>,
    touched: Vec<u32>,
    /// One text's weights by term.
    pub dense: Vec<f32>,
    /// Per article (by index), a mark; all unmarked between calls.
    pub articles: Vec<bool>,
    /// The articles marked in `articles`.
    pub marked: Vec<usize>,
}

impl Scratch {
    /// The texts the last [`Vectors::gather_rare`] found, each with its sum.
    pub fn found(&self) -> impl ExactSizeIterator<Item = (usize, f32)> + '_ {
        self.touched.iter().map(|&j| {
            (
                j as usize,
                self.sums.get(j as usize).copied().unwrap_or(0.0),
            )
        })
    }

    /// Clears the sums of the texts found, for the next search.
    fn clear_found(&mut self) {
        for &j in &self.touched {
            if let Some(s) = self.sums.get_mut(j as usize) {
                *s = 0.0;
            }
        }
        self.touched.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::digest::terms::Terms;

    /// Vectors of `texts` over their content terms, with the term table.
    fn vectors<'a>(lowered: &'a [String]) -> (Vectors, Terms<'a>) {
        let words: Vec<Vec<&str>> = lowered.iter().map(|t| crate::tokens::terms(t)).collect();
        let (terms, ids) = Terms::number(
            words.iter().map(|w| w.iter().copied()),
            words.iter().map(Vec::len).sum(),
        );
        let content = ids
            .iter()
            .map(|t| t.iter().copied().filter(|&x| !terms.is_stop(x)));
        (Vectors::new(content, terms.len()), terms)
    }

    /// The dot product by the plain merge: one step of one side per comparison.
    fn plain_dot(x: &[(u32, f32)], y: &[(u32, f32)]) -> f32 {
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

    #[test]
    fn dot_adds_what_the_plain_merge_adds_to_the_bit() {
        // Sparse vectors from a small generator: terms drawn from ranges of several
        // sizes (dense overlap to none), with weights of varied magnitude.
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut vectors: Vec<Vec<(u32, f32)>> = vec![
            Vec::new(),
            vec![(0, 1.0)],
            vec![(u32::MAX, 0.5)],
            vec![(0, 0.25), (u32::MAX, 0.75)],
        ];
        for k in 0..200 {
            let span = [4u64, 16, 64, 1000][k % 4];
            let len = (next() % 24) as usize;
            let mut terms: Vec<u32> = (0..len).map(|_| (next() % span) as u32).collect();
            terms.sort_unstable();
            terms.dedup();
            let v = terms
                .into_iter()
                .map(|t| (t, (next() % 1000) as f32 / 7.0 + 1e-3))
                .collect();
            vectors.push(v);
        }
        for x in &vectors {
            for y in &vectors {
                assert_eq!(
                    dot(x, y).to_bits(),
                    plain_dot(x, y).to_bits(),
                    "{x:?} {y:?}"
                );
            }
        }
    }

    #[test]
    fn paraphrases_are_closer_than_unrelated_sentences() {
        let lowered: Vec<String> = [
            "The jury deliberated for nearly four hours in Boston.",
            "Deliberations in Boston lasted almost four-hour, the court said.",
            "Shares fell sharply in early trading on the exchange.",
        ]
        .iter()
        .map(|t| crate::case::lower(t))
        .collect();
        let (v, _) = vectors(&lowered);
        assert!(v.cosine(0, 1) > 0.3, "{}", v.cosine(0, 1));
        assert!(v.cosine(0, 2) < 0.1, "{}", v.cosine(0, 2));
    }

    #[test]
    fn sharing_reads_every_posting() {
        let mut texts = vec!["Geneva hosted the talks on energy prices.".to_string()];
        for k in 0..300 {
            texts.push(format!(
                "Talks on energy prices went on in Geneva, round {k}."
            ));
        }
        texts.push("Shares fell sharply in early trading on the exchange.".to_string());
        let lowered: Vec<String> = texts.iter().map(|t| crate::case::lower(t)).collect();
        let (v, _) = vectors(&lowered);
        let mut scratch = Scratch::default();
        for _ in 0..2 {
            let terms = v.vecs[0].iter().map(|&(t, _)| (t, 1.0));
            let whole = v.gather_rare(terms, &mut scratch, usize::MAX);
            let mut sharing: Vec<usize> = scratch.found().map(|(j, _)| j).collect();
            sharing.sort_unstable();
            let want: Vec<usize> = (0..301).collect();
            assert_eq!(
                sharing, want,
                "every sharing text, however common the terms"
            );
            assert!(whole);
        }
    }
}

//! Which sentences state the same claim: similar as a whole, similar beyond the story's
//! common words, or stating most of what one says beyond them. The sentences that state a
//! takeaway's claim are its sources; the support a candidate has (how many other articles
//! state it) is looked up with bounded work, the sources of a chosen takeaway exactly.

use super::corpus::Corpus;
use super::similarity::Scratch;

/// When two sentences state the same claim.
#[derive(Debug, Clone, Copy)]
pub struct Sameness {
    /// Cosine similarity.
    pub similar: f32,
    /// Cosine similarity over the terms beyond the story's common words.
    pub similar_specific: f32,
    /// Share of one sentence's specific content (its squared weights) the other holds.
    pub contained: f32,
    /// Share of all sentences from which a term is common to the story.
    pub common: f32,
}

/// Most sentences a term may be in to find, through it, the other sentences that may
/// state a candidate's claim.
const SUPPORT_POSTINGS: usize = 256;

/// The claims of a corpus.
pub struct Claims<'c, 'a> {
    c: &'c Corpus<'a>,
    same: Sameness,
    /// Per term, whether it is beyond the story's common words.
    specific: Vec<bool>,
    /// Per sentence, the squared norm of its weights on specific terms.
    specific_norm2: Vec<f32>,
    /// Per sentence, the bound of its norm on common words (see [`Claims::common_norm`]).
    common_norms: Vec<f32>,
    /// Per sentence that holds a quotation mark, the terms of the words it writes in
    /// lowercase (sorted; `None` when its words cannot be told apart as written); `None`
    /// for the others.
    quoting: Vec<Option<Vec<u32>>>,
}

/// The terms of sentence `i` of `c` that it writes in lowercase, but its first word's
/// (sorted): the words of a quotation's claim, not the names of who made it. `None` when
/// the sentence's lowercase text is not as long as the text (offsets differ), or a word
/// has several pieces ("Rio-based"): its terms are not matched with its words.
fn written_lower(c: &Corpus, i: usize) -> Option<Vec<u32>> {
    let text = c.text(i).as_bytes();
    let ids = c.tokens(i);
    let spans: Vec<std::ops::Range<usize>> = c.word_spans(i).collect();
    if ids.len() != spans.len() || spans.last().is_some_and(|r| r.end > text.len()) {
        return None;
    }
    let mut out: Vec<u32> = spans
        .iter()
        .zip(ids)
        .skip(1)
        .filter(|(r, _)| !text.get(r.start).is_some_and(u8::is_ascii_uppercase))
        .map(|(_, &t)| t)
        .collect();
    out.sort_unstable();
    out.dedup();
    Some(out)
}

/// Most terms of a sentence whose norm on common words bounds its cosines: the rounding
/// of a sum of so many products stays far below [`MARGIN`].
const BOUNDED_TERMS: usize = 1024;
/// Margin on the bound of a cosine over common words, for the rounding of the sums.
const MARGIN: f32 = 1.01;

/// The norm of a sentence's weights on the story's common words, or more, from its number
/// of terms and the squared norm of its weights on specific terms: its vector is of unit
/// length, so the root of what its specific terms leave of 1, with room for the rounding
/// of both sums (or infinity, past [`BOUNDED_TERMS`]).
fn common_norm(terms: usize, specific_norm2: f32) -> f32 {
    if terms > BOUNDED_TERMS {
        return f32::INFINITY;
    }
    let rounding = 2.0 * (terms + 2) as f32 * f32::EPSILON;
    (1.0 + rounding - specific_norm2).max(0.0).sqrt()
}

impl<'c, 'a> Claims<'c, 'a> {
    /// The claims of `c`.
    pub fn new(c: &'c Corpus<'a>, same: Sameness) -> Claims<'c, 'a> {
        let specific: Vec<bool> = (0..c.terms.len() as u32)
            .map(|t| c.vectors.spread(t) < same.common)
            .collect();
        let specific_norm2: Vec<f32> = c
            .vectors
            .vecs
            .iter()
            .map(|v| {
                v.iter()
                    .filter(|(t, _)| specific.get(*t as usize).copied().unwrap_or(false))
                    .map(|(_, w)| w * w)
                    .sum()
            })
            .collect();
        let common_norms = c
            .vectors
            .vecs
            .iter()
            .zip(&specific_norm2)
            .map(|(v, &specific)| common_norm(v.len(), specific))
            .collect();
        let quoting = (0..c.len())
            .map(|i| {
                let t = c.text(i);
                let quotes = t.as_bytes().contains(&b'"')
                    || t.contains('\u{201c}')
                    || t.contains('\u{2018}');
                quotes.then(|| written_lower(c, i)).flatten()
            })
            .collect();
        Claims {
            c,
            same,
            specific,
            specific_norm2,
            common_norms,
            quoting,
        }
    }

    /// False when sentences `i` and `j`, sharing none but the story's common words, cannot
    /// be similar enough to state the same claim: their cosine is at most the product of
    /// their norms on those words (Cauchy-Schwarz), and without a specific term in common
    /// only the cosine can tell them alike.
    fn may_be_alike(&self, i: usize, j: usize) -> bool {
        self.common_norm(i) * self.common_norm(j) * MARGIN >= self.same.similar
    }

    /// The norm of sentence `k`'s weights on the story's common words, or more (see
    /// [`common_norm`]).
    fn common_norm(&self, k: usize) -> f32 {
        self.common_norms.get(k).copied().unwrap_or(f32::INFINITY)
    }

    /// The terms sentence `k` writes in lowercase, when it holds a quotation.
    fn quoting(&self, k: usize) -> Option<&Vec<u32>> {
        self.quoting.get(k).and_then(Option::as_ref)
    }

    fn is_specific(&self, t: u32) -> bool {
        self.specific.get(t as usize).copied().unwrap_or(false)
    }

    /// True when sentence `j` states the claim of sentence `i`, whose weights `dense`
    /// holds by term (see [`Claims::compare`]).
    fn states(&self, dense: &[f32], i: usize, j: usize) -> bool {
        self.compare(dense, i, j).1
    }

    /// The cosine of sentences `i` and `j`, and whether `j` states the claim of `i`, whose
    /// weights `dense` holds by term: one pass over `j`'s terms gives the cosine, the
    /// cosine over specific terms, and the share of `i`'s specific content `j` holds. The
    /// cosine is [`super::similarity::dot`]'s to the bit: the same products, added in the
    /// same order (by term).
    fn compare(&self, dense: &[f32], i: usize, j: usize) -> (f32, bool) {
        let (mut all, mut specific, mut held) = (0.0f32, 0.0f32, 0.0f32);
        // A quotation's claim is in its words: with one, a term in common only counts as
        // one of the claim's when the quotation writes it in lowercase (not a name).
        let (qi, qj) = (self.quoting(i), self.quoting(j));
        let mut plain = qi.is_none() && qj.is_none();
        for &(t, wy) in &self.c.vectors.vecs[j] {
            let wx = dense.get(t as usize).copied().unwrap_or(0.0);
            if wx != 0.0 {
                all += wx * wy;
                if !plain {
                    let written =
                        |q: Option<&Vec<u32>>| q.is_none_or(|q| q.binary_search(&t).is_ok());
                    plain = written(qi) && written(qj);
                }
                if self.is_specific(t) {
                    specific += wx * wy;
                    held += wx * wx;
                }
            }
        }
        let (ni, nj) = (self.specific_norm2[i], self.specific_norm2[j]);
        let beyond = if ni > 0.0 && nj > 0.0 {
            specific / (ni * nj).sqrt()
        } else {
            0.0
        };
        let contained = if ni > 0.0 { held / ni } else { 0.0 };
        // A quotation and another sentence that share only names ("...," said Governor
        // Luis Paredes; Paredes said the hospital was full) do not state one claim: what
        // a quotation claims is in its words, not in whose they are.
        let states = plain
            && (all >= self.same.similar
                || beyond >= self.same.similar_specific
                || contained >= self.same.contained);
        (all, states)
    }

    /// Calls `f` with the weights of sentence `i` by term (a dense array kept in `dense`):
    /// each comparison then reads the other sentence's terms only.
    fn with_dense<R>(&self, i: usize, dense: &mut Vec<f32>, f: impl FnOnce(&[f32]) -> R) -> R {
        let v = &self.c.vectors.vecs[i];
        dense.resize(self.specific.len(), 0.0);
        for &(t, w) in v {
            dense[t as usize] = w;
        }
        let out = f(dense);
        for &(t, _) in v {
            dense[t as usize] = 0.0;
        }
        out
    }

    /// How many other articles state the claim of sentence `i`, found through its
    /// specific terms that few sentences hold: bounded work per sentence.
    pub fn support(&self, i: usize, scratch: &mut Scratch) -> usize {
        let c = self.c;
        let rare = ((self.same.common * c.len() as f32) as usize).clamp(1, SUPPORT_POSTINGS);
        // Each specific term with its squared weight: what a sentence sharing it holds of
        // `i`'s specific content.
        let specific = c.vectors.vecs[i]
            .iter()
            .filter(|&&(t, _)| self.is_specific(t))
            .map(|&(t, w)| (t, w * w));
        let whole = c.vectors.gather_rare(specific, scratch, rare);
        let own = c.article(i);
        // Per article, whether a sentence of it states the claim: one is enough, and the
        // others of the article are not compared. Taken in any order, the articles
        // counted are the same.
        let mut counted = std::mem::take(&mut scratch.articles);
        let mut marked = std::mem::take(&mut scratch.marked);
        let mut dense = std::mem::take(&mut scratch.dense);
        self.with_dense(i, &mut dense, |dense| {
            for (j, held) in scratch.found() {
                let a = c.article(j);
                if a == own {
                    continue;
                }
                let k = a.index();
                if counted.len() <= k {
                    counted.resize(k + 1, false);
                }
                if counted[k] {
                    continue;
                }
                let settled = if whole {
                    self.settled(i, j, held)
                } else {
                    None
                };
                if settled.unwrap_or_else(|| self.states(dense, i, j)) {
                    counted[k] = true;
                    marked.push(k);
                }
            }
        });
        let count = marked.len();
        for k in marked.drain(..) {
            counted[k] = false;
        }
        scratch.articles = counted;
        scratch.marked = marked;
        scratch.dense = dense;
        count
    }

    /// Whether sentence `j` states the claim of sentence `i`, when `held` (the squared
    /// weights of the specific terms of `i` that `j` holds, added in term order) settles
    /// it without comparing the two: `held` gives the share of `i`'s specific content
    /// that `j` holds exactly as [`Claims::compare`] does, and bounds the other two
    /// measures (Cauchy-Schwarz): the cosine over specific terms by the root of that
    /// share, the cosine by the root of `held` times `j`'s specific norm plus the product
    /// of their norms on common words (see [`Claims::may_be_alike`]).
    fn settled(&self, i: usize, j: usize, held: f32) -> Option<bool> {
        let (ni, nj) = (self.specific_norm2[i], self.specific_norm2[j]);
        if ni <= 0.0 {
            return None;
        }
        let contained = held / ni;
        if contained >= self.same.contained {
            // Alike enough; with a quotation, whether they share a word of its claim is for
            // the comparison.
            let quotation = self.quoting(i).is_some() || self.quoting(j).is_some();
            return if quotation { None } else { Some(true) };
        }
        let beyond = contained.sqrt() * MARGIN;
        let all = ((held * nj).sqrt() + self.common_norm(i) * self.common_norm(j)) * MARGIN;
        (beyond < self.same.similar_specific && all < self.same.similar).then_some(false)
    }

    /// Every sentence that states the claim of sentence `i` (itself included), with its
    /// similarity to it, in corpus order. Exact: every sentence that shares a term is
    /// compared, but for those sharing only common words that [`Claims::may_be_alike`]
    /// rules out.
    pub fn stating(&self, i: usize, scratch: &mut Scratch) -> Vec<(usize, f32)> {
        let c = self.c;
        // A weight of 1 for a specific term, next to nothing for a common one: a sentence
        // that shares a specific term has a sum of 1 or more.
        let terms = c.vectors.vecs[i].iter().map(|&(t, _)| {
            let weight = if self.is_specific(t) {
                1.0
            } else {
                f32::MIN_POSITIVE
            };
            (t, weight)
        });
        c.vectors.gather_rare(terms, scratch, usize::MAX);
        let found = scratch.found();
        let mut sharing = Vec::with_capacity(found.len());
        sharing.extend(
            found
                .filter(|&(j, sum)| j == i || sum >= 1.0 || self.may_be_alike(i, j))
                .map(|(j, _)| j),
        );
        sharing.sort_unstable();
        self.with_dense(i, &mut scratch.dense, |dense| {
            let mut out = Vec::with_capacity(sharing.len());
            for j in sharing {
                let (similarity, states) = self.compare(dense, i, j);
                if j == i || states {
                    out.push((j, similarity));
                }
            }
            out
        })
    }
}

#[cfg(test)]
mod tests;

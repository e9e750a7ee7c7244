//! Where the outlets disagree: checkable facts stated differently. Every figure (a count,
//! an amount of money, a share, a duration, an age) is read with its unit and the range its
//! wording allows; figures of the same unit about the same thing (their sentences share the
//! words around them) whose ranges cannot both hold make a discrepancy, as do the years of
//! "the first ... since `<year>`" and the words of one quote. Claims always come from two
//! different articles.

use super::corpus::Corpus;
use super::figures::{self, Figure, Unit};
use super::quotes::{Merged, Variant, REWORDED, SAME_QUOTE};
use crate::ids::{source_ids, ArticleId};
use crate::lexicon::numbers::{DURATIONS, ORDINALS, QUALIFIERS};
use crate::model::{Claim, Discrepancy};
use crate::people::People;
use crate::sorted::SortedSet;

/// Most discrepancies listed from figures.
const MAX_FIGURES: usize = 8;
/// Longest sentence (bytes) whose figures are read: longer "sentences" are lists or text
/// run together, where a figure's context says nothing, and their tokens would cost
/// memory many times their size.
const MAX_SENTENCE: usize = 2_000;
/// Most earlier figures of the same unit a figure is compared with.
const COMPARED: usize = 64;
/// Sentence similarity at which two figures with one shared word around them are about
/// the same thing.
const RELATED: f32 = 0.2;
/// Most times one figure may be another for both to be about the same thing.
const PLAUSIBLE: f64 = 3.0;

/// The discrepancies of the corpus and the merged quotes.
// Not inlined into the digest: about 50 bytes less WebAssembly.
#[inline(never)]
pub fn build(c: &Corpus, quotes: &[Merged], people: &People) -> Vec<Discrepancy> {
    let mut out = Vec::new();
    out.extend(first_since(c));
    out.extend(figures_differ(c));
    out.extend(quote_wording(quotes, people));
    out
}

/// The claims of groups of sentences (each group one value), when at least two groups
/// hold an article the other does not: one article never differs from itself.
fn claims(c: &Corpus, groups: &[Vec<usize>]) -> Option<Vec<Claim>> {
    let articles: Vec<SortedSet<ArticleId>> = groups
        .iter()
        .map(|g| g.iter().map(|&i| c.article(i)).collect())
        .collect();
    let apart =
        |a: &SortedSet<ArticleId>, b: &SortedSet<ArticleId>| a.iter().any(|x| !b.contains(x));
    let differ = articles
        .iter()
        .enumerate()
        .any(|(x, a)| articles[x + 1..].iter().any(|b| apart(a, b) && apart(b, a)));
    if !differ {
        return None;
    }
    Some(
        groups
            .iter()
            .zip(&articles)
            .map(|(sentences, arts)| {
                let best = sentences
                    .iter()
                    .copied()
                    .min_by_key(|&i| c.text(i).len())
                    .unwrap_or(sentences[0]);
                Claim {
                    text: c.shown(best),
                    sources: source_ids(arts),
                    evidence: c.evidence(sentences.iter().copied()),
                }
            })
            .collect(),
    )
}

/// "The first league title since 1998" against "the first of its kind since 2004".
fn first_since(c: &Corpus) -> Option<Discrepancy> {
    let (Some(first), Some(since)) = (c.terms.find("first"), c.terms.find("since")) else {
        return None;
    };
    let claims_found: Vec<(String, usize)> = (0..c.len())
        .filter(|&i| c.text(i).len() <= MAX_SENTENCE)
        .filter(|&i| c.tokens(i).contains(&first) && c.tokens(i).contains(&since))
        .filter_map(|i| figures::first_since(c.text(i)).map(|(y, _)| (y, i)))
        .collect();
    let mut groups: Vec<(String, Vec<usize>)> = Vec::new();
    for (year, i) in &claims_found {
        // Only claims about the same thing: their sentences share a word.
        if !claims_found.iter().any(|(y, j)| {
            y != year && c.article(*j) != c.article(*i) && c.vectors.cosine(*i, *j) > 0.0
        }) {
            continue;
        }
        match groups.iter_mut().find(|(y, _)| y == year) {
            Some((_, v)) => v.push(*i),
            None => groups.push((year.clone(), vec![*i])),
        }
    }
    if groups.len() < 2 {
        return None;
    }
    let sentences: Vec<Vec<usize>> = groups.iter().map(|(_, v)| v.clone()).collect();
    let years: Vec<&str> = groups.iter().map(|(y, _)| y.as_str()).collect();
    Some(Discrepancy {
        topic: format!("First such since: {}", years.join(" or ")),
        claims: claims(c, &sentences)?,
    })
}

/// True when figures `f` (of sentence `i`) and `g` (of sentence `j`) can be about the same
/// thing: the same unit, values within a plausible factor, other sentences, and the words
/// around them shared.
fn same_thing(c: &Corpus, (i, f): (usize, &Figure), (j, g): (usize, &Figure)) -> bool {
    // Two figures of one sentence, or of one sentence carried twice, count different things.
    if i == j || f.unit != g.unit || c.text(i) == c.text(j) {
        return false;
    }
    // "2.6 percent in 1999" and "3.0 percent in 2001" are figures of two years; the five
    // years a defendant could face are not the two he served.
    if (f.year.is_some() && g.year.is_some() && f.year != g.year) || f.possible != g.possible {
        return false;
    }
    // "an additional 9 percent" is not the whole of "13 percent"; "20 years on each count"
    // is not the "34 years" of all counts.
    // "the last two years" is a period within another, not the "three years" a contract
    // runs; "$100 million deals" are deals worth that much each, not "a $126 million deal".
    if f.increment != g.increment || f.rate != g.rate || f.part != g.part {
        return false;
    }
    // "49 percent of Cambodian children" and "67 percent of North Korean children" count
    // the children of two countries.
    if !f.places.is_empty()
        && !g.places.is_empty()
        && !f.places.iter().any(|p| g.places.contains(p))
    {
        return false;
    }
    let mid = |x: &Figure| (x.range.0 + x.range.1) / 2.0;
    let (lo, hi) = (mid(f).min(mid(g)), mid(f).max(mid(g)));
    if lo <= 0.0 || hi / lo > PLAUSIBLE {
        return false;
    }
    // Two durations of talks are the talks' length ("met for nearly six hours", "the
    // talks, which lasted five hours").
    if f.unit == Unit::Duration && f.of_meeting && g.of_meeting {
        return true;
    }
    // "a $40 billion fund" and "a fund for adaptation worth $45 billion": the thing one
    // amount is the size of stands by the other.
    let sized = |x: &Figure, y: &Figure| x.thing.is_some_and(|t| y.context.contains(&t));
    if sized(f, g) || sized(g, f) {
        return true;
    }
    let shared = f.context.iter().filter(|w| g.context.contains(w)).count();
    shared >= 2 || (shared >= 1 && c.vectors.cosine(i, j) >= RELATED)
}

/// True when a sentence of the claims also gives, beside its own figure, a figure of the
/// unit within another claim's values ("an extra three miles …, a total of five miles"; "a
/// 60-seat majority in the Senate, where the Republicans have 55 seats"): the sentence tells
/// the two figures apart, so the articles do not disagree on them.
fn one_sentence_gives_two(found: &[(usize, Figure)], values: &[(f64, Vec<usize>)]) -> bool {
    let unit = values
        .first()
        .and_then(|(_, g)| g.first())
        .map(|&k| &found[k].1.unit);
    let lows: Vec<f64> = values
        .iter()
        .map(|(_, g)| {
            g.iter()
                .map(|&k| found[k].1.range.0)
                .fold(f64::INFINITY, f64::min)
        })
        .collect();
    values.iter().enumerate().any(|(v, (_, members))| {
        members.iter().any(|&k| {
            let i = found[k].0;
            found.iter().any(|(j, f)| {
                *j == i
                    && Some(&f.unit) == unit
                    && values
                        .iter()
                        .zip(&lows)
                        .enumerate()
                        .any(|(w, ((hi, _), lo))| w != v && f.range.0 <= *hi && f.range.1 >= *lo)
            })
        })
    })
}

/// Figures of one unit about the same thing whose ranges cannot both hold.
fn figures_differ(c: &Corpus) -> Vec<Discrepancy> {
    // A sentence holds a figure when it holds a number, or a rank ("eighth-largest").
    let ranks: Vec<u32> = ORDINALS
        .iter()
        .filter_map(|(w, _)| c.terms.find(w))
        .collect();
    // Or one of a unit of time after a qualifier ("almost a month"): the three words in a
    // row.
    let articles: Vec<u32> = ["a", "an"].iter().filter_map(|w| c.terms.find(w)).collect();
    let durations: Vec<u32> = DURATIONS
        .iter()
        .filter_map(|(w, _)| c.terms.find(w))
        .collect();
    let qualifiers: Vec<u32> = QUALIFIERS
        .iter()
        .filter_map(|(q, _, _)| q.rsplit(' ').next())
        .filter_map(|w| c.terms.find(w))
        .collect();
    let found: Vec<(usize, Figure)> = (0..c.len())
        .filter(|&i| c.text(i).len() <= MAX_SENTENCE)
        .filter(|&i| {
            let ts = c.tokens(i);
            ts.iter()
                .any(|&t| c.terms.is_numeric(t) || ranks.contains(&t))
                || ts.windows(3).any(|w| {
                    durations.contains(&w[2])
                        && articles.contains(&w[1])
                        && qualifiers.contains(&w[0])
                })
        })
        .flat_map(|i| {
            let term = |w: &str| super::terms::pieces(w).next().and_then(|p| c.terms.find(p));
            figures::figures(c.text(i), &term)
                .into_iter()
                .map(move |f| (i, f))
        })
        .collect();
    // Each figure joins the first group whose first figure it can be about the same thing
    // as (at most one figure per sentence in a group), or starts a group.
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut by_unit: crate::sorted::SortedMap<String, Vec<usize>> = crate::sorted::SortedMap::new();
    for (k, (i, f)) in found.iter().enumerate() {
        let key = match &f.unit {
            Unit::Duration => "~duration".to_string(),
            Unit::Money(cur) => format!("~{cur}"),
            Unit::Percent => "~%".to_string(),
            Unit::Count(s) => s.clone(),
        };
        let bucket = by_unit.get_or_insert_with(key, Vec::new);
        let joined = bucket.iter().rev().take(COMPARED).copied().find(|&x| {
            let anchor = &found[groups[x][0]];
            same_thing(c, (*i, f), (anchor.0, &anchor.1))
                && groups[x].iter().all(|&m| found[m].0 != *i)
        });
        match joined {
            Some(x) => groups[x].push(k),
            None => {
                bucket.push(groups.len());
                groups.push(vec![k]);
            }
        }
    }
    let mut out: Vec<(usize, usize, Discrepancy)> = Vec::new();
    for mut members in groups {
        if members.len() < 2 {
            continue;
        }
        let first = found[members[0]].0;
        // Values that can both hold form one claim: sweep the ranges by their low end.
        crate::sorted::sort_by(&mut members, |&a, &b| {
            found[a].1.range.0.total_cmp(&found[b].1.range.0)
        });
        let mut values: Vec<(f64, Vec<usize>)> = Vec::new();
        for k in members {
            let (lo, hi) = found[k].1.range;
            match values.last_mut() {
                Some((top, g)) if lo <= *top => {
                    *top = top.max(hi);
                    g.push(k);
                }
                _ => values.push((hi, vec![k])),
            }
        }
        if values.len() < 2 || one_sentence_gives_two(&found, &values) {
            continue;
        }
        let sentences: Vec<Vec<usize>> = values
            .iter()
            .map(|(_, g)| g.iter().map(|&k| found[k].0).collect())
            .collect();
        let Some(claims) = claims(c, &sentences) else {
            continue;
        };
        let phrases: Vec<String> = values
            .iter()
            .filter_map(|(_, g)| g.iter().min_by_key(|&&k| c.text(found[k].0).len()))
            .map(|&k| c.shown_span(found[k].0, found[k].1.span.clone()))
            .collect();
        let articles: SortedSet<ArticleId> =
            sentences.iter().flatten().map(|&i| c.article(i)).collect();
        out.push((
            articles.len(),
            first,
            Discrepancy {
                topic: phrases.join(" or "),
                claims,
            },
        ));
    }
    crate::sorted::sort_by_key(&mut out, |(n, first, _)| (std::cmp::Reverse(*n), *first));
    out.into_iter()
        .take(MAX_FIGURES)
        .map(|(_, _, d)| d)
        .collect()
}

/// One quote worded differently by different outlets: of a quote's wordings, those that
/// are one quote told otherwise (sharing most words, not nearly all). Parts of one
/// statement that a longer wording joined ("…," and "But …") are no rewording.
fn quote_wording<'a>(
    quotes: &'a [Merged],
    people: &'a People,
) -> impl Iterator<Item = Discrepancy> + 'a {
    quotes
        .iter()
        .filter(|q| q.variants.len() > 1)
        .flat_map(move |q| {
            reworded(&q.variants)
                .into_iter()
                .map(move |group| (q, group))
        })
        .map(move |(q, group)| {
            let speaker = q.speaker_name(people);
            let claims = group
                .iter()
                .map(|v| Claim {
                    text: format!("\"{}\"", v.text),
                    sources: source_ids(&v.articles),
                    evidence: v.evidence(),
                })
                .collect();
            Discrepancy {
                topic: format!("Wording of {speaker}'s quote"),
                claims,
            }
        })
}

/// The groups of `variants` that reword one another: each variant, in order, with the
/// later ones not yet grouped that share at least [`SAME_QUOTE`] and less than
/// [`REWORDED`] of their words with it.
fn reworded(variants: &[Variant]) -> Vec<Vec<&Variant>> {
    let mut used = vec![false; variants.len()];
    let mut groups = Vec::new();
    for (i, v) in variants.iter().enumerate() {
        if used[i] {
            continue;
        }
        let mut group = vec![v];
        for (j, w) in variants.iter().enumerate().skip(i + 1) {
            let o = v.overlap(w);
            if !used[j] && w.text != v.text && (SAME_QUOTE..REWORDED).contains(&o) {
                used[j] = true;
                group.push(w);
            }
        }
        if group.len() > 1 {
            used[i] = true;
            groups.push(group);
        }
    }
    groups
}

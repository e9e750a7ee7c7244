//! Key takeaways: what the outlets together report. Sentences that say the same thing
//! across articles are grouped; groups are ranked by how many outlets carry them, how
//! central they are and how early they come; each is shown by a sentence that stands on
//! its own, with every article that carries it.

use super::corpus::Corpus;
use super::similarity::{dot, Scratch};
use super::standalone::{before_closing_quote, quoted_share, stands_alone};
use crate::lexicon::dates::WEEKDAYS;
use crate::lexicon::discourse::SPEECH_VERBS;
use crate::lexicon::numbers::QUALIFIERS;
use crate::model::Takeaway;
use crate::sorted::SortedMap;
use std::borrow::Cow;
use std::collections::HashSet;

/// Similarity at which two sentences of different articles say the same thing.
pub const SAME_CLAIM: f32 = 0.3;
/// Similarity below which two sentences share no more than the story's names: such weak
/// links add nothing to a sentence's centrality.
const RELATED: f32 = 0.1;
/// Worth of a takeaway whose sentence states an issue the unresolved section lists.
const LISTED_AS_OPEN: f32 = 0.7;
/// Terms in this share of all sentences or more (the main actors, the event) are neutral
/// when judging what a takeaway adds.
const COMMON: f32 = 0.1;
/// How much more a figure counts than a word when judging what a takeaway adds.
const NUMBER_WEIGHT: f32 = 3.0;
/// Likeness, beyond the story's common words, at which a candidate restates a takeaway.
const RESTATES: f32 = 0.4;
/// Least share of new content a takeaway must bring.
const MIN_NOVELTY: f32 = 0.4;
/// Words beyond which a sentence loses a little of its score.
const LONG: usize = 25;
/// Most words of all takeaways together.
const WORD_BUDGET: usize = 240;

/// Per term: true when it states no fact of its own (a verb reporting speech, a weekday, a
/// hedge on a figure), so that rewording with it adds nothing to a takeaway.
fn neutral_terms(c: &Corpus) -> Vec<bool> {
    let mut neutral = vec![false; c.vectors.term_count()];
    let hedges = QUALIFIERS.iter().map(|(q, _, _)| *q);
    for w in SPEECH_VERBS.iter().chain(WEEKDAYS).copied().chain(hedges) {
        if let Some(t) = c.vectors.term_id(w) {
            neutral[t as usize] = true;
        }
    }
    neutral
}

/// The unit vector of a sentence over its terms held by fewer than [`COMMON`] of all
/// sentences, neutral terms left out: what it says beyond the story's ever-present names
/// and words.
fn specific_terms(c: &Corpus, neutral: &[bool], i: usize) -> Vec<(u32, f32)> {
    let mut v: Vec<(u32, f32)> = c.vectors.vecs[i]
        .iter()
        .copied()
        .filter(|(t, _)| c.vectors.spread(*t) < COMMON && !neutral[*t as usize])
        .collect();
    let norm = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
    if norm > 0.0 {
        v.iter_mut().for_each(|(_, w)| *w /= norm);
    }
    v
}

/// The text a sentence is shown by as a takeaway, if it can stand alone: the sentence
/// itself, or the claim it makes before handing over to a closing quote (the quote is
/// listed among who said what).
fn shown_text(text: &str) -> Option<Cow<'_, str>> {
    if let Some(claim) = before_closing_quote(text) {
        let claim = format!("{claim}.");
        if stands_alone(&claim) {
            return Some(Cow::Owned(claim));
        }
    }
    stands_alone(text).then_some(Cow::Borrowed(text))
}

/// The articles that carry a candidate: article index -> (its closest sentence, similarity).
type Carriers = SortedMap<usize, (usize, f32)>;

/// The takeaways of the corpus, most important first, at most `max`. Sentences of
/// delegation lists are left out; `open_statements` marks, per sentence, those that state
/// a listed unresolved issue.
#[inline(never)]
pub fn build(
    c: &Corpus,
    list_sentences: &HashSet<(usize, usize)>,
    open_statements: &[bool],
    max: usize,
) -> Vec<Takeaway> {
    let n_articles = c.article_count().max(1) as f32;
    let mut shown: Vec<Cow<'_, str>> = Vec::new();
    let mut eligible: Vec<usize> = Vec::new();
    for i in 0..c.len() {
        if list_sentences.contains(&c.key(i)) {
            continue;
        }
        if let Some(text) = shown_text(c.text(i)) {
            shown.push(text);
            eligible.push(i);
        }
    }
    if eligible.is_empty() {
        // Short or quote-heavy articles: fall back to each article's lead sentence.
        eligible = (0..c.len()).filter(|&i| c.position(i) == 0).collect();
        shown = eligible.iter().map(|&i| Cow::Borrowed(c.text(i))).collect();
    }
    // Each candidate with its carriers: article -> (its closest sentence, similarity).
    let mut scratch = Scratch::default();
    let lengths: Vec<usize> = shown.iter().map(|t| t.split_whitespace().count()).collect();
    let mut scored: Vec<(f32, usize, Carriers)> = eligible
        .into_iter()
        .zip(lengths.iter().zip(&shown))
        .map(|(i, (&words, text))| {
            let mut carriers = Carriers::from([(c.article(i), (i, f32::INFINITY))]);
            let mut centrality = 0.0;
            let other_article = |j: usize| c.article(j) != c.article(i);
            for (j, sim) in c.vectors.neighbours_in(i, &mut scratch, other_article) {
                if sim >= RELATED {
                    centrality += sim;
                }
                if sim >= SAME_CLAIM {
                    let best = carriers.get_or_insert_with(c.article(j), || (j, sim));
                    if sim > best.1 {
                        *best = (j, sim);
                    }
                }
            }
            let position = 1.0 / (1.0 + c.position(i) as f32);
            let length = words.saturating_sub(LONG) as f32;
            let base = carriers.len() as f32 / n_articles
                + 0.5 * centrality / n_articles
                + 0.35 * position
                - 0.02 * length;
            // Direct quotes have their own section: a sentence made mostly of one is a weak takeaway.
            let mut score = base * (1.0 - quoted_share(text, words));
            // The unresolved issues have their own section: restating one is worth less.
            if open_statements.get(i).copied().unwrap_or(false) {
                score *= LISTED_AS_OPEN;
            }
            (score, i, carriers)
        })
        .collect();
    // What each candidate says beyond the story's common words, computed once.
    let neutral = neutral_terms(c);
    let specific: Vec<Vec<(u32, f32)>> = scored
        .iter()
        .map(|(_, i, _)| specific_terms(c, &neutral, *i))
        .collect();
    let mut alive: Vec<bool> = vec![true; scored.len()];
    // Greedy selection by coverage: each pick is the best candidate weighted by the share
    // of its specific content (figures weigh more) that no chosen takeaway covers yet.
    let mut covered = vec![false; c.vectors.term_count()];
    let mut chosen: Vec<usize> = Vec::new();
    let mut words = 0;
    // With several articles, claims that two or more carry come first; claims of a single
    // article fill what room is left.
    let mut least_carriers = if c.article_count() > 1 { 2 } else { 1 };
    let weight = |t: u32, w: f32| {
        if c.vectors.is_number(t) {
            NUMBER_WEIGHT * w
        } else {
            w
        }
    };
    let totals: Vec<f32> = specific
        .iter()
        .map(|s| s.iter().map(|(t, w)| weight(*t, *w)).sum())
        .collect();
    // A candidate out of budget, without enough new content or restating a pick stays so
    // (the budget only fills, the covered terms only grow): it is dropped for good.
    while chosen.len() < max {
        let mut best: Option<(usize, f32)> = None;
        for (k, (score, _, carriers)) in scored.iter().enumerate() {
            if !alive[k] || carriers.len() < least_carriers {
                continue;
            }
            if words + lengths[k] > WORD_BUDGET {
                alive[k] = false;
                continue;
            }
            let total = totals[k];
            let fresh: f32 = specific[k]
                .iter()
                .filter(|(t, _)| !covered[*t as usize])
                .map(|(t, w)| weight(*t, *w))
                .sum();
            let novelty = if total > 0.0 {
                fresh / total
            } else if chosen.is_empty() {
                1.0
            } else {
                0.0
            };
            if novelty < MIN_NOVELTY {
                alive[k] = false;
                continue;
            }
            let value = score * novelty;
            if best.is_none_or(|(_, v)| value > v) {
                best = Some((k, value));
            }
        }
        let Some((k, _)) = best else {
            if least_carriers > 1 {
                least_carriers = 1;
                continue;
            }
            break;
        };
        alive[k] = false;
        for (other, spec) in specific.iter().enumerate() {
            if alive[other] && dot(spec, &specific[k]) >= RESTATES {
                alive[other] = false;
            }
        }
        let i = scored[k].1;
        words += lengths[k];
        for (t, _) in &c.vectors.vecs[i] {
            covered[*t as usize] = true;
        }
        chosen.push(k);
    }
    let mut chosen: Vec<(usize, Carriers, Cow<'_, str>)> = chosen
        .into_iter()
        .map(|k| {
            let text = std::mem::take(&mut shown[k]);
            (scored[k].1, std::mem::take(&mut scored[k].2), text)
        })
        .collect();
    // Most important first: carried by more outlets, then earlier in its article (news
    // puts the most important first).
    crate::sorted::sort_by_key(&mut chosen, |(i, carriers, _)| {
        (std::cmp::Reverse(carriers.len()), c.position(*i), *i)
    });
    chosen
        .into_iter()
        .map(|(i, carriers, text)| Takeaway {
            // The input's own characters: the sentence, or the claim before its quote.
            text: match text {
                Cow::Borrowed(_) => c.shown(i),
                Cow::Owned(claim) => {
                    format!("{}.", c.shown_prefix(i, claim.len().saturating_sub(1)))
                }
            },
            sources: c.ids(&carriers.keys().copied().collect()),
            evidence: c.evidence(carriers.values().map(|(j, _)| *j)),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::article::Article;
    use crate::ArticleInput;

    /// Runs `f` on the corpus of `texts`, one article each.
    fn with_corpus<R>(texts: &[&str], f: impl FnOnce(&Corpus) -> R) -> R {
        let articles: Vec<Article> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Article::read(&ArticleInput::text(*t, format!("{i}.txt")), i).unwrap())
            .collect();
        let lowered = crate::digest::corpus::Lowered::new(&articles);
        f(&Corpus::new(&articles, &lowered))
    }

    /// The first takeaway of `c`, given which sentences state a listed open issue.
    fn first_takeaway(c: &Corpus, open: impl Fn(&str) -> bool) -> String {
        let open: Vec<bool> = (0..c.len()).map(|i| open(c.text(i))).collect();
        let t = build(c, &HashSet::new(), &open, 1);
        t.first().map(|t| t.text.clone()).unwrap_or_default()
    }

    #[test]
    fn a_claim_the_unresolved_section_lists_gives_way_to_one_it_does_not() {
        let texts = [
            "No agreement was reached on tariffs between the two neighbouring countries today. \
             The two leaders agreed to build a new rail tunnel under the mountains.",
            "The talks ended with no agreement on tariffs between the two neighbouring countries. \
             Both leaders agreed to build a new rail tunnel under the mountains by 2030.",
        ];
        with_corpus(&texts, |c| {
            let nothing_open = first_takeaway(c, |_| false);
            assert!(nothing_open.contains("tariffs"), "{nothing_open}");
            let tariffs_open = first_takeaway(c, |t| t.contains("tariffs"));
            assert!(tariffs_open.contains("rail tunnel"), "{tariffs_open}");
        });
    }

    #[test]
    fn weak_links_through_common_words_add_no_centrality() {
        let texts = [
            "The council approved money for repairs to the old northern harbour wall. \
             Mayor Anna Berg toured the school, the hospital, the library, the museum, the station, the market and the park.",
            "Teachers at the school asked for smaller classes and better heating this winter. \
             Nurses at the hospital worked extra shifts during the flu season in December. \
             Readers at the library borrowed more novels than ever before last year. \
             Visitors to the museum queued for hours to see the painted ceiling restored. \
             Trains at the station ran late because of frozen points near the river bridge. \
             Traders at the market sold apples, pears and cheese from nearby farms early. \
             Children in the park built snowmen after the first heavy snowfall overnight.",
        ];
        with_corpus(&texts, |c| {
            let first = first_takeaway(c, |_| false);
            assert!(first.contains("harbour"), "{first}");
        });
    }

    #[test]
    fn reporting_verbs_weekdays_and_hedges_add_nothing_to_a_takeaway() {
        let inputs = [
            ArticleInput::text(
                "On Friday, the minister stated that the border talks in a mountain town lasted nearly three hours.",
                "a.txt",
            ),
            ArticleInput::text(
                "The border talks lasted three hours, the minister characterized them as useful.",
                "b.txt",
            ),
            ArticleInput::text(
                "Farmers harvested apples in the northern valleys. Rain fell across the coast. \
                 A new bridge opened to traffic downtown. The museum extended its opening hours. \
                 Schools reopened after the winter holidays. Prices of bread rose slightly. \
                 A football club signed a young striker. The orchestra toured three cities. \
                 Tourists crowded the old harbour again. Engineers repaired the railway line.",
                "c.txt",
            ),
        ];
        let articles: Vec<Article> = inputs
            .iter()
            .enumerate()
            .map(|(i, a)| Article::read(a, i).unwrap())
            .collect();
        let lowered = crate::digest::corpus::Lowered::new(&articles);
        let c = Corpus::new(&articles, &lowered);
        let neutral = neutral_terms(&c);
        for w in ["stated", "friday", "nearly", "characterized"] {
            let t = c.vectors.term_id(w).unwrap();
            assert!(neutral[t as usize], "{w} is neutral");
        }
        for w in ["minister", "border", "talks", "useful"] {
            let t = c.vectors.term_id(w).unwrap();
            assert!(!neutral[t as usize], "{w} is content");
        }
        let specific = specific_terms(&c, &neutral, 0);
        let all = specific_terms(&c, &vec![false; neutral.len()], 0);
        assert!(!specific.is_empty());
        assert!(specific.iter().all(|(t, _)| !neutral[*t as usize]));
        assert!(all.len() > specific.len(), "the neutral words are left out");
    }
}

//! Key takeaways: the sentences that together cover most of what the articles say.
//!
//! Selection is greedy maximum coverage under a word budget (Gillick and Favre's concept
//! coverage, solved greedily as in Lin and Bilmes): each step takes the self-contained
//! sentence whose concepts not yet covered weigh most per word, with the other articles
//! that state its claim and, when there are few articles, its position as further
//! evidence. The sentences that state the same claim are then its sources, and are not
//! taken again in other words. The order of the picks is the order shown: most important
//! first.

use super::claims::{Claims, Sameness};
use super::concepts::{Concepts, Weighting};
use super::corpus::Corpus;
use super::similarity::Scratch;
use super::standalone::{
    before_attribution, before_closing_quote, complete, complete_counted, opens_alone,
    quoted_share, words_and_quotes,
};
use crate::ids::{source_ids, ArticleId, SentenceId};
use crate::model::Takeaway;
use crate::sorted::SortedMap;
use std::borrow::Cow;
use std::collections::HashSet;

/// How concepts are weighted.
const WEIGHTING: Weighting = Weighting {
    word: 0.5,
    repeat: 0.5,
    lead: 3.0,
};
/// When two sentences state the same claim.
const SAME: Sameness = Sameness {
    similar: 0.4,
    similar_specific: 0.5,
    contained: 0.5,
    common: 0.1,
};
/// `n^0.7` for sentence lengths 0 to 60: the cost of a sentence's words (a long sentence
/// costs a little less per word, as its words also carry context).
const COSTS: [f32; 61] = [
    1.0, 1.0, 1.625, 2.158, 2.639, 3.085, 3.505, 3.905, 4.287, 4.656, 5.012, 5.358, 5.694, 6.022,
    6.343, 6.657, 6.964, 7.266, 7.563, 7.855, 8.142, 8.425, 8.704, 8.979, 9.25, 9.518, 9.783,
    10.05, 10.3, 10.56, 10.81, 11.07, 11.31, 11.56, 11.8, 12.05, 12.29, 12.52, 12.76, 12.99, 13.23,
    13.46, 13.69, 13.91, 14.14, 14.36, 14.59, 14.81, 15.03, 15.25, 15.46, 15.68, 15.89, 16.11,
    16.32, 16.53, 16.74, 16.95, 17.16, 17.36, 17.57,
];

/// The cost of a sentence of `words` words.
fn cost(words: usize) -> f32 {
    COSTS.get(words).copied().unwrap_or_else(|| {
        // Longer than any candidate but a fallback lead: as the longest.
        COSTS[60] * words as f32 / 60.0
    })
}
/// Preference for early sentences with one article: a sentence's worth is multiplied by
/// `1 + LEAD / (articles² × (1 + position))`. With more articles, what they share is the
/// evidence.
const LEAD: f32 = 8.0;
/// Worth, in concept weight, of each other article that states a candidate's claim.
const CLAIM: f32 = 20.0;
/// Worth of a sentence that states a listed unresolved issue: that section shows it.
const LISTED_AS_OPEN: f32 = 0.5;
/// How much a sentence's share of quoted words lowers its worth: quotes have their own
/// section.
const QUOTED: f32 = 0.5;
/// Fewest and most words of a sentence taken (a sentence that stands alone has at most
/// [`super::standalone::MAX_WORDS`]).
const WORDS: std::ops::RangeInclusive<usize> = 8..=super::standalone::MAX_WORDS;

/// How many takeaways and words at most.
#[derive(Debug, Clone, Copy)]
pub struct Budget {
    /// Most takeaways.
    pub count: usize,
    /// Most words of all takeaways together.
    pub words: usize,
}

/// What a sentence is shown by as a takeaway.
struct Shown<'t> {
    /// The text (normalized).
    text: Cow<'t, str>,
    /// Its number of words.
    words: usize,
    /// False when it holds no quotation mark.
    quoted: bool,
}

/// The text a sentence is shown by as a takeaway, if it can stand alone: the sentence
/// itself, or the claim it makes before handing over to a closing quote (listed among who
/// said what) or before a closing attribution (shown with the evidence). Questions are not
/// takeaways.
fn shown_text(text: &str) -> Option<Shown<'_>> {
    // A claim cut from the end of the sentence opens as the sentence does.
    if !opens_alone(text) || text.trim_end_matches(['"', ')']).ends_with('?') {
        return None;
    }
    // The sentence's words and quotation marks, counted once; without a quotation mark,
    // it hands over to no closing quote.
    let counts = words_and_quotes(text.as_bytes());
    let closing = if counts.1 > 0 {
        before_closing_quote(text)
    } else {
        None
    };
    for head in [closing, before_attribution(text)].into_iter().flatten() {
        let mut claim = String::with_capacity(head.len() + 1);
        claim.push_str(head);
        claim.push('.');
        if let Some(words) = complete(&claim).filter(|n| WORDS.contains(n)) {
            return Some(Shown {
                text: Cow::Owned(claim),
                words,
                quoted: true,
            });
        }
    }
    let words = complete_counted(text, counts).filter(|n| WORDS.contains(n))?;
    Some(Shown {
        text: Cow::Borrowed(text),
        words,
        quoted: counts.1 > 0,
    })
}

/// A sentence that may be taken.
struct Candidate<'t> {
    /// Sentence index.
    i: usize,
    /// What is shown (normalized text).
    text: Cow<'t, str>,
    words: usize,
    /// What its words cost.
    cost: f32,
    concepts: Vec<u32>,
    /// Multiplier of its worth: position, quotes, listed issue.
    scale: f32,
}

/// The articles that carry a takeaway: article -> (its closest sentence, similarity).
type Carriers = SortedMap<ArticleId, (usize, f32)>;

/// The takeaways of the corpus, most important first, within `budget`. Sentences of
/// delegation lists are left out; `open_statements` gives, per sentence, the listed
/// unresolved issue it states, if any.
pub fn build(
    c: &Corpus,
    list_sentences: &HashSet<SentenceId>,
    open_statements: &[Option<usize>],
    budget: Budget,
) -> Vec<Takeaway> {
    let n = c.article_count().max(1);
    let min_articles = if n >= 4 { 2 } else { 1 };
    let open = |i: usize| open_statements.get(i).copied().flatten().is_some();
    // The listed sentences in order, found by halving rather than hashing.
    let mut listed: Vec<SentenceId> = list_sentences.iter().copied().collect();
    listed.sort_unstable();
    // What each sentence shows as a takeaway, when it may be one; short or quote-heavy
    // articles have none, and offer each article's lead sentence, unless a run-on.
    let mut shown: Vec<Option<Shown>> = (0..c.len())
        .map(|i| {
            if listed.binary_search(&c.key(i)).is_ok() {
                None
            } else {
                shown_text(c.text(i))
            }
        })
        .collect();
    let leads_only = shown.iter().all(Option::is_none);
    if leads_only {
        for (i, slot) in shown.iter_mut().enumerate() {
            if c.position(i) == 0 && !c.is_run_on(i) {
                let text = c.text(i);
                *slot = Some(Shown {
                    text: Cow::Borrowed(text),
                    words: crate::clean::bytes::word_count(text),
                    quoted: true,
                });
            }
        }
    }
    let held: Vec<bool> = shown.iter().map(Option::is_some).collect();
    let mut concepts = Concepts::new(c, WEIGHTING, min_articles, &held);
    drop(held);
    let lead = LEAD / (n * n) as f32;
    let cands: Vec<Candidate> = shown
        .into_iter()
        .enumerate()
        .filter_map(|(i, s)| Some(candidate(c, &mut concepts, i, s?, open(i), lead)))
        .collect();
    // The candidates hold their concepts: the other sentences' lists are let go.
    concepts.of = Vec::new();
    let claims = Claims::new(c, SAME);
    let mut scratch = Scratch::default();
    // Each candidate's gain: the weight of its concepts not yet covered, plus the other
    // articles that state its claim; kept up to date as concepts get covered.
    let mut gain: Vec<f32> = cands
        .iter()
        .map(|cand| {
            let support = if n > 1 {
                claims.support(cand.i, &mut scratch)
            } else {
                0
            };
            let covering: f32 = cand
                .concepts
                .iter()
                .map(|&x| concepts.weight[x as usize])
                .sum();
            covering + CLAIM * support as f32
        })
        .collect();
    // Concept -> the candidates that hold it, all in one list (u32 offsets: a text of many
    // names has a concept every three bytes).
    let mut starts = vec![0u32; concepts.len() + 1];
    for cand in &cands {
        for &x in &cand.concepts {
            starts[x as usize + 1] += 1;
        }
    }
    for x in 0..concepts.len() {
        starts[x + 1] += starts[x];
    }
    let mut holders = vec![0u32; starts[concepts.len()] as usize];
    let mut fill = starts.clone();
    for (k, cand) in cands.iter().enumerate() {
        for &x in &cand.concepts {
            holders[fill[x as usize] as usize] = k as u32;
            fill[x as usize] += 1;
        }
    }
    let mut by_sentence: Vec<Option<usize>> = vec![None; c.len()];
    for (k, cand) in cands.iter().enumerate() {
        by_sentence[cand.i] = Some(k);
    }
    let mut alive = vec![true; cands.len()];
    let mut covered = vec![false; concepts.len()];
    let mut words = 0;
    let mut out: Vec<(usize, Carriers)> = Vec::new();
    while out.len() < budget.count {
        let mut best: Option<(usize, f32)> = None;
        for (k, cand) in cands.iter().enumerate() {
            if !alive[k] {
                continue;
            }
            if words + cand.words > budget.words {
                // The budget only fills: out of it now, out of it for good.
                alive[k] = false;
                continue;
            }
            let value = gain[k] / cand.cost * cand.scale;
            if value > 0.0 && best.is_none_or(|(_, v)| value > v) {
                best = Some((k, value));
            }
        }
        let Some((k, _)) = best else { break };
        alive[k] = false;
        words += cands[k].words;
        for &x in &cands[k].concepts {
            let x = x as usize;
            if !std::mem::replace(&mut covered[x], true) {
                for &h in &holders[starts[x] as usize..starts[x + 1] as usize] {
                    gain[h as usize] -= concepts.weight[x];
                }
            }
        }
        // The same claim, in these words or others, in any article: its sources, and no
        // longer a candidate.
        let i = cands[k].i;
        let mut carriers = Carriers::from([(c.article(i), (i, f32::INFINITY))]);
        for (j, sim) in claims.stating(i, &mut scratch) {
            if let Some(other) = by_sentence[j] {
                alive[other] = false;
            }
            let best = carriers.get_or_insert_with(c.article(j), || (j, sim));
            if sim > best.1 {
                *best = (j, sim);
            }
        }
        out.push((k, carriers));
    }
    out.into_iter()
        .map(|(k, carriers)| {
            let cand = &cands[k];
            Takeaway {
                // The input's own characters: the sentence, or the claim before its quote
                // or attribution.
                text: match &cand.text {
                    Cow::Borrowed(_) => c.shown(cand.i),
                    Cow::Owned(claim) => {
                        format!(
                            "{}.",
                            c.shown_span(cand.i, 0..claim.len().saturating_sub(1))
                        )
                    }
                },
                sources: source_ids(&carriers.keys().copied().collect()),
                evidence: c.evidence(carriers.values().map(|(j, _)| *j)),
            }
        })
        .collect()
}

/// Sentence `i` as a candidate shown as `shown`, taking its concepts from `concepts`;
/// `open` when it states a listed issue.
fn candidate<'t>(
    c: &Corpus,
    concepts: &mut Concepts,
    i: usize,
    shown: Shown<'t>,
    open: bool,
    lead: f32,
) -> Candidate<'t> {
    let Shown {
        text,
        words,
        quoted,
    } = shown;
    let ids = match &text {
        // A sentence is one candidate at most: its list is taken, not copied.
        Cow::Borrowed(_) => concepts
            .of
            .get_mut(i)
            .map(std::mem::take)
            .unwrap_or_default(),
        Cow::Owned(shown) => concepts.of_tokens(&c.tokens_of(shown), |x| c.terms.is_stop(x)),
    };
    let share = if quoted {
        quoted_share(&text, words)
    } else {
        0.0
    };
    let mut scale = (1.0 + lead / (1.0 + c.position(i) as f32)) * (1.0 - QUOTED * share);
    if open {
        scale *= LISTED_AS_OPEN;
    }
    Candidate {
        i,
        text,
        words,
        cost: cost(words),
        concepts: ids,
        scale,
    }
}

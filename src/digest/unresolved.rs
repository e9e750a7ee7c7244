//! Unresolved issues: statements that something was not agreed, remains open, was ruled
//! out, is a precondition or is uncertain; merged by topic across outlets, each shown by
//! its clearest statement with every article that raises it.

use super::corpus::Corpus;
use super::standalone::quotes_balanced;
use crate::lexicon::issues::{OPEN_CUES, TOPICS};
use crate::model::Unresolved;
use std::collections::BTreeSet;

/// Most unresolved issues listed.
const MAX_ISSUES: usize = 12;
/// Most words of a statement shown.
const MAX_WORDS: usize = 45;

/// Whether `lower` (a lowercase sentence) holds `phrase` on word boundaries.
fn holds(lower: &str, phrase: &str) -> bool {
    lower.match_indices(phrase).any(|(at, _)| {
        let before = lower[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        before
    })
}

/// The topic of an open-issue statement, if it has one.
pub fn topic(lower: &str) -> Option<&'static str> {
    TOPICS
        .iter()
        .find(|(_, keys)| keys.iter().any(|k| holds(lower, k)))
        .map(|(label, _)| *label)
}

/// The unresolved issues of the corpus, most widely reported first.
pub fn build(c: &Corpus) -> Vec<Unresolved> {
    // (topic, statements as (sentence index, quality))
    let mut by_topic: Vec<(&'static str, Vec<usize>)> = Vec::new();
    for i in 0..c.len() {
        let lower = c.text(i).to_lowercase();
        if !OPEN_CUES.iter().any(|cue| holds(&lower, cue)) {
            continue;
        }
        let Some(t) = topic(&lower) else { continue };
        match by_topic.iter_mut().find(|(x, _)| *x == t) {
            Some((_, v)) => v.push(i),
            None => by_topic.push((t, vec![i])),
        }
    }
    let mut out: Vec<(usize, usize, Unresolved)> = by_topic
        .into_iter()
        .filter_map(|(t, statements)| {
            let articles: BTreeSet<usize> = statements.iter().map(|&i| c.article(i)).collect();
            let best = statements.iter().copied().max_by_key(|&i| clarity(c, i))?;
            let first = statements.iter().copied().min().unwrap_or(best);
            Some((
                articles.len(),
                first,
                Unresolved {
                    topic: t.to_string(),
                    text: c.text(best).to_string(),
                    sources: c.ids(&articles),
                },
            ))
        })
        .collect();
    out.sort_by_key(|(n, first, _)| (std::cmp::Reverse(*n), *first));
    out.into_iter()
        .take(MAX_ISSUES)
        .map(|(_, _, u)| u)
        .collect()
}

/// How well a statement reads alone: complete quotes, a fitting length, no leading
/// pronoun, then early in its article.
fn clarity(c: &Corpus, i: usize) -> (bool, bool, bool, std::cmp::Reverse<usize>) {
    let text = c.text(i);
    let words = text.split_whitespace().count();
    let first = text.split_whitespace().next().unwrap_or("").to_lowercase();
    let pronoun = matches!(
        first.as_str(),
        "he" | "she" | "it" | "they" | "this" | "that" | "but" | "so"
    );
    (
        quotes_balanced(text),
        (8..=MAX_WORDS).contains(&words),
        !pronoun,
        std::cmp::Reverse(c.position(i)),
    )
}

#[cfg(test)]
mod tests {
    use super::topic;

    #[test]
    fn topics_of_open_issues() {
        let cases = [
            ("no ceasefire was agreed", Some("Ceasefire")),
            ("he has ruled out ceding any territory", Some("Territory")),
            (
                "the root causes must be eliminated first",
                Some("Preconditions"),
            ),
            (
                "no firm plans for a follow-up meeting were announced",
                Some("Next meeting"),
            ),
            (
                "threatened secondary sanctions remain on hold",
                Some("Sanctions"),
            ),
            ("the weather was unclear", None),
        ];
        for (s, want) in cases {
            assert_eq!(topic(s), want, "{s:?}");
        }
    }
}

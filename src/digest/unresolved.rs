//! Unresolved issues: statements that something was not agreed, remains open, was ruled
//! out, is a precondition or is uncertain; merged by topic across outlets, each shown by
//! its clearest statement with every article that raises it.

use super::corpus::Corpus;
use super::phrases::PhraseSet;
use super::standalone::quotes_balanced;
use crate::lexicon::issues::{OPEN_CUES, TOPICS};
use crate::model::Unresolved;
use crate::sorted::SortedSet;
use std::sync::OnceLock;

/// Most unresolved issues listed.
const MAX_ISSUES: usize = 12;
/// Most words of a statement shown.
const MAX_WORDS: usize = 45;

fn cues() -> &'static PhraseSet {
    static SET: OnceLock<PhraseSet> = OnceLock::new();
    SET.get_or_init(|| PhraseSet::new(OPEN_CUES))
}

/// Every topic keyword, with the topic it belongs to.
fn topic_keys() -> &'static (PhraseSet, Vec<&'static str>) {
    static SET: OnceLock<(PhraseSet, Vec<&'static str>)> = OnceLock::new();
    SET.get_or_init(|| {
        let pairs: Vec<(&'static str, &'static str)> = TOPICS
            .iter()
            .flat_map(|(label, keys)| keys.iter().map(move |k| (*k, *label)))
            .collect();
        let keys: Vec<&'static str> = pairs.iter().map(|(k, _)| *k).collect();
        (
            PhraseSet::new(&keys),
            pairs.iter().map(|(_, l)| *l).collect(),
        )
    })
}

/// The topic of an open-issue statement given as lowercase words, if it has one: the
/// first topic in the list one of whose keywords it holds.
pub fn topic<S: AsRef<str>>(words: &[S]) -> Option<&'static str> {
    let (set, labels) = topic_keys();
    let found = set.found(words);
    TOPICS
        .iter()
        .map(|(l, _)| *l)
        .find(|l| found.iter().any(|&k| labels[k] == *l))
}

/// The unresolved issues of the corpus, most widely reported first, and per sentence
/// whether it states one of the issues listed.
#[inline(never)]
pub fn build(c: &Corpus) -> (Vec<Unresolved>, Vec<bool>) {
    // (topic, statements as (sentence index, quality))
    let mut by_topic: Vec<(&'static str, Vec<usize>)> = Vec::new();
    for i in 0..c.len() {
        let words = c.words(i);
        if !cues().any(words) {
            continue;
        }
        let Some(t) = topic(words) else { continue };
        match by_topic.iter_mut().find(|(x, _)| *x == t) {
            Some((_, v)) => v.push(i),
            None => by_topic.push((t, vec![i])),
        }
    }
    let mut out: Vec<(usize, usize, Unresolved, Vec<usize>)> = by_topic
        .into_iter()
        .filter_map(|(t, statements)| {
            let articles: SortedSet<usize> = statements.iter().map(|&i| c.article(i)).collect();
            let mut by_clarity = statements.clone();
            crate::sorted::sort_by_key(&mut by_clarity, |&i| std::cmp::Reverse(clarity(c, i)));
            let best = *by_clarity.first()?;
            let first = statements.iter().copied().min().unwrap_or(best);
            Some((
                articles.len(),
                first,
                Unresolved {
                    topic: t.to_string(),
                    text: c.shown(best),
                    sources: c.ids(&articles),
                    evidence: c.evidence(by_clarity),
                },
                statements,
            ))
        })
        .collect();
    crate::sorted::sort_by_key(&mut out, |(n, first, _, _)| (std::cmp::Reverse(*n), *first));
    out.truncate(MAX_ISSUES);
    let mut shown = vec![false; c.len()];
    for (_, _, _, statements) in &out {
        for &i in statements {
            shown[i] = true;
        }
    }
    (out.into_iter().map(|(_, _, u, _)| u).collect(), shown)
}

/// How well a statement reads alone: complete quotes, a fitting length, no leading
/// pronoun, then early in its article.
fn clarity(c: &Corpus, i: usize) -> (bool, bool, bool, std::cmp::Reverse<usize>) {
    let text = c.text(i);
    let words = text.split_whitespace().count();
    let first = crate::case::lower(text.split_whitespace().next().unwrap_or(""));
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
    use crate::digest::phrases::lower_words;

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
            assert_eq!(topic(&lower_words(s)), want, "{s:?}");
        }
    }
}

//! The topic of an open-issue statement, taken from the statement itself: the noun phrase
//! the cue is about. After a cue that takes an object ("no agreement on tariffs", "ruled
//! out ceding any territory") it is what follows; after one that describes a state ("the
//! budget remains unresolved") it is what comes before.

use crate::fasthash::LexiconSet;
use crate::lexicon::issues::{
    TOPIC_AFTER, TOPIC_BRIDGES, TOPIC_ENDS, TOPIC_QUALIFIERS, TOPIC_SKIPS,
};
use std::ops::Range;
use std::sync::OnceLock;

/// A word list as a set.
fn set(words: &'static [&'static str]) -> LexiconSet<&'static str> {
    words.iter().copied().collect()
}

fn topic_ends() -> &'static LexiconSet<&'static str> {
    static SET: OnceLock<LexiconSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| set(TOPIC_ENDS))
}

fn topic_skips() -> &'static LexiconSet<&'static str> {
    static SET: OnceLock<LexiconSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| set(TOPIC_SKIPS))
}

fn topic_bridges() -> &'static LexiconSet<&'static str> {
    static SET: OnceLock<LexiconSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| set(TOPIC_BRIDGES))
}

/// True when lowercase `w` starts a qualifying phrase ("of", "in", ...).
pub fn is_qualifier(w: &str) -> bool {
    static SET: OnceLock<LexiconSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| set(TOPIC_QUALIFIERS)).contains(w)
}

/// Most words of a topic.
const MAX_WORDS: usize = 6;
/// Most words read back from a cue to the start of its clause.
const CLAUSE_WORDS: usize = 12;
/// Most words between a cue and the topic after it.
const BRIDGE_WORDS: usize = 4;

/// A word of a sentence: its byte span, its lowercase form, and whether punctuation
/// follows it (a comma, a dash, a bracket, not a quotation mark: the phrase ends there).
pub struct Word {
    /// Byte span in the sentence.
    pub span: Range<usize>,
    /// Lowercase form.
    pub lower: String,
    /// True when punctuation (not an inner apostrophe or hyphen) follows it.
    pub pause: bool,
}

/// The words of `text`, split as [`super::phrases::words_of`] splits them.
#[inline(never)]
pub fn words(text: &str) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::new();
    let mut start: Option<usize> = None;
    let is_word = |c: char| c.is_alphanumeric() || c == '\'' || c == '-';
    let push = |out: &mut Vec<Word>, s: usize, e: usize| {
        let w = &text[s..e];
        let trimmed = w.trim_start_matches(['\'', '-']);
        let s = s + (w.len() - trimmed.len());
        let trimmed = trimmed.trim_end_matches(['\'', '-']);
        if !trimmed.is_empty() {
            let rest = text[s + trimmed.len()..].trim_start_matches(['\'', '-']);
            out.push(Word {
                span: s..s + trimmed.len(),
                lower: crate::case::lower(trimmed),
                pause: rest
                    .trim_start_matches(|c: char| c == '"' || c.is_whitespace())
                    .starts_with(|c: char| !c.is_alphanumeric()),
            });
        }
    };
    for (i, c) in text.char_indices() {
        match (is_word(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                push(&mut out, s, i);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        push(&mut out, s, text.len());
    }
    out
}

fn ends(w: &str) -> bool {
    topic_ends().contains(w)
}

fn skip(w: &str) -> bool {
    topic_skips().contains(w) || (w.len() > 4 && w.ends_with("ly"))
}

/// `range` without the words that cannot open or close a topic, at most [`MAX_WORDS`]
/// long, when one of its words is a content word.
fn trimmed(ws: &[Word], mut range: Range<usize>) -> Option<Range<usize>> {
    while range.start < range.end && skip(&ws[range.start].lower) {
        range.start += 1;
    }
    range.end = range.end.min(range.start + MAX_WORDS);
    // One qualifying phrase at most: "result of the vote", not "result of the vote in the
    // capital".
    if let Some(second) = (range.start + 1..range.end)
        .filter(|&k| is_qualifier(&ws[k].lower))
        .nth(1)
    {
        range.end = second;
    }
    while range.end > range.start
        && (skip(&ws[range.end - 1].lower) || ends(&ws[range.end - 1].lower))
    {
        range.end -= 1;
    }
    // A topic holds a word of content and does not open with a qualifier ("at least").
    let opens_well = ws.get(range.start).is_some_and(|w| !is_qualifier(&w.lower));
    let content = ws[range.clone()]
        .iter()
        .any(|w| !super::terms::is_stopword(&w.lower) && w.lower.len() > 1);
    (opens_well && content).then_some(range)
}

/// The words after the cue, up to a clause boundary.
fn after(ws: &[Word], from: usize) -> Option<Range<usize>> {
    let mut start = from;
    while start < ws.len()
        && start < from + BRIDGE_WORDS
        && (skip(&ws[start].lower) || topic_bridges().contains(ws[start].lower.as_str()))
    {
        start += 1;
    }
    let mut end = start;
    while end < ws.len() && end < start + MAX_WORDS && !ends(&ws[end].lower) {
        end += 1;
        if ws[end - 1].pause {
            break;
        }
    }
    trimmed(ws, start..end)
}

/// The words before the cue, back to the start of its clause, its verb of being left out.
fn before(ws: &[Word], to: usize) -> Option<Range<usize>> {
    let mut end = to;
    let verb = |w: &Word| ends(&w.lower) || w.lower.ends_with("ed");
    while end > 0 && verb(&ws[end - 1]) && !ws[end - 1].pause {
        end -= 1;
    }
    let mut start = end;
    while start > 0 && start + CLAUSE_WORDS > end {
        let w = &ws[start - 1];
        if ends(&w.lower) || (w.pause && start < end) {
            break;
        }
        start -= 1;
    }
    trimmed(ws, start..end)
}

/// The run of words of `ws` outside `cue` that says most, by `weight` per lowercase word:
/// words other than function words and adverbs, not opening with a verb form in "-ed" or
/// "-ing", unbroken by punctuation.
#[inline(never)]
fn most_specific(
    ws: &[Word],
    cue: &Range<usize>,
    weight: &dyn Fn(&str) -> f32,
) -> Option<Range<usize>> {
    let plain = |k: usize| {
        let w = &ws[k];
        !cue.contains(&k)
            && !ends(&w.lower)
            && !skip(&w.lower)
            && !super::terms::is_stopword(&w.lower)
    };
    let verb_form = |k: usize| ws[k].lower.ends_with("ed") || ws[k].lower.ends_with("ing");
    let mut best: Option<(f32, Range<usize>)> = None;
    let mut k = 0;
    while k < ws.len() {
        if !plain(k) || verb_form(k) {
            k += 1;
            continue;
        }
        let start = k;
        while k < ws.len() && plain(k) && k < start + MAX_WORDS {
            k += 1;
            if ws[k - 1].pause {
                break;
            }
        }
        let score: f32 = ws[start..k].iter().map(|w| weight(&w.lower)).sum();
        if best.as_ref().is_none_or(|(b, _)| score > *b) {
            best = Some((score, start..k));
        }
    }
    best.map(|(_, r)| r)
}

/// The words (a range of `ws`, the [`words`] of a statement) of the topic of a statement
/// whose cue covers words `cue`, and whether it is the phrase next to the cue; `weight`
/// tells how specific a lowercase word is, for statements whose topic is a pronoun ("but
/// this now looks unlikely"): their topic is their most specific phrase.
pub fn topic(
    ws: &[Word],
    cue: Range<usize>,
    weight: &dyn Fn(&str) -> f32,
) -> Option<(Range<usize>, bool)> {
    let last = ws.get(cue.end.checked_sub(1)?)?;
    let takes_object = TOPIC_AFTER.iter().any(|w| last.lower.starts_with(w));
    let found = if takes_object {
        after(ws, cue.end).or_else(|| before(ws, cue.start))
    } else {
        before(ws, cue.start).or_else(|| after(ws, cue.end))
    };
    // Without a phrase on either side, the statement's opening phrase.
    match found {
        Some(r) => Some((r, true)),
        None => most_specific(ws, &cue, weight).map(|r| (r, false)),
    }
}

/// The byte span of words `r` of `ws`.
pub fn span(ws: &[Word], r: &Range<usize>) -> Range<usize> {
    match (
        ws.get(r.start),
        r.end.checked_sub(1).and_then(|e| ws.get(e)),
    ) {
        (Some(a), Some(b)) => a.span.start..b.span.end,
        _ => 0..0,
    }
}

#[cfg(test)]
mod tests {
    use super::{topic, words};
    use crate::digest::phrases::PhraseSet;
    use crate::lexicon::issues::OPEN_CUES;

    fn label(text: &str) -> Option<String> {
        let ws = words(text);
        let lower: Vec<&str> = ws.iter().map(|w| w.lower.as_str()).collect();
        let (at, n) = PhraseSet::new(OPEN_CUES).first(&lower)?;
        topic(&ws, at..at + n, &|w: &str| w.len() as f32)
            .map(|(r, _)| text[super::span(&ws, &r)].to_string())
    }

    #[test]
    fn the_topic_is_the_phrase_the_cue_is_about() {
        let cases = [
            (
                "No agreement was reached on tariffs, which remain a problem.",
                Some("tariffs"),
            ),
            (
                "The talks ended without any agreement to halt the fighting in the north.",
                Some("halt the fighting in the north"),
            ),
            (
                "The opposition has ruled out joining a coalition government.",
                Some("joining a coalition government"),
            ),
            (
                "The minister said the most important questions remained unresolved.",
                Some("most important questions"),
            ),
            (
                "The date of the next election is still unclear.",
                Some("date of the next election"),
            ),
            (
                "The court postponed the verdict until March.",
                Some("verdict"),
            ),
            (
                "The final result of the vote in the capital remains too close to call.",
                Some("final result of the vote"),
            ),
            (
                "Lawmakers failed to agree on the budget for next year.",
                Some("budget for next year"),
            ),
            ("It is unclear.", None),
            (
                "The council had hoped to open the new bridge in May, but this now looks unlikely.",
                Some("new bridge"),
            ),
        ];
        for (s, want) in cases {
            assert_eq!(label(s).as_deref(), want, "{s:?}");
        }
    }
}

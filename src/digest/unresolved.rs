//! Unresolved issues: statements that something was not agreed, remains open, is
//! disputed, uncertain, postponed or conditional, whatever it is about. Each statement's
//! topic is the phrase it is about; statements of one issue are merged across outlets
//! (similar sentences, or topics with the same words), and each issue is shown by its
//! clearest statement with every article that raises it.

use super::corpus::Corpus;
use super::phrases::PhraseSet;
use super::similarity::dot;
use super::standalone::quotes_balanced;
use super::topic::{self, Word};
use crate::ids::{source_ids, ArticleId};
use crate::lexicon::issues::{NAMING_CUES, OPEN_CUES, POINTING_BACK};
use crate::model::Unresolved;
use crate::sorted::SortedSet;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

/// Most unresolved issues listed.
const MAX_ISSUES: usize = 12;
/// Most unresolved issues listed for a single article.
const ONE_ARTICLE_ISSUES: usize = 6;
/// Most words of a statement shown.
const MAX_WORDS: usize = 45;
/// Similarity at which two statements raise the same issue.
const SAME_ISSUE: f32 = 0.25;
/// Similarity beyond the story's common words at which two statements raise the same
/// issue.
const SAME_ISSUE_SPECIFIC: f32 = 0.3;
/// Similarity at which two statements that name two different matters raise one issue.
const SAME_ISSUE_APART: f32 = 0.3;
/// Share of all sentences from which a word is common to the story.
const COMMON: f32 = 0.1;
/// Share of the topic words two statements must share to raise the same issue.
const SAME_TOPIC: f32 = 0.5;
/// Most other statements of an issue a statement's centrality is measured against.
const MEMBERS_COMPARED: usize = 16;
/// Most earlier statements a statement is compared with: the most recent ones, and again
/// as many per word of its topic.
const COMPARED: usize = 64;

fn cues() -> &'static PhraseSet {
    static SET: OnceLock<PhraseSet> = OnceLock::new();
    SET.get_or_init(|| PhraseSet::new(OPEN_CUES))
}

/// One statement of an open issue.
struct Statement {
    /// Sentence index.
    i: usize,
    /// Byte span of its topic in the sentence.
    topic: Range<usize>,
    /// The terms of the topic's head: its content words before any qualifier ("date" of
    /// "date of the election").
    head: Vec<u32>,
    /// What it says beyond the story's common words.
    specific: Vec<(u32, f32)>,
    /// True when the topic is the phrase next to the cue, not the statement's most
    /// specific phrase.
    direct: bool,
}

/// Buffers the statements of the sentences are read with, one after another.
#[derive(Default)]
struct Scratch<'a> {
    /// The sentence's lowercase words.
    lower: Vec<&'a str>,
    /// The cues found in them: (first word, number of words).
    found: Vec<(usize, usize)>,
    /// The sentence's words as topics read them.
    ws: Vec<Word<'a>>,
}

/// The open-issue statement sentence `i` makes, if any.
fn statement<'a>(c: &Corpus<'a>, i: usize, scratch: &mut Scratch<'a>) -> Option<Statement> {
    if c.is_run_on(i) {
        return None;
    }
    let Scratch { lower, found, ws } = scratch;
    lower.clear();
    lower.extend(c.word_iter(i));
    found.clear();
    found.extend(cues().all(lower));
    if found.is_empty() {
        return None;
    }
    let text = c.text(i);
    if text.is_ascii() {
        // The words' spans in the lowercase sentence are theirs in the sentence.
        ws.clear();
        topic::words_at(text, c.word_spans(i).zip(c.word_iter(i)), ws);
    } else {
        topic::words_into(text, c.word_iter(i), ws);
    }
    let ws = &ws[..];
    // The first cue that, where it stands, says something is open.
    let (at, n) = found
        .iter()
        .copied()
        .find(|&(at, n)| super::cue_sense::states_open(ws, at..at + n))?;
    let n_sentences = c.len().max(1) as f32;
    let weight = |w: &str| {
        super::terms::pieces(w)
            .filter_map(|p| c.terms.find(p))
            .filter(|&t| !c.terms.is_stop(t))
            .map(|t| (n_sentences / c.vectors.df(t).max(1) as f32).ln())
            .sum::<f32>()
    };
    let found = topic::topic(ws, at..at + n, &weight)?;
    let (r, direct) = (found.words, found.direct);
    // A cue that names its matter ("a runoff against X") has a head of all its words:
    // one runoff is told from another by whom it is against.
    let naming = NAMING_CUES.contains(ws[at + n - 1].lower);
    // The head is the matter's: "agreement to halt *the war*" is told from another
    // agreement by what it is to do.
    let matter = found.matter..r.end;
    let head_end = ws[matter.clone()]
        .iter()
        .position(topic::is_qualifier)
        .filter(|_| !naming)
        .map_or(matter.end, |k| matter.start + k.max(1));
    let mut head: Vec<u32> = ws[matter.start..head_end]
        .iter()
        .flat_map(|w| super::terms::pieces(w.lower))
        .filter_map(|p| c.terms.find(p))
        .filter(|&t| !c.terms.is_stop(t))
        .collect();
    head.sort_unstable();
    head.dedup();
    Some(Statement {
        i,
        topic: topic::span(ws, &r),
        head,
        specific: c.vectors.specific(i, COMMON),
        direct,
    })
}

/// An issue with its rank ((articles stating it, articles discussing its topic), first
/// sentence) and the sentences that state it.
type Ranked = ((usize, usize), usize, Unresolved, Vec<usize>);

/// True when one of the first two words of the statement's topic points back to the
/// sentence before ("this", "whether *it* ...").
fn points_back(c: &Corpus, s: &Statement) -> bool {
    c.text(s.i).get(s.topic.clone()).is_some_and(|t| {
        t.split_whitespace()
            .take(2)
            .any(|w| POINTING_BACK.contains(&crate::case::lower(w)))
    })
}

/// True when statements `a` and `b` raise the same issue.
fn same_issue(c: &Corpus, a: &Statement, b: &Statement) -> bool {
    let shared = a.head.iter().filter(|t| b.head.contains(t)).count();
    // Two statements that each name their matter, and name two matters, must be closer.
    let apart = a.direct && b.direct && !a.head.is_empty() && !b.head.is_empty() && shared == 0;
    let (close, specific) = if apart {
        (SAME_ISSUE_APART, SAME_ISSUE_APART)
    } else {
        (SAME_ISSUE, SAME_ISSUE_SPECIFIC)
    };
    if dot(&c.vectors.vecs[a.i], &c.vectors.vecs[b.i]) >= close
        || dot(&a.specific, &b.specific) >= specific
    {
        return true;
    }
    let union = a.head.len() + b.head.len() - shared;
    union > 0 && shared as f32 >= SAME_TOPIC * union as f32
}

/// The unresolved issues of the corpus, most widely reported first, and per sentence the
/// listed issue it states, if any.
pub fn build(c: &Corpus) -> (Vec<Unresolved>, Vec<Option<usize>>) {
    let mut scratch = Scratch::default();
    let statements: Vec<Statement> = (0..c.len())
        .filter_map(|i| statement(c, i, &mut scratch))
        .collect();
    // Statements of one issue are linked (union-find); each is compared with the recent
    // statements and with those whose topic shares a word, a bounded number of each.
    let mut parent: Vec<usize> = (0..statements.len()).collect();
    fn root(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    // A statement whose topic points back ("if *this* was broached") states the issue of
    // the sentence right before it, when that sentence states one.
    for k in 1..statements.len() {
        let (prev, s) = (&statements[k - 1], &statements[k]);
        if s.i == prev.i + 1 && c.article(s.i) == c.article(prev.i) && points_back(c, s) {
            let (a, b) = (root(&mut parent, k - 1), root(&mut parent, k));
            parent[a.max(b)] = a.min(b);
        }
    }
    // The statements by the terms of their topic's head: only those terms get a list (a
    // text of many distinct words has few statements).
    let mut by_word: HashMap<u32, Vec<usize>> = HashMap::new();
    for (k, s) in statements.iter().enumerate() {
        let mut candidates: Vec<usize> = s
            .head
            .iter()
            .filter_map(|t| by_word.get(t))
            .flat_map(|list| list.iter().rev().take(COMPARED))
            .copied()
            .collect();
        candidates.extend(k.saturating_sub(COMPARED)..k);
        candidates.sort_unstable();
        candidates.dedup();
        for o in candidates {
            if same_issue(c, &statements[o], s) {
                let (a, b) = (root(&mut parent, o), root(&mut parent, k));
                parent[a.max(b)] = a.min(b);
            }
        }
        for &t in &s.head {
            by_word.entry(t).or_default().push(k);
        }
    }
    let mut issues: Vec<Vec<usize>> = Vec::new();
    let mut issue_of: Vec<Option<usize>> = vec![None; statements.len()];
    for k in 0..statements.len() {
        let r = root(&mut parent, k);
        let x = *issue_of[r].get_or_insert_with(|| {
            issues.push(Vec::new());
            issues.len() - 1
        });
        issues[x].push(k);
    }
    let mut out: Vec<Ranked> = issues
        .into_iter()
        .filter_map(|members| {
            let sentences: Vec<usize> = members.iter().map(|&k| statements[k].i).collect();
            let articles: SortedSet<ArticleId> = sentences.iter().map(|&i| c.article(i)).collect();
            let mut by_clarity = members.clone();
            crate::sorted::sort_by_key(&mut by_clarity, |&k| {
                let (quotes, length, no_pronoun, early) = clarity(c, statements[k].i);
                // The statement closest to the others says what they share.
                let central: f32 = members
                    .iter()
                    .take(MEMBERS_COMPARED)
                    .filter(|&&o| o != k)
                    .map(|&o| {
                        dot(
                            &c.vectors.vecs[statements[k].i],
                            &c.vectors.vecs[statements[o].i],
                        )
                    })
                    .sum();
                std::cmp::Reverse((quotes, length, no_pronoun, (central * 1000.0) as i64, early))
            });
            let best = &statements[*by_clarity.first()?];
            // The topic as the clearest statement with a topic next to its cue gives it.
            let named = by_clarity
                .iter()
                .map(|&k| &statements[k])
                .find(|s| s.direct)
                .unwrap_or(best);
            let first = sentences.iter().copied().min()?;
            // How widely the articles discuss the issue's topic at all.
            let discussed = best
                .head
                .iter()
                .map(|&t| {
                    c.vectors
                        .posting(t)
                        .iter()
                        .map(|&j| c.article(j as usize))
                        .collect::<SortedSet<ArticleId>>()
                        .len()
                })
                .max()
                .unwrap_or(0);
            Some((
                (articles.len(), discussed),
                first,
                Unresolved {
                    topic: topic::label(&c.shown_span(named.i, named.topic.clone())),
                    text: c.shown(best.i),
                    sources: source_ids(&articles),
                    evidence: c.evidence(by_clarity.iter().map(|&k| statements[k].i)),
                },
                sentences,
            ))
        })
        .collect();
    crate::sorted::sort_by_key(&mut out, |(n, first, _, _)| (std::cmp::Reverse(*n), *first));
    out.truncate(if c.article_count() == 1 {
        ONE_ARTICLE_ISSUES
    } else {
        MAX_ISSUES
    });
    let mut listed = vec![None; c.len()];
    for (x, (_, _, _, sentences)) in out.iter().enumerate() {
        for &i in sentences {
            listed[i] = Some(x);
        }
    }
    (out.into_iter().map(|(_, _, u, _)| u).collect(), listed)
}

/// How well a statement reads alone: complete quotes, a fitting length, no leading
/// pronoun, then early in its article.
fn clarity(c: &Corpus, i: usize) -> (bool, bool, bool, std::cmp::Reverse<usize>) {
    let text = c.text(i);
    let words = crate::clean::bytes::word_count(text);
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

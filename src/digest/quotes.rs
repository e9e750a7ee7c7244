//! Who said what: direct quotes with their speakers. A speaker is found before the quote
//! ("X said, ...", "X said on Telegram, ...", "..., saying, ...") or after it ("..., X
//! said", "said X", "he said"); "he" and "she" stand for the last person speaking or
//! named as subject. The same quote from several outlets is one entry.

use super::corpus::Corpus;
use crate::article::Article;
use crate::lexicon::discourse::{PERSONAL_PRONOUNS, SPEECH_VERBS};
use crate::model::{Evidence, Quote};
use crate::people::names::name_runs;
use crate::people::tokens::Tokens;
use crate::people::words::{words, Word};
use crate::people::People;
use crate::sorted::{SortedMap, SortedSet};
use std::collections::HashSet;

/// Fewest words of a quote; shorter quoted words are scare quotes ("productive").
const MIN_QUOTE_WORDS: usize = 4;
/// Fewest words of a quote that starts in lower case: shorter ones are snippets of
/// reported speech ("get a little heat").
const MIN_FRAGMENT_WORDS: usize = 6;
/// Overlap of words at which two quotes are one quote in different wording.
const SAME_QUOTE: f32 = 0.6;
/// Overlap below which two wordings of one quote differ enough to report.
pub const REWORDED: f32 = 0.9;
/// Prepositions after which a name is not the subject of the sentence.
const PREPOSITIONS: &[&str] = &[
    "with", "to", "by", "from", "for", "of", "against", "between", "about", "on", "at",
];

/// One quote as found in one article.
#[derive(Debug, Clone)]
pub struct Found {
    /// Index of the speaker in the people stage.
    pub speaker: usize,
    /// The quoted words.
    pub text: String,
    /// The article.
    pub article: usize,
    /// The sentence the quote opens in.
    pub sentence: String,
}

/// One wording of a quote, with the articles that use it.
#[derive(Debug, Clone)]
pub struct Variant {
    /// The quoted words.
    pub text: String,
    /// The articles that quote it in this wording.
    pub articles: SortedSet<usize>,
    /// The sentence each article quotes it in.
    pub sentences: SortedMap<usize, String>,
    words: HashSet<String>,
}

impl Variant {
    /// Where this wording stands: one sentence per article.
    pub fn evidence(&self, c: &Corpus) -> Vec<Evidence> {
        self.sentences
            .iter()
            .map(|(a, s)| Evidence {
                source: c.id(*a),
                text: s.clone(),
                ..Evidence::default()
            })
            .collect()
    }

    /// Words this wording shares with `other`, over the size of the smaller.
    pub fn overlap(&self, other: &Variant) -> f32 {
        overlap_sets(&self.words, &other.words)
    }
}

/// A quote merged across articles, with every wording found.
#[derive(Debug, Clone)]
pub struct Merged {
    /// Speaker (people index).
    pub speaker: usize,
    /// The wordings found, each with its articles.
    pub variants: Vec<Variant>,
}

impl Merged {
    /// All articles that carry the quote.
    pub fn articles(&self) -> SortedSet<usize> {
        self.variants
            .iter()
            .flat_map(|v| v.articles.iter().copied())
            .collect()
    }
}

/// The words of a quote as compared: lowercase, quotes and apostrophes folded.
fn quote_words(text: &str) -> HashSet<String> {
    crate::normalize::normalize(text)
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(crate::case::lower)
        .collect()
}

fn overlap_sets(x: &HashSet<String>, y: &HashSet<String>) -> f32 {
    let small = x.len().min(y.len()).max(1);
    x.intersection(y).count() as f32 / small as f32
}

/// Finds the quotes of `articles` and merges them across articles.
#[inline(never)]
pub fn find(articles: &[Article], people: &People, tokens: &Tokens) -> Vec<Merged> {
    let mut found = Vec::new();
    for (ai, a) in articles.iter().enumerate() {
        find_in_article(a, ai, people, tokens, &mut found);
    }
    merge(found)
}

/// The quotes as digest entries, most carried first.
#[inline(never)]
pub fn entries(
    merged: &[Merged],
    people: &People,
    ids: impl Fn(&SortedSet<usize>) -> Vec<String>,
) -> Vec<Quote> {
    let mut out: Vec<(usize, Quote)> = merged
        .iter()
        .map(|m| {
            let best = m
                .variants
                .iter()
                .max_by_key(|v| (v.text.split_whitespace().count(), v.articles.len()))
                .map(|v| v.text.clone())
                .unwrap_or_default();
            let speaker = people
                .persons
                .get(m.speaker)
                .map(|p| p.name().to_string())
                .unwrap_or_default();
            let mut sentences: SortedMap<usize, &String> = SortedMap::new();
            for v in &m.variants {
                for (a, s) in v.sentences.iter() {
                    sentences.get_or_insert_with(*a, || s);
                }
            }
            let evidence = sentences
                .into_iter()
                .filter_map(|(a, s)| {
                    let source = ids(&SortedSet::from([a])).pop()?;
                    Some(Evidence {
                        source,
                        text: s.clone(),
                        ..Evidence::default()
                    })
                })
                .collect();
            (
                m.articles().len(),
                Quote {
                    speaker,
                    text: best,
                    sources: ids(&m.articles()),
                    evidence,
                },
            )
        })
        .collect();
    crate::sorted::sort_by_key(&mut out, |(n, _)| std::cmp::Reverse(*n));
    out.into_iter().map(|(_, q)| q).collect()
}

fn merge(found: Vec<Found>) -> Vec<Merged> {
    let mut out: Vec<Merged> = Vec::new();
    for f in found {
        let mut v = Variant {
            words: quote_words(&f.text),
            text: f.text,
            articles: SortedSet::from([f.article]),
            sentences: SortedMap::from([(f.article, f.sentence)]),
        };
        let same = out.iter_mut().find(|m| {
            m.speaker == f.speaker && m.variants.iter().any(|u| u.overlap(&v) >= SAME_QUOTE)
        });
        let Some(m) = same else {
            out.push(Merged {
                speaker: f.speaker,
                variants: vec![v],
            });
            continue;
        };
        match m.variants.iter_mut().find(|u| u.overlap(&v) >= REWORDED) {
            Some(u) => {
                u.articles.insert(f.article);
                for (a, s) in std::mem::take(&mut v.sentences) {
                    u.sentences.get_or_insert_with(a, || s);
                }
                if v.text.len() > u.text.len() {
                    u.text = v.text;
                    u.words = v.words;
                }
            }
            None => m.variants.push(v),
        }
    }
    out
}

/// Byte ranges of the quoted passages of a paragraph: pairs of straight double quotes.
fn quote_spans(text: &str) -> Vec<(usize, usize)> {
    let marks: Vec<usize> = text.match_indices('"').map(|(i, _)| i).collect();
    marks.chunks_exact(2).map(|p| (p[0], p[1])).collect()
}

/// A paragraph of an article: its number, byte bounds in the body and quoted passages
/// (byte ranges relative to its start).
struct Paragraph {
    number: usize,
    start: usize,
    end: usize,
    spans: Vec<(usize, usize)>,
}

fn find_in_article(
    a: &Article,
    article: usize,
    people: &People,
    tokens: &Tokens,
    out: &mut Vec<Found>,
) {
    let mut last_speaker: Option<usize> = None;
    let mut last_subject: Option<usize> = None;
    // The paragraph of the current sentence, found once per paragraph.
    let mut para_of: Option<Paragraph> = None;
    for si in a.sentence_indices() {
        let seg = &a.segments[si];
        let mut spoke = None;
        if para_of.as_ref().is_none_or(|p| p.number != seg.paragraph) {
            let end = a.body[seg.span.start..]
                .find('\n')
                .map_or(a.body.len(), |e| seg.span.start + e);
            let start = a.body[..seg.span.start].rfind('\n').map_or(0, |s| s + 1);
            let spans = quote_spans(&a.body[start..end]);
            para_of = Some(Paragraph {
                number: seg.paragraph,
                start,
                end,
                spans,
            });
        }
        let Some(Paragraph {
            start: para_start,
            end: para_end,
            spans,
            ..
        }) = para_of.as_ref()
        else {
            continue;
        };
        let (para_start, para) = (*para_start, &a.body[*para_start..*para_end]);
        // Quotes that open in this sentence; they may run on into the next ones.
        let first = spans.partition_point(|&(open, _)| para_start + open < seg.span.start);
        for &(open, close) in &spans[first..] {
            let open_abs = para_start + open;
            if open_abs >= seg.span.end {
                break;
            }
            let inside = &para[open + 1..close];
            let text = inside.trim().trim_end_matches([',', ';']).trim_end();
            let text_start = para_start + open + 1 + (inside.len() - inside.trim_start().len());
            let n = text.split_whitespace().count();
            let fragment =
                text.chars().next().is_some_and(char::is_lowercase) && n < MIN_FRAGMENT_WORDS;
            if n < MIN_QUOTE_WORDS || fragment {
                continue;
            }
            let before = &a.body[seg.span.start..open_abs];
            let after_end = para[close + 1..]
                .find(['.', '"'])
                .map_or(para.len(), |e| close + 1 + e);
            let after = &para[close + 1..after_end];
            // A quote that ends its sentence ("... deal." Dupont smiled) has no speaker after it.
            let ended = text.ends_with(['.', '!', '?'])
                && after
                    .trim_start()
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase);
            let speaker = (if ended {
                None
            } else {
                speaker_after(after, people)
            })
            .or_else(|| speaker_before(before, people))
            .and_then(|s| resolve(s, people, last_speaker.or(last_subject)));
            if let Some(sp) = speaker {
                out.push(Found {
                    speaker: sp,
                    text: a.written(text_start..text_start + text.len()),
                    article,
                    sentence: a.shown(si),
                });
                spoke = Some(sp);
            }
        }
        let subject = tokens
            .sentence(article, si)
            .and_then(|t| subject_of(&t.words, &t.runs, people));
        if spoke.is_some() {
            last_speaker = spoke;
        } else if subject.is_some() {
            last_speaker = None;
        }
        last_subject = subject.or(last_subject);
    }
}

/// Who is speaking: a person, or a pronoun to resolve.
enum Speaker {
    Person(usize),
    Pronoun,
}

fn resolve(s: Speaker, _people: &People, fallback: Option<usize>) -> Option<usize> {
    match s {
        Speaker::Person(p) => Some(p),
        Speaker::Pronoun => fallback,
    }
}

fn is_speech(w: &Word) -> bool {
    SPEECH_VERBS.contains(&w.key())
}

fn person_in(ws: &[Word], range: std::ops::Range<usize>, people: &People) -> Option<usize> {
    let surface = ws[range]
        .iter()
        .map(|w| w.text)
        .collect::<Vec<_>>()
        .join(" ");
    people.resolve(&surface)
}

/// "..., Dupont said" / "..., said Dupont" / "..., he said".
fn speaker_after(after: &str, people: &People) -> Option<Speaker> {
    let ws = words(after);
    let verb = ws.iter().take(6).position(is_speech)?;
    let runs = name_runs(&ws);
    // "said Dupont": the name right after the verb.
    if let Some(r) = runs
        .iter()
        .find(|r| r.start == verb + 1 && !ws[verb].breaks_after())
    {
        return person_in(&ws, r.clone(), people).map(Speaker::Person);
    }
    if let Some(r) = runs.iter().rev().find(|r| r.end <= verb) {
        return person_in(&ws, r.clone(), people).map(Speaker::Person);
    }
    ws[..verb]
        .iter()
        .any(|w| PERSONAL_PRONOUNS.contains(&w.key()))
        .then_some(Speaker::Pronoun)
}

/// "Dupont said, ..." / "X said on Telegram, ..." / "X welcomed ..., saying, ..." / "He added, ...".
fn speaker_before(before: &str, people: &People) -> Option<Speaker> {
    let ws = words(before);
    let verb = ws.iter().rposition(is_speech)?;
    let participle = ws[verb].key().ends_with("ing");
    let runs = name_runs(&ws);
    // "Dupont said": the name right before the verb; otherwise ("X welcomed ..., saying",
    // "X thanked Y and said") the subject of the sentence.
    let adjacent = runs
        .iter()
        .find(|r| r.end == verb && !after_preposition(&ws, r.start))
        .cloned();
    let candidate = if participle { None } else { adjacent }.or_else(|| subject_run(&ws, &runs));
    if let Some(r) = candidate {
        if let Some(p) = person_in(&ws, r, people) {
            return Some(Speaker::Person(p));
        }
    }
    let pronoun = ws[..verb]
        .iter()
        .any(|w| PERSONAL_PRONOUNS.contains(&w.key()));
    pronoun.then_some(Speaker::Pronoun)
}

fn after_preposition(ws: &[Word], start: usize) -> bool {
    start > 0 && PREPOSITIONS.contains(&ws[start - 1].key())
}

fn subject_run(ws: &[Word], runs: &[std::ops::Range<usize>]) -> Option<std::ops::Range<usize>> {
    runs.iter()
        .find(|r| !after_preposition(ws, r.start))
        .cloned()
}

/// The person a sentence is about: its first person not after a preposition.
fn subject_of(ws: &[Word], runs: &[std::ops::Range<usize>], people: &People) -> Option<usize> {
    runs.iter()
        .filter(|r| !after_preposition(ws, r.start))
        .find_map(|r| person_in(ws, r.clone(), people))
}

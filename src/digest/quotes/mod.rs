//! Who said what: direct quotes with their speakers. Quoted passages come from paired
//! quotation marks of every style ([`marks`]); the speaker from the words around each
//! ([`attribution`]): a person named, "he", "she" or "the minister" resolved to the last
//! person who fits, or an unnamed source kept as described ([`speaker`]). A quote without
//! a cue of its own continues the speaker of its paragraph or the one before. The same
//! quote from several outlets is one entry ([`merge`]).

mod attribution;
mod context;
pub(super) mod marks;
mod merge;
mod speaker;

use crate::article::Article;
use crate::clean::bytes::word_count;
use crate::ids::{source_ids, ArticleId, PersonId, SentenceId};
use crate::lexicon::headings::TITLE_MINOR_WORDS;
use crate::model::{Evidence, Quote};
use crate::offsets::{ceil_boundary, floor_boundary};
use crate::people::People;
use crate::sorted::{SortedMap, SortedSet};
use crate::tokens::{words, words_within, Tokens, Word};
use attribution::Cue;
use context::Context;
use speaker::{Discourse, Who};
use std::collections::HashMap;
use std::ops::Range;

/// Fewest words of a quote; shorter quoted words are scare quotes ("rigged") unless
/// they stand as speech.
const MIN_QUOTE_WORDS: usize = 4;
/// Fewest words of a quote that stands as speech, its verb right by it ("I played well,"
/// Kim said).
const MIN_SPEECH_WORDS: usize = 3;
/// Overlap of words at which two quotes are one quote in different wording.
pub const SAME_QUOTE: f32 = 0.6;
/// Overlap below which two wordings of one quote differ enough to report.
pub const REWORDED: f32 = 0.9;
/// Bytes of the sentence kept on either side of a quote in its evidence.
const CONTEXT: usize = 200;
/// Most bytes of the attribution between the two parts of one quote.
const MAX_BETWEEN_PARTS: usize = 200;
/// Bytes of a sentence read back for a cue or a subject, so that a sentence of many
/// quotes is read in linear time.
const REACH: usize = 600;

/// One quote as found in one article.
#[derive(Debug, Clone)]
pub struct Found {
    /// Who said it.
    pub speaker: Who,
    /// The quoted words, as written.
    pub text: String,
    /// The article.
    pub article: ArticleId,
    /// The quote in its clause, as written: its evidence.
    pub sentence: Evidence,
    /// Body range of that clause, and of the quote from its opening to its closing mark.
    clause: Range<usize>,
    marks: Range<usize>,
    /// True when too short to be listed unless a next part goes on with it.
    fragment: bool,
}

impl Found {
    /// True when `next`, the next quote of the same sentence, goes on with this one: the
    /// same speaker, this one opening in capitals and closing on a comma, `next` opening in
    /// lowercase, only the attribution between ("“The temptation,” said Jane Doe, “is to
    /// spend it.”").
    fn goes_on_with(&self, next: &Found, a: &Article) -> bool {
        let closed = a
            .body
            .get(self.marks.clone())
            .map(|t| t.trim_end_matches(|c: char| !c.is_alphanumeric() && c != ','));
        // Between the two, only the attribution, set off by commas: not "…," Kim said,
        // adding that "…"; not "…," Kim said the court "…".
        let between = a.body.get(self.marks.end..next.marks.start).unwrap_or("");
        let attribution_only = between.len() <= MAX_BETWEEN_PARTS
            && between.trim_end().ends_with(',')
            && !between
                .split_whitespace()
                .any(|w| w.trim_end_matches(',') == "that");
        self.speaker == next.speaker
            && !next.fragment
            && self.text.starts_with(char::is_uppercase)
            && closed.is_some_and(|t| t.ends_with(','))
            && next.text.starts_with(char::is_lowercase)
            && attribution_only
    }

    /// This quote and `next`, which goes on with it, as one: "The temptation is to spend
    /// it." (the commas set off the attribution, not a pause of the speaker's).
    fn joined(self, next: Found, a: &Article) -> Found {
        let clause = self.clause.start..next.clause.end;
        let marks = self.marks.start..next.marks.end;
        Found {
            text: format!("{} {}", self.text.trim_end_matches(','), next.text),
            sentence: a.evidence_around(clause.clone(), marks.clone(), CONTEXT),
            clause,
            marks,
            fragment: false,
            ..self
        }
    }
}

/// One wording of a quote, with the articles that use it.
#[derive(Debug, Clone)]
pub struct Variant {
    /// The quoted words.
    pub text: String,
    /// The articles that quote it in this wording.
    pub articles: SortedSet<ArticleId>,
    /// The quote in its clause in each article that has it.
    pub sentences: SortedMap<ArticleId, Evidence>,
    /// The words, numbered by the merge and sorted.
    words: Vec<u32>,
}

impl Variant {
    /// Where this wording stands: one clause per article.
    pub fn evidence(&self) -> Vec<Evidence> {
        self.sentences.values().cloned().collect()
    }

    /// Words this wording shares with `other`, over the size of the smaller.
    pub fn overlap(&self, other: &Variant) -> f32 {
        merge::overlap(&self.words, &other.words)
    }
}

/// A quote merged across articles, with every wording found.
#[derive(Debug, Clone)]
pub struct Merged {
    /// The speaker, or none for a source the articles only describe.
    pub speaker: Option<PersonId>,
    /// How the articles describe an unnamed speaker ("a senior US official").
    pub described: Option<String>,
    /// The wordings found, each with its articles.
    pub variants: Vec<Variant>,
}

impl Merged {
    /// All articles that carry the quote.
    pub fn articles(&self) -> SortedSet<ArticleId> {
        self.variants
            .iter()
            .flat_map(|v| v.articles.iter().copied())
            .collect()
    }

    /// The speaker as shown: the person's fullest name, or the description.
    pub fn speaker_name<'a>(&'a self, people: &'a People) -> &'a str {
        match (&self.described, self.speaker.and_then(|p| people.get(p))) {
            (Some(d), _) => d,
            (None, Some(p)) => p.name(),
            (None, None) => "",
        }
    }
}

/// Finds the quotes of `articles` and merges them across articles.
pub fn find<'t>(articles: &'t [Article], people: &People, tokens: &Tokens<'t>) -> Vec<Merged> {
    // Quotes merge by speaker: a person by their index, an unnamed source by its
    // description, numbered after the people in order of first mention. Each quote is
    // merged as it is found.
    let mut described: HashMap<String, usize> = HashMap::new();
    let mut merger = merge::Merger::default();
    let mut add = |f: Found| {
        let k = match &f.speaker {
            Who::Person(p) => p.index(),
            Who::Unnamed(d) => {
                let n = described.len();
                *described
                    .entry(crate::case::lower(d))
                    .or_insert(people.persons.len() + n)
            }
        };
        merger.add(f, k);
    };
    for a in articles {
        find_in_article(a, people, tokens, &mut add);
    }
    merger.finish()
}

/// The quotes as digest entries, most carried first.
pub fn entries(merged: &[Merged], people: &People) -> Vec<Quote> {
    let mut out: Vec<(usize, Quote)> = merged
        .iter()
        .map(|m| {
            let best = m
                .variants
                .iter()
                .max_by_key(|v| (word_count(&v.text), v.articles.len()))
                .map(|v| v.text.clone())
                .unwrap_or_default();
            let mut sentences: SortedMap<ArticleId, &Evidence> = SortedMap::new();
            for v in &m.variants {
                for (a, s) in v.sentences.iter() {
                    sentences.get_or_insert_with(*a, || s);
                }
            }
            let evidence = sentences.values().map(|e| (*e).clone()).collect();
            let articles = m.articles();
            (
                articles.len(),
                Quote {
                    speaker: m.speaker_name(people).to_string(),
                    text: best,
                    sources: source_ids(&articles),
                    evidence,
                    unnamed: m.described.is_some(),
                },
            )
        })
        .collect();
    crate::sorted::sort_by_key(&mut out, |(n, _)| std::cmp::Reverse(*n));
    out.into_iter().map(|(_, q)| q).collect()
}

/// The character the input had at offset `i` of the body.
fn written_char(a: &Article, i: usize) -> Option<char> {
    a.source_text().get(a.map.get(i)..)?.chars().next()
}

/// Index in `a.segments` of the prose sentence holding body offset `at` (or starting
/// right after it: an opening mark may stand just before its sentence).
fn sentence_at(a: &Article, at: usize) -> Option<usize> {
    let i = a
        .segments
        .partition_point(|s| s.span.start <= at + 1)
        .checked_sub(1)?;
    let s = &a.segments[i];
    (s.kind == crate::segment::Kind::Sentence && at < s.span.end).then_some(i)
}

/// The body range of `piece` without its surrounding space (and a trailing comma or
/// semicolon when it ends the quote).
fn trimmed(body: &str, piece: &Range<usize>, last: bool) -> Range<usize> {
    let text = &body[piece.clone()];
    let lead = text.len() - text.trim_start().len();
    let mut inner = text.trim();
    if last {
        inner = inner.trim_end_matches([',', ';']).trim_end();
    }
    piece.start + lead..piece.start + lead + inner.len()
}

/// The written text of a range of the words `ws` of the body text that starts at `base`.
fn shown<'x, 'w>(
    a: &'x Article,
    base: usize,
    ws: &'x [Word<'w>],
) -> impl Fn(Range<usize>) -> String + use<'x, 'w> {
    move |r: Range<usize>| {
        let first = ws.get(r.start);
        let last = r.end.checked_sub(1).and_then(|e| ws.get(e));
        let (Some(f), Some(l)) = (first, last) else {
            return String::new();
        };
        let s = base + f.raw_span().start;
        let e = base + l.raw_span().end;
        a.written(s..e.max(s))
    }
}

/// What one passage of an article is, before its speaker is known.
struct Read {
    pieces: Vec<Range<usize>>,
    words: usize,
    speech_end: bool,
    sentence_end: bool,
    /// One piece written as a title ("The Count of Monte Cristo"): a name, not speech.
    title: bool,
}

/// Fewest letters of a word a title capitalizes ("of", "the", "and", "on" it need not).
const TITLE_WORD_LETTERS: usize = 4;

/// True when `text` is written as the title of a book, a film or a show: every word of
/// [`TITLE_WORD_LETTERS`] letters or more capitalized, two of them at least, some
/// letter in lowercase (not shouted), no short word in lowercase but those titles leave
/// so ([`TITLE_MINOR_WORDS`]), and no question or exclamation ("Where is Paula?" is
/// speech).
fn reads_as_title(text: &str) -> bool {
    let text = text.trim_end_matches([',', '.', ':', ';', ' ']);
    if text.ends_with(['?', '!']) || !text.chars().any(char::is_lowercase) {
        return false;
    }
    let mut capitalized = 0;
    for w in text.split_whitespace() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w.chars().filter(|c| c.is_alphabetic()).count() < TITLE_WORD_LETTERS {
            // "This *is* a *sad* day for Paris": a short word a title would capitalize.
            if w.starts_with(char::is_lowercase) && !TITLE_MINOR_WORDS.contains(w) {
                return false;
            }
            continue;
        }
        if !w.starts_with(char::is_uppercase) {
            return false;
        }
        capitalized += 1;
    }
    capitalized >= 2
}

fn read(a: &Article, p: &marks::Passage) -> Read {
    let n = p.pieces().len();
    let pieces: Vec<Range<usize>> = p
        .pieces()
        .enumerate()
        .map(|(i, r)| trimmed(&a.body, &r, i + 1 == n))
        .filter(|r| r.end > r.start)
        .collect();
    let words = pieces.iter().map(|r| word_count(&a.body[r.clone()])).sum();
    let last = p.last_piece().map_or("", |r| a.body[r].trim_end());
    let title = matches!(pieces.as_slice(), [one] if reads_as_title(&a.body[one.clone()]));
    Read {
        pieces,
        words,
        speech_end: last.ends_with([',', '.', '!', '?']),
        sentence_end: last.ends_with('.'),
        title,
    }
}

fn find_in_article<'t>(
    a: &'t Article,
    people: &People,
    tokens: &Tokens<'t>,
    out: &mut impl FnMut(Found),
) {
    // Offsets of the line breaks, in a body of at most 20 MB: in four bytes each.
    let mut line_ends: Vec<u32> = Vec::new();
    let passages = marks::passages(&a.body, |i| written_char(a, i), &mut line_ends);
    if passages.is_empty() {
        return;
    }
    let mut d = Discourse::default();
    let mut next = 0;
    // Paragraphs counted when they name someone or quote: a quote carries on across a
    // sub-heading or a paragraph of bare facts.
    let mut para = 0;
    let mut last_paragraph = None;
    let mut eventful = false;
    // The sentence's name runs with the people they name: one buffer for every sentence.
    let mut runs: Vec<(Range<usize>, PersonId)> = Vec::new();
    for si in a.sentence_indices() {
        // Past the last passage nothing more is quoted: who the rest names or says
        // matters to no quote.
        if next == passages.len() {
            break;
        }
        d.tick();
        let seg = &a.segments[si];
        if last_paragraph.is_some_and(|q| q != seg.paragraph) && eventful {
            para += 1;
            eventful = false;
        }
        last_paragraph = Some(seg.paragraph);
        while passages
            .get(next)
            .is_some_and(|p| p.open() + 1 < seg.span.start)
        {
            next += 1;
        }
        let first = next;
        while passages.get(next).is_some_and(|p| p.open() < seg.span.end) {
            next += 1;
        }
        let first_open = passages
            .get(first)
            .filter(|_| first < next)
            .map(|p| p.open());
        let id = SentenceId::new(a.id, si);
        let t = tokens.sentence(id);
        eventful |= first < next || t.is_some_and(|t| !t.runs.is_empty());
        runs.clear();
        if let Some(t) = t {
            runs.extend(
                people
                    .named_in(id)
                    .iter()
                    .filter_map(|&(k, p)| Some((t.runs.get(k)?.clone(), p))),
            );
        }
        if let Some(t) = t {
            // Who the sentence names before its first quote, and its subject.
            let until = first_open.map_or(t.words.len(), |o| {
                t.words
                    .partition_point(|w| seg.span.start + w.span().start < o)
            });
            for &(k, p) in people.named_in(id) {
                if t.runs.get(k).is_some_and(|r| r.end <= until) {
                    d.mention(p, para);
                }
            }
            // A subject to note: someone named, "he" or "she" opening the sentence, or an
            // unnamed person ("A tour guide was giving ...").
            if let Some(r) = attribution::subject(&t.words, until) {
                match speaker::person(&t.words, r.clone(), &runs, people, &d) {
                    Some(p) => d.subject(p, para),
                    None => {
                        let show = shown(a, seg.span.start, &t.words);
                        if let Some(s) = speaker::someone(&t.words, r, &show) {
                            d.someone(s);
                        }
                    }
                }
            }
        }
        let mut spoke = false;
        // The last quote found, held back while the next one may go on with it.
        let mut held: Option<(Found, usize)> = None;
        for k in first..next {
            let ctx = Context {
                a,
                tokens,
                passages: &passages,
                k,
                si,
                para,
                line_ends: &line_ends,
            };
            let (found, speech) = ctx.quote(people, &mut d);
            spoke |= speech;
            if let Some(f) = found {
                held = match held.take() {
                    Some((h, j)) if j + 1 == k && h.goes_on_with(&f, a) => {
                        Some((h.joined(f, a), k))
                    }
                    Some((h, _)) => {
                        if !h.fragment {
                            out(h);
                        }
                        Some((f, k))
                    }
                    None => Some((f, k)),
                };
            }
        }
        if let Some((h, _)) = held.filter(|(h, _)| !h.fragment) {
            out(h);
        }
        if spoke {
            continue;
        }
        // Reported speech names its speaker, or opens with "he" or "she". A sentence that
        // opens inside a quote ("... Kim continued to struggle," Lee said) is read after
        // its closing mark: what the quote says is no one's reported speech.
        let close = first
            .checked_sub(1)
            .and_then(|k| passages.get(k))
            .map(|p| p.close())
            .filter(|&c| c > seg.span.start + 1);
        let may_speak = !people.named_in(id).is_empty()
            || t.and_then(|t| t.words.first())
                .is_some_and(|w| matches!(w.key(), "he" | "she"));
        if let Some(t) = t.filter(|_| may_speak) {
            let from = close.map_or(0, |c| {
                t.words
                    .partition_point(|w| seg.span.start + w.span().start < c)
            });
            let heard = t.words.get(from..).map(attribution::indirect);
            let p = heard.into_iter().flatten().find_map(|r| {
                speaker::person(&t.words, r.start + from..r.end + from, &runs, people, &d)
            });
            if let Some(p) = p {
                d.spoke(&Who::Person(p), para, false);
            }
        }
    }
}

#[cfg(test)]
mod tests;

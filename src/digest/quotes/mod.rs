//! Who said what: direct quotes with their speakers. Quoted passages come from paired
//! quotation marks of every style ([`marks`]); the speaker from the words around each
//! ([`attribution`]): a person named, "he", "she" or "the minister" resolved to the last
//! person who fits, or an unnamed source kept as described ([`speaker`]). A quote without
//! a cue of its own continues the speaker of its paragraph or the one before. The same
//! quote from several outlets is one entry ([`merge`]).

mod attribution;
mod marks;
mod merge;
mod speaker;

use crate::article::Article;
use crate::model::{Evidence, Quote};
use crate::offsets::{ceil_boundary, floor_boundary};
use crate::people::tokens::Tokens;
use crate::people::words::{words, Word};
use crate::people::People;
use crate::sorted::{SortedMap, SortedSet};
use attribution::Cue;
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
const SAME_QUOTE: f32 = 0.6;
/// Overlap below which two wordings of one quote differ enough to report.
pub const REWORDED: f32 = 0.9;
/// Bytes of the sentence kept on either side of a quote in its evidence.
const CONTEXT: usize = 200;
/// Bytes of a sentence read back for a cue or a subject, so that a sentence of many
/// quotes is read in linear time.
const REACH: usize = 600;
/// The `speaker` of a quote whose source the articles do not name.
pub const UNNAMED: usize = usize::MAX;

/// One quote as found in one article.
#[derive(Debug, Clone)]
pub struct Found {
    /// Who said it.
    pub speaker: Who,
    /// The quoted words, as written.
    pub text: String,
    /// The article.
    pub article: usize,
    /// The quote in its clause, as written: its evidence.
    pub sentence: Evidence,
}

/// One wording of a quote, with the articles that use it.
#[derive(Debug, Clone)]
pub struct Variant {
    /// The quoted words.
    pub text: String,
    /// The articles that quote it in this wording.
    pub articles: SortedSet<usize>,
    /// The quote in its clause in each article that has it.
    pub sentences: SortedMap<usize, Evidence>,
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
    /// Speaker (people index), or [`UNNAMED`] for a source the articles only describe.
    pub speaker: usize,
    /// How the articles describe an unnamed speaker ("a senior US official").
    pub described: Option<String>,
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

    /// The speaker as shown: the person's fullest name, or the description.
    pub fn speaker_name<'a>(&'a self, people: &'a People) -> &'a str {
        match (&self.described, people.persons.get(self.speaker)) {
            (Some(d), _) => d,
            (None, Some(p)) => p.name(),
            (None, None) => "",
        }
    }
}

/// Finds the quotes of `articles` and merges them across articles.
#[inline(never)]
pub fn find(articles: &[Article], people: &People, tokens: &Tokens) -> Vec<Merged> {
    let mut found = Vec::new();
    for (ai, a) in articles.iter().enumerate() {
        find_in_article(a, ai, people, tokens, &mut found);
    }
    // Unnamed sources merge by their description.
    let mut described: HashMap<String, usize> = HashMap::new();
    for f in &found {
        if let Who::Unnamed(d) = &f.speaker {
            let n = described.len();
            described
                .entry(crate::case::lower(d))
                .or_insert(people.persons.len() + n);
        }
    }
    merge::merge(found, |f| match &f.speaker {
        Who::Person(p) => *p,
        Who::Unnamed(d) => described
            .get(&crate::case::lower(d))
            .copied()
            .unwrap_or(UNNAMED),
    })
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
            let mut sentences: SortedMap<usize, &Evidence> = SortedMap::new();
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
                    sources: ids(&articles),
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
    a.written.get(a.map.get(i)..)?.chars().next()
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
        let s = base + f.span().start + f.before().len();
        let e = base + l.span().start + l.before().len() + l.raw().len();
        a.written(s..e.max(s))
    }
}

/// What one passage of an article is, before its speaker is known.
struct Read {
    pieces: Vec<Range<usize>>,
    words: usize,
    speech_end: bool,
    sentence_end: bool,
}

fn read(a: &Article, p: &marks::Passage) -> Read {
    let n = p.pieces.len();
    let pieces: Vec<Range<usize>> = p
        .pieces
        .iter()
        .enumerate()
        .map(|(i, r)| trimmed(&a.body, r, i + 1 == n))
        .filter(|r| r.end > r.start)
        .collect();
    let words = pieces
        .iter()
        .map(|r| a.body[r.clone()].split_whitespace().count())
        .sum();
    let last = p.pieces.last().map_or("", |r| a.body[r.clone()].trim_end());
    Read {
        pieces,
        words,
        speech_end: last.ends_with([',', '.', '!', '?']),
        sentence_end: last.ends_with('.'),
    }
}

fn find_in_article(a: &Article, ai: usize, people: &People, tokens: &Tokens, out: &mut Vec<Found>) {
    let passages = marks::passages(&a.body, |i| written_char(a, i));
    if passages.is_empty() {
        return;
    }
    let line_ends: Vec<usize> = a.body.match_indices('\n').map(|(i, _)| i).collect();
    let mut d = Discourse::default();
    let mut next = 0;
    // Paragraphs counted when they name someone or quote: a quote carries on across a
    // sub-heading or a paragraph of bare facts.
    let mut para = 0;
    let mut last_paragraph = None;
    let mut eventful = false;
    for si in a.sentence_indices() {
        d.tick();
        let seg = &a.segments[si];
        if last_paragraph.is_some_and(|q| q != seg.paragraph) && eventful {
            para += 1;
            eventful = false;
        }
        last_paragraph = Some(seg.paragraph);
        while passages
            .get(next)
            .is_some_and(|p| p.open + 1 < seg.span.start)
        {
            next += 1;
        }
        let first = next;
        while passages.get(next).is_some_and(|p| p.open < seg.span.end) {
            next += 1;
        }
        let first_open = passages.get(first).filter(|_| first < next).map(|p| p.open);
        let t = tokens.sentence(ai, si);
        eventful |= first < next || t.is_some_and(|t| !t.runs.is_empty());
        // The sentence's name runs with the people they name.
        let runs: Vec<(Range<usize>, usize)> = t.map_or(Vec::new(), |t| {
            people
                .named_in(ai, si)
                .iter()
                .filter_map(|&(k, p)| Some((t.runs.get(k)?.clone(), p)))
                .collect()
        });
        if let Some(t) = t {
            // Who the sentence names before its first quote, and its subject.
            let until = first_open.map_or(t.words.len(), |o| {
                t.words
                    .partition_point(|w| seg.span.start + w.span().start < o)
            });
            for &(k, p) in people.named_in(ai, si) {
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
        for k in first..next {
            let ctx = Context {
                a,
                passages: &passages,
                k,
                si,
                para,
                line_ends: &line_ends,
            };
            let (found, speech) = ctx.quote(ai, people, &mut d);
            spoke |= speech;
            out.extend(found);
        }
        if spoke {
            continue;
        }
        // Reported speech names its speaker, or opens with "he" or "she".
        let may_speak = !people.named_in(ai, si).is_empty()
            || t.and_then(|t| t.words.first())
                .is_some_and(|w| matches!(w.key(), "he" | "she"));
        if let Some(t) = t.filter(|_| may_speak) {
            if let Some(r) = attribution::indirect(&t.words) {
                if let Some(p) = speaker::person(&t.words, r, &runs, people, &d) {
                    d.spoke(&Who::Person(p), para, false);
                }
            }
        }
    }
}

/// One passage of an article with what is around it.
struct Context<'a> {
    a: &'a Article,
    passages: &'a [marks::Passage],
    k: usize,
    si: usize,
    /// The paragraph, counting prose paragraphs only.
    para: usize,
    /// Offsets of the body's line breaks.
    line_ends: &'a [usize],
}

impl Context<'_> {
    /// The quote of this passage with its speaker, noting who spoke in `d`.
    fn quote(&self, ai: usize, people: &People, d: &mut Discourse) -> (Option<Found>, bool) {
        let (a, p) = (self.a, &self.passages[self.k]);
        let seg = &a.segments[self.si];
        let para = self.para;
        let r = read(a, p);
        let Some(first) = r.pieces.first() else {
            return (None, false);
        };
        let lower_start = a.body[first.clone()].starts_with(char::is_lowercase);
        let prev_close = self.k.checked_sub(1).map_or(0, |j| self.passages[j].close);
        let before_from = seg.span.start.max(prev_close).min(p.open);
        let after_to = self.after_end();
        let before_ws = words(&a.body[before_from..p.open]);
        // "A show called "...": a name, not speech.
        if attribution::names_what_follows(&before_ws) {
            return (None, false);
        }
        let outside = std::cell::OnceCell::new();
        let after_ws = words(a.body.get(p.close..after_to).unwrap_or(""));
        let named = |ws: &[Word], base: usize, f: &attribution::Found| {
            let who = match &f.cue {
                Cue::Phrase(range) => {
                    speaker::classify(ws, range.clone(), people, d, &shown(a, base, ws))
                }
                Cue::Subject(clause) => {
                    let in_clause = ws.get(clause.clone()).and_then(|c| {
                        let r = attribution::subject(c, c.len())?;
                        let r = clause.start + r.start..clause.start + r.end;
                        speaker::classify(ws, r, people, d, &shown(a, base, ws))
                    });
                    // The sentence's subject, its quotes left out; when it opens with a
                    // quote, that quote's speaker.
                    in_clause
                        .or_else(|| {
                            let (text, from) = self.outside_quotes(seg.span.start, p.open)?;
                            let ws = words(&text);
                            let r = attribution::subject(&ws, ws.len())?;
                            let show = shown(a, from, &ws);
                            speaker::classify(&ws, r, people, d, &show)
                        })
                        .or_else(|| d.last_in(para))
                }
            };
            // "Her daughter, Jane Doe, said": an aside when it names the person.
            let aside = f.aside.iter().find_map(|range| {
                speaker::classify(ws, range.clone(), people, d, &shown(a, base, ws))
                    .filter(|w| matches!(w, Who::Person(_)))
            });
            match who {
                Some(Who::Person(_)) => who,
                _ => aside.or(who),
            }
        };
        let (who, adjacent) = if let Some(f) = attribution::after(&after_ws, r.sentence_end) {
            (named(&after_ws, p.close, &f), f.adjacent)
        } else if let Some(f) = attribution::before(&before_ws) {
            (named(&before_ws, before_from, &f), f.adjacent)
        } else if let Some((f, ws, base)) = outside
            .get_or_init(|| self.outside_quotes(before_from.saturating_sub(REACH), before_from))
            .as_ref()
            .and_then(|(text, base)| {
                let ws = words(text);
                attribution::before(&ws).map(|f| (f, ws, *base))
            })
        {
            // The verb before an earlier quote of the sentence: "He said he saw the
            // "dark side" of it "flex its muscles"".
            (named(&ws, base, &f), false)
        } else if let Some(range) = attribution::according(&after_ws) {
            let who = speaker::classify(&after_ws, range, people, d, &shown(a, p.close, &after_ws));
            (who, false)
        } else {
            // No cue: the speaker of the paragraph carries on, for a quote that stands as
            // its own sentence or follows another quote of the paragraph.
            let own_sentence = p.open <= seg.span.start + 1;
            let carried = d
                .last_in(para)
                .or_else(|| own_sentence.then(|| d.carried(para)).flatten())
                .filter(|_| !lower_start);
            (carried, false)
        };
        // A short quote is speech when its verb stands right by it and it reads as an
        // utterance: a capital, a final stop or comma ("I played well," Kim said).
        let speech = adjacent && r.speech_end && !lower_start;
        let long_enough = r.words >= MIN_QUOTE_WORDS || (speech && r.words >= MIN_SPEECH_WORDS);
        let Some(who) = who else {
            return (None, false);
        };
        if !(long_enough || speech) {
            return (None, false);
        }
        d.spoke(&who, para, true);
        if !long_enough {
            return (None, true);
        }
        let text = r
            .pieces
            .iter()
            .map(|x| a.written(x.clone()))
            .collect::<Vec<_>>()
            .join(" ");
        let found = Found {
            speaker: who,
            text,
            article: ai,
            sentence: self.evidence(before_from, after_to),
        };
        (Some(found), true)
    }

    /// The sentence from `from` to `to` ([`REACH`] bytes at most) with its earlier quotes
    /// blanked out, offsets kept, and the body offset it starts at: where a speech verb
    /// or a subject outside those quotes is looked for.
    fn outside_quotes(&self, from: usize, to: usize) -> Option<(String, usize)> {
        let seg = &self.a.segments[self.si];
        let body = &self.a.body;
        let from = ceil_boundary(body, seg.span.start.max(from));
        let to = floor_boundary(body, to.min(from + REACH));
        if from >= to {
            return None;
        }
        let mut text = body[from..to].to_string();
        // Only the quotes between `from` and `to`: a sentence of many quotes stays linear.
        let overlapping = self.passages[..self.k].partition_point(|q| q.open < to);
        for q in self.passages[..overlapping]
            .iter()
            .rev()
            .take_while(|q| q.close > from)
        {
            let (s, e) = (q.open.max(from), q.close.min(to));
            if s < e {
                text.replace_range(s - from..e - from, &" ".repeat(e - s));
            }
        }
        Some((text, from))
    }

    /// Where the words after the passage that may attribute it end: the end of the
    /// sentence it closes in, the next passage, or the paragraph's end.
    fn after_end(&self) -> usize {
        let (a, p) = (self.a, &self.passages[self.k]);
        let line_end = self
            .line_ends
            .get(self.line_ends.partition_point(|&e| e < p.close))
            .copied()
            .unwrap_or(a.body.len());
        // The sentence the passage closes in; when a question or exclamation ends it, the
        // next sentence too ("...?" Kim asked.).
        let asks =
            a.body[..floor_boundary(&a.body, p.close.saturating_sub(1))].ends_with(['?', '!']);
        let sentence_end = sentence_at(a, p.close.saturating_sub(1)).map_or(line_end, |i| {
            let s = &a.segments[i];
            match a.segments.get(i + 1) {
                Some(n) if asks && s.span.end <= p.close + 1 && n.paragraph == s.paragraph => {
                    n.span.end
                }
                _ => s.span.end,
            }
        });
        let next_open = self
            .passages
            .get(self.k + 1)
            .map_or(a.body.len(), |n| n.open);
        line_end.min(sentence_end).min(next_open).max(p.close)
    }

    /// The quote in its clause, as written: from `from` to `to` of the body, cut to
    /// [`CONTEXT`] bytes either side of the quote and to the quote's first paragraph.
    fn evidence(&self, from: usize, to: usize) -> Evidence {
        let (a, p) = (self.a, &self.passages[self.k]);
        // A quote over paragraphs is shown in its first one.
        let first_line_end = match p.pieces.as_slice() {
            [first, _, ..] => first.end,
            _ => a.body.len(),
        };
        let to = to.min(first_line_end.max(p.open));
        a.evidence_around(from..to, p.open..p.close, CONTEXT)
    }
}

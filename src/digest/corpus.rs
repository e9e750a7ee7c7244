//! The sentences of all articles in one list, with their vectors: what the consolidation
//! stages (takeaways, unresolved issues, discrepancies) read.

use super::similarity::Vectors;
use super::terms::{pieces, TermRuns, Terms};
use crate::article::Article;
use crate::ids::{ArticleId, SentenceId};
use crate::model::Evidence;
use crate::sorted::SortedMap;
use crate::tokens::Lowered;

/// Most words of a sentence that states something: a longer one is a run-on (a list or a
/// table pasted as one line, quotes strung together), which no reader takes as one
/// statement. News sentences stay well under it: the longest of the 200 CNN stories of
/// the dev corpus has 89 words.
const RUN_ON_WORDS: usize = 150;

/// One prose sentence of the corpus.
struct Sentence<'a> {
    article: &'a Article,
    id: SentenceId,
    /// Its position among its article's sentences.
    position: usize,
}

/// Every prose sentence of `articles`, in article order.
fn sentence_keys(articles: &[Article]) -> Vec<Sentence<'_>> {
    articles
        .iter()
        .flat_map(|article| {
            article
                .sentence_ids()
                .enumerate()
                .map(move |(position, id)| Sentence {
                    article,
                    id,
                    position,
                })
        })
        .collect()
}

/// The term spans of every sentence of `lower`, in one list, and where each sentence's
/// start in it (one more than the sentences: the last is the end). Eight bytes a term.
fn term_spans(lower: &Lowered) -> (Vec<[u32; 2]>, Vec<u32>) {
    let mut spans: Vec<[u32; 2]> = Vec::new();
    let mut starts: Vec<u32> = Vec::with_capacity(lower.sentences().len() + 1);
    starts.push(0);
    for s in lower.sentences() {
        // Offsets in one sentence: the input is at most 20 MB.
        spans.extend(crate::tokens::term_spans(s).map(|r| [r.start as u32, r.end as u32]));
        starts.push(spans.len() as u32);
    }
    spans.shrink_to_fit();
    (spans, starts)
}

/// The terms of sentence `i` of `lower`, whose term spans `spans` and `starts` hold.
fn words<'a: 's, 's>(
    lower: &'a Lowered,
    spans: &'s [[u32; 2]],
    starts: &[u32],
    i: usize,
) -> impl ExactSizeIterator<Item = &'a str> + 's {
    let text = lower.sentence(i);
    let (from, to) = (starts.get(i).copied(), starts.get(i + 1).copied());
    let mine = spans
        .get(from.unwrap_or(0) as usize..to.unwrap_or(0) as usize)
        .unwrap_or(&[]);
    mine.iter()
        .map(move |&[s, e]| text.get(s as usize..e as usize).unwrap_or(""))
}

/// Every prose sentence of every article.
pub struct Corpus<'a> {
    articles: &'a [Article],
    sentences: Vec<Sentence<'a>>,
    /// Content-term vectors, one per sentence.
    pub vectors: Vectors,
    /// The stemmed terms of the corpus.
    pub terms: Terms<'a>,
    /// The sentences in lowercase, what their terms are read from.
    lower: &'a Lowered,
    /// The byte spans of the terms ([`crate::tokens::terms()`]) of each sentence in its
    /// lowercase text, all in one list: sentence `i` has `spans[starts[i]..starts[i + 1]]`.
    spans: Vec<[u32; 2]>,
    starts: Vec<u32>,
    /// Per sentence, its terms in order, function words included.
    tokens: TermRuns,
}

impl<'a> Corpus<'a> {
    /// The corpus of `articles`, whose prose sentences `lower` holds in lowercase.
    // Not inlined into the digest: about 50 bytes less gzipped WebAssembly.
    #[inline(never)]
    pub fn new(articles: &'a [Article], lower: &'a Lowered) -> Corpus<'a> {
        let sentences = sentence_keys(articles);
        let (spans, starts) = term_spans(lower);
        let runs = (0..starts.len().saturating_sub(1)).map(|i| words(lower, &spans, &starts, i));
        let (terms, tokens) = Terms::number(runs, spans.len());
        let content = tokens
            .iter()
            .map(|t| t.iter().copied().filter(|&x| !terms.is_stop(x)));
        let vectors = Vectors::new(content, terms.len());
        Corpus {
            articles,
            sentences,
            vectors,
            terms,
            lower,
            spans,
            starts,
            tokens,
        }
    }

    /// The terms of sentence `i` in order, function words included.
    pub fn tokens(&self, i: usize) -> &[u32] {
        self.tokens.run(i)
    }

    /// The terms of lowercase `text`, in order, function words included; words the corpus
    /// does not hold are left out.
    pub fn tokens_of(&self, text: &str) -> Vec<u32> {
        let lowered = crate::case::lower(text);
        crate::tokens::terms(&lowered)
            .into_iter()
            .flat_map(pieces)
            .filter_map(|p| self.terms.find(p))
            .collect()
    }

    /// The lowercase words of sentence `i` (its terms, [`crate::tokens::terms()`]).
    #[cfg(test)]
    pub fn words(&self, i: usize) -> Vec<&'a str> {
        self.word_iter(i).collect()
    }

    /// The byte spans of the words of sentence `i` in its lowercase text, one by one: of
    /// a sentence in ASCII, their spans in the sentence as written too.
    pub fn word_spans(&self, i: usize) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
        let (from, to) = (self.starts.get(i).copied(), self.starts.get(i + 1).copied());
        self.spans
            .get(from.unwrap_or(0) as usize..to.unwrap_or(0) as usize)
            .unwrap_or(&[])
            .iter()
            .map(|&[s, e]| s as usize..e as usize)
    }

    /// The lowercase words of sentence `i`, one by one (see [`Corpus::words`]).
    pub fn word_iter(&self, i: usize) -> impl ExactSizeIterator<Item = &'a str> + '_ {
        words(self.lower, &self.spans, &self.starts, i)
    }

    /// True when sentence `i` is a run-on of more than [`RUN_ON_WORDS`] words: the
    /// stages that take statements (takeaways, open issues) and weigh what they cover
    /// pass it by.
    pub fn is_run_on(&self, i: usize) -> bool {
        self.word_iter(i).len() > RUN_ON_WORDS
    }

    /// Number of sentences.
    pub fn len(&self) -> usize {
        self.sentences.len()
    }

    /// Number of articles.
    pub fn article_count(&self) -> usize {
        self.articles.len()
    }

    /// The article of sentence `i` and the index of the sentence among its segments.
    fn segment(&self, i: usize) -> Option<(&'a Article, usize)> {
        let s = self.sentences.get(i)?;
        Some((s.article, s.id.segment()))
    }

    /// Text of sentence `i`.
    pub fn text(&self, i: usize) -> &'a str {
        self.segment(i).map_or("", |(a, s)| a.text(s))
    }

    /// The input's own text of sentence `i`: what is shown (see [`Article::shown`]).
    pub fn shown(&self, i: usize) -> String {
        self.segment(i).map(|(a, s)| a.shown(s)).unwrap_or_default()
    }

    /// The input's own text of bytes `span` of sentence `i` (of its normalized text).
    pub fn shown_span(&self, i: usize, span: std::ops::Range<usize>) -> String {
        let Some((article, s)) = self.segment(i) else {
            return String::new();
        };
        let start = article.segments.get(s).map_or(0, |seg| seg.span.start);
        article.written(start + span.start..start + span.end)
    }

    /// The article of sentence `i`.
    pub fn article(&self, i: usize) -> ArticleId {
        self.sentences[i].id.article()
    }

    /// Sentence `i` as the article's sentence.
    pub fn key(&self, i: usize) -> SentenceId {
        self.sentences[i].id
    }

    /// Position of sentence `i` among its article's sentences (0 for the lead).
    pub fn position(&self, i: usize) -> usize {
        self.sentences[i].position
    }

    /// One piece of evidence per article from `sentences` (sentence indices): the first
    /// given for each article, in article order.
    pub fn evidence(&self, sentences: impl IntoIterator<Item = usize>) -> Vec<Evidence> {
        let mut by_article: SortedMap<ArticleId, usize> = SortedMap::new();
        for i in sentences {
            by_article.get_or_insert_with(self.article(i), || i);
        }
        by_article
            .into_iter()
            .filter_map(|(_, i)| self.segment(i).map(|(a, s)| a.evidence(s)))
            .collect()
    }
}

#[cfg(test)]
mod tests;

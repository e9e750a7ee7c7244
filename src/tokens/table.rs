//! The token table: every prose sentence of a set of articles tokenized once, in article
//! and segment order, for the stages that read its words or its terms.

use super::terms::terms;
use super::words::{words, Word};
use crate::article::Article;
use crate::ids::SentenceId;
use std::ops::Range;

/// The tokens of one sentence: its words, its name runs and its terms.
pub struct Sentence<'a> {
    /// The words, with spans relative to the sentence text.
    pub words: Vec<Word<'a>>,
    /// Ranges of `words` that are names, as the people stage marks them (empty until then).
    pub runs: Vec<Range<usize>>,
    /// The terms in lowercase ([`super::terms()`]), borrowed from the [`Lowered`] sentences.
    pub terms: Vec<&'a str>,
}

/// The prose sentences of a set of articles in lowercase, in one string: what the terms of
/// the token table are borrowed from.
pub struct Lowered {
    text: String,
    /// Where each sentence ends in `text`, in table order.
    ends: Vec<usize>,
}

impl Lowered {
    /// The prose sentences of `articles` in lowercase.
    pub fn new(articles: &[Article]) -> Lowered {
        // Lowercase is never longer than the text: one allocation holds it all.
        let mut text = String::with_capacity(articles.iter().map(|a| a.body.len()).sum());
        let mut ends = Vec::new();
        for a in articles {
            for si in a.sentence_indices() {
                text.push_str(&crate::case::lower(a.text(si)));
                ends.push(text.len());
            }
        }
        Lowered { text, ends }
    }

    /// The lowercase sentences, in table order.
    fn sentences(&self) -> impl Iterator<Item = &str> {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        starts
            .zip(&self.ends)
            .map(|(s, &e)| self.text.get(s..e).unwrap_or(""))
    }
}

/// Marks a segment that is not a prose sentence in [`Tokens::index`].
const NONE: u32 = u32::MAX;

/// The tokenized prose sentences of a set of articles.
pub struct Tokens<'a> {
    /// The sentences, in article order, then segment order.
    sentences: Vec<Sentence<'a>>,
    /// Per article id (none for an id the set leaves out), per segment: the index of its
    /// sentence in `sentences`, or [`NONE`].
    index: Vec<Vec<u32>>,
}

impl<'a> Tokens<'a> {
    /// Tokenizes every prose sentence of `articles`, whose lowercase form `lowered` holds.
    pub fn new(articles: &'a [Article], lowered: &'a Lowered) -> Tokens<'a> {
        let mut index: Vec<Vec<u32>> = Vec::new();
        index.resize_with(crate::article::id_bound(articles), Vec::new);
        let mut sentences = Vec::with_capacity(lowered.ends.len());
        let mut lower = lowered.sentences();
        for a in articles {
            let mut at = vec![NONE; a.segments.len()];
            for si in a.sentence_indices() {
                if let Some(slot) = at.get_mut(si) {
                    *slot = u32::try_from(sentences.len()).unwrap_or(NONE);
                }
                sentences.push(Sentence {
                    words: words(a.text(si)),
                    runs: Vec::new(),
                    terms: lower.next().map(terms).unwrap_or_default(),
                });
            }
            if let Some(slot) = index.get_mut(a.id.index()) {
                *slot = at;
            }
        }
        Tokens { sentences, index }
    }

    /// The tokens of sentence `s`, when it is a prose sentence of the set.
    pub fn sentence(&self, s: SentenceId) -> Option<&Sentence<'a>> {
        let i = *self.index.get(s.article().index())?.get(s.segment())?;
        self.sentences.get(i as usize)
    }

    /// Every sentence, in article order, then segment order.
    pub fn sentences(&self) -> &[Sentence<'a>] {
        &self.sentences
    }

    /// Every sentence, in article order, then segment order, to mark its name runs.
    pub fn sentences_mut(&mut self) -> &mut [Sentence<'a>] {
        &mut self.sentences
    }
}

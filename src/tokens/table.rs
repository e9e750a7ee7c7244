//! The token table: every prose sentence of a set of articles tokenized once, in article
//! and segment order, for the stages that read its words; and the same sentences in
//! lowercase, what their terms are read from.

use super::words::{words, Word};
use crate::article::Article;
use crate::ids::SentenceId;
use std::ops::Range;

/// The tokens of one sentence: its words and its name runs, each list boxed at its
/// length (every sentence's are kept until the last stage reading them).
pub struct Sentence<'a> {
    /// The words, with spans relative to the sentence text.
    pub words: Box<[Word<'a>]>,
    /// Ranges of `words` that are names, as the people stage marks them (empty until then).
    pub runs: Box<[Range<usize>]>,
}

/// The prose sentences of a set of articles in lowercase, in one string, in the order of
/// the token table: what their terms ([`super::terms()`]) are read and borrowed from. The
/// terms are not kept: read again where needed, they cost no memory between stages.
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
                // As `case::lower`, written straight into the one string.
                crate::case::push_lower(&mut text, a.text(si));
                ends.push(text.len());
            }
        }
        Lowered { text, ends }
    }

    /// The lowercase sentences, in table order.
    pub fn sentences(&self) -> impl ExactSizeIterator<Item = &str> + Clone {
        (0..self.ends.len()).map(|i| self.sentence(i))
    }

    /// Lowercase sentence `i` of the table order (empty past the last).
    pub fn sentence(&self, i: usize) -> &str {
        let start = i.checked_sub(1).and_then(|p| self.ends.get(p)).copied();
        match self.ends.get(i) {
            Some(&end) => self.text.get(start.unwrap_or(0)..end).unwrap_or(""),
            None => "",
        }
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
    /// Tokenizes every prose sentence of `articles`.
    pub fn new(articles: &'a [Article]) -> Tokens<'a> {
        let mut index: Vec<Vec<u32>> = Vec::new();
        index.resize_with(crate::article::id_bound(articles), Vec::new);
        let count = articles.iter().map(|a| a.sentence_indices().count()).sum();
        let mut sentences = Vec::with_capacity(count);
        for a in articles {
            let mut at = vec![NONE; a.segments.len()];
            for si in a.sentence_indices() {
                if let Some(slot) = at.get_mut(si) {
                    *slot = u32::try_from(sentences.len()).unwrap_or(NONE);
                }
                sentences.push(Sentence {
                    words: words(a.text(si)).into_boxed_slice(),
                    runs: Box::default(),
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

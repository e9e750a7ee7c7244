//! Each sentence tokenized once: its words and its name runs, shared by the stages that
//! read people (the people themselves, delegations, quotes).

use super::names::name_runs;
use super::words::{words, Word};
use crate::article::Article;
use std::ops::Range;

/// The words of one sentence and the word ranges of its name runs.
pub struct Sentence<'a> {
    /// The words, with spans relative to the sentence text.
    pub words: Vec<Word<'a>>,
    /// Ranges of `words` that are names.
    pub runs: Vec<Range<usize>>,
}

/// The tokenized prose sentences of a set of articles, by article and segment.
pub struct Tokens<'a> {
    by_article: Vec<Vec<Option<Sentence<'a>>>>,
}

impl<'a> Tokens<'a> {
    /// Tokenizes every prose sentence of `articles`.
    #[inline(never)]
    pub fn new(articles: &'a [Article]) -> Tokens<'a> {
        let by_article = articles
            .iter()
            .map(|a| {
                let mut sentences: Vec<Option<Sentence<'a>>> =
                    (0..a.segments.len()).map(|_| None).collect();
                for si in a.sentence_indices() {
                    let words = words(a.text(si));
                    let runs = name_runs(&words);
                    if let Some(slot) = sentences.get_mut(si) {
                        *slot = Some(Sentence { words, runs });
                    }
                }
                sentences
            })
            .collect();
        Tokens { by_article }
    }

    /// The tokens of segment `segment` of article `article`, when it is a prose sentence.
    pub fn sentence(&self, article: usize, segment: usize) -> Option<&Sentence<'a>> {
        self.by_article.get(article)?.get(segment)?.as_ref()
    }
}

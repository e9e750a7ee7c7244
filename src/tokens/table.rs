//! The token table: every prose sentence of a set of articles tokenized once, by article
//! and segment, for the stages that read its words.

use crate::article::Article;
use crate::tokens::{words, Word};
use std::ops::Range;

/// The words of one sentence and the word ranges of its name runs.
pub struct Sentence<'a> {
    /// The words, with spans relative to the sentence text.
    pub words: Vec<Word<'a>>,
    /// Ranges of `words` that are names, as the people stage marks them (empty until then).
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
                    if let Some(slot) = sentences.get_mut(si) {
                        *slot = Some(Sentence {
                            words: words(a.text(si)),
                            runs: Vec::new(),
                        });
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

    /// Every tokenized sentence, in article and segment order.
    pub fn sentences(&self) -> impl Iterator<Item = &Sentence<'a>> {
        self.by_article.iter().flatten().flatten()
    }

    /// Every tokenized sentence, in article and segment order, to mark its name runs.
    pub fn sentences_mut(&mut self) -> impl Iterator<Item = &mut Sentence<'a>> {
        self.by_article.iter_mut().flatten().flatten()
    }
}

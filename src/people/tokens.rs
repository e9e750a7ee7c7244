//! Each sentence tokenized once: its words and its name runs, shared by the stages that
//! read people (the people themselves, delegations, quotes).

use super::names::name_runs;
use super::words::{words, Word};
use crate::article::Article;
use crate::lexicon::stopwords::STOPWORDS;
use std::collections::HashSet;
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
        let mut by_article: Vec<Vec<Option<Sentence<'a>>>> = articles
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
        // A capital at a sentence's start does not make a function word, a participle or
        // a word the articles also write in lowercase a name ("Can", "Citing").
        let lowercase: HashSet<&'a str> = by_article
            .iter()
            .flatten()
            .flatten()
            .flat_map(|s| s.words.iter().skip(1))
            .map(|w| w.text)
            .filter(|t| t.starts_with(|c: char| c.is_lowercase()))
            .collect();
        for s in by_article.iter_mut().flatten().flatten() {
            let mut runs = name_runs(&s.words);
            if let Some(first) = runs.first_mut().filter(|r| r.start == 0) {
                let w = &s.words[0];
                let k = w.key();
                let common = STOPWORDS.contains(&k)
                    || (k.len() >= 6 && k.ends_with("ing"))
                    || (lowercase.contains(crate::case::lower(w.text).as_str())
                        && (k.ends_with("ed") || k.ends_with("ly")));
                if common {
                    first.start += 1;
                }
            }
            // "We Support Jane Doe": a word of a title-cased name of three words or more that
            // the articles also write in lowercase opens no name.
            for r in runs.iter_mut().filter(|r| r.len() >= 3) {
                let w = &s.words[r.start];
                if lowercase.contains(crate::case::lower(w.text).as_str()) {
                    r.start += 1;
                }
            }
            runs.retain(|r| r.start < r.end);
            s.runs = runs;
        }
        Tokens { by_article }
    }

    /// The tokens of segment `segment` of article `article`, when it is a prose sentence.
    pub fn sentence(&self, article: usize, segment: usize) -> Option<&Sentence<'a>> {
        self.by_article.get(article)?.get(segment)?.as_ref()
    }
}

//! Each sentence tokenized once: its words and its name runs, shared by the stages that
//! read people (the people themselves, delegations, quotes).

use super::lookup::is_stopword;
use super::names::name_runs;
use super::words::{words, Word};
use crate::article::Article;
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
        // a word the articles also write in lowercase a name ("Can", "Citing"); nor a word
        // opening a title-cased name of three words or more ("We Support Jane Doe"). The
        // words to check are gathered first, then looked for in one pass.
        let mut runs: Vec<Vec<Vec<Range<usize>>>> = Vec::with_capacity(by_article.len());
        let mut doubtful: HashSet<String> = HashSet::new();
        for article in &by_article {
            let mut per = Vec::with_capacity(article.len());
            for s in article {
                let Some(s) = s else {
                    per.push(Vec::new());
                    continue;
                };
                let rs = name_runs(&s.words);
                for r in &rs {
                    let w = &s.words[r.start];
                    let k = w.key();
                    let first = r.start == 0 && (k.ends_with("ed") || k.ends_with("ly"));
                    if first || r.len() >= 3 {
                        doubtful.insert(crate::case::lower(w.text()));
                    }
                }
                per.push(rs);
            }
            runs.push(per);
        }
        let mut lengths = [false; 32];
        for d in &doubtful {
            if let Some(l) = lengths.get_mut(d.len()) {
                *l = true;
            }
        }
        let lowercase: HashSet<&str> = if doubtful.is_empty() {
            HashSet::new()
        } else {
            by_article
                .iter()
                .flatten()
                .flatten()
                .flat_map(|s| s.words.iter().skip(1))
                .map(|w| w.text())
                .filter(|t| lengths.get(t.len()).copied().unwrap_or(false))
                .filter(|t| t.starts_with(|c: char| c.is_lowercase()) && doubtful.contains(*t))
                .collect()
        };
        for (article, article_runs) in by_article.iter_mut().zip(runs) {
            for (s, mut rs) in article.iter_mut().zip(article_runs) {
                let Some(s) = s else { continue };
                if let Some(first) = rs.first_mut().filter(|r| r.start == 0) {
                    let w = &s.words[0];
                    let k = w.key();
                    let common = is_stopword(k)
                        || (k.len() >= 6 && k.ends_with("ing"))
                        || (lowercase.contains(crate::case::lower(w.text()).as_str())
                            && (k.ends_with("ed") || k.ends_with("ly")));
                    if common {
                        first.start += 1;
                    }
                }
                for r in rs.iter_mut().filter(|r| r.len() >= 3) {
                    let w = &s.words[r.start];
                    if lowercase.contains(crate::case::lower(w.text()).as_str()) {
                        r.start += 1;
                    }
                }
                rs.retain(|r| r.start < r.end);
                s.runs = rs;
            }
        }
        Tokens { by_article }
    }

    /// The tokens of segment `segment` of article `article`, when it is a prose sentence.
    pub fn sentence(&self, article: usize, segment: usize) -> Option<&Sentence<'a>> {
        self.by_article.get(article)?.get(segment)?.as_ref()
    }
}

//! Articles: an input turned into a normalized body with its title and segments.

use crate::error::Error;
use crate::model::ArticleInput;
use crate::normalize::normalize;
use crate::segment::{segment, Kind, Segment};
use crate::{extract, MAX_INPUT_BYTES};

/// Fewest words a heading needs to serve as the article's title.
const TITLE_MIN_WORDS: usize = 3;
/// How many leading paragraphs are searched for a title.
const TITLE_SEARCH_PARAGRAPHS: usize = 3;
/// Words kept when the title is cut from the first sentence.
const TITLE_FALLBACK_WORDS: usize = 12;

/// One article, ready for the later stages.
#[derive(Debug, Clone)]
pub struct Article {
    /// Short id used in `sources`: `a1`, `a2`, ...
    pub id: String,
    /// The headline, or the first words of the body.
    pub title: String,
    /// The outlet's name, when known.
    pub outlet: String,
    /// File name or URL.
    pub source: String,
    /// The normalized text.
    pub body: String,
    /// Headings and sentences of `body`, in order.
    pub segments: Vec<Segment>,
    /// Index in `segments` of the heading used as title, if any.
    pub title_segment: Option<usize>,
}

impl Article {
    /// Reads the `index`-th (0-based) input.
    pub fn read(input: &ArticleInput, index: usize) -> Result<Article, Error> {
        let (raw, page) = if input.html {
            let page = extract::extract(&input.text).map_err(|_| Error::NoArticleInPage {
                index: index + 1,
                source: input.source.clone(),
            })?;
            (page.story(), Some(page.metadata))
        } else {
            (input.text.clone(), None)
        };
        let body = crate::clean::clean(&normalize(&raw));
        if !body.chars().any(char::is_alphabetic) {
            return Err(Error::EmptyArticle {
                index: index + 1,
                source: input.source.clone(),
            });
        }
        if body.len() > MAX_INPUT_BYTES {
            return Err(Error::TooLarge {
                limit: MAX_INPUT_BYTES,
            });
        }
        let segments = segment(&body);
        let title_segment = find_title(&body, &segments);
        let page_title = page.as_ref().and_then(|m| m.title.clone());
        let title = match (page_title, title_segment) {
            (Some(t), _) => normalize(&t),
            (None, Some(i)) => body[segments[i].span.clone()].to_string(),
            (None, None) => fallback_title(&body, &segments),
        };
        let outlet = input
            .outlet
            .clone()
            .or_else(|| page.and_then(|m| m.site_name))
            .unwrap_or_default();
        Ok(Article {
            id: format!("a{}", index + 1),
            title,
            outlet,
            source: input.source.clone(),
            body,
            segments,
            title_segment,
        })
    }

    /// The text of segment `i`.
    pub fn text(&self, i: usize) -> &str {
        self.segments
            .get(i)
            .and_then(|s| self.body.get(s.span.clone()))
            .unwrap_or("")
    }

    /// Indices of the prose sentences, headings left out.
    pub fn sentence_indices(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.segments.len()).filter(|&i| self.segments[i].kind == Kind::Sentence)
    }

    /// Words in the body, the title line left out.
    pub fn word_count(&self) -> usize {
        let title_words = self
            .title_segment
            .map_or(0, |i| self.text(i).split_whitespace().count());
        self.body.split_whitespace().count() - title_words
    }
}

/// The first heading of a few words among the leading paragraphs, before any prose.
fn find_title(body: &str, segments: &[Segment]) -> Option<usize> {
    segments
        .iter()
        .take_while(|s| s.kind == Kind::Heading && s.paragraph < TITLE_SEARCH_PARAGRAPHS)
        .position(|s| body[s.span.clone()].split_whitespace().count() >= TITLE_MIN_WORDS)
}

/// The first words of the first sentence, when no heading serves as title.
fn fallback_title(body: &str, segments: &[Segment]) -> String {
    let first = segments.first().map_or(body, |s| &body[s.span.clone()]);
    let words: Vec<&str> = first.split_whitespace().collect();
    if words.len() <= TITLE_FALLBACK_WORDS {
        return words.join(" ");
    }
    format!(
        "{}\u{2026}",
        words[..TITLE_FALLBACK_WORDS]
            .join(" ")
            .trim_end_matches([',', ';', ':'])
    )
}

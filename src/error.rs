//! The errors a digest run reports: each one a clear, one-line message for a person.

use std::fmt;

/// Why a digest could not be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// No article was given.
    NoArticles,
    /// An article has no readable words. Holds its 1-based position and its source.
    EmptyArticle {
        /// 1-based position of the article in the input.
        index: usize,
        /// The article's source (file name or URL), possibly empty.
        source: String,
    },
    /// An HTML page holds no article. Holds its 1-based position and its source.
    NoArticleInPage {
        /// 1-based position of the article in the input.
        index: usize,
        /// The page's source (file name or URL), possibly empty.
        source: String,
    },
    /// An article reads as binary data: mostly replacement or control characters.
    NotText {
        /// 1-based position of the article in the input.
        index: usize,
        /// The article's source (file name or URL), possibly empty.
        source: String,
    },
    /// An article has text but no sentence: only headings or short lines.
    NoSentences {
        /// 1-based position of the article in the input.
        index: usize,
        /// The article's source (file name or URL), possibly empty.
        source: String,
    },
    /// The input is larger than the digest accepts. Holds the limit in bytes.
    TooLarge {
        /// The limit in bytes.
        limit: usize,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::NoArticles => write!(f, "no articles given: paste or add at least one article"),
            Error::EmptyArticle { index, source } if source.is_empty() => {
                write!(f, "article {index} has no readable text")
            }
            Error::EmptyArticle { index, source } => {
                write!(f, "article {index} ({source}) has no readable text")
            }
            Error::NotText { index, source } => write!(
                f,
                "article {index}{} looks like binary data, not text: paste or add a text or HTML article",
                named(source)
            ),
            Error::NoSentences { index, source } => write!(
                f,
                "article {index}{} has no sentences to digest, only headings or short lines",
                named(source)
            ),
            Error::NoArticleInPage { index, source } => {
                write!(
                    f,
                    "article {index} ({source}) is a web page with no article found in it"
                )
            }
            Error::TooLarge { limit } => write!(
                f,
                "the articles together exceed {} MB: digest fewer or shorter articles",
                limit / 1_000_000
            ),
        }
    }
}

/// " (source)" after an article's number, or nothing when it has no source.
fn named(source: &str) -> String {
    if source.is_empty() {
        String::new()
    } else {
        format!(" ({source})")
    }
}

impl std::error::Error for Error {}

//! # newsdigest
//!
//! Reads one or several news articles about the same event and builds a digest: key
//! takeaways with the outlets that carry them, the delegations that attended, the issues
//! left unresolved, who said what, and where the outlets disagree.
//!
//! The same [`digest`] runs natively (the `newsdigest` command) and in the browser (the
//! WebAssembly build, see `www/`), with the same JSON result.
//!
//! ```
//! use newsdigest::{digest, ArticleInput, Options};
//!
//! let articles = vec![
//!     ArticleInput::text("The two leaders met in Geneva on Monday for talks on trade.", "one.txt"),
//!     ArticleInput::text("Talks in Geneva\nThe leaders met in Geneva on Monday to discuss trade.", "two.txt"),
//! ];
//! let d = digest(&articles, &Options::default()).unwrap();
//! assert_eq!(d.articles.len(), 2);
//! assert_eq!(d.articles[1].title, "Talks in Geneva");
//! // Both outlets report the meeting: one takeaway, carried by both.
//! assert_eq!(d.takeaways.len(), 1);
//! assert_eq!(d.takeaways[0].sources, vec!["a1", "a2"]);
//! ```
//!
//! The flow runs one way: input -> [`article`] (normalized body, title) -> [`segment`]
//! (headings and sentences) -> digest lists -> rendering ([`render`]).
#![forbid(unsafe_code)]

pub mod article;
pub mod case;
pub mod clean;
mod digest;
pub mod error;
pub mod extract;
mod fasthash;
pub mod lexicon;
pub mod model;
pub mod normalize;
pub mod offsets;
pub mod people;
pub mod render;
pub mod segment;
pub mod sorted;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use error::Error;
pub use model::{ArticleInput, Digest, Options};

/// The most input, in bytes of normalized text, one digest run accepts.
pub const MAX_INPUT_BYTES: usize = 20_000_000;

/// Builds the digest of `articles`, which should all report the same event.
///
/// Fails with a clear [`Error`] when there is no article, when an article has no
/// readable text, or when the input is too large.
pub fn digest(articles: &[ArticleInput], options: &Options) -> Result<Digest, Error> {
    if articles.is_empty() {
        return Err(Error::NoArticles);
    }
    let total: usize = articles.iter().map(|a| a.text.len()).sum();
    if total > MAX_INPUT_BYTES {
        return Err(Error::TooLarge {
            limit: MAX_INPUT_BYTES,
        });
    }
    let read = articles
        .iter()
        .enumerate()
        .map(|(i, a)| article::Article::read(a, i))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(digest::build(&read, options))
}

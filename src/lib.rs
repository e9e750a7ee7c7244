//! # newsdigest
//!
//! Reads one or several news articles about the same event and builds a digest: key
//! takeaways with the outlets that carry them, the delegations that attended, the issues
//! left unresolved, who said what, and where the outlets disagree.
//!
//! The same [`digest()`] runs natively (the `newsdigest` command) and in the browser (the
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
//! Besides [`digest()`], the stages users meet on their own: [`sentences`] (one article's
//! sentences as written, what `newsdigest sentences` prints), [`extract()`] (the article and
//! metadata of an HTML page, with [`decode_page`] for its bytes) and [`to_markdown`] (a
//! digest as Markdown). The types of the digest are in [`model`].
#![forbid(unsafe_code)]

// The stages and their helpers (the README's "How the code is laid out" gives their
// order) are the crate's own; what a user calls is re-exported below.
mod article;
mod case;
mod clean;
mod digest;
mod error;
mod extract;
mod fasthash;
mod ids;
mod lexicon;
pub mod model;
mod normalize;
mod offsets;
mod people;
mod render;
mod segment;
mod sorted;
mod tokens;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use error::Error;
pub use extract::{decode_page, extract, ExtractError, Extracted, Metadata};
pub use model::{ArticleInput, Digest, Options};
pub use render::to_markdown;

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
        .map(|(i, a)| article::Article::read(a, ids::ArticleId::new(i)))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(digest::build(&read, options))
}

/// The sentences of one article, as written, in order: what `newsdigest sentences`
/// prints. The article is read as [`digest()`] reads it (an HTML page through [`extract()`],
/// page furniture and headings left out); a wire dateline taken off a paragraph ("LIMA,
/// Peru (AP) \u{2014}") is listed on its own, before the paragraph's first sentence.
///
/// Fails with the [`Error`] [`digest()`] gives for the same article.
///
/// ```
/// let input = newsdigest::ArticleInput::text("GENEVA (AP) \u{2014} Talks ended on Monday. A new round is set for May.", "one.txt");
/// let list = newsdigest::sentences(&input).unwrap();
/// assert_eq!(list, ["GENEVA (AP) \u{2014}", "Talks ended on Monday.", "A new round is set for May."]);
/// ```
pub fn sentences(input: &ArticleInput) -> Result<Vec<String>, Error> {
    let article = article::Article::read(input, ids::ArticleId::new(0))?;
    let mut list = Vec::new();
    for i in article.sentence_indices() {
        list.extend(article.dateline_before(i).map(str::to_string));
        list.push(article.shown(i));
    }
    Ok(list)
}

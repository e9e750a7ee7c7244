//! Renderings of a digest for people.

mod markdown;

pub use markdown::to_markdown;

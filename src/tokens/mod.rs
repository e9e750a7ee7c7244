//! Tokens: each sentence split into words once, for every stage that reads them.
//!
//! A sentence's [`Word`]s are its space-separated tokens with their punctuation split off
//! (`"Carter's` is the word `Carter`, possessive, after an opening quote), each with its
//! byte span in the sentence. The [`Tokens`] table holds the words of every prose
//! sentence of a set of articles, and the name runs the people stage marks among them.

mod table;
mod terms;
mod words;

pub use table::{Lowered, Tokens};
pub use terms::{runs, term_spans, terms, Class};
pub use words::{words, words_in, Word};

#[cfg(test)]
mod tests;

//! Tokens: each prose sentence tokenized once, for every stage that reads it.
//!
//! A sentence is read two ways. Its [`Word`]s are its space-separated tokens with their
//! punctuation split off (`"Carter's` is the word `Carter`, possessive, after an opening
//! quote), each with its byte span in the sentence: what names, titles and cues are
//! found in. Its terms ([`terms()`]) are its runs of letters and digits with inner
//! apostrophes and hyphens, in lowercase (`U.S.` gives `u` and `s`, `four-hour` stays
//! whole): what sentences are compared and phrase lists matched by, found by the scanner
//! of character runs ([`runs`]) that also splits the words a quote is compared by.
//!
//! The [`Tokens`] table holds the words of every prose sentence of a set of articles, in
//! article and segment order, and the name runs the people stage marks among the words;
//! [`Lowered`] holds the same sentences in lowercase, what the corpus reads their terms
//! from. A stage that reads part of a sentence takes the table's words in it
//! ([`words_within`]), reading the part again only where its edge cuts a word; a stage
//! that reads other text (a quote's own words, a title, a list item cut out of a
//! sentence) calls the same [`words()`] or [`runs`].

mod table;
mod terms;
mod words;

pub use table::{Lowered, Tokens};
pub use terms::{runs, term_spans, terms, Class};
pub use words::{words, words_within, Word};

#[cfg(test)]
mod tests;

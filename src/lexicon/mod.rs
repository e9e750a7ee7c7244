//! Word lists: general knowledge of English news text, kept apart from the logic
//! that uses them. Nothing here names a particular event, person or outlet.

#[macro_use]
pub mod words;

pub mod abbreviations;
pub mod attribution;
pub mod countries;
pub mod cue_senses;
pub mod cues;
pub mod dates;
pub mod discourse;
pub mod furniture;
pub mod headings;
pub mod html;
pub mod issues;
pub mod names;
pub mod numbers;
pub mod organisations;
pub mod stopwords;
pub mod titles;
pub mod topics;
pub mod verb_forms;

pub use words::{Hashed, Words};

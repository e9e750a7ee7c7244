//! Words that tell a line of prose from a heading: a headline never ends on a function
//! word, and it tells the news in the present tense ("Union rejects pay offer"), where a
//! sentence tells it in the past ("Brazil denied the report").

use super::Words;

/// Lowercase words a heading does not end with; a line ending with one goes on in the
/// next line or is a fragment of prose.
pub const OPEN_ENDINGS: Words = words![
    "the", "a", "an", "and", "or", "but", "nor", "of", "than", "because", "if", "while", "whose",
    "his", "their", "its", "our", "my", "your",
];

/// Lowercase words of a finite verb in the past, the tense of a sentence of news prose
/// and not of a headline.
pub const PAST_FINITE: Words = words![
    "was", "were", "had", "did", "would", "could", "said", "told", "wasn't", "weren't", "hadn't",
    "didn't", "couldn't", "wouldn't",
];

/// Lowercase words that start the object of a verb in the past ("denied the report",
/// "declined to comment"): after a word in "-ed" they mark a sentence.
pub const OBJECT_STARTERS: Words = words![
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these",
    "those", "him", "them", "it", "us", "me", "to",
];

/// The short words a title of a book, film or show leaves in lowercase (articles,
/// conjunctions and short prepositions: "Gone with the Wind", "Born in the USA"); any
/// other short word in lowercase ("This is a sad day") marks a sentence, not a title.
pub const TITLE_MINOR_WORDS: Words = words![
    "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "of", "in", "on", "at", "to",
    "by", "up", "as", "off", "per", "via", "vs", "de", "la", "le", "du", "von", "van",
];

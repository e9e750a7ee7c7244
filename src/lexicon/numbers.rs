//! Number words and the qualifiers that make a figure approximate.

/// Number words with their values.
pub const NUMBER_WORDS: &[(&str, f32)] = &[
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("half", 0.5),
    ("an", 1.0),
    ("a", 1.0),
];

/// `(qualifier, low factor, high factor)`: the range a qualified figure covers.
pub const QUALIFIERS: &[(&str, f32, f32)] = &[
    ("nearly", 0.85, 1.0),
    ("almost", 0.85, 1.0),
    ("about", 0.85, 1.15),
    ("around", 0.85, 1.15),
    ("roughly", 0.85, 1.15),
    ("some", 0.85, 1.15),
    ("approximately", 0.85, 1.15),
    ("more than", 1.0, 1.3),
    ("over", 1.0, 1.3),
    ("at least", 1.0, 1.5),
    ("less than", 0.7, 1.0),
    ("under", 0.7, 1.0),
    ("just over", 1.0, 1.1),
    ("just under", 0.9, 1.0),
];

//! Names of months and weekdays, and time-zone abbreviations.

/// Month names, lowercase.
pub const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Weekday names, lowercase.
pub const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Clock and time-zone words of date stamps, lowercase.
pub const TIME_WORDS: &[&str] = &[
    "am", "pm", "a.m.", "p.m.", "ist", "gmt", "utc", "et", "edt", "est", "bst", "cet", "cest",
    "msk", "pt", "pst", "pdt", "jst", "aest", "hrs",
];

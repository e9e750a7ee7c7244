//! Names of months and weekdays, and time-zone abbreviations.

use super::Words;

/// Month names, lowercase.
pub const MONTHS: Words = words![
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
pub const WEEKDAYS: Words = words![
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Clock and time-zone words of date stamps, lowercase.
pub const TIME_WORDS: Words = words![
    "am", "pm", "a.m.", "p.m.", "ist", "gmt", "utc", "et", "edt", "est", "bst", "cet", "cest",
    "msk", "pt", "pst", "pdt", "jst", "aest", "hrs",
];

/// Short forms of month and weekday names in date stamps, lowercase, without a full stop.
pub const DATE_ABBREVIATIONS: Words = words![
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon",
    "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
];

/// Words of a relative time or a reading time in a stamp ("2 hours ago", "5 min read").
pub const RELATIVE_TIME: Words = words![
    "ago",
    "just",
    "now",
    "today",
    "yesterday",
    "second",
    "seconds",
    "sec",
    "secs",
    "minute",
    "minutes",
    "min",
    "mins",
    "hour",
    "hours",
    "hr",
    "hrs",
    "h",
    "m",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "read",
    "reading",
    "time",
    "on",
    "at",
    "of",
    "the",
    "and",
];

/// Labels of a publication stamp, lowercase ("Updated: ...", "First published on ...").
pub const STAMP_LABELS: Words = words![
    "published",
    "updated",
    "posted",
    "modified",
    "created",
    "first published",
    "last updated",
    "last modified",
    "last update",
    "date",
    "dated",
    "reading time",
];

//! Number words, their multipliers, units of time and money, and the qualifiers that make
//! a figure approximate.

use super::Words;

/// Number words with their values.
pub const NUMBER_WORDS: &[(&str, f64)] = &[
    ("zero", 0.0),
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
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
    ("dozen", 12.0),
];

/// Nouns in "-est" of five letters or more, which stand where a superlative does ("the
/// interest rate"): no superlative whose noun a later rank shares.
pub const NOT_SUPERLATIVES: &[&str] = &[
    "arrest", "conquest", "contest", "digest", "forest", "harvest", "inquest", "interest",
    "manifest", "priest", "protest", "request", "unrest",
];

/// Ordinal words with their ranks: a rank before a superlative ("the eighth-largest
/// economy") is a figure.
pub const ORDINALS: &[(&str, f64)] = &[
    ("second", 2.0),
    ("third", 3.0),
    ("fourth", 4.0),
    ("fifth", 5.0),
    ("sixth", 6.0),
    ("seventh", 7.0),
    ("eighth", 8.0),
    ("ninth", 9.0),
    ("tenth", 10.0),
    ("eleventh", 11.0),
    ("twelfth", 12.0),
    ("fifteenth", 15.0),
    ("twentieth", 20.0),
];

/// Words that multiply the figure before them ("1.5 million", "three hundred").
pub const MULTIPLIERS: &[(&str, f64)] = &[
    ("hundred", 1e2),
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
    ("bn", 1e9),
    ("m", 1e6),
    ("k", 1e3),
];

/// Nouns of a scale written before the number they measure by ("a magnitude 7.1
/// earthquake", "a Category 4 hurricane", "a level 3 alert"): the number counts on that
/// scale, whatever noun follows it, as it does written after ("a 6.9-magnitude quake").
pub const SCALES_BEFORE: Words = words!["magnitude", "category", "level", "force", "grade"];

/// Short scales written right after a number ("$40bn", "£2m", "$5tn"), with the word
/// written out elsewhere ("$40 billion"): the two spellings compare as the same words.
pub const SHORT_SCALES: &[(&str, &str)] = &[
    ("bn", "billion"),
    ("tn", "trillion"),
    ("m", "million"),
    ("mn", "million"),
];

/// Units of time as their length in seconds, by the Snowball stem of their name, so that
/// "90 minutes" and "an hour and a half" compare.
pub const DURATIONS: &[(&str, f64)] = &[
    ("second", 1.0),
    ("minut", 60.0),
    ("hour", 3600.0),
    ("day", 86_400.0),
    ("week", 604_800.0),
    ("month", 2_629_800.0),
    ("year", 31_557_600.0),
    ("decad", 315_576_000.0),
];

/// Currency signs and names, by the unit they stand for.
pub const CURRENCIES: &[(&str, &str)] = &[
    ("$", "dollar"),
    ("us$", "dollar"),
    ("dollar", "dollar"),
    ("€", "euro"),
    ("euro", "euro"),
    ("£", "pound"),
    ("pound", "pound"),
    ("¥", "yen"),
    ("yen", "yen"),
    ("rupe", "rupee"),
    ("yuan", "yuan"),
    ("rubl", "ruble"),
];

/// Words that give a figure the year it is for: "2.6 percent in 1999", "a target for 2000".
pub const YEAR_LINKS: Words = words!["in", "for", "by", "during", "until", "through"];

/// Words that make a figure after them in their clause a possibility rather than a fact:
/// modal verbs, conditions and a penalty faced ("could face five years in prison", "if the
/// bill were $29 million").
pub const POSSIBILITY_CUES: Words =
    words!["could", "would", "might", "may", "if", "unless", "face", "faces", "facing",];

/// Negations that make a figure after them in their clause a threshold not reached rather
/// than a value reported ("neither candidate won more than 50 percent", "did not reach 50
/// votes"). "no" is left out: "no fewer than 300" states a value.
pub const NEGATION_CUES: Words = words!["neither", "nor", "not", "never"];

/// Nouns of a journey that a duration right before them gives the length of ("a *four-day*
/// trip", "a two-week tour"): with the meeting words ("a three-day visit", "a two-day
/// summit"), durations of one event that outlets may give differently.
pub const JOURNEY_WORDS: Words = words!["trip", "tour", "journey", "stay", "mission"];

/// Words right before a figure that make it an amount added to another ("an *additional*
/// 9 percent", "*another* 300 troops"): not the whole of what another figure counts.
pub const INCREMENT_CUES: Words = words!["additional", "another", "extra", "further"];

/// Words right before a figure that make it a part of a sequence or a period of time
/// within a longer one ("the *last* two years", "the *first* 100 days", "the *remaining*
/// 300 troops"): not the whole of what another figure counts.
pub const PART_CUES: Words = words![
    "last",
    "past",
    "previous",
    "next",
    "coming",
    "first",
    "final",
    "initial",
    "remaining",
];

/// Words after a figure, in its clause, that make it a rate: so much for each one of
/// something ("20 years *on each* count", "$5 *per* share", "$2 million *annually*"), not
/// a total.
pub const RATE_CUES: Words = words![
    "each", "per", "apiece", "every", "annually", "yearly", "monthly", "weekly", "daily", "hourly",
];

/// Single tokens for a share in hundredths (the two words "per cent" are read by the
/// figure reader itself).
pub const PERCENT: Words = words!["%", "percent", "pct"];

/// `(qualifier, low factor, high factor)`: the range a qualified figure covers. Longer
/// qualifiers first, so that "just over" is read before "over".
pub const QUALIFIERS: &[(&str, f64, f64)] = &[
    ("just over", 1.0, 1.1),
    ("just under", 0.9, 1.0),
    ("more than", 1.0, 1.3),
    ("less than", 0.7, 1.0),
    ("fewer than", 0.7, 1.0),
    ("at least", 1.0, 1.5),
    ("at most", 0.7, 1.0),
    ("up to", 0.7, 1.0),
    ("as many as", 0.7, 1.0),
    ("close to", 0.85, 1.0),
    ("nearly", 0.85, 1.0),
    ("almost", 0.85, 1.0),
    ("about", 0.85, 1.15),
    ("around", 0.85, 1.15),
    ("roughly", 0.85, 1.15),
    ("some", 0.85, 1.15),
    ("approximately", 0.85, 1.15),
    ("an estimated", 0.8, 1.2),
    ("over", 1.0, 1.3),
    ("under", 0.7, 1.0),
];

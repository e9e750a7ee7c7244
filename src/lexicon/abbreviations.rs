//! Abbreviations that end in a full stop without ending the sentence.

use super::{Hashed, Words};

/// Abbreviations that stand before a name or number and so never end a sentence
/// ("Mr. Smith", "Gen. Patton", "Mt. Fuji", "St. Michael's"). Compared case-sensitively,
/// without the final full stop.
pub static PREFIX_TITLES: Hashed = Hashed::new(words![
    "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Rev", "Hon", "Sen", "Rep", "Gov", "Gen", "Lt", "Col",
    "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Adm", "Cmdr", "Brig", "Amb", "Atty", "Supt",
    "Insp", "Det", "Fr", "Sr", "Sra", "Mme", "Mlle", "Messrs", "St", "Mt", "Ft", "Pres", "Gov't",
    "Lieut", "Sec", "Secy",
]);

/// Abbreviations that usually sit inside a sentence but may also end one
/// ("Pitt, Briggs & Co. It closed", "in the U.S. How about you?"). Compared
/// case-insensitively, without the final full stop.
pub static INNER: Hashed = Hashed::new(words![
    "co", "corp", "inc", "ltd", "llc", "plc", "bros", "jr", "sr", "esq", "etc", "vs", "v",
    "approx", "est", "dept", "univ", "assn", "ave", "blvd", "rd", "hwy", "sq", "no", "nos", "p",
    "pp", "fig", "figs", "vol", "vols", "ch", "chap", "sec", "art", "ed", "eds", "cf", "al", "e.g",
    "i.e", "a.m", "p.m", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "min",
    "max", "hr", "hrs", "mins", "sec", "secs", "yr", "yrs", "mo", "mos", "wk", "wks", "tel", "ext",
    "dist", "govt", "intl", "natl", "n°", "nr", "op", "ref", "calif", "colo", "conn", "fla", "ill",
    "mass", "mich", "minn", "penn", "tenn", "tex", "wash", "wis", "ariz", "ark", "ind", "kan",
    "nev", "okla", "ore", "va",
]);

/// Abbreviations of clock time; a sentence may end on them ("at 6 P.M. Mr. Smith then...").
pub const CLOCK: Words = words!["a.m", "p.m"];

/// Words that commonly open a sentence. After an abbreviation of [`INNER`], one of these
/// starting the next word tells that the sentence ended on the abbreviation.
pub static SENTENCE_STARTERS: Hashed = Hashed::new(words![
    "I",
    "We",
    "You",
    "He",
    "She",
    "It",
    "They",
    "The",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "Here",
    "How",
    "What",
    "Why",
    "When",
    "Where",
    "Who",
    "Which",
    "But",
    "And",
    "So",
    "Yet",
    "However",
    "Meanwhile",
    "In",
    "On",
    "At",
    "As",
    "If",
    "After",
    "Before",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "My",
    "Your",
    "Some",
    "Many",
    "Most",
    "Both",
    "Neither",
    "Nor",
    "Still",
    "Then",
    "Now",
    "Today",
    "Yesterday",
    "Later",
    "Earlier",
    "Also",
    "Officials",
    "Analysts",
    "Critics",
]);

/// Words after which a capital and a full stop before a name are an initial, not a
/// sentence's end: "said L. Ari Fleischer", "by J. Smith".
pub static NAME_INTRODUCERS: Hashed = Hashed::new(words![
    "said",
    "says",
    "told",
    "asked",
    "added",
    "wrote",
    "by",
    "with",
    "and",
    "from",
    "to",
    "judge",
    "president",
    "minister",
    "senator",
    "spokesman",
    "spokeswoman",
]);

//! Known furniture forms, each matched against a whole line: page prompts ("Next Story",
//! "Share on Facebook"), teasers ("ALSO READ: ..."), bylines ("By Jane Doe"), credits
//! ("Reporting by ...; Editing by ..."), agency notes, publication stamps, copyright
//! lines and lines of links. A cue word inside a sentence never makes it furniture.

use super::bytes::any_byte;
use super::shape::{
    bare, ends_like_sentence, is_calendar_word, is_link, is_name_word, openings, words_upto,
    Openers,
};
use crate::lexicon::dates::{
    DATE_ABBREVIATIONS, MONTHS, RELATIVE_TIME, STAMP_LABELS, TIME_WORDS, WEEKDAYS,
};
use crate::lexicon::furniture::{
    BYLINE_ROLES, CREDIT_WORK, LINE_OPENERS, NOT_IN_BYLINES, TEASER_LABELS, WHOLE_LINES,
};

/// Prompt openings, compared with the start of short lines.
static LINE_OPENINGS: Openers = Openers::new(LINE_OPENERS);

/// Most words of a line matched against the furniture forms.
pub const FORM_WORDS: usize = 40;
/// Most words of a prompt that opens with a known opening ("Share on ...").
const PROMPT_WORDS: usize = 12;
/// Most words of a byline.
const BYLINE_WORDS: usize = 14;
/// Most words of an agency note ("(With inputs from ...)").
const NOTE_WORDS: usize = 10;
/// Most words of a publication stamp.
const STAMP_WORDS: usize = 30;
/// Most bytes of a teaser's label ("ALSO READ").
const LABEL_BYTES: usize = 24;

/// True when the whole of `line` (trimmed, of `words` words, at most [`FORM_WORDS`],
/// lowercase in `lower`) is one of the furniture forms.
pub fn is_form(line: &str, lower: &str, words: usize) -> bool {
    is_prompt(lower, words)
        || is_teaser(line, lower)
        || is_agency_note(lower)
        || is_credit_line(line)
        || is_byline(line)
        || is_stamp(lower, words)
        || is_copyright(lower, words)
        || is_link_line(line)
        || is_menu(line)
}

/// Most words of one item of a menu line.
const MENU_ITEM_WORDS: usize = 3;

/// A menu: three or more short items between bars or bullets ("Home | News | Sport").
fn is_menu(line: &str) -> bool {
    // Every separator is a bar or starts with one of two bytes: a line with none is one
    // item, and is not split.
    if !any_byte(line, |b| (b == b'|') | (b == 0xC2) | (b == 0xE2)) {
        return false;
    }
    // The items are counted as they are read; one of too many words ends the reading.
    let mut items = 0;
    for item in line.split(['|', '\u{2022}', '\u{b7}', '\u{203a}']) {
        if words_upto(item.trim(), MENU_ITEM_WORDS) > MENU_ITEM_WORDS {
            return false;
        }
        items += 1;
    }
    items >= 3 && !ends_like_sentence(line)
}

/// A page prompt: a known whole line ("Advertisement"), a known opening with a few words
/// ("Share on Facebook"), or such a piece after a short question ("Loving it? Download
/// the app now"), `words` being the number of words of `lower`.
fn is_prompt(lower: &str, words: usize) -> bool {
    // No known whole line has more words than a prompt may (a test holds the list to
    // that): a longer piece is not looked up. A piece of at most `most` words, no more
    // than a prompt may have, is not counted.
    let piece_is_prompt = |piece: &str, most: usize| {
        let piece = bare(piece);
        (most <= PROMPT_WORDS || words_upto(piece, PROMPT_WORDS) <= PROMPT_WORDS)
            && (WHOLE_LINES.contains(piece)
                || openings(piece, &LINE_OPENINGS).any(|(o, rest)| {
                    o.ends_with('(') || rest.is_empty() || rest.starts_with([' ', ':'])
                }))
    };
    // Lowercase keeps every white space character, and the words with it.
    if piece_is_prompt(lower, words) {
        return true;
    }
    if lower.ends_with('.') || words > 12 {
        return false;
    }
    // A line without a separator is one piece.
    if !lower.contains(['?', '!', '|', '\u{2022}', '\u{b7}']) {
        return false;
    }
    let pieces: Vec<&str> = lower
        .split(['?', '!', '|', '\u{2022}', '\u{b7}'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    pieces.len() > 1
        && pieces.iter().all(|p| words_upto(p, 6) <= 6)
        && pieces
            .iter()
            .skip(1)
            .any(|p| piece_is_prompt(p, usize::MAX))
}

/// A teaser: a label ("ALSO READ", "Watch", "Read more") then a colon or bar and a
/// headline that is not a sentence ("Watch: the talks ended abruptly." is kept).
fn is_teaser(line: &str, lower: &str) -> bool {
    let head = super::shape::line_start(lower, LABEL_BYTES);
    let Some(at) = head.find([':', '|']) else {
        return false;
    };
    let label = bare(&lower[..at]);
    if !TEASER_LABELS.contains(label) {
        return false;
    }
    let rest = lower[at + 1..].trim();
    rest.is_empty() || (!ends_like_sentence(rest) && !line.ends_with('.'))
}

/// An agency note: "(With agency inputs.)", "With inputs from agencies".
fn is_agency_note(lower: &str) -> bool {
    let b = bare(lower);
    (b.starts_with("inputs from")
        || (b.starts_with("with ")
            && (b.ends_with(" inputs") || b.contains(" inputs from ") || b.ends_with(" agencies"))))
        && words_upto(b, NOTE_WORDS) <= NOTE_WORDS
}

/// A credit line: "(Reporting by Jane Doe in Lagos; Editing by John Roe)", "Reported by
/// Jane Doe in Doha, written in Atlanta by John Roe with contributions from Max Roe": parts
/// that each name a kind of work, perhaps where it was done, then "by" or "from" and
/// names ("Reporting by the state media was scant." is kept).
fn is_credit_line(line: &str) -> bool {
    let inner = line.trim_start_matches('(').trim_end_matches(['.', ')']);
    // The first word opens the first part: most lines are told by it alone, and are not
    // split into words.
    if !inner.split_whitespace().next().is_some_and(is_credit_work) {
        return false;
    }
    let words: Vec<&str> = inner.split_whitespace().collect();
    let is = |i: usize, w: &str| {
        words
            .get(i)
            .is_some_and(|x| bare(x).eq_ignore_ascii_case(w))
    };
    // A part opens at word `i`: "with" and kinds of work ("with contributions").
    let opens = |i: usize| {
        let i = if is(i, "with") { i + 1 } else { i };
        words
            .get(i)
            .is_some_and(|w| is_credit_work(w) && !bare(w).eq_ignore_ascii_case("and"))
    };
    let mut i = 0;
    while i < words.len() {
        if is(i, "with") {
            i += 1;
        }
        let work = words[i..].iter().take_while(|w| is_credit_work(w)).count();
        if work == 0 {
            return false;
        }
        i += work;
        // Where it was done: "written in Atlanta by".
        if is(i, "in") {
            let place = words[i + 1..]
                .iter()
                .take(PLACE_WORDS)
                .take_while(|w| is_name_word(w) && !w.ends_with([',', ';']))
                .count();
            i += 1 + place;
        }
        if !(is(i, "by") || is(i, "from")) {
            return false;
        }
        i += 1;
        // The names, up to a semicolon or a comma before the next part.
        let start = i;
        while i < words.len() {
            let w = words[i];
            i += 1;
            if w.ends_with(';') || (w.ends_with(',') && opens(i)) {
                break;
            }
            if opens(i) && is(i, "with") {
                break;
            }
        }
        if !names_only(&words[start..i], false) {
            return false;
        }
    }
    true
}

/// Most words of the place in a credit line's part ("in New York").
const PLACE_WORDS: usize = 3;

/// True when `word` (as written) names a kind of work in a credit line ("Reporting").
fn is_credit_work(word: &str) -> bool {
    CREDIT_WORK.contains(crate::case::lower(bare(word)).as_str())
}

/// A byline: "By" alone, or "By" and names with their outlets and roles ("By Jane Doe,
/// CNN", "By JANE DOE | Senior Reporter"). "By Monday evening, the talks had collapsed."
/// and "By contrast, ..." are sentences.
pub fn is_byline(line: &str) -> bool {
    // The first word alone decides most lines: they are not split into words.
    let opens_with_by = line
        .split_whitespace()
        .next()
        .is_some_and(|w| w.trim_end_matches(':').eq_ignore_ascii_case("by"));
    if !opens_with_by {
        return false;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    let Some((_, rest)) = words.split_first() else {
        return false;
    };
    rest.is_empty()
        || (words.len() <= BYLINE_WORDS
            && rest[0].chars().next().is_some_and(char::is_uppercase)
            && !ends_like_sentence(line)
            && names_only(rest, true))
}

/// A byline without "By" that names a role: "Jane Doe, Senior Political Reporter",
/// "Staff Reporter and Wire Services". The role ends the line or a part of it.
pub fn is_role_byline(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    words.len() <= BYLINE_WORDS
        && !ends_like_sentence(line)
        && names_only(&words, true)
        && words.iter().enumerate().any(|(i, w)| {
            let role = BYLINE_ROLES.contains(crate::case::lower(bare(w)).as_str());
            // "Staff Reporter", or a role after a name and a comma ("Jane Doe, reporter").
            let written_as_role = w.starts_with(char::is_uppercase)
                || words[..i]
                    .iter()
                    .any(|p| p.ends_with([',', '|']) || *p == "|");
            let ends_part = i + 1 == words.len()
                || w.ends_with([',', '|'])
                || words
                    .get(i + 1)
                    .is_some_and(|n| matches!(*n, "and" | "&" | "|" | "," | "for" | "-"));
            role && written_as_role && ends_part
        })
}

/// True when `words` are names and the words that join them in a byline: capitalized
/// words, initials, particles, "and", "of", "for", separators, and (when `roles`) roles.
pub fn names_only(words: &[&str], roles: bool) -> bool {
    !words.is_empty()
        && words.iter().any(|w| is_name_word(w))
        && words.iter().all(|w| {
            let b = crate::case::lower(bare(w));
            is_name_word(w)
                || b.is_empty()
                || matches!(
                    b.as_str(),
                    "and" | "of" | "for" | "in" | "at" | "on" | "from" | "the"
                )
                || (roles && is_date_word(&b))
                || (roles && BYLINE_ROLES.contains(b.as_str()))
                || (roles && matches!(b.as_str(), "senior" | "chief" | "political" | "special"))
        })
}

/// A publication stamp: parts split by bars or dots, each a label ("Updated:") and dates,
/// times and time zones ("PUBLISHED: 10:04 EST, 2 March 2014 | UPDATED: 12:30 EST"), of
/// `words` words.
pub fn is_stamp(lower: &str, words: usize) -> bool {
    if words > STAMP_WORDS || !any_byte(lower, |b| b.is_ascii_digit()) {
        return false;
    }
    let unfinished = !lower.trim_end().ends_with('.');
    lower
        .split(['|', '\u{2022}', '\u{b7}'])
        .flat_map(|p| p.split(" / "))
        .enumerate()
        .all(|(i, part)| {
            let part = part.trim();
            let mut rest = part;
            // A short lead before the first label: the outlet and its place ("Example
            // (New York) First published ..."), never a sentence's subject and verb.
            if i == 0 && unfinished {
                if let Some(at) = STAMP_LABELS.iter().filter_map(|l| label_at(part, l)).min() {
                    let lead = &part[..at];
                    if words_upto(lead, 4) <= 4
                        && !lead
                            .split_whitespace()
                            .any(|w| NOT_IN_BYLINES.contains(bare(w)))
                    {
                        rest = &part[at + 1..];
                    }
                }
            }
            for label in STAMP_LABELS {
                if let Some(r) = rest.strip_prefix(label) {
                    rest = r.trim_start_matches([':', ' ']);
                    break;
                }
            }
            rest.split_whitespace().all(is_date_word)
        })
}

/// Byte offset of the space before `label` where it stands as a word inside `part`
/// (followed by a space or a colon).
fn label_at(part: &str, label: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = part[from..].find(label) {
        let at = from + i;
        let before = part[..at].ends_with(' ');
        let after = part[at + label.len()..].starts_with([' ', ':']);
        if before && after && at > 0 {
            return Some(at - 1);
        }
        from = at + label.len();
    }
    None
}

/// True when `word` (lowercase) is a date, a time, a time zone or a word of a relative
/// time ("ago", "hours").
fn is_date_word(word: &str) -> bool {
    let w = word.trim_matches(|c: char| matches!(c, ',' | ';' | '(' | ')' | '[' | ']' | ':'));
    let w = w.strip_suffix('.').unwrap_or(w);
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    let tail = &w[digits..];
    w.is_empty()
        || w.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ':' | '.' | '/' | '-' | '+'))
        || (digits > 0
            && matches!(
                tail,
                "st" | "nd" | "rd" | "th" | "am" | "pm" | "a.m" | "p.m" | "h"
            ))
        || MONTHS.contains(w)
        || WEEKDAYS.contains(w)
        || DATE_ABBREVIATIONS.contains(w)
        || TIME_WORDS.contains(w.split(['+', '-']).next().unwrap_or(w))
        || RELATIVE_TIME.contains(w)
        || STAMP_LABELS.contains(w)
        || is_calendar_word(w)
}

/// A copyright line: "© 2025 Example Media", "Copyright 2025 ... All rights reserved.", of
/// `words` words.
fn is_copyright(lower: &str, words: usize) -> bool {
    let b = lower.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '\u{a9}');
    b.starts_with('\u{a9}')
        || b.starts_with("(c) ")
        || (b.starts_with("copyright")
            && b.split_whitespace()
                .nth(1)
                .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit() || c == '\u{a9}')))
        || (words <= 20 && lower.contains("all rights reserved"))
}

/// A line of links, handles and tags only.
fn is_link_line(line: &str) -> bool {
    let mut words = line
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .peekable();
    words.peek().is_some() && words.all(is_link)
}

/// A byline of a name and an outlet, without "By": "Jane Doe, Reuters", "Jane Doe |
/// Example News", "Jane Doe for Example.com". Only read at the edges of an article,
/// where a headline of the same shape would not be a sentence either.
pub fn is_outlet_byline(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.len() > 10 || ends_like_sentence(line) || !names_only(&words, true) {
        return false;
    }
    let split = words.iter().position(|w| {
        w.ends_with([',', '|']) || matches!(*w, "|" | "-" | "\u{2014}" | "\u{2013}" | "for")
    });
    let Some(at) = split else {
        return false;
    };
    let name_words = if words[at].ends_with([',', '|']) && words[at].len() > 1 {
        at + 1
    } else {
        at
    };
    let outlet = words.len() - at - 1;
    (2..=4).contains(&name_words) && (1..=4).contains(&outlet)
}

#[cfg(test)]
mod tests {
    use super::{words_upto, CREDIT_WORK, PROMPT_WORDS, WHOLE_LINES};

    /// `is_credit_work` compares a word in lowercase with the list: its entries are too.
    #[test]
    fn credit_work_is_listed_in_lowercase() {
        for work in CREDIT_WORK {
            assert_eq!(work, crate::case::lower(work), "{work:?}");
        }
    }

    /// `is_prompt` looks up only pieces of at most [`PROMPT_WORDS`] words.
    #[test]
    fn no_whole_line_prompt_is_longer_than_a_prompt() {
        for line in WHOLE_LINES {
            assert!(words_upto(line, PROMPT_WORDS) <= PROMPT_WORDS, "{line:?}");
        }
    }
}

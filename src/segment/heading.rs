//! What a line is by its shape: a heading (short, title-like, no final mark), a list item
//! ("1. ...", "- ..."), a line of prose without its final mark ("Brazil denied the
//! report"), or a line that a hard line break cut from the next one.

use crate::lexicon::headings::{OBJECT_STARTERS, OPEN_ENDINGS, PAST_FINITE};

/// Most words a line may have to count as a heading.
const HEADING_MAX_WORDS: usize = 16;
/// Bytes at the start of a line searched for a label's colon ("Opinion: ...").
const LABEL_BYTES: usize = 30;
/// Bullet characters that open a list item.
const BULLETS: &[char] = &[
    '\u{2022}', '\u{2043}', '\u{25aa}', '\u{25e6}', '\u{2023}', '\u{25cf}', '\u{b7}', '-', '*',
    '+', '\u{2013}', '\u{2014}', '\u{25a0}', '\u{25ba}', '\u{2192}', '\u{2713}', '\u{2714}',
];
/// Closing quotes and brackets left out when reading a line's final mark.
const CLOSERS: &[char] = &['"', '\'', ')', '\u{201d}', '\u{2019}'];

/// The line's last character, closing quotes and brackets left out.
fn last_mark(line: &str) -> Option<char> {
    line.trim_end().trim_end_matches(CLOSERS).chars().last()
}

/// True when the line ends with a sentence's or clause's mark: `.`, `!`, `?`, `…`, `:`,
/// `;` or `,`, a closing square bracket, or a symbol such as an emoji.
pub fn has_final_mark(line: &str) -> bool {
    match last_mark(line) {
        Some('.' | '!' | '?' | '\u{2026}' | ':' | ';' | ',' | ']') => true,
        Some(c) => !c.is_ascii() && !c.is_alphanumeric(),
        None => false,
    }
}

/// True when the line has a heading's shape: no final mark, a capital, digit or quote
/// first, and few words.
pub fn has_heading_shape(line: &str) -> bool {
    let line = line.trim();
    let Some(first) = line.chars().next() else {
        return false;
    };
    // Words are counted last and only up to the limit: a paragraph is not read through.
    !has_final_mark(line)
        && (first.is_uppercase() || first.is_ascii_digit() || matches!(first, '"' | '\''))
        && line.split_whitespace().take(HEADING_MAX_WORDS + 1).count() <= HEADING_MAX_WORDS
}

/// Bytes of the bullet and its space at the start of a list item ("- ", "• "), if any.
fn bullet_len(line: &str) -> Option<usize> {
    let first = line.chars().next()?;
    if !BULLETS.contains(&first) {
        return None;
    }
    let rest = &line[first.len_utf8()..];
    let after = rest.trim_start();
    (after.len() < rest.len() && !after.is_empty()).then(|| line.len() - after.len())
}

/// True when the line opens a list item: a bullet, or a marker "1.", "1)", "1.)",
/// "(1)", "a)" followed by a space.
pub fn is_list_item(line: &str) -> bool {
    if bullet_len(line).is_some() {
        return true;
    }
    // A marker opens, after its brackets, with a digit or a letter and its bracket: most
    // lines open otherwise, and are not cut at their first space.
    let bytes = line.as_bytes();
    let open = bytes.iter().take_while(|&&b| b == b'(').count();
    let first = bytes.get(open).copied().unwrap_or(b' ');
    let may_mark = first.is_ascii_digit()
        || (first.is_ascii_lowercase() && bytes.get(open + 1) == Some(&b')'));
    if !may_mark {
        return false;
    }
    let Some((marker, _)) = line.split_once(' ') else {
        return false;
    };
    let inner = marker.trim_start_matches('(');
    let digits = inner.bytes().take_while(u8::is_ascii_digit).count();
    let tail = &inner[digits..];
    let numbered = (1..=3).contains(&digits) && matches!(tail, "." | ")" | ".)");
    let lettered = inner.len() == 2
        && inner.starts_with(|c: char| c.is_ascii_lowercase())
        && inner.ends_with(')');
    numbered || lettered
}

/// True when a line without a final mark still reads as prose: it ends on a function
/// word ("... when I and the"), or tells the past ("Brazil denied the report", "Nobody
/// was hurt"), which a headline does not. A labelled line ("Opinion: ...") is a title.
pub fn reads_as_prose(line: &str) -> bool {
    let lower = crate::case::lower(line.trim());
    let words: Vec<&str> = lower
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''))
        .collect();
    if words.last().is_some_and(|w| OPEN_ENDINGS.contains(w)) {
        return true;
    }
    let mut reach = lower.len().min(LABEL_BYTES);
    while !lower.is_char_boundary(reach) {
        reach -= 1;
    }
    let head = &lower[..reach];
    if head.contains(": ") || lower.starts_with(['"', '\'']) {
        return false;
    }
    words.iter().any(|w| PAST_FINITE.contains(w))
        || words.windows(3).any(|p| {
            // "denied the report", not a relative clause ("books that changed our lives").
            !matches!(p[0], "that" | "who" | "which")
                && p[1].len() > 4
                && p[1].ends_with("ed")
                && OBJECT_STARTERS.contains(p[2])
        })
}

/// True when `line` goes on from `prev`, the line before it in the same paragraph block:
/// `prev` has no final mark and ends on a comma, a dash or a function word, or `line`
/// starts in lowercase. A list item never goes on from the line before.
pub fn continues(prev: &str, line: &str) -> bool {
    let prev = prev.trim_end();
    if is_list_item(line) {
        return false;
    }
    match last_mark(prev) {
        Some('.' | '!' | '?' | '\u{2026}' | ':' | ']') | None => return false,
        Some(',' | ';' | '-' | '\u{2013}' | '\u{2014}') => return true,
        _ => {}
    }
    let last_word = prev.rsplit(char::is_whitespace).next().unwrap_or("");
    line.trim_start().starts_with(char::is_lowercase)
        || OPEN_ENDINGS.contains(crate::case::lower(last_word).as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_shape() {
        let cases = [
            ("Storm Eases, But Thousands Still Without Power", true),
            ("Key points from the budget;", false),
            ("He left.", false),
            ("He said:", false),
            ("lowercase start line", false),
            ("The talks collapsed [updated]", false),
            ("Great news for the team \u{1f389}", false),
            (
                "A line with many words that runs on and on without any final mark at all in it",
                false,
            ),
        ];
        for (line, want) in cases {
            assert_eq!(has_heading_shape(line), want, "line: {line:?}");
        }
    }

    #[test]
    fn prose_without_a_final_mark() {
        let cases = [
            ("Brazil denied the report", true),
            ("Nobody was hurt", true),
            ("He declined to comment", true),
            ("The Creator gave to me when I and the", true),
            ("Okafor stays upbeat despite defeat", false),
            ("Berg's tax plan questioned", false),
            ("A season defined by injuries", false),
            ("Opinion: Why the vote was a mistake", false),
            ("Market jitters", false),
            ("Tejada suspended 105 games", false),
        ];
        for (line, want) in cases {
            assert_eq!(reads_as_prose(line), want, "line: {line:?}");
        }
    }

    #[test]
    fn list_items_and_continued_lines() {
        for line in [
            "1. The first item",
            "2) Second",
            "1.) Item",
            "(3) Third",
            "- A pay rise",
            "\u{2022} Talks",
            "a) one",
        ] {
            assert!(is_list_item(line), "{line:?}");
        }
        for line in [
            "2014 was a year",
            "-5 degrees",
            "A. Smith said",
            "1.5 million people",
        ] {
            assert!(!is_list_item(line), "{line:?}");
        }
        assert!(continues("Come,", "Clad in peace"));
        assert!(continues("The trial ended", "without a verdict."));
        assert!(continues(
            "The Creator gave to me when I and the",
            "Tree and the rock"
        ));
        assert!(!continues(
            "Okafor stays upbeat despite defeat",
            "The Nigerian minister spoke."
        ));
        assert!(!continues("What was agreed:", "a pay rise"));
        assert!(!continues("- A pay rise in the", "- A shorter week"));
    }
}

//! Wire datelines at the start of a story's first paragraph: "LONDON — ",
//! "GENEVA (AP) — ", "OSLO, Norway, May 3 (Reuters) - ", "Lima, Peru (CNN) -- " and the
//! same glued to the text ("Lima, Peru (CNN)Ending ...").
//!
//! A dateline is a place (a few capitalized words, then perhaps a region and a date after
//! commas), then the agency in brackets, then a dash. Without the agency the place must
//! be in capitals and a dash must follow; a quotation after a bare place and dash is a
//! speaker's words ("NATO chief Mark Rutte - "..."" keeps its speaker).

use super::shape::line_start;
use crate::lexicon::dates::{DATE_ABBREVIATIONS, MONTHS};
use crate::lexicon::names::PARTICLES;

/// Bytes at the start of a line searched for a dateline.
const DATELINE_BYTES: usize = 120;
/// Most words in one part of a place ("RIO DE JANEIRO", "Long Beach").
const PLACE_WORDS: usize = 4;
/// Most parts of a place after the first ("LAGOS, Nigeria, May 3").
const PLACE_PARTS: usize = 3;
/// Most bytes of the agency in brackets ("(Reuters)", "(CNN Business)").
const AGENCY_BYTES: usize = 40;

/// `line` without a leading wire dateline ("LONDON (Reuters) - After years..." gives
/// "After years...").
pub fn without_dateline(line: &str) -> &str {
    let head = line_start(line, DATELINE_BYTES);
    // A dateline ends with an agency in brackets or a dash: a head without a bracket, a
    // hyphen or the first byte of a long dash holds none.
    if !super::bytes::any_byte(head, |b| (b == b'(') | (b == b'-') | (b == 0xE2)) {
        return line;
    }
    match dateline_len(head) {
        Some(n) if n < line.len() => &line[n..],
        _ => line,
    }
}

/// Bytes of the dateline `head` starts with, up to the story's first character.
fn dateline_len(head: &str) -> Option<usize> {
    let mut at = 0;
    let mut capitals = false;
    if !head.starts_with('(') {
        let (end, caps) = place(head)?;
        at = end;
        capitals = caps;
    }
    let rest = &head[at..];
    let spaced = rest.trim_start();
    if let Some(after) = agency(spaced) {
        let gap = at + (rest.len() - spaced.len()) + (spaced.len() - after.len());
        let glued = !after.starts_with(char::is_whitespace);
        return match dash(after) {
            Some(n) => story_at(head, gap + n, true),
            None if glued => story_at(head, gap, true),
            None if capitals => {
                story_at(head, gap + (after.len() - after.trim_start().len()), true)
            }
            None => None,
        };
    }
    if !capitals {
        return None;
    }
    dash(rest).and_then(|n| story_at(head, at + n, false))
}

/// The place at the start of `head`: its end, and whether its first part is in capitals.
fn place(head: &str) -> Option<(usize, bool)> {
    let (mut end, caps) = place_part(head, 0)?;
    let mut parts = 0;
    while parts < PLACE_PARTS {
        let Some(after) = head[end..].strip_prefix(", ") else {
            break;
        };
        let from = head.len() - after.len();
        match date(head, from).or_else(|| place_part(head, from).map(|p| p.0)) {
            Some(e) => end = e,
            None => break,
        }
        parts += 1;
    }
    Some((end, caps))
}

/// One part of a place from `from`: up to four words, each capitalized (particles such
/// as "de" between them); its end and whether all its letters are capitals.
fn place_part(head: &str, from: usize) -> Option<(usize, bool)> {
    let mut end = from;
    let mut words = 0;
    let mut caps = true;
    let mut letters = 0;
    loop {
        let rest = &head[end..];
        let len = rest
            .find(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | '\u{2014}' | '\u{2013}'))
            .unwrap_or(rest.len());
        let word = &rest[..len];
        let first = word.chars().next()?;
        let particle = words > 0 && PARTICLES.contains(word);
        if !(first.is_uppercase() || particle) || word.chars().any(|c| c.is_ascii_digit()) {
            break;
        }
        caps &= !word.chars().any(char::is_lowercase);
        letters += word.chars().filter(|c| c.is_alphabetic()).count();
        words += 1;
        end += len;
        if words == PLACE_WORDS || !head[end..].starts_with(' ') {
            break;
        }
        // A word follows only after one space and before a bracket, comma or dash.
        let next = head[end + 1..].chars().next();
        if !next.is_some_and(|c| c.is_uppercase() || c.is_lowercase()) {
            break;
        }
        let next_word = head[end + 1..].split(' ').next().unwrap_or("");
        if next.is_some_and(char::is_lowercase) && !PARTICLES.contains(next_word) {
            break;
        }
        end += 1;
    }
    (words > 0).then_some((end, caps && letters >= 3))
}

/// A date from `from`: a month (full or short, perhaps with a full stop), one space and
/// a day number. Its end.
fn date(head: &str, from: usize) -> Option<usize> {
    let rest = &head[from..];
    let (month, tail) = rest.split_once(' ')?;
    let month = crate::case::lower(month.trim_end_matches('.'));
    if !MONTHS.contains(month.as_str()) && !DATE_ABBREVIATIONS.contains(month.as_str()) {
        return None;
    }
    let digits = tail.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2)
        .contains(&digits)
        .then(|| head.len() - tail.len() + digits)
}

/// The text after an agency in brackets at the start of `s` ("(CNN)", "(AP)"): one to
/// four capitalized words, two letters or more, no position note such as "(L)".
fn agency(s: &str) -> Option<&str> {
    let inner = s.strip_prefix('(')?;
    let close = inner.find(')')?;
    let name = &inner[..close];
    let ok = close <= AGENCY_BYTES
        && name.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && (1..=4).contains(&crate::clean::bytes::word_count(name))
        && name
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    ok.then(|| &inner[close + 1..])
}

/// Bytes of a dash with its spaces at the start of `s` (" -- ", " - ", " \u{2014} ",
/// "\u{2014}").
fn dash(s: &str) -> Option<usize> {
    let t = s.trim_start();
    let lead = s.len() - t.len();
    let width = ["--", "\u{2014}", "\u{2013}", "-"]
        .iter()
        .find(|d| t.starts_with(*d))
        .map(|d| d.len())?;
    let after = &t[width..];
    // A hyphen needs a space before it ("LONDON - "), not a word joined to it.
    if width == 1 && lead == 0 {
        return None;
    }
    Some(lead + width + (after.len() - after.trim_start().len()))
}

/// `Some(at)` when the story starts at `at`: a capital, a digit or (after an agency) a
/// quotation mark.
fn story_at(head: &str, at: usize, quote_ok: bool) -> Option<usize> {
    let first = head.get(at..)?.chars().next()?;
    let ok = first.is_uppercase()
        || first.is_ascii_digit()
        || (quote_ok && matches!(first, '"' | '\'' | '\u{201c}' | '\u{2018}'));
    ok.then_some(at)
}

#[cfg(test)]
mod tests {
    use super::without_dateline;

    #[test]
    fn wire_datelines_are_taken_off_the_story() {
        let cases = [
            (
                "LONDON \u{2014} After years of talks, the sanctions were lifted.",
                "After years of talks, the sanctions were lifted.",
            ),
            (
                "OSLO, Norway, May 3 (Reuters) - The ministers met on Friday.",
                "The ministers met on Friday.",
            ),
            ("NEW YORK, Oct. 2 (Reuters) - Shares rose.", "Shares rose."),
            (
                "GENEVA (AP) \u{2014} Talks resumed on Monday.",
                "Talks resumed on Monday.",
            ),
            (
                "WASHINGTON (CNN) -- The vote was close.",
                "The vote was close.",
            ),
            (
                "Lima, Peru (CNN)Ending a long standstill, the talks resumed.",
                "Ending a long standstill, the talks resumed.",
            ),
            (
                "Long Beach, California (CNN) -- \"The great question,\" he said.",
                "\"The great question,\" he said.",
            ),
            (
                "RIO DE JANEIRO, Brazil (AP) \u{2014} Rain fell.",
                "Rain fell.",
            ),
            ("WASHINGTON\u{2014}The Senate voted.", "The Senate voted."),
            ("(CNN) -- A storm hit the coast.", "A storm hit the coast."),
            (
                "NAIROBI, Kenya (Reuters) The flood waters receded.",
                "The flood waters receded.",
            ),
        ];
        for (line, want) in cases {
            assert_eq!(without_dateline(line), want, "{line:?}");
        }
    }

    #[test]
    fn lines_that_only_look_like_datelines_are_kept() {
        for line in [
            "The ministers met \u{2014} briefly \u{2014} on Friday.",
            "NATO - the alliance of thirty states - met on Friday.",
            "EU leaders met - and agreed.",
            "NATO Secretary General Mark Rutte - \"We stand together.\"",
            "NATO - \"We stand together,\" the alliance said.",
            "The United Nations (UN) Security Council met on Friday.",
            "President Anna Berg (R) - a veteran - spoke.",
            "Mark Rutte - \"We stand together.\"",
            "EU-China trade talks - the first in years - ended.",
            "Follow-up talks are planned.",
        ] {
            assert_eq!(without_dateline(line), line, "{line:?}");
        }
    }
}

//! Photo captions set in the text: they describe a picture rather than tell the story.
//!
//! A caption opens like one ("In this photo ...", "Photo: ..."), ends with a photo
//! credit ("(AP Photo/Jane Doe)", "REUTERS/Jane Doe"), or has the caption's shape: a
//! position note ("(left)", "(3rd from right)") or a present-tense verb of what the
//! picture shows ("greets", "is pictured") in a line that does not tell the past. A story's
//! own sentence about the same people ("Jane Doe (left) was elected ...") is kept.

use super::bytes::{equal_bytes, every_byte, flagged};
use super::shape::{bare, ends_like_sentence, line_end, line_start, openings, Openers};
use crate::lexicon::dates::{DATE_ABBREVIATIONS, MONTHS};
use crate::lexicon::furniture::{
    CAPTION_OPENERS, CAPTION_VERBS, CREDIT_LABELS, NOT_PRESENT_BEFORE, PAST_MARKERS,
    POSITION_JOINERS, POSITION_WORDS,
};

/// Caption openings, compared with the start of every line.
static CAPTION_OPENINGS: Openers = Openers::new(CAPTION_OPENERS);
/// Credit labels, compared with the start of every line.
static CREDIT_OPENINGS: Openers = Openers::new(CREDIT_LABELS);

/// Most words of a caption read for its shape.
pub const CAPTION_WORDS: usize = 60;
/// Bytes at the start of a line compared with caption openings.
const OPENER_BYTES: usize = 40;
/// Bytes at the end of a line searched for a credit.
const CREDIT_BYTES: usize = 100;

/// True when `line` is a photo caption or a photo credit. (The cleaning takes
/// [`is_caption_counted`]; the tests read this.)
#[cfg(test)]
pub fn is_caption(line: &str) -> bool {
    let line = line.trim();
    is_caption_counted(line, super::shape::words_upto(line, CAPTION_WORDS))
}

/// [`is_caption`] of trimmed `line`, whose words [`words_upto`] has counted up to
/// [`CAPTION_WORDS`].
pub fn is_caption_counted(line: &str, words: usize) -> bool {
    if opens_caption(line) {
        return true;
    }
    if words > CAPTION_WORDS {
        return false;
    }
    if ends_with_credit(line) {
        return true;
    }
    if !may_show_picture(line) {
        return false;
    }
    let lower = crate::case::lower(line);
    let words: Vec<&str> = lower.split_whitespace().map(bare).collect();
    // A caption needs a position note, "is pictured" or a full date: the line of prose
    // has none, and is not searched for the caption verbs and past markers (a scan of
    // each word against each list).
    let note = has_position_note(&lower);
    let pictured = words
        .windows(2)
        .any(|w| w[1] == "pictured" && matches!(w[0], "is" | "are"));
    if !note && !pictured && !has_full_date(&words) {
        return false;
    }
    if words.iter().any(|w| PAST_MARKERS.contains(w)) {
        return false;
    }
    let present = shows_in_present(&words);
    let unpunctuated = !ends_like_sentence(line);
    let dated_picture =
        || has_full_date(&words) && crate::segment::sentences::split(line).len() == 1;
    (note && (present || unpunctuated)) || (present && (pictured || dated_picture()))
}

/// False when `line` can hold neither a position note (a bracket), "pictured" nor a year
/// ("19..", "20.."): what [`is_caption`] looks for before reading the line's words. The
/// one letter outside ASCII that lowercases to ASCII is the dotted capital I.
fn may_show_picture(line: &str) -> bool {
    let b = line.as_bytes();
    // Only the bytes that may open one are looked at: a bracket, a 1, a 2 or a p.
    let opening = |v: u64| {
        equal_bytes(v, b'(')
            | equal_bytes(v, b'1')
            | equal_bytes(v, b'2')
            | equal_bytes(v | every_byte(0x20), b'p')
    };
    flagged(b, opening).any(|i| match b[i] {
        b'(' => true,
        b'1' => b.get(i + 1) == Some(&b'9'),
        b'2' => b.get(i + 1) == Some(&b'0'),
        b'p' | b'P' => b
            .get(i..i + 8)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"pictured")),
        _ => false,
    }) || line.contains('\u{130}')
}

/// True when `line` opens with a caption opening or a credit label ("Photo: ...").
fn opens_caption(line: &str) -> bool {
    let start = line_start(line, OPENER_BYTES);
    // Most lines open with two ASCII bytes that open no entry of either list in any case:
    // they are not lowercased.
    let bare_start = start.trim_start_matches(['(', '[']);
    let ascii_pair = bare_start.as_bytes().get(..2).is_some_and(<[u8]>::is_ascii);
    if ascii_pair && !CAPTION_OPENINGS.may_open(bare_start) && !CREDIT_OPENINGS.may_open(bare_start)
    {
        return false;
    }
    let start = crate::case::lower(start);
    let start = start.trim_start_matches(['(', '[']);
    let opener = openings(start, &CAPTION_OPENINGS).any(|(o, rest)| {
        o.ends_with([':', '-', '\u{2014}'])
            || !rest.starts_with(|c: char| c.is_alphanumeric() || c == '-')
    });
    opener || openings(start, &CREDIT_OPENINGS).any(|(_, rest)| rest.trim_start().starts_with(':'))
}

/// True when the line ends with a photo credit: "(AP Photo/Jane Doe)", "(Photo by ...)",
/// "REUTERS/Jane Doe", "Photo: Jane Doe/Agency".
fn ends_with_credit(line: &str) -> bool {
    let tail = line_end(line, CREDIT_BYTES).trim_end_matches(['.', ' ']);
    if let Some(open) = tail.strip_suffix(')').and_then(|t| t.rfind('(')) {
        let inner = crate::case::lower(&tail[open + 1..tail.len() - 1]);
        let credit = inner.contains("photo/")
            || inner.contains("photo by")
            || inner.contains("photo:")
            || inner.contains("images")
            || inner.starts_with("photo")
            || inner.starts_with("credit")
            || inner.starts_with("courtesy")
            || inner.starts_with("handout");
        if credit {
            return true;
        }
    }
    // "REUTERS/Jane Doe" closes a caption; a reference ending "ABC-CLIO/Publisher." does not.
    let unfinished = !line.trim_end().ends_with('.');
    if !unfinished && !tail.contains(':') {
        // A finished line without a label's colon ("Photo: ..."): most lines of prose.
        return false;
    }
    // A credit holds a slash, a label a colon: a tail with neither is not split.
    if !tail.contains(['/', ':']) {
        return false;
    }
    let words: Vec<&str> = tail.split_whitespace().collect();
    let last = &words[words.len().saturating_sub(6)..];
    let slash_credit = unfinished
        && last
            .iter()
            .rev()
            .take(3)
            .any(|w| is_agency_slash(w) || (words.len() <= 6 && is_slash_credit(w)));
    slash_credit
        || last.iter().enumerate().any(|(i, w)| {
            // Lowercasing keeps a final colon and makes none.
            i + 1 < last.len()
                && w.ends_with(':')
                && CREDIT_LABELS.contains(crate::case::lower(w).trim_end_matches(':'))
        })
}

/// "JANE DOE/AGENCY/Agency": capitalized parts joined by slashes, one in capitals; read
/// only in a short line of credit.
fn is_slash_credit(word: &str) -> bool {
    if !word.contains('/') {
        return false;
    }
    let parts: Vec<&str> = word.split('/').collect();
    parts.len() >= 2
        && parts
            .iter()
            .all(|p| p.starts_with(|c: char| c.is_uppercase()))
        && parts.iter().any(|p| {
            p.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !p.chars().any(char::is_lowercase)
        })
}

/// "REUTERS/Jane", "EPA-EFE/Jane": an agency in capitals, a slash, a capitalized name.
fn is_agency_slash(word: &str) -> bool {
    let Some((agency, name)) = word.split_once('/') else {
        return false;
    };
    let mut name = name.chars();
    agency.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && agency
            .chars()
            .all(|c| c.is_uppercase() || c == '-' || c == '.')
        && name.next().is_some_and(char::is_uppercase)
        && name.next().is_some_and(char::is_lowercase)
}

/// True when one of `words` (lowercase, bare) is a present-tense verb of a picture, not
/// after a word that makes it future, infinitive or negated ("will attend", "to greet").
fn shows_in_present(words: &[&str]) -> bool {
    let free = |at: usize| at == 0 || !NOT_PRESENT_BEFORE.contains(words[at - 1]);
    CAPTION_VERBS.iter().any(|v| match v.split_once(' ') {
        Some((a, b)) => (0..words.len().saturating_sub(1))
            .any(|i| words[i] == a && words[i + 1] == b && free(i)),
        None => (0..words.len()).any(|i| words[i] == v && free(i)),
    })
}

/// True when `lower` holds a position note in brackets: "(left)", "(L-R)",
/// "(second from right)", "(pictured)".
fn has_position_note(lower: &str) -> bool {
    lower.split('(').skip(1).any(|part| {
        let Some((inner, _)) = part.split_once(')') else {
            return false;
        };
        let words: Vec<&str> = inner
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .collect();
        !words.is_empty()
            && words.len() <= 5
            && words
                .iter()
                .all(|w| POSITION_WORDS.contains(w) || POSITION_JOINERS.contains(w))
            && words
                .iter()
                .any(|w| POSITION_WORDS.contains(w) || *w == "pictured")
    })
}

/// True when `words` hold a date with its year ("Oct. 2, 2024", "2 October 2024"): the
/// way a caption dates its picture.
fn has_full_date(words: &[&str]) -> bool {
    let is_month = |w: &str| MONTHS.contains(w) || DATE_ABBREVIATIONS.contains(w);
    let is_day = |w: &str| (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
    let is_year = |w: &str| w.len() == 4 && (w.starts_with("19") || w.starts_with("20"));
    words.windows(3).any(|w| {
        is_year(w[2]) && ((is_month(w[0]) && is_day(w[1])) || (is_day(w[0]) && is_month(w[1])))
    })
}

#[cfg(test)]
mod tests {
    use super::{is_caption, may_show_picture};

    /// The bytes read at once find what a search of the line finds, at its end as well.
    #[test]
    fn a_picture_is_looked_for_as_a_search_finds_it() {
        let lines = [
            "",
            "(",
            "a(",
            "ab(",
            "abc(",
            "1",
            "19",
            "x19",
            "xy19",
            "20",
            "abc20",
            "x1 9",
            "PICTURED",
            "He was Pictured.",
            "pictures",
            "ictu",
            "\u{130}",
            "a\u{130}",
            "ab\u{130}",
            "\u{131}x",
            "The talks ended.",
            "In 2019 they met.",
            "(left)",
        ];
        for line in lines {
            let lower = line.to_lowercase();
            let want = line.contains(['(', '\u{130}'])
                || line.contains("19")
                || line.contains("20")
                || lower.contains("pictured");
            assert_eq!(may_show_picture(line), want, "{line:?}");
        }
    }

    #[test]
    fn captions_by_shape() {
        let cases = [
            ("In this photo taken on Monday, May 4, 2020, the new bridge over the river is lit up at night for the first time since its builders finished the work.", true),
            ("Pictured: the delegates on the steps of the hall.", true),
            ("FILE PHOTO: The minister attends a meeting in the capital, May 3, 2023. REUTERS/Jane Doe/File Photo", true),
            ("The trade commissioner (2nd from right) reads a statement on the accord.", true),
            ("The two presidents (L-R) shake hands before the talks", true),
            ("The minister greets the delegates at the airport, Friday, Oct. 2, 2024, in the capital.", true),
            ("The minister greets the delegates at the airport. (AP Photo/Jane Doe)", true),
            ("Protesters gather outside the parliament on Monday (Photo by Jane Doe/Getty Images)", true),
            ("The president is pictured at the palace on Monday.", true),
            ("Photo: Jane Doe", true),
            ("The minister arrives for the talks. Photograph: Jane Doe/Agency", true),
            ("In this town the mayor has promised a new bridge over the river by next summer, and the work is going well.", false),
            ("In this image-obsessed age, politicians live by the photo opportunity.", false),
            ("Jane Doe (left) was elected in May, and the vote was close.", false),
            ("The minister greets every visitor personally, aides say.", false),
            ("The minister arrived at the airport on Friday, Oct. 2, 2024.", false),
            ("He was pictured leaving the building on Friday.", false),
            ("The talks (left unfinished in May) resume today.", false),
            ("The band AC/DC played.", false),
            ("JIM WATSON/AFP/Agency Images", true),
            ("Garden, Jane (2005). Australia, New Zealand, and the Pacific. ABC-CLIO/Greenwood.", false),
            ("Weekly Edition for March 26, 2015", false),
            ("Leaders will gather in the capital on May 3, 2026.", false),
            ("The agency released a file photo of the suspect.", false),
        ];
        for (line, want) in cases {
            assert_eq!(is_caption(line), want, "{line:?}");
        }
    }
}

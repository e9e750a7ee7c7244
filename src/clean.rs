//! Cleaning: drops the lines of a pasted or extracted article that belong to the web page
//! rather than the story (navigation, app promotions, share prompts, credits, agency
//! notes, date stamps), recognized by shape and cue words.

use crate::lexicon::dates::{MONTHS, TIME_WORDS, WEEKDAYS};
use crate::lexicon::furniture::{CAPTION_OPENERS, FURNITURE_CUES, FURNITURE_PREFIXES};
use crate::offsets::OffsetMap;
use std::sync::OnceLock;

/// Most words a furniture line may have.
const MAX_FURNITURE_WORDS: usize = 15;
/// Lines this short, without final punctuation, are furniture above the first paragraph
/// of prose and below the last (site names, "Next Story").
const EDGE_MAX_WORDS: usize = 2;

/// The article text (normalized) without its furniture lines; paragraphs keep their
/// blank lines.
pub fn clean(text: &str) -> String {
    clean_mapped(text).0
}

/// [`clean`], with the map from offsets of the cleaned text back to `text`.
#[inline(never)]
pub fn clean_mapped(text: &str) -> (String, OffsetMap) {
    let lines: Vec<&str> = text.split('\n').collect();
    let is_prose = |l: &&str| ends_in_punctuation(l) && l.split_whitespace().nth(6).is_some();
    let first_prose = lines.iter().position(is_prose).unwrap_or(lines.len());
    let last_prose = lines.iter().rposition(is_prose).unwrap_or(0);
    let mut out = String::with_capacity(text.len());
    let mut map = OffsetMap::default();
    let mut blank = false;
    let mut offset = 0usize;
    for (i, line) in lines.iter().enumerate() {
        let line_start = offset;
        offset += line.len() + 1;
        let at_edge = i < first_prose || i > last_prose;
        if line.trim().is_empty() {
            blank = true;
            continue;
        }
        if is_furniture(line) || (at_edge && is_edge_scrap(line)) {
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank { "\n\n" } else { "\n" });
        }
        let kept = without_dateline(line);
        map.anchor(out.len(), line_start + (line.len() - kept.len()));
        out.push_str(kept);
        blank = false;
    }
    map.anchor(out.len(), text.len());
    (out, map)
}

/// Most words of a dateline ("KYIV, Ukraine, Aug 15 (Reuters)").
const DATELINE_WORDS: usize = 6;
/// Bytes at the start of a line compared with caption openings (the longest fits).
const CAPTION_BYTES: usize = 24;
/// Bytes at the start of a line searched for a dateline's dash.
const DATELINE_BYTES: usize = 80;

/// The first `bytes` bytes of `line` at most, cut at a character boundary.
fn line_start(line: &str, bytes: usize) -> &str {
    let mut reach = line.len().min(bytes);
    while !line.is_char_boundary(reach) {
        reach -= 1;
    }
    &line[..reach]
}

/// `line` without a leading wire dateline: a place in capitals, perhaps followed by its
/// region, a date and an agency, then a dash ("LONDON — After years…" gives "After
/// years…").
pub fn without_dateline(line: &str) -> &str {
    // Only the start of the line is searched, however long the paragraph.
    let start = line_start(line, DATELINE_BYTES);
    let Some((dash, width)) = [" \u{2014} ", " \u{2013} ", " - ", "\u{2014}"]
        .iter()
        .filter_map(|d| start.find(d).map(|at| (at, d.len())))
        .min()
    else {
        return line;
    };
    let head = &line[..dash];
    let rest = &line[dash + width..];
    let mut words = head.split_whitespace();
    let Some(place) = words.next() else {
        return line;
    };
    let place = place.trim_end_matches(',');
    let capitals = place.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && !place.chars().any(char::is_lowercase);
    let tail_fits = words.clone().count() < DATELINE_WORDS
        && words.all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_numeric() || c == '('));
    let story_starts = rest.starts_with(|c: char| c.is_uppercase() || c.is_numeric() || c == '"');
    if capitals && tail_fits && story_starts {
        rest
    } else {
        line
    }
}

/// The furniture cues sorted by their first two bytes (every cue has at least two).
fn cues_by_pair() -> &'static [(u16, &'static [u8])] {
    static CUES: OnceLock<Vec<(u16, &'static [u8])>> = OnceLock::new();
    CUES.get_or_init(|| {
        let mut cues: Vec<(u16, &'static [u8])> = FURNITURE_CUES
            .iter()
            .filter_map(|c| match c.as_bytes() {
                [a, b, ..] => Some((u16::from_be_bytes([*a, *b]), c.as_bytes())),
                _ => None,
            })
            .collect();
        crate::sorted::sort_by_key(&mut cues, |c| c.0);
        cues
    })
}

/// True when a furniture cue stands anywhere in `lower`: one pass over the line instead
/// of one search per cue.
fn holds_cue(lower: &str) -> bool {
    let bytes = lower.as_bytes();
    let cues = cues_by_pair();
    bytes.windows(2).enumerate().any(|(i, pair)| {
        let key = u16::from_be_bytes([pair[0], pair[1]]);
        let from = cues.partition_point(|(k, _)| *k < key);
        cues[from..]
            .iter()
            .take_while(|(k, _)| *k == key)
            .any(|(_, c)| bytes[i..].starts_with(c))
    })
}

fn ends_in_punctuation(line: &str) -> bool {
    matches!(
        line.trim_end_matches(['"', '\'', ')']).chars().last(),
        Some('.' | '!' | '?' | ':' | '\u{2026}')
    )
}

/// A line that is page furniture by its cue words and shape.
pub fn is_furniture(line: &str) -> bool {
    let line = line.trim();
    if line.is_empty() {
        return false;
    }
    if !line.chars().any(char::is_alphanumeric) || is_caption(line) {
        return true;
    }
    // Counted only up to the limit: a long paragraph is not read through.
    let words = line
        .split_whitespace()
        .take(MAX_FURNITURE_WORDS + 1)
        .count();
    if words > MAX_FURNITURE_WORDS {
        return false;
    }
    let lower = crate::case::lower(line);
    let parenthesized = line.starts_with('(') && line.ends_with(')');
    let shouting = line.split(':').next().is_some_and(|head| {
        head.len() > 3
            && head.chars().any(char::is_alphabetic)
            && !head.chars().any(char::is_lowercase)
    });
    let shape = !ends_in_punctuation(line) || words <= 6 || parenthesized || shouting;
    if shape && holds_cue(&lower) {
        return true;
    }
    if (words <= 8 || !ends_in_punctuation(line))
        && FURNITURE_PREFIXES.iter().any(|p| lower.starts_with(p))
    {
        return true;
    }
    is_date_stamp(&lower)
}

/// True when `line` opens like a photo caption set in the text.
fn is_caption(line: &str) -> bool {
    let start = crate::case::lower(line_start(line, CAPTION_BYTES));
    CAPTION_OPENERS.iter().any(|o| start.starts_with(o))
}

/// A short line made only of dates, times and time zones.
fn is_date_stamp(lower: &str) -> bool {
    let words: Vec<&str> = lower.split_whitespace().collect();
    words.len() <= 8
        && words.iter().any(|w| w.chars().any(|c| c.is_ascii_digit()))
        && words.iter().all(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
            w.is_empty()
                || w.chars()
                    .all(|c| c.is_ascii_digit() || c == ':' || c == '.' || c == '/' || c == '-')
                || TIME_WORDS.contains(&w)
                || (w.len() >= 3 && MONTHS.iter().chain(WEEKDAYS).any(|m| m.starts_with(w)))
        })
}

/// A one- or two-word line without final punctuation: a site name, "Send Push".
fn is_edge_scrap(line: &str) -> bool {
    let line = line.trim();
    let words = line.split_whitespace().take(EDGE_MAX_WORDS + 1).count();
    words > 0 && words <= EDGE_MAX_WORDS && !ends_in_punctuation(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn photo_captions_set_in_the_text_are_furniture_however_long() {
        assert!(is_furniture(
            "In this photo taken on Monday, May 4, 2020, the new bridge over the river is lit up at night for the first time since its builders finished the work."
        ));
        assert!(is_furniture(
            "Pictured: the delegates on the steps of the hall."
        ));
        assert!(!is_furniture(
            "In this town the mayor has promised a new bridge over the river by next summer, and the work is going well."
        ));
    }

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
            (
                "GENEVA (AP) \u{2014} Talks resumed on Monday.",
                "Talks resumed on Monday.",
            ),
            (
                "The ministers met \u{2014} briefly \u{2014} on Friday.",
                "The ministers met \u{2014} briefly \u{2014} on Friday.",
            ),
            (
                "NATO - the alliance of thirty states - met on Friday.",
                "NATO - the alliance of thirty states - met on Friday.",
            ),
            (
                "EU leaders met - and agreed.",
                "EU leaders met - and agreed.",
            ),
        ];
        for (line, want) in cases {
            assert_eq!(without_dateline(line), want, "{line:?}");
        }
    }

    #[test]
    fn cue_scan_finds_every_cue_anywhere_in_a_line() {
        for cue in FURNITURE_CUES {
            for line in [cue.to_string(), format!("see {cue} now"), format!("x{cue}")] {
                assert!(holds_cue(&line), "{line:?}");
            }
        }
        assert!(!holds_cue(
            "the leaders met for three hours in the capital."
        ));
        assert!(!holds_cue(""));
    }

    #[test]
    fn furniture_lines_by_shape_and_cue() {
        let cases = [
            ("Next Story", true),
            ("ALSO READ: Leaders trade barbs after talks collapse", true),
            ("Loving TheDailyPaper? Download the app now", true),
            ("(With agency inputs.)", true),
            ("Photo: AFP", true),
            ("Updated: Aug 16, 2025 10:30 IST", true),
            ("August 16, 2025 10:30 am", true),
            ("Share on WhatsApp", true),
            ("By Jane Doe", true),
            ("|", true),
            ("Leader stands firm on demands", false),
            ("European anxiety", false),
            ("The minister said he would not subscribe to that view at the summit on Friday.", false),
            ("By contrast, the earlier meeting in Helsinki lasted only two hours and ended early.", false),
            ("He was born on August 16, 1950.", false),
        ];
        for (line, want) in cases {
            assert_eq!(is_furniture(line), want, "line: {line:?}");
        }
    }

    #[test]
    fn short_scraps_go_only_at_the_edges() {
        let text = "Next Story\nDailyWire\n\nLeaders meet for talks in the north\n\nSend Push\nThe leaders met on Friday for three hours of talks.\n\nEuropean anxiety\nAllies had feared a bad deal would follow the talks.\nShare\n";
        let cleaned = clean(text);
        assert_eq!(
            cleaned,
            "Leaders meet for talks in the north\n\nThe leaders met on Friday for three hours of talks.\n\nEuropean anxiety\nAllies had feared a bad deal would follow the talks."
        );
    }
}

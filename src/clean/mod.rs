//! Cleaning: drops the lines of a pasted or extracted article that belong to the web page
//! rather than the story, and takes wire datelines off the start of its paragraphs.
//!
//! A line is furniture by its shape and its place, never by a cue word somewhere inside a
//! sentence: a known furniture form as a whole line (`forms`), a photo caption
//! (`caption`), a one- or two-word scrap or a byline at the edges of the article (above
//! its first paragraph of prose, below its last), the name line after a lone "By", a short
//! line repeated across the page. Lists, short paragraphs and lines in capitals stay.

pub(crate) mod bytes;
mod caption;
mod dateline;
mod forms;
mod shape;

pub use dateline::without_dateline;

use crate::offsets::OffsetMap;
use shape::{chars_upto, ends_in_punctuation, ends_like_sentence, words_upto};

/// Lines this short, without final punctuation, are furniture above the first paragraph
/// of prose and below the last (site names, "Next Story").
const EDGE_MAX_WORDS: usize = 2;
/// Fewest words of a line of prose, which marks where the story starts and ends.
const PROSE_MIN_WORDS: usize = 7;
/// Fewest characters of a line of prose without spaces between its words.
const PROSE_MIN_CHARS: usize = 40;
/// Most characters of a short scrap at the edges of an article.
const SCRAP_MAX_CHARS: usize = 30;
/// Most words of a short line that is furniture when repeated across the page.
const REPEATED_MAX_WORDS: usize = 5;
/// How many times a short line must occur to be page furniture ("Advertisement").
const REPEATED_TIMES: usize = 3;

/// The article text (normalized) without its furniture lines; paragraphs keep their
/// blank lines. (The reading of an article takes [`clean_full`]; the tests read this.)
#[cfg(test)]
pub fn clean(text: &str) -> String {
    clean_mapped(text).0
}

/// [`clean`], with the map from offsets of the cleaned text back to `text`.
#[cfg(test)]
pub fn clean_mapped(text: &str) -> (String, OffsetMap) {
    let cleaned = clean_full(text);
    (cleaned.text, cleaned.map)
}

/// The cleaned text of an article, where it came from, and the datelines taken off it.
pub struct Cleaned {
    /// The article text without its furniture.
    pub text: String,
    /// Offsets of `text` back to the text given to [`clean_full`].
    pub map: OffsetMap,
    /// Each dateline taken off a paragraph: the offset in `text` where the paragraph now
    /// starts, and the dateline's span in the text given.
    pub datelines: Vec<(usize, std::ops::Range<usize>)>,
}

/// The article text (normalized) without its furniture lines, with the map from its
/// offsets back to `text` and the datelines it took off.
pub fn clean_full(text: &str) -> Cleaned {
    let lines: Vec<&str> = text.split('\n').collect();
    // Prose: a line of several words (or, in scripts written without spaces, characters)
    // that ends like a sentence.
    let is_prose = |l: &&str| {
        ends_in_punctuation(l)
            && (words_upto(l, PROSE_MIN_WORDS) >= PROSE_MIN_WORDS
                || chars_upto(l.trim(), PROSE_MIN_CHARS) >= PROSE_MIN_CHARS)
    };
    let first_prose = lines.iter().position(is_prose).unwrap_or(lines.len());
    let last_prose = lines.iter().rposition(is_prose).unwrap_or(0);
    let first_line = lines.iter().position(|l| !l.trim().is_empty());
    let repeated = repeated_lines(&lines);
    let mut out = String::with_capacity(text.len());
    let mut map = OffsetMap::default();
    let mut datelines = Vec::new();
    let mut blank = false;
    let mut offset = 0usize;
    let mut after_lone_by = false;
    for (i, line) in lines.iter().enumerate() {
        let line_start = offset;
        offset += line.len() + 1;
        let trimmed = line.trim();
        if trimmed.is_empty() {
            blank = true;
            continue;
        }
        let at_edge = i < first_prose || i > last_prose;
        let byline_name = after_lone_by && forms::names_only(&words(trimmed), true);
        after_lone_by = trimmed.eq_ignore_ascii_case("by");
        let drop = byline_name
            || is_furniture(trimmed)
            || repeated.binary_search(&trimmed).is_ok()
            || (at_edge && is_edge_scrap(trimmed))
            || (at_edge && forms::is_role_byline(trimmed))
            || (at_edge && Some(i) != first_line && forms::is_outlet_byline(trimmed));
        if drop {
            continue;
        }
        let kept = without_dateline(line);
        if kept.trim().is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank { "\n\n" } else { "\n" });
        }
        let cut = line.len() - kept.len();
        if cut > 0 {
            let dateline = &line[..cut];
            let end = line_start + dateline.trim_end().len();
            datelines.push((
                out.len(),
                line_start + (dateline.len() - dateline.trim_start().len())..end,
            ));
        }
        map.anchor(out.len(), line_start + cut);
        out.push_str(kept);
        blank = false;
    }
    Cleaned {
        text: out,
        map,
        datelines,
    }
}

fn words(line: &str) -> Vec<&str> {
    line.split_whitespace().collect()
}

/// A line that is page furniture wherever it stands: a known furniture form as a whole
/// line, a photo caption or credit, or a line without a letter or digit.
pub fn is_furniture(line: &str) -> bool {
    let line = line.trim();
    if line.is_empty() {
        return false;
    }
    if !line.chars().any(char::is_alphanumeric) {
        return true;
    }
    // One count serves both limits: a form has fewer words than a caption.
    const _: () = assert!(forms::FORM_WORDS <= caption::CAPTION_WORDS);
    let words = words_upto(line, caption::CAPTION_WORDS);
    if caption::is_caption_counted(line, words) {
        return true;
    }
    if words > forms::FORM_WORDS {
        return false;
    }
    let lower = crate::case::lower(line);
    forms::is_form(line, &lower, words)
}

/// True when `line` is a byline, a publication stamp, a dateline alone or a caption: a
/// line near the top that is never the article's title.
pub fn is_never_title(line: &str) -> bool {
    let line = line.trim();
    is_furniture(line)
        || forms::is_role_byline(line)
        || forms::is_outlet_byline(line)
        || without_dateline(line).len() != line.len()
}

/// A short one- or two-word line without final punctuation: a site name, "Send Push".
fn is_edge_scrap(line: &str) -> bool {
    let words = words_upto(line, EDGE_MAX_WORDS);
    words > 0
        && words <= EDGE_MAX_WORDS
        && chars_upto(line, SCRAP_MAX_CHARS) <= SCRAP_MAX_CHARS
        && !ends_in_punctuation(line)
}

/// The short lines without a sentence's final mark that occur [`REPEATED_TIMES`] times or
/// more, sorted: "Advertisement", "Share" between every few paragraphs.
fn repeated_lines<'a>(lines: &[&'a str]) -> Vec<&'a str> {
    let mut short: Vec<&str> = lines
        .iter()
        .map(|l| l.trim())
        .filter(|l| {
            // The words counted last: most lines are prose, and end like a sentence.
            !l.is_empty()
                && !l.ends_with(':')
                && !ends_like_sentence(l)
                && words_upto(l, REPEATED_MAX_WORDS) <= REPEATED_MAX_WORDS
        })
        .collect();
    crate::sorted::sort_by(&mut short, |a, b| a.cmp(b));
    let mut out: Vec<&str> = Vec::new();
    let mut i = 0;
    while i < short.len() {
        let run = short[i..].iter().take_while(|l| **l == short[i]).count();
        if run >= REPEATED_TIMES {
            out.push(short[i]);
        }
        i += run;
    }
    out
}

#[cfg(test)]
mod tests;

//! Sentences: the body split into paragraphs, each a heading or a run of sentences,
//! with byte spans into the body.

pub mod heading;
pub mod sentences;

use std::ops::Range;

/// What a segment of the body is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A short, title-like line without final punctuation: a headline or sub-heading.
    Heading,
    /// A sentence of prose, a list item or a line of prose without its final mark.
    Sentence,
}

/// One heading or sentence of an article body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// Byte range in the body.
    pub span: Range<usize>,
    /// Heading or sentence.
    pub kind: Kind,
    /// Index of the paragraph it belongs to: a line, or lines a hard line break cut apart.
    pub paragraph: usize,
}

/// One non-blank line of the body.
struct Line<'a> {
    start: usize,
    text: &'a str,
    /// A blank line stands between this line and the one before.
    gap_before: bool,
}

/// Splits `body` into headings and sentences. Each line is a paragraph, except that a
/// line a hard break cut from the line before goes on in that paragraph.
///
/// A line without final punctuation is a heading only when it looks like one: short,
/// title-like, not a list item, not prose that lacks its final mark ("Brazil denied the
/// report"). List items (after a bullet, a number or a line ending in ":") are sentences.
pub fn segment(body: &str) -> Vec<Segment> {
    let lines = lines(body);
    let units = paragraphs(&lines);
    let ends_prose = |i: usize| {
        matches!(
            lines[i]
                .text
                .trim_end_matches(['"', '\'', ')'])
                .chars()
                .last(),
            Some('.' | '!' | '?' | '\u{2026}')
        )
    };
    let mut out = Vec::new();
    // After a line ending in ":" (or an item of its list), short lines are its items.
    let mut lead_in = false;
    for (paragraph, &(a, b)) in units.iter().enumerate() {
        let first = &lines[a];
        let end = lines[b].start + lines[b].text.len();
        let shape = heading::has_heading_shape(first.text);
        let marked = heading::is_list_item(first.text);
        let in_block = paragraph > 0 && !first.gap_before;
        let next_prose = units.get(paragraph + 1).is_some_and(|u| ends_prose(u.0));
        let item = marked || (lead_in && shape && (in_block || !next_prose));
        let title_place = paragraph == 0 && units.len() > 1;
        let is_heading =
            a == b && !item && shape && (title_place || !heading::reads_as_prose(first.text));
        if is_heading {
            let lead = first.text.len() - first.text.trim_start().len();
            out.push(Segment {
                span: first.start + lead..first.start + first.text.trim_end().len(),
                kind: Kind::Heading,
                paragraph,
            });
            lead_in = false;
            continue;
        }
        let from = first.start;
        for r in sentences::split(&body[from..end]) {
            out.push(Segment {
                span: from + r.start..from + r.end,
                kind: Kind::Sentence,
                paragraph,
            });
        }
        lead_in = (lead_in && item && !marked) || lines[b].text.trim_end().ends_with(':');
    }
    out
}

/// The non-blank lines of `body` with their offsets.
fn lines(body: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut offset = 0;
    let mut gap = false;
    for text in body.split('\n') {
        let start = offset;
        offset += text.len() + 1;
        if text.trim().is_empty() {
            gap = true;
            continue;
        }
        out.push(Line {
            start,
            text,
            gap_before: gap,
        });
        gap = false;
    }
    out
}

/// Paragraphs as ranges of line indices (first, last): a line that goes on from the one
/// before it in the same block (see [`heading::continues`]) joins its paragraph.
fn paragraphs(lines: &[Line]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        match out.last_mut() {
            Some(last) if !line.gap_before && heading::continues(lines[i - 1].text, line.text) => {
                last.1 = i;
            }
            _ => out.push((i, i)),
        }
    }
    out
}

/// A line that reads as a heading by its shape alone: short, no final punctuation,
/// capitalized, not a list item nor prose that lacks its final mark. [`segment`] also
/// weighs the lines around it, and the tests read this.
#[cfg(test)]
pub fn is_heading(line: &str) -> bool {
    heading::has_heading_shape(line)
        && !heading::is_list_item(line)
        && !heading::reads_as_prose(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_and_sentences_are_told_apart() {
        let body = "Union stands firm on pay\nHe said no. She agreed.\n\nWhat next?";
        let segs = segment(body);
        let got: Vec<(&str, Kind)> = segs
            .iter()
            .map(|s| (&body[s.span.clone()], s.kind))
            .collect();
        assert_eq!(
            got,
            vec![
                ("Union stands firm on pay", Kind::Heading),
                ("He said no.", Kind::Sentence),
                ("She agreed.", Kind::Sentence),
                ("What next?", Kind::Sentence),
            ]
        );
        assert_eq!(segs[3].paragraph, 2);
    }

    #[test]
    fn heading_shape() {
        let cases = [
            ("Storm Eases, But Thousands Still Without Power", true),
            ("Key points from the budget;", false),
            ("1. The first item 2. The second item", false),
            ("Brazil denied the report", false),
            ("He left.", false),
            ("He said:", false),
            ("lowercase start line", false),
            (
                "A line with many words that runs on and on without any final mark at all in it",
                false,
            ),
        ];
        for (line, want) in cases {
            assert_eq!(is_heading(line), want, "line: {line:?}");
        }
    }
}

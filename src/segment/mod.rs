//! Sentences: the body split into paragraphs, each a heading or a run of sentences,
//! with byte spans into the body.

pub mod sentences;

use std::ops::Range;

/// What a segment of the body is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A short line without final punctuation: a headline or sub-heading.
    Heading,
    /// A sentence of prose.
    Sentence,
}

/// One heading or sentence of an article body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// Byte range in the body.
    pub span: Range<usize>,
    /// Heading or sentence.
    pub kind: Kind,
    /// Index of the paragraph (line) it belongs to.
    pub paragraph: usize,
}

/// Most words a line may have to count as a heading.
const HEADING_MAX_WORDS: usize = 16;

/// Splits `body` into headings and sentences. Each line is a paragraph.
#[inline(never)]
pub fn segment(body: &str) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut offset = 0;
    let mut paragraph = 0;
    for line in body.split('\n') {
        let start = offset;
        offset += line.len() + 1;
        if line.trim().is_empty() {
            continue;
        }
        if is_heading(line) {
            let lead = line.len() - line.trim_start().len();
            let span = start + lead..start + line.trim_end().len();
            out.push(Segment {
                span,
                kind: Kind::Heading,
                paragraph,
            });
        } else {
            for r in sentences::split(line) {
                let span = start + r.start..start + r.end;
                out.push(Segment {
                    span,
                    kind: Kind::Sentence,
                    paragraph,
                });
            }
        }
        paragraph += 1;
    }
    out
}

/// A line that reads as a heading: short, no final punctuation, capitalized.
pub fn is_heading(line: &str) -> bool {
    let line = line.trim();
    let Some(first) = line.chars().next() else {
        return false;
    };
    let last = line.trim_end_matches(['"', '\'', ')']).chars().last();
    let terminal = matches!(last, Some('.' | '!' | '?' | '\u{2026}' | ':' | ','));
    // Words are counted last and only up to the limit: a paragraph is not read through.
    !terminal
        && (first.is_uppercase() || first.is_ascii_digit() || first == '"')
        && line.split_whitespace().take(HEADING_MAX_WORDS + 1).count() <= HEADING_MAX_WORDS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_and_sentences_are_told_apart() {
        let body = "Leader stands firm on demands\nHe said no. She agreed.\n\nWhat next?";
        let segs = segment(body);
        let got: Vec<(&str, Kind)> = segs
            .iter()
            .map(|s| (&body[s.span.clone()], s.kind))
            .collect();
        assert_eq!(
            got,
            vec![
                ("Leader stands firm on demands", Kind::Heading),
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
            ("Talks Yield Progress, But No Agreement", true),
            ("Key takeaways from the summit;", true),
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

//! The words of a sentence as topic phrases read them, and a topic as shown.

use super::List;
use crate::clean::bytes::is_ascii_space;
use std::cell::Cell;
use std::ops::Range;

/// A word of a sentence: its byte span, its lowercase form, and what follows it.
pub struct Word<'a> {
    /// Byte span in the sentence (the input is at most 20 MB): start and end.
    start: u32,
    end: u32,
    /// Lowercase form.
    pub lower: &'a str,
    /// True when punctuation (not an inner apostrophe or hyphen, not a quotation mark)
    /// follows it: a phrase ends there.
    pub pause: bool,
    /// True when that punctuation is a dash.
    pub dash: bool,
    /// True when it starts with a capital letter.
    pub capital: bool,
    /// Per word list, two bits: whether it was looked up, and whether it holds the word.
    lists: Cell<u32>,
}

impl Word<'_> {
    /// True when `list` holds the word. Each list is asked once per word: the noun
    /// phrases read at neighbouring words overlap, and ask about the same words again.
    pub fn is(&self, list: List) -> bool {
        let shift = 2 * list as u32;
        let known = self.lists.get();
        if known & (1 << shift) != 0 {
            return known & (2 << shift) != 0;
        }
        let holds = list.holds(self.lower);
        self.lists
            .set(known | (1 << shift) | (u32::from(holds) << (shift + 1)));
        holds
    }
}

/// The words of sentence `text`: its terms ([`crate::tokens::term_spans`]), in lowercase
/// as the corpus holds them (`lower`).
#[cfg(test)]
pub fn words<'a>(text: &str, lower: impl ExactSizeIterator<Item = &'a str>) -> Vec<Word<'a>> {
    let mut out = Vec::new();
    words_into(text, lower, &mut out);
    out
}

/// The words of sentence `text` (see [`words`]) in `out`, emptied first: one buffer
/// serves the sentences read one after another.
pub fn words_into<'a>(
    text: &str,
    lower: impl ExactSizeIterator<Item = &'a str>,
    out: &mut Vec<Word<'a>>,
) {
    out.clear();
    out.reserve(lower.len());
    words_at(text, crate::tokens::term_spans(text).zip(lower), out);
}

/// The words of sentence `text` in `out` (see [`words`]), from each term's byte span in
/// `text` with its lowercase form: of a sentence in ASCII, the spans its lowercase text
/// has, which the corpus holds.
pub fn words_at<'a>(
    text: &str,
    terms: impl Iterator<Item = (Range<usize>, &'a str)>,
    out: &mut Vec<Word<'a>>,
) {
    for (span, lower) in terms {
        let (next, rest) = next_char(text, span.end);
        // A point inside a sentence, with words after it, is an initial's or an
        // abbreviation's ("U.S.", "John F. Kennedy", "on Dec. 14"): no pause.
        let initial = next == Some('.')
            && rest
                .split_once('.')
                .is_some_and(|(_, after)| after.chars().any(char::is_alphanumeric));
        let grouped = digit_group(text, &span);
        let first = text.as_bytes().get(span.start).copied().unwrap_or(0);
        let capital = if first.is_ascii() {
            first.is_ascii_uppercase()
        } else {
            text.get(span.clone())
                .is_some_and(|t| t.starts_with(char::is_uppercase))
        };
        out.push(Word {
            lower,
            pause: next.is_some_and(|c| !opens_word(c)) && !initial && !grouped,
            dash: next.is_some_and(|c| matches!(c, '—' | '–')) || rest.starts_with(" - "),
            capital,
            start: span.start as u32,
            end: span.end as u32,
            lists: Cell::new(0),
        });
    }
}

/// True when character `c` may open the next word of a phrase: a letter or digit, or a
/// currency sign before an amount ("the $2,500 payments").
fn opens_word(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '$' | '£' | '€' | '¥')
}

/// True when the word at `span` of `text` is digits that a separator joins to more digits:
/// "1,200", "3.5" are one number, with no pause inside.
fn digit_group(text: &str, span: &Range<usize>) -> bool {
    let b = text.as_bytes();
    span.end > 0
        && b.get(span.end - 1).is_some_and(u8::is_ascii_digit)
        && matches!(b.get(span.end), Some(b',' | b'.'))
        && b.get(span.end + 1).is_some_and(u8::is_ascii_digit)
}

/// What follows the word that ends at byte `end` of `text`: the first character past
/// apostrophes and hyphens, then quotation marks and white space; and the text after the
/// apostrophes and hyphens. ASCII is read byte by byte, other characters decoded.
fn next_char(text: &str, end: usize) -> (Option<char>, &str) {
    let bytes = text.as_bytes();
    let mut i = end.min(bytes.len());
    while bytes.get(i).is_some_and(|&b| b == b'\'' || b == b'-') {
        i += 1;
    }
    let rest = text.get(i..).unwrap_or("");
    let mut j = i;
    loop {
        match bytes.get(j) {
            Some(&b) if b == b'"' || is_ascii_space(b) => j += 1,
            Some(&b) if b.is_ascii() => return (Some(char::from(b)), rest),
            None => return (None, rest),
            Some(_) => {
                let next = text
                    .get(j..)
                    .unwrap_or("")
                    .trim_start_matches(|c: char| c == '"' || c.is_whitespace())
                    .chars()
                    .next();
                return (next, rest);
            }
        }
    }
}

/// The byte span of words `r` of `ws`.
pub fn span(ws: &[Word], r: &Range<usize>) -> Range<usize> {
    match (
        ws.get(r.start),
        r.end.checked_sub(1).and_then(|e| ws.get(e)),
    ) {
        (Some(a), Some(b)) => a.start as usize..b.end as usize,
        _ => 0..0,
    }
}

/// A topic as shown: its words as written without quotation marks, capitalised.
pub fn label(written: &str) -> String {
    let opened = written.contains('‘');
    let bare: String = written
        .split_whitespace()
        .map(|w| {
            let w = w.trim_matches(['"', '“', '”']);
            let w = w.strip_prefix('‘').unwrap_or(w);
            if opened {
                w.strip_suffix('’').unwrap_or(w)
            } else {
                w
            }
        })
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    crate::case::capitalize(&bare)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words of `text` as first read: each term's following character and capital
    /// told by the characters themselves.
    fn plain<'a>(text: &str, lower: &[&'a str]) -> Vec<(&'a str, bool, bool, bool, u32, u32)> {
        crate::tokens::term_spans(text)
            .zip(lower.iter().copied())
            .map(|(span, lower)| {
                let rest = text[span.end..].trim_start_matches(['\'', '-']);
                let next = rest
                    .trim_start_matches(|c: char| c == '"' || c.is_whitespace())
                    .chars()
                    .next();
                let initial = next == Some('.')
                    && rest
                        .split_once('.')
                        .is_some_and(|(_, after)| after.chars().any(char::is_alphanumeric));
                let after = &text[span.end..];
                let grouped = text[span.clone()].ends_with(|c: char| c.is_ascii_digit())
                    && (after.starts_with(',') || after.starts_with('.'))
                    && after[1..].starts_with(|c: char| c.is_ascii_digit());
                (
                    lower,
                    next.is_some_and(|c| !c.is_alphanumeric() && !"$£€¥".contains(c))
                        && !initial
                        && !grouped,
                    next.is_some_and(|c| matches!(c, '—' | '–')) || rest.starts_with(" - "),
                    text[span.clone()].starts_with(char::is_uppercase),
                    span.start as u32,
                    span.end as u32,
                )
            })
            .collect()
    }

    fn fields<'a>(ws: &[Word<'a>]) -> Vec<(&'a str, bool, bool, bool, u32, u32)> {
        ws.iter()
            .map(|w| (w.lower, w.pause, w.dash, w.capital, w.start, w.end))
            .collect()
    }

    #[test]
    fn words_read_by_bytes_are_the_words_read_by_characters() {
        let texts = [
            "The U.S. talks on Dec. 14 — led by John F. Kennedy — \"stalled\", he said.",
            "Rock 'n' roll's  fans - and the '90s - met\u{a0}Ülkü in İstanbul; \"Yes.\" É.",
            "ÉTAT—état–x \u{2003}\"Word\" end-  ' -- a.b. c. 'q' \t\nlast",
            "",
            "a",
            "Ends with a point. And more",
            "no. 5 and No. 7 \u{85}z 'x'- y'",
            "The 1,200 workers, $2,500 each, 3.5 percent; in 2012, 40 left. 7, the €5 and £3 fees",
        ];
        for text in texts {
            let lowered = crate::case::lower(text);
            let lower: Vec<&str> = crate::tokens::terms(&lowered);
            let mut out = Vec::new();
            words_into(text, lower.iter().copied(), &mut out);
            assert_eq!(fields(&out), plain(text, &lower), "{text:?}");
            if text.is_ascii() {
                // The lowercase text's spans, as the corpus gives them.
                let spans = crate::tokens::term_spans(&lowered);
                let mut at = Vec::new();
                words_at(text, spans.zip(lower.iter().copied()), &mut at);
                assert_eq!(fields(&at), plain(text, &lower), "{text:?}");
            }
        }
    }
}

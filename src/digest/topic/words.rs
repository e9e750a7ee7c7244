//! The words of a sentence as topic phrases read them, and a topic as shown.

use std::ops::Range;

/// A word of a sentence: its byte span, its lowercase form, and what follows it.
pub struct Word {
    /// Byte span in the sentence.
    pub span: Range<usize>,
    /// Lowercase form.
    pub lower: String,
    /// True when punctuation (not an inner apostrophe or hyphen, not a quotation mark)
    /// follows it: a phrase ends there.
    pub pause: bool,
    /// True when that punctuation is a dash.
    pub dash: bool,
    /// True when it starts with a capital letter.
    pub capital: bool,
}

/// The words of `text`, split as [`crate::digest::phrases::words_of`] splits them.
pub fn words(text: &str) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::new();
    let mut start: Option<usize> = None;
    let is_word = |c: char| c.is_alphanumeric() || c == '\'' || c == '-';
    let push = |out: &mut Vec<Word>, s: usize, e: usize| {
        let w = &text[s..e];
        let trimmed = w.trim_start_matches(['\'', '-']);
        let s = s + (w.len() - trimmed.len());
        let trimmed = trimmed.trim_end_matches(['\'', '-']);
        if !trimmed.is_empty() {
            let rest = text[s + trimmed.len()..].trim_start_matches(['\'', '-']);
            let next = rest
                .trim_start_matches(|c: char| c == '"' || c.is_whitespace())
                .chars()
                .next();
            out.push(Word {
                span: s..s + trimmed.len(),
                lower: crate::case::lower(trimmed),
                pause: next.is_some_and(|c| !c.is_alphanumeric()),
                dash: next.is_some_and(|c| matches!(c, '—' | '–')) || rest.starts_with(" - "),
                capital: trimmed.starts_with(char::is_uppercase),
            });
        }
    };
    for (i, c) in text.char_indices() {
        match (is_word(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                push(&mut out, s, i);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        push(&mut out, s, text.len());
    }
    out
}
/// The byte span of words `r` of `ws`.
pub fn span(ws: &[Word], r: &Range<usize>) -> Range<usize> {
    match (
        ws.get(r.start),
        r.end.checked_sub(1).and_then(|e| ws.get(e)),
    ) {
        (Some(a), Some(b)) => a.span.start..b.span.end,
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

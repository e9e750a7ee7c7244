//! Text normalization: one spelling for quotes, dashes and spaces, one form of line break.
//!
//! Curly quotes become straight ones, the many dash characters become `-`, `–` or `—`,
//! every kind of space becomes a plain space, invisible characters are dropped, runs of
//! spaces fold to one, every line-break form (LF, CRLF, CR, NEL, U+2028) is one `\n`, and
//! paragraphs (a blank line, or U+2029) are separated by one blank line at most.
//!
//! The normalized text is what the stages compare; [`normalize_mapped`] also returns
//! where each of its bytes came from, so what is shown is the input as written.

use crate::clean::bytes::{ascii_eight, ascii_range, equal_bytes, every_byte, flagged, HIGH_BITS};
use crate::offsets::OffsetMap;

/// The normalized form of `text` (the reading of an article takes [`normalize_mapped`];
/// the tests read this).
#[cfg(test)]
pub fn normalize(text: &str) -> String {
    normalize_mapped(text).0
}

/// The normalized form of `text`, with the map from its offsets back to `text`.
pub fn normalize_mapped(text: &str) -> (String, OffsetMap) {
    let mut out = Mapped {
        text: String::with_capacity(text.len()),
        map: OffsetMap::default(),
    };
    let mut blank_lines = 0usize;
    let mut first = true;
    for (line_start, line, paragraph_end) in lines(text) {
        if line.chars().any(|c| map_char(c).is_some_and(|m| m != ' ')) {
            if !first {
                out.text
                    .push_str(if blank_lines > 0 { "\n\n" } else { "\n" });
            }
            push_line(&mut out, line, line_start);
            blank_lines = 0;
            first = false;
        } else {
            blank_lines += 1;
        }
        if paragraph_end {
            blank_lines += 1;
        }
    }
    (out.text, out.map)
}

/// The lines of `text` under every line-break form: (offset, line, ends a paragraph).
fn lines(text: &str) -> impl Iterator<Item = (usize, &str, bool)> {
    let mut rest = 0usize;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let tail = &text[rest..];
        let start = rest;
        // Every break starts with one of six bytes, none of them inside a character: only
        // those are decoded, found eight bytes at a time. Most blocks of eight hold no
        // byte below 0x0E or above ASCII, and are told so by one test.
        let first_byte = |v: u64| {
            let below = !((v & !HIGH_BITS) + every_byte(0x80 - 0x0E)) & !v;
            if (below | v) & HIGH_BITS == 0 {
                return 0;
            }
            ascii_range(v, b'\n', b'\r') | equal_bytes(v, 0xC2) | equal_bytes(v, 0xE2)
        };
        let found = flagged(tail.as_bytes(), first_byte)
            .filter_map(|at| Some((at, tail.get(at..)?.chars().next()?)))
            .find(|&(_, c)| is_break(c));
        match found {
            Some((at, c)) => {
                let mut width = c.len_utf8();
                if c == '\r' && tail[at + 1..].starts_with('\n') {
                    width += 1;
                }
                rest = start + at + width;
                Some((start, &tail[..at], c == '\u{2029}'))
            }
            None => {
                done = true;
                Some((start, tail, false))
            }
        }
    })
}

/// A line or paragraph break: LF, CR, vertical tab, form feed, NEL, U+2028, U+2029.
fn is_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Normalized text being written, with where each piece came from.
struct Mapped {
    text: String,
    map: OffsetMap,
}

/// Appends the normalized form of `line`, found at `offset` of the input, to `out`.
fn push_line(out: &mut Mapped, line: &str, offset: usize) {
    let start = out.text.len();
    // Input offset of the first space of a pending run, if one is pending.
    let mut pending_space: Option<usize> = None;
    let mut at = 0usize;
    while at < line.len() {
        let rest = &line[at..];
        // A run of printable ASCII other than the backtick maps to itself, and so does a
        // single space between two such bytes: copied at once.
        let run = plain_run(rest.as_bytes());
        if run > 0 {
            if let Some(space) = pending_space.take() {
                out.map.anchor(out.text.len(), offset + space);
                out.text.push(' ');
            }
            out.map.anchor(out.text.len(), offset + at);
            out.text.push_str(&rest[..run]);
            at += run;
            continue;
        }
        let Some(c) = rest.chars().next() else { break };
        let here = at;
        at += c.len_utf8();
        let Some(c) = map_char(c) else { continue };
        if c == ' ' {
            if out.text.len() > start && pending_space.is_none() {
                pending_space = Some(here);
            }
            continue;
        }
        if let Some(space) = pending_space.take() {
            out.map.anchor(out.text.len(), offset + space);
            out.text.push(' ');
        }
        out.map.anchor(out.text.len(), offset + here);
        out.text.push(c);
    }
    // The line's end (before trailing spaces) maps to where they begin.
    let end = pending_space.map_or(line.len(), |s| s);
    out.map.anchor(out.text.len(), offset + end);
}

/// The length of the run at the start of `bytes` that normalizes to itself: printable
/// ASCII other than the backtick, with single spaces between such bytes (a space at
/// either end of the run, or next to another, is left to the character-by-character
/// reading, which folds runs of spaces and drops them at the ends of a line).
fn plain_run(bytes: &[u8]) -> usize {
    let plain = |b: u8| b.is_ascii_graphic() && b != b'`';
    let mut run = 0;
    // Eight bytes of ASCII at a time (see `clean::bytes`): a byte is kept when printable,
    // or a space before a printable byte (the byte before it is in the run).
    while let Some(v) = ascii_eight(bytes, run) {
        let printable = ascii_range(v, b'!', b'~') & !equal_bytes(v, b'`');
        let spaces = equal_bytes(v, b' ');
        let after = u64::from(bytes.get(run + 8).is_some_and(|&b| plain(b))) << 63;
        let mut kept = printable | (spaces & ((printable >> 8) | after));
        if run == 0 {
            // A space that opens the line is not copied.
            kept &= !(spaces & 0x80);
        }
        let stop = !kept & HIGH_BITS;
        if stop != 0 {
            return run + (stop.trailing_zeros() / 8) as usize;
        }
        run += 8;
    }
    while let Some(&b) = bytes.get(run) {
        let kept =
            plain(b) || (b == b' ' && run > 0 && bytes.get(run + 1).is_some_and(|&n| plain(n)));
        if !kept {
            break;
        }
        run += 1;
    }
    run
}

/// The normalized form of one character, or `None` to drop it.
fn map_char(c: char) -> Option<char> {
    if c.is_ascii_graphic() {
        return Some(if c == '`' { '\'' } else { c });
    }
    Some(match c {
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' | '\u{ab}' | '\u{bb}' => '"',
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' | '\u{b4}' | '`' => '\'',
        '\u{2010}' | '\u{2011}' | '\u{2212}' => '-',
        '\u{2012}' | '\u{2013}' => '\u{2013}',
        '\u{2014}' | '\u{2015}' | '\u{2e3a}' | '\u{2e3b}' => '\u{2014}',
        '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}' => return None,
        c if c.is_whitespace() => ' ',
        c if c.is_control() => return None,
        c => c,
    })
}

#[cfg(test)]
mod tests {
    use super::{normalize, normalize_mapped, plain_run};

    /// The run read eight bytes at a time, against the same rule read byte by byte.
    #[test]
    fn plain_runs_are_those_of_a_byte_by_byte_reading() {
        let by_byte = |bytes: &[u8]| {
            let plain = |b: u8| b.is_ascii_graphic() && b != b'`';
            let mut run = 0;
            while let Some(&b) = bytes.get(run) {
                if !(plain(b)
                    || (b == b' ' && run > 0 && bytes.get(run + 1).is_some_and(|&n| plain(n))))
                {
                    break;
                }
                run += 1;
            }
            run
        };
        let mut texts: Vec<String> = (0u8..128)
            .map(char::from)
            .flat_map(|c| {
                (0..18).map(move |at| {
                    let mut t: Vec<char> = "ab cd efgh ijklm no p".chars().collect();
                    t.insert(at.min(t.len()), c);
                    t.into_iter().collect::<String>()
                })
            })
            .collect();
        texts.extend(
            [
                " ab cd efgh",
                "abcdefg h",
                "abcdefgh ",
                "abcdefgh i",
                "abcdefg  hij",
                "abcdefgh\u{2019}s word",
                "abc defg\u{a0}hij",
                "",
            ]
            .map(String::from),
        );
        for t in &texts {
            assert_eq!(plain_run(t.as_bytes()), by_byte(t.as_bytes()), "{t:?}");
        }
    }

    /// The lines found at the first bytes of their breaks, against a reading of every
    /// character: each break form at every place of a line of ASCII and other characters.
    #[test]
    fn lines_are_those_of_a_reading_of_every_character() {
        fn by_char(text: &str) -> Vec<(usize, &str, bool)> {
            let mut out = Vec::new();
            let mut start = 0;
            let mut chars = text.char_indices().peekable();
            while let Some((at, c)) = chars.next() {
                if super::is_break(c) {
                    let mut end = at + c.len_utf8();
                    if c == '\r' && chars.peek().is_some_and(|&(_, n)| n == '\n') {
                        chars.next();
                        end += 1;
                    }
                    out.push((start, &text[start..at], c == '\u{2029}'));
                    start = end;
                }
            }
            out.push((start, &text[start..], false));
            out
        }
        let line: Vec<char> = "abcdefgh ijklmnop \u{201c}q\u{201d} r\u{2014}s\u{a0}t\u{e9}"
            .chars()
            .collect();
        for brk in [
            "\n", "\r", "\u{b}", "\u{c}", "\u{85}", "\u{2028}", "\u{2029}", "\r\n",
        ] {
            for at in 0..=line.len() {
                let head: String = line[..at].iter().collect();
                let tail: String = line[at..].iter().collect();
                let text = format!("{head}{brk}{tail}{brk}{brk}{head}");
                let got: Vec<_> = super::lines(&text).collect();
                assert_eq!(got, by_char(&text), "{text:?}");
            }
        }
    }

    #[test]
    fn normalizes_quotes_dashes_and_spaces() {
        let cases = [
            ("\u{201c}Yes,\u{201d} he said", "\"Yes,\" he said"),
            ("Dupont\u{2019}s  view", "Dupont's view"),
            ("a\u{a0}b\u{2009}c\td", "a b c d"),
            ("war \u{2015} peace", "war \u{2014} peace"),
            ("zero\u{200b}width", "zerowidth"),
            (
                "  line one  \r\n\r\n\r\n\r\nline two\u{7}",
                "line one\n\nline two",
            ),
            ("one\ntwo", "one\ntwo"),
        ];
        for (input, want) in cases {
            assert_eq!(normalize(input), want, "input: {input:?}");
        }
    }

    #[test]
    fn every_line_break_form_is_one_newline() {
        let cases = [
            ("one\r\ntwo", "one\ntwo"),
            ("one\rtwo", "one\ntwo"),
            ("one\r\rtwo", "one\n\ntwo"),
            ("one\u{85}two", "one\ntwo"),
            ("one\u{2028}two", "one\ntwo"),
            ("one\u{2029}two", "one\n\ntwo"),
            ("one\u{c}two", "one\ntwo"),
            ("one\r\n\r\ntwo\r\n", "one\n\ntwo"),
            (
                "the first line \u{2014} caf\u{e9}\u{a0}noir\u{2028}and the second\u{85}third\u{b}fourth and fifth\u{2029}sixth",
                "the first line \u{2014} caf\u{e9} noir\nand the second\nthird\nfourth and fifth\n\nsixth",
            ),
        ];
        for (input, want) in cases {
            assert_eq!(normalize(input), want, "input: {input:?}");
        }
    }

    #[test]
    fn spans_map_back_to_the_text_as_written() {
        let input = "  \u{201c}Yes,\u{201d}  he said \u{2014} at   Os\u{ad}lo\u{2019}s gate.\r\n\r\nNext \u{2018}line\u{2019}.";
        let (text, map) = normalize_mapped(input);
        assert_eq!(
            text,
            "\"Yes,\" he said \u{2014} at Oslo's gate.\n\nNext 'line'."
        );
        let cases = [
            ("\"Yes,\"", "\u{201c}Yes,\u{201d}"),
            ("he said", "he said"),
            ("Oslo's gate.", "Os\u{ad}lo\u{2019}s gate."),
            ("at Oslo", "at   Os\u{ad}lo"),
            ("Next 'line'.", "Next \u{2018}line\u{2019}."),
        ];
        for (derived, written) in cases {
            let start = text.find(derived).unwrap_or(0);
            let span = map.span(start..start + derived.len());
            assert_eq!(&input[span], written, "span of {derived:?}");
        }
    }
}

//! Text normalization: one spelling for quotes, dashes and spaces, one form of line break.
//!
//! Curly quotes become straight ones, the many dash characters become `-`, `–` or `—`,
//! every kind of space becomes a plain space, invisible characters are dropped, runs of
//! spaces fold to one, and paragraphs are separated by one blank line at most.

/// The normalized form of `text`.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank_lines = 0usize;
    for line in text.split('\n') {
        let mark = out.len();
        if !out.is_empty() {
            out.push_str(if blank_lines > 0 { "\n\n" } else { "\n" });
        }
        let start = out.len();
        push_line(&mut out, line);
        if out.len() == start {
            // An empty line: take back the separator and count it.
            out.truncate(mark);
            blank_lines += 1;
            continue;
        }
        blank_lines = 0;
    }
    out
}

/// Appends the normalized form of `line` to `out`.
fn push_line(out: &mut String, line: &str) {
    let start = out.len();
    let mut pending_space = false;
    let mut rest = line;
    while !rest.is_empty() {
        // A run of printable ASCII other than the backtick maps to itself: copied at once.
        let run = rest
            .bytes()
            .take_while(|&b| b.is_ascii_graphic() && b != b'`')
            .count();
        if run > 0 {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push_str(&rest[..run]);
            rest = &rest[run..];
            continue;
        }
        let Some(c) = rest.chars().next() else { break };
        rest = &rest[c.len_utf8()..];
        let Some(c) = map_char(c) else { continue };
        if c == ' ' {
            pending_space = out.len() > start;
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(c);
    }
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
        c if c == '\t' || c == ' ' || (c.is_whitespace() && c != '\n') => ' ',
        c if c.is_control() => return None,
        c => c,
    })
}

#[cfg(test)]
mod tests {
    use super::normalize;

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
}

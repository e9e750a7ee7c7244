//! Small facts about a line's shape that the furniture rules share: how it ends, how
//! many words it has (counted only up to a limit), whether a word reads as part of a name.

use super::bytes::{ascii_eight, ascii_spaces, flag_count, HIGH_BITS};
use crate::lexicon::dates::{MONTHS, WEEKDAYS};
use crate::lexicon::furniture::NOT_IN_BYLINES;
use crate::lexicon::names::PARTICLES;
use crate::lexicon::words::Words;
use std::sync::OnceLock;

/// Characters that close a sentence's last word: quotes and brackets.
const CLOSERS: &[char] = &['"', '\'', ')', ']', '\u{201d}', '\u{2019}'];

/// The first `bytes` bytes of `line` at most, cut at a character boundary.
pub fn line_start(line: &str, bytes: usize) -> &str {
    let mut reach = line.len().min(bytes);
    while !line.is_char_boundary(reach) {
        reach -= 1;
    }
    &line[..reach]
}

/// The last `bytes` bytes of `line` at most, cut at a character boundary.
pub fn line_end(line: &str, bytes: usize) -> &str {
    let mut from = line.len().saturating_sub(bytes);
    while !line.is_char_boundary(from) {
        from += 1;
    }
    &line[from..]
}

/// The words of `line`, counted up to `limit + 1` at most: a long paragraph is not read
/// through to learn that it is long.
// Not inlined into its many callers: a sixth fewer instruction-cache misses natively.
#[inline(never)]
pub fn words_upto(line: &str, limit: usize) -> usize {
    // What `line.split_whitespace().take(limit + 1).count()` gives, read eight bytes at a
    // time: every line of an article is measured several times. Eight bytes of ASCII,
    // nearly all of an article, have their word starts counted at once (see
    // [`ascii_spaces`]); other characters are read one by one.
    let bytes = line.as_bytes();
    let mut count = 0;
    let mut in_word = false;
    let mut i = 0;
    while i < bytes.len() {
        if let Some(v) = ascii_eight(bytes, i) {
            let spaces = ascii_spaces(v);
            // A byte after a space (or, for the first, after white space or the start).
            let after_space = (spaces << 8) | (u64::from(!in_word) << 7);
            count += flag_count(!spaces & HIGH_BITS & after_space);
            in_word = spaces >> 63 == 0;
            i += 8;
            if count > limit {
                return limit + 1;
            }
            continue;
        }
        let b = bytes[i];
        let mut step = 1;
        let space = if b < 0x80 {
            super::bytes::is_ascii_space(b)
        } else if matches!(b, 0xC2 | 0xE1..=0xE3) {
            // Every white space character above ASCII starts with one of these bytes.
            match line.get(i..).and_then(|rest| rest.chars().next()) {
                Some(c) if c.is_whitespace() => {
                    step = c.len_utf8();
                    true
                }
                _ => false,
            }
        } else {
            false
        };
        if space {
            in_word = false;
        } else if !in_word {
            in_word = true;
            count += 1;
            if count > limit {
                return limit + 1;
            }
        }
        i += step;
    }
    count
}

/// A word list that lines are compared with at their start (see [`openings`]), with the
/// pairs of first two bytes its entries open with, gathered on first use. Declared as a
/// `static`.
pub struct Openers {
    list: Words,
    starts: OnceLock<Starts>,
}

/// The pairs of first two bytes that open an entry of a list: a set of 1,024 bits keyed
/// by the low five bits of each byte (pairs that share a key only cost a comparison), or
/// any pair when an entry is shorter than two bytes.
struct Starts {
    bits: [u64; 16],
    any: bool,
}

/// The key in [`Starts`] of a text opening with bytes `a` and `b`.
fn pair_key(a: u8, b: u8) -> usize {
    usize::from(a & 0x1f) << 5 | usize::from(b & 0x1f)
}

impl Openers {
    /// `list`, its openings to be gathered on first use.
    pub const fn new(list: Words) -> Self {
        Openers {
            list,
            starts: OnceLock::new(),
        }
    }

    /// False when no entry can start `text`: its first two bytes open none. A capital
    /// ASCII letter is keyed as its lowercase.
    pub fn may_open(&self, text: &str) -> bool {
        let starts = self.starts.get_or_init(|| {
            let mut starts = Starts {
                bits: [0; 16],
                any: false,
            };
            for entry in self.list {
                match entry.as_bytes() {
                    [a, b, ..] => {
                        let k = pair_key(*a, *b);
                        starts.bits[k / 64] |= 1 << (k % 64);
                    }
                    _ => starts.any = true,
                }
            }
            starts
        });
        match text.as_bytes() {
            [a, b, ..] => {
                let k = pair_key(*a, *b);
                starts.any || starts.bits[k / 64] >> (k % 64) & 1 == 1
            }
            _ => true,
        }
    }
}

/// The entries of `list` that `text` starts with, each with the rest of `text` after it,
/// in the list's order. Most lines open with none of a list's entries: the list is not
/// read when the text's first two bytes open none of them, and an entry whose first byte
/// differs from the text's is stepped over without comparing the rest.
pub fn openings<'a>(
    text: &'a str,
    list: &'static Openers,
) -> impl Iterator<Item = (&'static str, &'a str)> + 'a {
    let first = text.as_bytes().first().copied();
    let read = if list.may_open(text) { usize::MAX } else { 0 };
    list.list.iter().take(read).filter_map(move |entry| {
        if entry.as_bytes().first().is_some_and(|&b| Some(b) != first) {
            return None;
        }
        text.strip_prefix(entry).map(|rest| (entry, rest))
    })
}

/// The mark a line ends with, closing quotes and brackets left out.
pub fn last_mark(line: &str) -> Option<char> {
    line.trim_end().trim_end_matches(CLOSERS).chars().last()
}

/// True when `line` ends like a sentence: a full stop, question or exclamation mark.
pub fn ends_like_sentence(line: &str) -> bool {
    matches!(
        last_mark(line),
        Some('.' | '!' | '?' | '\u{2026}' | '\u{3002}' | '\u{ff01}' | '\u{ff1f}')
    )
}

/// True when `line` ends in any punctuation a paragraph of prose may end with.
pub fn ends_in_punctuation(line: &str) -> bool {
    ends_like_sentence(line) || matches!(last_mark(line), Some(':' | ';' | '\u{ff1a}' | '\u{ff1b}'))
}

/// The characters of `line`, counted up to `limit + 1` at most.
pub fn chars_upto(line: &str, limit: usize) -> usize {
    line.chars().take(limit + 1).count()
}

/// `text` without the characters around it that are neither letters nor digits.
pub fn bare(text: &str) -> &str {
    text.trim_matches(|c: char| !c.is_alphanumeric())
}

/// True when `word` (lowercase, bare) names a month or a weekday.
pub fn is_calendar_word(word: &str) -> bool {
    MONTHS.contains(word) || WEEKDAYS.contains(word)
}

/// True when `word` may stand in a person's or an outlet's name as written in a byline:
/// a capitalized word, an initial, a particle ("von"), a domain ("Example.com").
pub fn is_name_word(word: &str) -> bool {
    let core = word.trim_matches(|c: char| matches!(c, ',' | '|' | '(' | ')' | '"' | '\''));
    let core = core.strip_suffix("'s").unwrap_or(core);
    let Some(first) = core.chars().next() else {
        return false;
    };
    if first.is_uppercase() {
        let lower = crate::case::lower(bare(core));
        return !is_calendar_word(&lower) && !NOT_IN_BYLINES.contains(lower.as_str());
    }
    PARTICLES.contains(core) || is_domain(core)
}

/// True when `word` reads as a web address or a social handle.
pub fn is_link(word: &str) -> bool {
    // Every kind holds a colon, a dot, an at sign or a hash (none of them trimmed off
    // below): most words hold none, and are told at once.
    if !super::bytes::any_byte(word, |b| matches!(b, b':' | b'.' | b'@' | b'#')) {
        return false;
    }
    let w = word.trim_matches(|c: char| matches!(c, '(' | ')' | ',' | '<' | '>' | '[' | ']'));
    w.contains("://")
        || w.starts_with("www.")
        || (w.len() > 1 && (w.starts_with('@') || w.starts_with('#')))
        || is_domain(w.trim_end_matches(['.', '/']))
}

/// A host name: letters and digits in dotted parts, the last of two to six lowercase
/// letters ("example.com", "news.example.co.uk", "pic.example.com/abc").
fn is_domain(word: &str) -> bool {
    let host = word.split('/').next().unwrap_or("");
    // Most words: no dot, so not two parts.
    if !host.contains('.') {
        return false;
    }
    let mut parts = host.rsplit('.');
    let Some(tld) = parts.next() else {
        return false;
    };
    let rest: Vec<&str> = parts.collect();
    (2..=6).contains(&tld.len())
        && tld.chars().all(|c| c.is_ascii_lowercase())
        && !rest.is_empty()
        && rest.iter().all(|p| {
            !p.is_empty()
                && p.chars()
                    .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
        })
        && rest.iter().map(|p| p.len()).sum::<usize>() >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_counted_up_to_a_limit_as_split_whitespace_counts_them() {
        let lines = [
            "",
            "   ",
            "one",
            " one two  three ",
            "tab\tand\nnew\x0bline\x0cfeed\rreturn",
            "no\u{a0}break\u{2003}em\u{3000}ideographic\u{85}next\u{2028}sep",
            "caf\u{e9} \u{201c}quoted\u{201d} \u{2014} dash \u{e1}\u{e2}\u{e3}",
            "\u{1680}ogham\u{202f}narrow\u{205f}math\u{200b}zero-width",
            "\x1c\x1d\x1e\x1f are not white space",
        ];
        // Every ASCII byte between words, and runs of white space across the eight-byte
        // blocks the count reads at a time.
        let generated: Vec<String> = (0u8..128)
            .map(char::from)
            .map(|c| format!("ab{c}cd efgh{c}{c}ij  kl \t\u{a0}m{c}nopqrstu{c}v w"))
            .chain([
                "a b c d e f g h i j k l m n o p q r s t u v w x y z".to_string(),
                // Runs of ASCII longer than one block, words across the blocks' edges.
                "The talks ended, officials said. ".repeat(20),
                "x ".repeat(150) + "y\t\tz\u{a0}" + &"ab  ".repeat(70),
                "a".repeat(127) + " b " + &"c".repeat(130) + " d\u{3000}e " + &"f ".repeat(64),
                "       x        y\t\t\t\t\t\t\t\tz  \u{3000}  caf\u{e9} au lait ".to_string(),
            ])
            .collect();
        for line in lines
            .iter()
            .copied()
            .chain(generated.iter().map(String::as_str))
        {
            for limit in (0..30).chain([59, 60, 63, 64, 65, 100, 200, 300]) {
                let want = line.split_whitespace().take(limit + 1).count();
                assert_eq!(words_upto(line, limit), want, "{line:?} limit {limit}");
            }
        }
    }

    /// The openings found with the list's first bytes gathered, against every entry
    /// compared with the text.
    #[test]
    fn openings_are_those_of_every_entry_compared() {
        // Packed as `Words` holds them: a length byte before each entry.
        static LIST: Openers = Openers::new(Words::from_packed(
            b"\x0din this photo\x02in\x06photo:\x01a\x05\xc3\xa9t\xc3\xa9",
        ));
        static LONG_ONLY: Openers =
            Openers::new(Words::from_packed(b"\x0din this photo\x06photo:"));
        let texts = [
            "",
            "a",
            "i",
            "in",
            "in this photo, the minister",
            "inside the hall",
            "photo: jane doe",
            "photos of the day",
            "\u{e9}t\u{e9} 2025",
            "the talks ended",
            "zz",
        ];
        for list in [&LIST, &LONG_ONLY] {
            for text in texts {
                let want: Vec<(&str, &str)> = list
                    .list
                    .iter()
                    .filter_map(|e| text.strip_prefix(e).map(|rest| (e, rest)))
                    .collect();
                let got: Vec<(&str, &str)> = openings(text, list).collect();
                assert_eq!(got, want, "{text:?}");
            }
        }
    }

    #[test]
    fn links_and_names() {
        for w in [
            "https://example.com/a",
            "www.example.org",
            "@newsdesk",
            "#election",
            "example.co.uk",
        ] {
            assert!(is_link(w), "{w:?}");
        }
        for w in ["U.S.", "e.g.", "p.m.", "3.5", "Mr.", "end."] {
            assert!(!is_link(w), "{w:?}");
        }
        for w in [
            "Jane",
            "DOE,",
            "J.",
            "van",
            "O'Neill",
            "Example.com",
            "CNN's",
        ] {
            assert!(is_name_word(w), "{w:?}");
        }
        for w in ["Monday", "the", "said", "March"] {
            assert!(!is_name_word(w), "{w:?}");
        }
    }
}

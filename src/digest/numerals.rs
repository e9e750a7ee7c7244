//! The words and numbers of a sentence as the figure reader sees them: tokens (words split
//! at hyphens, numbers with their separators, currency and percent signs) and the value of
//! a number written in digits or in words ("1,200", "2.5", "twenty-five", "four and a half").

use crate::digest::phrases::Openings;
use crate::fasthash::{LexiconMap, LexiconSet};
use crate::lexicon::dates::{DATE_ABBREVIATIONS, MONTHS};
use crate::lexicon::numbers::{MULTIPLIERS, NUMBER_WORDS};
use std::borrow::Cow;
use std::ops::Range;
use std::sync::OnceLock;

/// A token of a sentence.
#[derive(Debug, Clone)]
pub struct Token<'a> {
    /// Byte span in the sentence.
    pub span: Range<usize>,
    /// Lowercase text; a number's digits without separators.
    pub text: Cow<'a, str>,
    /// True for digits.
    pub digits: bool,
    /// True when punctuation other than a hyphen follows.
    pub pause: bool,
}

/// The tokens of `text`: words (split at hyphens), numbers ("1,200.5" is one), and the
/// signs `$ € £ ¥ %`. A token is borrowed from `text` unless it must be rewritten.
pub fn tokens(text: &str) -> Vec<Token<'_>> {
    let b = text.as_bytes();
    let char_at = |i: usize| text.get(i..).and_then(|r| r.chars().next());
    let mut out: Vec<Token> = Vec::with_capacity(text.len() / 5 + 1);
    let mut i = 0;
    while i < b.len() {
        // Most bytes between tokens are spaces.
        if b[i] == b' ' {
            i += 1;
            continue;
        }
        // `i` is always at a character's start: an ASCII byte is read as it is.
        let c = match b[i] {
            x if x.is_ascii() => char::from(x),
            _ => match char_at(i) {
                Some(c) => c,
                None => break,
            },
        };
        if c.is_ascii_digit() {
            let (mut j, mut commas) = (i + 1, false);
            while j < b.len() {
                if b[j].is_ascii_digit() {
                    j += 1;
                } else if matches!(b[j], b',' | b'.')
                    && b.get(j + 1).is_some_and(u8::is_ascii_digit)
                {
                    commas |= b[j] == b',';
                    j += 1;
                } else {
                    break;
                }
            }
            let digits: Cow<str> = if commas {
                Cow::Owned(text[i..j].replace(',', ""))
            } else {
                Cow::Borrowed(&text[i..j])
            };
            // "1990s", "3rd": not a figure.
            let word = char_at(j).is_some_and(char::is_alphabetic);
            out.push(Token {
                span: i..j,
                text: if word {
                    Cow::Owned(format!("{digits}x"))
                } else {
                    digits
                },
                digits: !word,
                pause: false,
            });
            i = j;
        } else if c.is_alphabetic() {
            let mut j = i + c.len_utf8();
            // Whether the word is already as the figure reader sees it: ASCII lowercase
            // letters, digits and apostrophes only.
            let mut lowercase = c.is_ascii_lowercase();
            // ASCII letters, digits and apostrophes byte by byte; other characters whole.
            while let Some(&x) = b.get(j) {
                if x.is_ascii_alphanumeric() || x == b'\'' {
                    lowercase &= !x.is_ascii_uppercase();
                    j += 1;
                } else if x.is_ascii() {
                    break;
                } else if let Some(y) = char_at(j).filter(|y| y.is_alphanumeric()) {
                    lowercase = false;
                    j += y.len_utf8();
                } else {
                    break;
                }
            }
            let w = &text[i..j];
            out.push(Token {
                span: i..j,
                text: if lowercase {
                    Cow::Borrowed(w)
                } else {
                    Cow::Owned(crate::case::lower(w))
                },
                digits: false,
                pause: false,
            });
            i = j;
        } else {
            let n = c.len_utf8();
            if matches!(c, '$' | '€' | '£' | '¥' | '%') {
                out.push(Token {
                    span: i..i + n,
                    text: Cow::Borrowed(&text[i..i + n]),
                    digits: false,
                    pause: false,
                });
            } else if !c.is_whitespace() && c != '-' && c != '"' {
                if let Some(last) = out.last_mut() {
                    last.pause = true;
                }
            }
            i += n;
        }
    }
    out
}

/// The value of lowercase number word `w` ("three", "twenty", "dozen").
pub fn number_word(w: &str) -> Option<f64> {
    type Numbers = (LexiconMap<&'static str, f64>, Openings);
    static MAP: OnceLock<Numbers> = OnceLock::new();
    let (map, openings) = MAP.get_or_init(|| {
        let mut openings = Openings::default();
        for (w, _) in NUMBER_WORDS {
            openings.add(w);
        }
        (NUMBER_WORDS.iter().copied().collect(), openings)
    });
    // Most words of a sentence start as no number word does: no lookup for them.
    openings.may_open(w).then(|| map.get(w).copied()).flatten()
}

/// The multiplier lowercase word `w` stands for ("million").
fn multiplier(w: &str) -> Option<f64> {
    static MAP: OnceLock<LexiconMap<&'static str, f64>> = OnceLock::new();
    MAP.get_or_init(|| MULTIPLIERS.iter().copied().collect())
        .get(w)
        .copied()
}

/// True when lowercase `w` is the name of a month or its short form ("sept", "march"),
/// not a word that merely shares its first letters ("decades", "mayor", "junior").
pub fn is_month(w: &str) -> bool {
    static SET: OnceLock<LexiconSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        let short = DATE_ABBREVIATIONS
            .iter()
            .filter(|a| MONTHS.iter().any(|m| m.starts_with(a)));
        MONTHS.iter().chain(short).collect()
    })
    .contains(w)
}

/// "1200", "2.5": digits with at most one decimal point (separators already dropped).
pub fn parse_digits(s: &str) -> Option<f64> {
    let (whole, frac) = s.split_once('.').unwrap_or((s, ""));
    let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || whole.len() > 15 || !digits(whole) || !digits(frac) {
        return None;
    }
    let mut value = 0.0f64;
    for b in whole.bytes() {
        value = value * 10.0 + f64::from(b - b'0');
    }
    let mut scale = 0.1f64;
    for b in frac.bytes().take(9) {
        value += f64::from(b - b'0') * scale;
        scale /= 10.0;
    }
    Some(value)
}

/// Part of the last place a rounded number is taken to stand for: "60" is read as 56 to
/// 64, "six" as 5.6 to 6.4, "3 million" as 2.7 to 3.3 million (at most [`MOST_ROUNDED`]).
const PLACE_SHARE: f64 = 0.4;
/// Most share of its value by which a rounded number may be off.
const MOST_ROUNDED: f64 = 0.1;

/// Half the value of the last place of a number written in digits ("84": 0.5, "83.9":
/// 0.05): how far a figure rounded to that place may be from it.
pub fn half_place(t: &Token) -> f64 {
    if !t.digits {
        return 0.0;
    }
    let decimals = t.text.split_once('.').map_or(0, |(_, f)| f.len().min(15));
    0.5 * 10f64.powi(-(decimals as i32))
}

/// The number starting at token `k`: its value, the token after it, and how far the true
/// figure may be from it. Digits that are not a round number are exact ("46", "2.8");
/// a round number ("60", "1,000"), a number word ("six", "twenty") or a multiplied number
/// ("3 million") may be off by part of its last place, at most a tenth of its value.
pub fn number_at(ts: &[Token], k: usize) -> Option<(f64, usize, f64)> {
    let t = ts.get(k)?;
    // The value of the number's last place ("60": 10, "2.8": 0.1, "six": 1), and whether
    // the number is exact as written.
    let (mut value, mut j, mut place, mut exact) = if t.digits {
        let (whole, frac) = t.text.split_once('.').unwrap_or((&t.text, ""));
        let zeros = whole.len() - whole.trim_end_matches('0').len();
        let place = if frac.is_empty() {
            10f64.powi(zeros.min(15) as i32)
        } else {
            10f64.powi(-(frac.len().min(15) as i32))
        };
        let exact = !frac.is_empty() || zeros == 0;
        (parse_digits(&t.text)?, k + 1, place, exact)
    } else if t.text == "half" {
        (0.5, k + 1, 0.5, false)
    } else {
        let mut v = number_word(&t.text)?;
        let mut j = k + 1;
        // "twenty" is round to the ten, "a dozen" to the dozen.
        let mut place = match v {
            _ if t.text == "dozen" => v,
            _ if v >= 20.0 => 10.0,
            _ => 1.0,
        };
        // "twenty-five", "twenty five".
        if v >= 20.0 && (v as u32) % 10 == 0 {
            if let Some(u) = ts
                .get(j)
                .and_then(|n| number_word(&n.text))
                .filter(|u| *u < 10.0)
            {
                v += u;
                j += 1;
                place = 1.0;
            }
        }
        (v, j, place, false)
    };
    while let Some(m) = ts.get(j).and_then(|n| multiplier(&n.text)) {
        value *= m;
        place *= m;
        exact = false;
        j += 1;
    }
    // "four and a half", "four-and-a-half".
    let and_a_half = matches!(&ts[j..], [and, a, half, ..]
        if and.text == "and" && a.text == "a" && half.text == "half");
    if and_a_half {
        value += 0.5;
        place = 0.5;
        exact = false;
        j += 3;
    }
    let off = if exact {
        0.0
    } else {
        (PLACE_SHARE * place).min(MOST_ROUNDED * value)
    };
    Some((value, j, off))
}

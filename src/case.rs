//! Letter case for the scripts news names are written in: ASCII, Latin-1, Latin Extended-A
//! and Additional, the Romanian comma letters, Greek and Cyrillic.
//!
//! The standard library's full Unicode case tables are a sizeable part of a WebAssembly
//! download; these ranges cover what articles in English spell names with, and leave any
//! other letter as it is (which only means such a letter does not match its other case).

/// Ranges where case pairs alternate: (first, last, whether the capital is the even code
/// point of each pair).
const PAIRS: &[(u32, u32, bool)] = &[
    (0x0100, 0x0137, true),
    (0x0139, 0x0148, false),
    (0x014A, 0x0177, true),
    (0x0179, 0x017E, false),
    (0x01CD, 0x01DC, false),
    (0x0218, 0x021F, true),
    (0x0460, 0x0481, true),
    (0x048A, 0x04BF, true),
    (0x1E00, 0x1E95, true),
    (0x1EA0, 0x1EFF, true),
];

/// Ranges shifted by a fixed offset: (first capital, last capital, lowercase − capital).
const SHIFTS: &[(u32, u32, u32)] = &[
    (0x41, 0x5A, 32),
    (0xC0, 0xD6, 32),
    (0xD8, 0xDE, 32),
    (0x388, 0x38A, 37),
    (0x38E, 0x38F, 63),
    (0x391, 0x3A1, 32),
    (0x3A3, 0x3AB, 32),
    (0x400, 0x40F, 80),
    (0x410, 0x42F, 32),
];

/// Single mappings: (capital, lowercase).
const SINGLES: &[(u32, u32)] = &[(0x178, 0xFF), (0x386, 0x3AC), (0x38C, 0x3CC)];

/// The lowercase of `c` (itself when it has none in the covered scripts).
pub fn lower_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let u = c as u32;
    let mapped = if u == 0x130 {
        u32::from(b'i')
    } else if let Some(&(_, _, d)) = SHIFTS.iter().find(|&&(a, b, _)| (a..=b).contains(&u)) {
        u + d
    } else if let Some(&(_, l)) = SINGLES.iter().find(|&&(cap, _)| cap == u) {
        l
    } else if let Some(&(_, b, even)) = PAIRS.iter().find(|&&(a, b, _)| (a..=b).contains(&u)) {
        if (u % 2 == 0) == even && u < b {
            u + 1
        } else {
            u
        }
    } else {
        u
    };
    char::from_u32(mapped).unwrap_or(c)
}

/// The capital of `c` (itself when it has none in the covered scripts).
pub fn upper_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_uppercase();
    }
    let u = c as u32;
    let mapped = if let Some(&(_, _, d)) = SHIFTS
        .iter()
        .find(|&&(a, b, d)| (a + d..=b + d).contains(&u))
    {
        u - d
    } else if let Some(&(cap, _)) = SINGLES.iter().find(|&&(_, l)| l == u) {
        cap
    } else if let Some(&(_, _, even)) = PAIRS.iter().find(|&&(a, b, _)| u > a && u <= b) {
        if (u % 2 == 0) != even {
            u - 1
        } else {
            u
        }
    } else {
        u
    };
    char::from_u32(mapped).unwrap_or(c)
}

/// `text` in lowercase.
pub fn lower(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    // Lowercase is never longer than the text.
    let mut out = String::with_capacity(text.len());
    push_lower(&mut out, text);
    out
}

/// Appends `text` in lowercase to `out`. A line with a dash or an accented letter is
/// mostly ASCII: its runs of ASCII are copied and lowercased at once, the other
/// characters one by one.
pub fn push_lower(out: &mut String, text: &str) {
    if text.is_ascii() {
        let start = out.len();
        out.push_str(text);
        if let Some(added) = out.get_mut(start..) {
            added.make_ascii_lowercase();
        }
        return;
    }
    let mut rest = text;
    while !rest.is_empty() {
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let start = out.len();
        out.push_str(&rest[..ascii]);
        if let Some(run) = out.get_mut(start..) {
            run.make_ascii_lowercase();
        }
        let mut chars = rest[ascii..].chars();
        if let Some(c) = chars.next() {
            out.push(lower_char(c));
        }
        rest = chars.as_str();
    }
}

/// `text` with its first letter capitalised.
pub fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    // The first letter, then the rest copied whole rather than a character at a time.
    let mut out = String::with_capacity(text.len());
    out.push(upper_char(first));
    out.push_str(chars.as_str());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercases_the_covered_scripts() {
        for (upper, lower_) in [
            ("ASCII Words", "ascii words"),
            ("NOVÁKOVÁ", "nováková"),
            ("ŁUKASZ ŻEBROWSKI", "łukasz żebrowski"),
            ("ȘTEFAN ȚIRIAC", "ștefan țiriac"),
            ("ČEŠTINA", "čeština"),
            ("ΑΘΗΝΑ", "αθηνα"),
            ("МОСКВА", "москва"),
            ("ЁЖ", "ёж"),
            ("NGUYỄN", "nguyễn"),
            ("ÐÞ", "ðþ"),
        ] {
            assert_eq!(lower(upper), lower_, "lower({upper:?})");
        }
        assert_eq!(lower("×÷ß"), "×÷ß");
        // ASCII around other characters, as each character lowercased alone.
        for text in [
            "The Talks \u{2014} ENDED",
            "\u{c9}TAT",
            "CAF\u{c9}",
            "A\u{130}B",
            "x\u{2014}",
        ] {
            let want: String = text.chars().map(lower_char).collect();
            assert_eq!(lower(text), want, "lower({text:?})");
        }
    }

    #[test]
    fn capitals_invert_the_lowercase() {
        for c in "aząłštțéñøкёαωễ".chars() {
            let up = upper_char(c);
            assert_ne!(up, c, "{c} has a capital");
            assert_eq!(lower_char(up), c, "{c} round trip");
        }
        for c in "×÷ß1,".chars() {
            assert_eq!(upper_char(c), c, "{c} has no capital");
        }
        assert_eq!(capitalize("élysée palace"), "Élysée palace");
        assert_eq!(capitalize(""), "");
    }
}

//! Names folded for comparison: lowercase, accents removed, transliteration variants
//! and doubled letters merged, so that two spellings of one name compare equal.

use crate::lexicon::names::{ACCENT_FOLDS, TRANSLITERATION};
use std::sync::OnceLock;

/// A name folded for comparison: lowercase, accents removed, transliteration variants
/// and doubled letters merged ("Tchaikovskyy" and "Tchaikovskiy" give the same).
pub fn skeleton(name: &str) -> String {
    // A name in ASCII of a few words, nearly every one, is folded on the stack.
    let mut stack = [0u8; 64];
    if name.len() <= stack.len() && name.is_ascii() {
        let mut n = 0;
        for b in name.bytes().filter(u8::is_ascii_alphanumeric) {
            stack[n] = b.to_ascii_lowercase();
            n += 1;
        }
        if let Ok(folded) = std::str::from_utf8(&stack[..n]) {
            return transliterated(folded);
        }
    }
    let mut folded = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                folded.push(c.to_ascii_lowercase());
            }
        } else {
            folded.extend(
                std::iter::once(crate::case::lower_char(c))
                    .map(fold_accent)
                    .filter(|c| c.is_alphanumeric()),
            );
        }
    }
    transliterated(&folded)
}

/// The letters `folded` (lowercase, accents removed) with transliteration variants and
/// doubled letters merged.
fn transliterated(folded: &str) -> String {
    let starts = rule_starts();
    let mut out = String::with_capacity(folded.len());
    // The last character pushed: a letter is not pushed twice in a row.
    let mut last = None;
    let mut push = |ch: char| {
        if last != Some(ch) {
            out.push(ch);
            last = Some(ch);
        }
    };
    let mut rest = folded;
    while let Some(c) = rest.chars().next() {
        let may_start = !c.is_ascii() || starts[c as usize];
        let rule = if may_start {
            TRANSLITERATION
                .iter()
                .find(|(from, _)| rest.starts_with(from))
        } else {
            None
        };
        match rule {
            Some((from, to)) => {
                to.chars().for_each(&mut push);
                rest = &rest[from.len()..];
            }
            None => {
                push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out
}

/// Per ASCII character: whether a transliteration rule starts with it (a rule starting
/// with any other character is always tried).
fn rule_starts() -> &'static [bool; 128] {
    static STARTS: OnceLock<[bool; 128]> = OnceLock::new();
    STARTS.get_or_init(|| {
        let mut starts = [false; 128];
        for (from, _) in TRANSLITERATION {
            if let Some(&b) = from.as_bytes().first().filter(|b| b.is_ascii()) {
                starts[usize::from(b)] = true;
            }
        }
        starts
    })
}

fn fold_accent(c: char) -> char {
    ACCENT_FOLDS
        .iter()
        .find(|(set, _)| set.contains(c))
        .map_or(c, |(_, plain)| *plain)
}

/// True when two first names may name the same person: equal when folded, or one a
/// short form of the other ("Jon" and "Jonathan", "Rob" and "Robert"). The stages fold
/// names once and call [`skeletons_match`]; the tests read this.
#[cfg(test)]
pub fn first_names_match(a: &str, b: &str) -> bool {
    skeletons_match(&skeleton(a), &skeleton(b))
}

/// True when two first names already folded by [`skeleton`] may name the same person:
/// equal, or one a short form of the other.
pub fn skeletons_match(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    a == b || (short.len() >= 3 && long.starts_with(short))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_fold_together() {
        let same = [
            ("Tchaikovskiy", "Tchaikovskyy"),
            ("Tchaikovsky", "Tchaikovskiy"),
            ("Dvořák", "Dvorak"),
            ("Nikolai", "Nikolay"),
            ("Yevgeny", "Yevgeni"),
            ("Alexei", "Aleksey"),
            ("Maxim", "Maksim"),
        ];
        for (a, b) in same {
            assert_eq!(skeleton(a), skeleton(b), "{a} vs {b}");
        }
        assert_ne!(skeleton("Orlov"), skeleton("Sokolov"));
        assert!(first_names_match("Jon", "Jonathan"));
        assert!(first_names_match("Rob", "Robert"));
        assert!(!first_names_match("Carla", "Carlos"));
    }
}

//! Lookups over the word lists, answered from one table built on first use.

use super::classes::{classes, Classes, List};
use crate::ids::Side;
use crate::lexicon::countries::COUNTRIES;
use crate::lexicon::organisations::{BODIES, GROUPS};
use crate::lexicon::Words;
use crate::tokens::Word;

/// Sides are numbered in the lexicon's order: its countries, then its bodies, then its
/// groups of countries (no name is in two of the lists).
impl Side {
    /// The side's name as shown: "United States", "NATO", "P5+1".
    pub fn name(self) -> &'static str {
        let i = self.index();
        if let Some((name, _, _)) = COUNTRIES.get(i) {
            return name;
        }
        let i = i - COUNTRIES.len();
        if let Some((name, _)) = BODIES.get(i) {
            return name;
        }
        GROUPS.get(i - BODIES.len()).map_or("", |(name, _, _)| name)
    }

    /// True for a country, false for an international body or a group of countries.
    pub fn is_country(self) -> bool {
        self.index() < COUNTRIES.len()
    }
}

/// The international body or group of countries named by `key` (lowercase, full stops
/// removed): "iaea", "six world powers".
pub fn body(key: &str) -> Option<Side> {
    classes(key).body()
}

/// The members of group of countries `side` ("P5+1"), as the lexicon names them; none
/// for other sides.
pub fn group_members(side: Side) -> Option<Words> {
    let group = side.index().checked_sub(COUNTRIES.len() + BODIES.len())?;
    GROUPS.get(group).map(|(_, _, members)| *members)
}

/// The country named by `key` (lowercase, full stops removed), if any.
pub fn country(key: &str) -> Option<Side> {
    classes(key).country()
}

/// A lowercase word that belongs to titles: a head, a modifier or an organisation.
pub fn is_title_word(key: &str) -> bool {
    is_title_word_in(key, classes(key))
}

/// [`is_title_word`] of `key`, whose classes `c` are already looked up.
pub(super) fn is_title_word_in(key: &str, c: Classes) -> bool {
    c.has(List::TitleWord) || is_title_compound(key)
}

/// "editor-in-chief", "secretary-general": a compound opened by a title's head.
fn is_title_compound(key: &str) -> bool {
    // A byte search: most keys are a few letters, shorter than a string search's setup.
    let hyphen = key.bytes().position(|b| b == b'-');
    hyphen.is_some_and(|i| key.get(..i).is_some_and(is_title_head))
}

/// A word that is a title, its key having the classes `c`: a title word, or a short title
/// with its full stop ("Sen.").
fn is_title_in(w: &Word, c: Classes) -> bool {
    c.has(List::TitleWord)
        || is_title_compound(w.key())
        || c.has(List::AbbreviatedTitle) && w.after().starts_with('.')
}

/// A short title written with its full stop: "Sen.", "Gov.", "Lt.".
pub fn is_abbreviated_title(w: &Word) -> bool {
    w.after().starts_with('.') && classes(w.key()).has(List::AbbreviatedTitle)
}

/// [`is_abbreviated_title`] of `w`, the classes `c` of its key already looked up.
pub(super) fn is_abbreviated_title_in(w: &Word, c: Classes) -> bool {
    c.has(List::AbbreviatedTitle) && w.after().starts_with('.')
}

/// A word that can never stand in a person's name, whatever its shape: a word that is
/// never a name, a title, a word of an organisation's name or a country. The lists are
/// asked with one lookup of the word's key.
pub fn is_barred_from_names(w: &Word) -> bool {
    is_barred_in(w, classes(w.key()))
}

/// [`is_barred_from_names`] of `w`, the classes `c` of its key already looked up.
pub(super) fn is_barred_in(w: &Word, c: Classes) -> bool {
    c.has(List::NotName)
        || is_title_in(w, c)
        || c.has(List::OrganisationWord)
        || c.country().is_some()
}

/// A lowercase word that is never part of a person's name.
#[cfg(test)]
pub fn is_not_name(key: &str) -> bool {
    classes(key).has(List::NotName)
}

/// A lowercase word that makes a proper name an institution or a place ("party", "base").
pub fn is_organisation_word(key: &str) -> bool {
    classes(key).has(List::OrganisationWord)
}

/// A verb that attributes speech ("said", "told", "testified").
pub fn is_speech_verb(key: &str) -> bool {
    classes(key).has(List::SpeechVerb)
}

/// A helper verb or adverb that stands between a speaker and the verb.
pub fn is_auxiliary(key: &str) -> bool {
    classes(key).has(List::Auxiliary)
}

/// A word that ends a speaker's description.
pub fn is_phrase_break(key: &str) -> bool {
    classes(key).has(List::PhraseBreak)
}

/// An English function word: the digest's one lookup of the list.
pub use crate::digest::terms::is_stopword;

/// A word that heads a title ("minister", "chief").
pub fn is_title_head(key: &str) -> bool {
    classes(key).has(List::TitleHead)
}

/// A word that marks a sentence as being about a meeting.
pub fn is_meeting_word(key: &str) -> bool {
    classes(key).has(List::MeetingWord)
}

/// A word of a country's or a body's name of several words ("united", "korea", "powers"):
/// only windows of such words are looked up as names of several words.
pub fn in_side_name(key: &str) -> bool {
    classes(key).has(List::SideNameWord)
}

/// A word that may stand in a side's name: a country's or a body's name of one word, or a
/// word of such a name of several words. Scans that look a side up at every word pass
/// any other word with this one lookup.
pub fn may_name_side(key: &str) -> bool {
    let c = classes(key);
    c.has(List::SideNameWord) || c.country().is_some() || c.body().is_some()
}

/// The country, else the body or group, named by `key`.
fn side_of_key(key: &str) -> Option<Side> {
    let c = classes(key);
    c.country().or(c.body())
}

/// Most bytes of a side's name of several words, in lowercase.
const MAX_SIDE_NAME: usize = 64;

/// The side named by the words `words` together (a country, a body or a group), when
/// there are several: only looked up when every word can be part of such a name.
pub fn side_of_words(words: &[Word]) -> Option<Side> {
    if let [one] = words {
        return side_of_key(one.key());
    }
    if !words.iter().all(|w| in_side_name(w.key())) {
        return None;
    }
    // The keys joined by spaces, on the stack: no side's name is longer (see the tests).
    let mut stack = [0u8; MAX_SIDE_NAME];
    let mut n = 0;
    for (i, w) in words.iter().enumerate() {
        let k = w.key().as_bytes();
        let space = usize::from(i > 0);
        let room = stack.get_mut(n..n + space + k.len())?;
        room[..space].fill(b' ');
        room[space..].copy_from_slice(k);
        n += space + k.len();
    }
    std::str::from_utf8(&stack[..n]).ok().and_then(side_of_key)
}

/// True when word `i` is inside a side's name of several words that starts before it:
/// "Sudan" in "South Sudan", "Guinea" in "Papua New Guinea's". Scans that look a side
/// up at every word skip it, or they would find a second, wrong side.
pub fn inside_longer_side(words: &[Word], i: usize) -> bool {
    // Every name looked up holds word `i` and has several words, each of which must be a
    // word of such a name: one lookup rules most words out.
    if !words.get(i).is_some_and(|w| in_side_name(w.key())) {
        return false;
    }
    (i.saturating_sub(2)..i).any(|start| {
        (i..(start + 3).min(words.len())).any(|end| {
            let name = &words[start..=end];
            name[..name.len() - 1]
                .iter()
                .all(|w| !w.breaks_after() && !w.possessive)
                && side_of_words(name).is_some()
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The side whose name as shown is `name`.
    fn side_named(name: &str) -> Option<Side> {
        let n = COUNTRIES.len() + BODIES.len() + GROUPS.len();
        (0..n).map(Side::new).find(|s| s.name() == name)
    }

    #[test]
    fn sides_know_their_name_and_kind() {
        let n = COUNTRIES.len() + BODIES.len() + GROUPS.len();
        for side in (0..n).map(Side::new) {
            // One side per name: sides compare as their names do.
            assert_eq!(side_named(side.name()), Some(side), "{}", side.name());
            // A country is a side whose name, in lowercase, names a country.
            let named = country(&crate::case::lower(side.name())).is_some();
            assert_eq!(side.is_country(), named, "{}", side.name());
        }
        for (name, country) in [("NATO", false), ("P5+1", false), ("Japan", true)] {
            assert_eq!(
                side_named(name).map(Side::is_country),
                Some(country),
                "{name}"
            );
        }
        let p5 = side_named("P5+1").and_then(|g| body("six world powers").filter(|b| *b == g));
        let members: Vec<&str> = p5
            .and_then(group_members)
            .map(|m| m.iter().collect())
            .unwrap_or_default();
        assert!(members.contains(&"Germany"), "{members:?}");
    }

    #[test]
    fn barred_words_are_those_any_list_bars() {
        let cases = [
            ("Sen. Ann Lee", [true, false, false]),
            ("Sen Ann Lee", [false, false, false]),
            ("Monday Party Japan", [true, true, true]),
            ("Secretary-General Smith Lee", [true, false, false]),
            ("Japanese Prime Minister", [true, true, true]),
        ];
        for (text, barred) in cases {
            let ws = crate::tokens::words(text);
            for (w, expected) in ws.iter().zip(barred) {
                let k = w.key();
                let before = is_not_name(k)
                    || is_title_word(k)
                    || is_abbreviated_title(w)
                    || is_organisation_word(k)
                    || country(k).is_some();
                assert_eq!(is_barred_from_names(w), before, "{k:?} in {text:?}");
                assert_eq!(is_barred_from_names(w), expected, "{k:?} in {text:?}");
            }
        }
    }

    #[test]
    fn every_side_name_of_several_words_fits_the_joined_keys() {
        for name in crate::people::classes::side_names_of_several_words() {
            assert!(crate::case::lower(name).len() <= MAX_SIDE_NAME, "{name:?}");
        }
    }

    #[test]
    fn a_longer_side_is_found_as_by_every_window() {
        let texts = [
            "Officials from South Sudan and Papua New Guinea's capital met the United States team.",
            "The six world powers and the African Union, South Korea's envoy and North Korea said.",
            "Sudan, Guinea, Korea and the United Arab Emirates; the U.S. and the U.K. agreed.",
        ];
        let mut inside = 0;
        for text in texts {
            let ws = crate::tokens::words(text);
            for i in 0..=ws.len() {
                // Every window holding word `i` that starts before it, as read before.
                let windows = (i.saturating_sub(2)..i).any(|start| {
                    (i..(start + 3).min(ws.len())).any(|end| {
                        let name = &ws[start..=end];
                        name[..name.len() - 1]
                            .iter()
                            .all(|w| !w.breaks_after() && !w.possessive)
                            && side_of_words(name).is_some()
                    })
                });
                assert_eq!(inside_longer_side(&ws, i), windows, "word {i} of {text:?}");
                inside += usize::from(windows);
            }
        }
        assert!(inside >= 5, "{inside} words inside a longer side");
    }
}

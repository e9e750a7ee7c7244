//! Hashed lookups over the word lists, built once on first use.

use crate::fasthash::{LexiconMap, LexiconSet};
use crate::ids::Side;
use crate::lexicon::countries::COUNTRIES;
use crate::lexicon::dates::{MONTHS, WEEKDAYS};
use crate::lexicon::names::NOT_NAMES;
use crate::lexicon::organisations::{BODIES, GROUPS, ORGANISATION_WORDS};
use crate::lexicon::titles::{ABBREVIATED_TITLES, ORGANISATIONS, TITLE_HEADS, TITLE_MODIFIERS};
use crate::lexicon::Words;
use crate::tokens::Word;
use std::sync::OnceLock;

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

/// Lowercase names (full stops removed) of countries, to the country.
fn countries() -> &'static LexiconMap<String, Side> {
    static MAP: OnceLock<LexiconMap<String, Side>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut m = LexiconMap::default();
        for (i, (name, people, names)) in COUNTRIES.iter().enumerate() {
            let side = Side::new(i);
            m.insert(crate::case::lower(name), side);
            for a in people.iter().chain(names.iter()) {
                m.entry(a.to_string()).or_insert(side);
            }
        }
        m
    })
}

/// A lowercase word that names a country as a place, not its people: the country's
/// name, a short form or a capital ("chad", "sofia", "washington"), not "bulgarian".
pub fn is_place_name(key: &str) -> bool {
    static SET: OnceLock<LexiconSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        COUNTRIES
            .iter()
            .flat_map(|(name, _, names)| {
                std::iter::once(crate::case::lower(name)).chain(names.iter().map(String::from))
            })
            .collect()
    })
    .contains(key)
}

fn set(
    cell: &'static OnceLock<LexiconSet<&'static str>>,
    lists: &[Words],
) -> &'static LexiconSet<&'static str> {
    cell.get_or_init(|| lists.iter().flat_map(|l| l.iter()).collect())
}

/// Lowercase names of bodies and groups of countries, to the side.
fn bodies() -> &'static LexiconMap<&'static str, Side> {
    static MAP: OnceLock<LexiconMap<&'static str, Side>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut m = LexiconMap::default();
        let all = BODIES
            .iter()
            .map(|(_, aliases)| aliases)
            .chain(GROUPS.iter().map(|(_, aliases, _)| aliases));
        for (i, aliases) in all.enumerate() {
            let side = Side::new(COUNTRIES.len() + i);
            for a in *aliases {
                m.entry(a).or_insert(side);
            }
        }
        m
    })
}

/// The international body or group of countries named by `key` (lowercase, full stops
/// removed): "iaea", "six world powers".
pub fn body(key: &str) -> Option<Side> {
    bodies().get(key).copied()
}

/// The members of group of countries `side` ("P5+1"), as the lexicon names them; none
/// for other sides.
pub fn group_members(side: Side) -> Option<Words> {
    let group = side.index().checked_sub(COUNTRIES.len() + BODIES.len())?;
    GROUPS.get(group).map(|(_, _, members)| *members)
}

/// The country named by `key` (lowercase, full stops removed), if any.
pub fn country(key: &str) -> Option<Side> {
    countries().get(key).copied()
}

/// A lowercase word that belongs to titles: a head, a modifier or an organisation.
pub fn is_title_word(key: &str) -> bool {
    static SET: OnceLock<LexiconSet<&'static str>> = OnceLock::new();
    let words = set(&SET, &[TITLE_HEADS, TITLE_MODIFIERS, ORGANISATIONS]);
    // "editor-in-chief", "secretary-general": a compound opened by a title's head.
    words.contains(key)
        || key
            .split_once('-')
            .is_some_and(|(head, _)| is_title_head(head))
}

/// A word that is a title: a title word, or a short title with its full stop ("Sen.").
pub fn is_title(w: &Word) -> bool {
    is_title_word(w.key()) || is_abbreviated_title(w)
}

/// A short title written with its full stop: "Sen.", "Gov.", "Lt.".
pub fn is_abbreviated_title(w: &Word) -> bool {
    w.after().starts_with('.') && ABBREVIATED_TITLES.contains(w.key())
}

/// A lowercase word that is never part of a person's name.
pub fn is_not_name(key: &str) -> bool {
    static SET: OnceLock<LexiconSet<&'static str>> = OnceLock::new();
    set(&SET, &[NOT_NAMES, MONTHS, WEEKDAYS]).contains(key)
}

/// A lowercase word that makes a proper name an institution or a place ("party", "base").
pub fn is_organisation_word(key: &str) -> bool {
    static SET: OnceLock<LexiconSet<&'static str>> = OnceLock::new();
    set(&SET, &[ORGANISATION_WORDS]).contains(key)
}

/// A hashed membership test over word lists, built once: `$name(key)` is true when the
/// lowercase `key` is in one of the lists.
macro_rules! word_set {
    ($(#[$doc:meta])* $name:ident: $($list:expr),+) => {
        $(#[$doc])*
        pub fn $name(key: &str) -> bool {
            static SET: OnceLock<LexiconSet<&'static str>> = OnceLock::new();
            set(&SET, &[$($list),+]).contains(key)
        }
    };
}

word_set!(
    /// A verb that attributes speech ("said", "told", "testified").
    is_speech_verb: crate::lexicon::discourse::SPEECH_VERBS, crate::lexicon::attribution::ATTRIBUTION_VERBS
);
word_set!(
    /// A helper verb or adverb that stands between a speaker and the verb.
    is_auxiliary: crate::lexicon::attribution::AUXILIARIES
);
word_set!(
    /// A word that ends a speaker's description.
    is_phrase_break: crate::lexicon::attribution::PHRASE_BREAKS
);
/// An English function word: the digest's one lookup of the list.
pub use crate::digest::terms::is_stopword;
word_set!(
    /// A word that heads a title ("minister", "chief").
    is_title_head: TITLE_HEADS
);
word_set!(
    /// A word that marks a sentence as being about a meeting.
    is_meeting_word: crate::lexicon::cues::MEETING_WORDS
);

/// A word of a country's or a body's name of several words ("united", "korea", "powers"):
/// only windows of such words are looked up as names of several words.
pub fn in_side_name(key: &str) -> bool {
    static SET: OnceLock<LexiconSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        let countries = COUNTRIES.iter().flat_map(|(name, people, names)| {
            std::iter::once(*name).chain(people.iter().chain(names.iter()))
        });
        let bodies = BODIES
            .iter()
            .flat_map(|(_, aliases)| aliases.iter())
            .chain(GROUPS.iter().flat_map(|(_, aliases, _)| aliases.iter()));
        let mut s = LexiconSet::default();
        for name in countries.chain(bodies).filter(|n| n.contains(' ')) {
            for w in name.split(' ').filter(|w| !matches!(*w, "the" | "and")) {
                if w.chars().all(|c| c.is_lowercase() || !c.is_alphabetic()) {
                    s.insert(w);
                }
            }
        }
        s
    })
    .contains(key)
        || countries_lower_words().contains(key)
}

/// The lowercase words of the canonical country names of several words ("united").
fn countries_lower_words() -> &'static LexiconSet<String> {
    static SET: OnceLock<LexiconSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        COUNTRIES
            .iter()
            .filter(|(name, _, _)| name.contains(' '))
            .flat_map(|(name, _, _)| name.split(' ').map(crate::case::lower))
            .collect()
    })
}

/// The side named by the words `words` together (a country, a body or a group), when
/// there are several: only looked up when every word can be part of such a name.
pub fn side_of_words(words: &[Word]) -> Option<Side> {
    if let [one] = words {
        return country(one.key()).or_else(|| body(one.key()));
    }
    if !words.iter().all(|w| in_side_name(w.key())) {
        return None;
    }
    let key = words.iter().map(Word::key).collect::<Vec<_>>().join(" ");
    country(&key).or_else(|| body(&key))
}

/// True when word `i` is inside a side's name of several words that starts before it:
/// "Sudan" in "South Sudan", "Guinea" in "Papua New Guinea's". Scans that look a side
/// up at every word skip it, or they would find a second, wrong side.
pub fn inside_longer_side(words: &[Word], i: usize) -> bool {
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
}

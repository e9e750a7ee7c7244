//! One table over the word lists the people's lookups ask about: for each lowercase word,
//! every list that holds it and the country or body it names, built once on first use. A
//! word asked about several lists in a row ("can it stand in a name": not a name, not a
//! title, not an organisation word, not a country) is hashed and found once.

use super::packed::Table;
use crate::ids::Side;
use crate::lexicon::attribution::{ATTRIBUTION_VERBS, AUXILIARIES, PHRASE_BREAKS};
use crate::lexicon::countries::COUNTRIES;
use crate::lexicon::cues::MEETING_WORDS;
use crate::lexicon::dates::{MONTHS, WEEKDAYS};
use crate::lexicon::discourse::SPEECH_VERBS;
use crate::lexicon::names::NOT_NAMES;
use crate::lexicon::organisations::{BODIES, GROUPS, ORGANISATION_WORDS};
use crate::lexicon::titles::{ABBREVIATED_TITLES, ORGANISATIONS, TITLE_HEADS, TITLE_MODIFIERS};
use crate::lexicon::Words;
use std::sync::OnceLock;

/// A word list (or a union of lists) the table records, one bit each.
#[derive(Clone, Copy, Debug)]
#[repr(u16)]
pub enum List {
    /// Never part of a person's name: `NOT_NAMES`, months and weekdays.
    NotName = 1,
    /// A title's word: a head, a modifier or an organisation.
    TitleWord = 1 << 1,
    /// A title's head ("minister", "chief").
    TitleHead = 1 << 2,
    /// A short title written with a full stop ("sen", "gov").
    AbbreviatedTitle = 1 << 3,
    /// Makes a proper name an institution or a place ("party", "base").
    OrganisationWord = 1 << 4,
    /// A verb that attributes speech.
    SpeechVerb = 1 << 5,
    /// A helper verb or adverb between a speaker and the verb.
    Auxiliary = 1 << 6,
    /// Ends a speaker's description.
    PhraseBreak = 1 << 7,
    /// Marks a sentence as being about a meeting.
    MeetingWord = 1 << 8,
    /// A country's name, short form or capital, as a place.
    PlaceName = 1 << 9,
    /// A word of a side's name of several words ("united", "korea", "powers").
    SideNameWord = 1 << 10,
}

/// What the table knows of one lowercase word: the lists holding it, and the country and
/// the international body or group it names.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Classes {
    lists: u16,
    country: Option<Side>,
    body: Option<Side>,
}

impl Classes {
    /// True when the word is in `list`.
    #[inline]
    pub fn has(self, list: List) -> bool {
        self.lists & list as u16 != 0
    }

    /// The country the word names (lowercase, full stops removed), if any.
    #[inline]
    pub fn country(self) -> Option<Side> {
        self.country
    }

    /// The international body or group of countries the word names, if any.
    #[inline]
    pub fn body(self) -> Option<Side> {
        self.body
    }
}

/// Everything the table knows of `key`: nothing for a word in none of the lists.
#[inline]
pub fn classes(key: &str) -> Classes {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(build).get(key)
}

/// The entry of `word`, added empty when new.
fn entry<'m>(m: &'m mut Table, word: &str) -> &'m mut Classes {
    m.entry(word)
}

fn build() -> Table {
    let mut m = Table::new();
    let lists: [(List, &[Words]); 9] = [
        (List::NotName, &[NOT_NAMES, MONTHS, WEEKDAYS]),
        (
            List::TitleWord,
            &[TITLE_HEADS, TITLE_MODIFIERS, ORGANISATIONS],
        ),
        (List::TitleHead, &[TITLE_HEADS]),
        (List::AbbreviatedTitle, &[ABBREVIATED_TITLES]),
        (List::OrganisationWord, &[ORGANISATION_WORDS]),
        (List::SpeechVerb, &[SPEECH_VERBS, ATTRIBUTION_VERBS]),
        (List::Auxiliary, &[AUXILIARIES]),
        (List::PhraseBreak, &[PHRASE_BREAKS]),
        (List::MeetingWord, &[MEETING_WORDS]),
    ];
    for (list, words) in lists {
        for w in words.iter().flat_map(|l| l.iter()) {
            entry(&mut m, w).lists |= list as u16;
        }
    }
    add_countries(&mut m);
    add_bodies(&mut m);
    add_side_name_words(&mut m);
    m
}

/// Countries by their lowercase name (a later country's name wins), then by the names of
/// their people, short forms and capitals (the first country listing one wins); names and
/// short forms as places.
fn add_countries(m: &mut Table) {
    for (i, (name, people, names)) in COUNTRIES.iter().enumerate() {
        let side = Side::new(i);
        let lower = crate::case::lower(name);
        let e = entry(m, &lower);
        e.country = Some(side);
        e.lists |= List::PlaceName as u16;
        for a in people.iter().chain(names.iter()) {
            let e = entry(m, a);
            e.country.get_or_insert(side);
        }
        for a in names.iter() {
            entry(m, a).lists |= List::PlaceName as u16;
        }
    }
}

/// Bodies and groups of countries by their lowercase aliases (the first side listing one
/// wins).
fn add_bodies(m: &mut Table) {
    let all = BODIES
        .iter()
        .map(|(_, aliases)| aliases)
        .chain(GROUPS.iter().map(|(_, aliases, _)| aliases));
    for (i, aliases) in all.enumerate() {
        let side = Side::new(COUNTRIES.len() + i);
        for a in aliases.iter() {
            entry(m, a).body.get_or_insert(side);
        }
    }
}

/// The names of several words of the sides: countries (with their people's and other
/// names), bodies and groups.
pub(crate) fn side_names_of_several_words() -> impl Iterator<Item = &'static str> {
    let countries = COUNTRIES.iter().flat_map(|(name, people, names)| {
        std::iter::once(*name).chain(people.iter().chain(names.iter()))
    });
    let bodies = BODIES
        .iter()
        .flat_map(|(_, aliases)| aliases.iter())
        .chain(GROUPS.iter().flat_map(|(_, aliases, _)| aliases.iter()));
    countries.chain(bodies).filter(|n| n.contains(' '))
}

/// The lowercase words of the sides' names of several words (not "the" or "and"), and
/// the words of the countries' names of several words in lowercase.
fn add_side_name_words(m: &mut Table) {
    for name in side_names_of_several_words() {
        for w in name.split(' ').filter(|w| !matches!(*w, "the" | "and")) {
            if w.chars().all(|c| c.is_lowercase() || !c.is_alphabetic()) {
                entry(m, w).lists |= List::SideNameWord as u16;
            }
        }
    }
    for (name, _, _) in COUNTRIES.iter().filter(|(name, _, _)| name.contains(' ')) {
        for w in name.split(' ') {
            entry(m, &crate::case::lower(w)).lists |= List::SideNameWord as u16;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A title's country or body is looked for over several words only when the last
    /// word is one of a side's name of several words (`people::titles`): every such name
    /// ends with a word of that list.
    #[test]
    fn every_side_name_of_several_words_ends_with_a_side_name_word() {
        let countries = COUNTRIES
            .iter()
            .flat_map(|(n, p, a)| std::iter::once(*n).chain(p.iter()).chain(a.iter()));
        let bodies = BODIES
            .iter()
            .flat_map(|(_, a)| a.iter())
            .chain(GROUPS.iter().flat_map(|(_, a, _)| a.iter()));
        for name in countries.chain(bodies).filter(|n| n.contains(' ')) {
            let last = name.rsplit(' ').next().unwrap_or(name);
            let key = crate::case::lower(last).replace('.', "");
            assert!(classes(&key).has(List::SideNameWord), "{name:?}");
        }
    }

    /// Every word the lists hold, in lowercase too, their words and compounds' parts,
    /// and words in none of them.
    fn candidates() -> Vec<String> {
        let mut all: Vec<String> = Vec::new();
        let lists = [
            NOT_NAMES,
            MONTHS,
            WEEKDAYS,
            TITLE_HEADS,
            TITLE_MODIFIERS,
            ORGANISATIONS,
            ABBREVIATED_TITLES,
            ORGANISATION_WORDS,
            SPEECH_VERBS,
            ATTRIBUTION_VERBS,
            AUXILIARIES,
            PHRASE_BREAKS,
            MEETING_WORDS,
        ];
        let sides = COUNTRIES
            .iter()
            .flat_map(|(n, p, a)| std::iter::once(*n).chain(p.iter()).chain(a.iter()))
            .chain(
                BODIES
                    .iter()
                    .flat_map(|(n, a)| std::iter::once(*n).chain(a.iter())),
            )
            .chain(
                GROUPS
                    .iter()
                    .flat_map(|(n, a, m)| std::iter::once(*n).chain(a.iter()).chain(m.iter())),
            );
        for w in lists.iter().flat_map(|l| l.iter()).chain(sides) {
            all.push(w.to_string());
            all.push(crate::case::lower(w));
            all.extend(w.split([' ', '-']).map(String::from));
            all.extend(w.split([' ', '-']).map(crate::case::lower));
        }
        all.extend(["", "the", "and", "smith", "Said", "xyz"].map(String::from));
        all
    }

    /// The side named by `key` as the separate maps found it: a later country's
    /// lowercase name, else the first country listing it among its people's names, short
    /// forms and capitals.
    fn country_as_before(key: &str) -> Option<Side> {
        let by_name = COUNTRIES
            .iter()
            .rposition(|(name, _, _)| crate::case::lower(name) == key);
        by_name
            .or_else(|| {
                COUNTRIES
                    .iter()
                    .position(|(_, p, n)| p.contains(key) || n.contains(key))
            })
            .map(Side::new)
    }

    fn body_as_before(key: &str) -> Option<Side> {
        let all = BODIES
            .iter()
            .map(|(_, aliases)| aliases)
            .chain(GROUPS.iter().map(|(_, aliases, _)| aliases));
        all.enumerate()
            .find(|(_, aliases)| aliases.contains(key))
            .map(|(i, _)| Side::new(COUNTRIES.len() + i))
    }

    fn side_name_word_as_before(key: &str) -> bool {
        let countries = COUNTRIES.iter().flat_map(|(name, people, names)| {
            std::iter::once(*name).chain(people.iter().chain(names.iter()))
        });
        let bodies = BODIES
            .iter()
            .flat_map(|(_, aliases)| aliases.iter())
            .chain(GROUPS.iter().flat_map(|(_, aliases, _)| aliases.iter()));
        let in_alias = countries
            .chain(bodies)
            .filter(|n| n.contains(' '))
            .any(|n| {
                n.split(' ').any(|w| {
                    w == key
                        && !matches!(w, "the" | "and")
                        && w.chars().all(|c| c.is_lowercase() || !c.is_alphabetic())
                })
            });
        in_alias
            || COUNTRIES
                .iter()
                .filter(|(name, _, _)| name.contains(' '))
                .any(|(name, _, _)| name.split(' ').any(|w| crate::case::lower(w) == key))
    }

    #[test]
    fn the_packed_table_answers_as_a_map_does() {
        // Every listed word and words of every length one byte away from one, each given
        // classes of its own, in the table and in a map.
        let mut words: Vec<String> = candidates();
        for k in candidates() {
            for at in [0, k.len() / 2, k.len().saturating_sub(1)] {
                let mut b = k.as_bytes().to_vec();
                if let Some(x) = b.get_mut(at) {
                    *x ^= 1;
                }
                words.extend(String::from_utf8(b).ok());
            }
            words.push(format!("{k}s"));
        }
        words.extend((0..40).map(|n| "a".repeat(n)));
        let mut table = Table::new();
        let mut map = std::collections::HashMap::new();
        for (i, w) in words.iter().enumerate().filter(|(i, _)| i % 3 != 0) {
            let c = Classes {
                lists: i as u16,
                country: Some(Side::new(i)),
                body: None,
            };
            *table.entry(w) = c;
            map.insert(w.as_str(), c);
        }
        for w in &words {
            let expected = map.get(w.as_str()).copied().unwrap_or_default();
            assert_eq!(table.get(w), expected, "{w:?}");
        }
    }

    #[test]
    fn one_lookup_answers_as_each_list_does() {
        let any = |lists: &[Words], k: &str| lists.iter().any(|l| l.contains(k));
        for k in candidates() {
            let k = k.as_str();
            let c = classes(k);
            let expected = [
                (List::NotName, any(&[NOT_NAMES, MONTHS, WEEKDAYS], k)),
                (
                    List::TitleWord,
                    any(&[TITLE_HEADS, TITLE_MODIFIERS, ORGANISATIONS], k),
                ),
                (List::TitleHead, TITLE_HEADS.contains(k)),
                (List::AbbreviatedTitle, ABBREVIATED_TITLES.contains(k)),
                (List::OrganisationWord, ORGANISATION_WORDS.contains(k)),
                (List::SpeechVerb, any(&[SPEECH_VERBS, ATTRIBUTION_VERBS], k)),
                (List::Auxiliary, AUXILIARIES.contains(k)),
                (List::PhraseBreak, PHRASE_BREAKS.contains(k)),
                (List::MeetingWord, MEETING_WORDS.contains(k)),
                (
                    List::PlaceName,
                    COUNTRIES
                        .iter()
                        .any(|(name, _, n)| crate::case::lower(name) == k || n.contains(k)),
                ),
                (List::SideNameWord, side_name_word_as_before(k)),
            ];
            for (list, held) in expected {
                assert_eq!(c.has(list), held, "{k:?} in {list:?}");
            }
            assert_eq!(c.country(), country_as_before(k), "{k:?} as a country");
            assert_eq!(c.body(), body_as_before(k), "{k:?} as a body");
        }
    }
}

//! Hashed lookups over the word lists, built once on first use.

use super::words::Word;
use crate::fasthash::{LexiconMap, LexiconSet};
use crate::lexicon::countries::COUNTRIES;
use crate::lexicon::dates::{MONTHS, WEEKDAYS};
use crate::lexicon::names::NOT_NAMES;
use crate::lexicon::organisations::{BODIES, GROUPS, ORGANISATION_WORDS};
use crate::lexicon::titles::{ABBREVIATED_TITLES, ORGANISATIONS, TITLE_HEADS, TITLE_MODIFIERS};
use std::sync::OnceLock;

fn countries() -> &'static LexiconMap<String, &'static str> {
    static MAP: OnceLock<LexiconMap<String, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut m = LexiconMap::default();
        for (name, aliases) in COUNTRIES {
            m.insert(crate::case::lower(name), *name);
            for a in *aliases {
                m.entry((*a).to_string()).or_insert(*name);
            }
        }
        m
    })
}

fn set(
    cell: &'static OnceLock<LexiconSet<&'static str>>,
    lists: &[&[&'static str]],
) -> &'static LexiconSet<&'static str> {
    cell.get_or_init(|| lists.iter().flat_map(|l| l.iter().copied()).collect())
}

fn bodies() -> &'static LexiconMap<&'static str, &'static str> {
    static MAP: OnceLock<LexiconMap<&'static str, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut m = LexiconMap::default();
        for (name, aliases) in BODIES {
            for a in *aliases {
                m.entry(*a).or_insert(*name);
            }
        }
        for (name, aliases, _) in GROUPS {
            for a in *aliases {
                m.entry(*a).or_insert(*name);
            }
        }
        m
    })
}

/// The international body or group of countries named by `key` (lowercase, full stops
/// removed): "iaea", "six world powers".
pub fn body(key: &str) -> Option<&'static str> {
    bodies().get(key).copied()
}

/// The group of countries shown as `name`, as the static name the lexicon keeps.
pub fn group_name(name: &str) -> Option<&'static str> {
    GROUPS
        .iter()
        .find(|(n, _, _)| *n == name)
        .map(|(n, _, _)| *n)
}

/// The members of the group of countries named `name` ("P5+1"), empty for other sides.
pub fn group_members(name: &str) -> &'static [&'static str] {
    GROUPS
        .iter()
        .find(|(n, _, _)| *n == name)
        .map_or(&[], |(_, _, m)| m)
}

/// The canonical country named by `key` (lowercase, full stops removed), if any.
pub fn country(key: &str) -> Option<&'static str> {
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
            .is_some_and(|(head, _)| TITLE_HEADS.contains(&head))
}

/// A word that is a title: a title word, or a short title with its full stop ("Sen.").
pub fn is_title(w: &Word) -> bool {
    is_title_word(w.key()) || is_abbreviated_title(w)
}

/// A short title written with its full stop: "Sen.", "Gov.", "Lt.".
pub fn is_abbreviated_title(w: &Word) -> bool {
    w.after.starts_with('.') && ABBREVIATED_TITLES.contains(&w.key())
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

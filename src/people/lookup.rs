//! Hashed lookups over the word lists, built once on first use.

use crate::fasthash::{LexiconMap, LexiconSet};
use crate::lexicon::countries::COUNTRIES;
use crate::lexicon::dates::{MONTHS, WEEKDAYS};
use crate::lexicon::names::NOT_NAMES;
use crate::lexicon::titles::{ORGANISATIONS, TITLE_HEADS, TITLE_MODIFIERS};
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

/// The canonical country named by `key` (lowercase, full stops removed), if any.
pub fn country(key: &str) -> Option<&'static str> {
    countries().get(key).copied()
}

/// A lowercase word that belongs to titles: a head, a modifier or an organisation.
pub fn is_title_word(key: &str) -> bool {
    static SET: OnceLock<LexiconSet<&'static str>> = OnceLock::new();
    set(&SET, &[TITLE_HEADS, TITLE_MODIFIERS, ORGANISATIONS]).contains(key)
}

/// A lowercase word that is never part of a person's name.
pub fn is_not_name(key: &str) -> bool {
    static SET: OnceLock<LexiconSet<&'static str>> = OnceLock::new();
    set(&SET, &[NOT_NAMES, MONTHS, WEEKDAYS]).contains(key)
}

//! The keys people are looked up by: a written name's surname and given names folded,
//! made once for each distinct name the name runs spell.

use super::names::skeleton;
use crate::lexicon::names::NAME_SUFFIXES;
use crate::tokens::Word;
use std::collections::HashMap;

/// A written name as people are looked up by it: its last word and its given names
/// folded by [`skeleton`], and its number of words.
pub(super) struct NameKey {
    /// The last word, folded.
    pub(super) surname: String,
    /// The given names (see [`given_names`]).
    pub(super) given: Vec<Box<str>>,
    /// How many words the name has.
    pub(super) words: usize,
}

impl NameKey {
    /// The key of `name`; none for a name without words.
    pub(super) fn of(name: &str) -> Option<NameKey> {
        let mut tokens: Vec<&str> = name.split_whitespace().collect();
        // "John Doe Jr.": the surname is "Doe", as "Doe said" calls him.
        if tokens.len() > 2 {
            if let Some(last) = tokens.last() {
                if NAME_SUFFIXES.contains(&crate::case::lower(last.trim_end_matches('.'))) {
                    tokens.pop();
                }
            }
        }
        Some(NameKey {
            surname: skeleton(tokens.last()?),
            given: given_names(&tokens),
            words: tokens.len(),
        })
    }
}

/// The given names of a written name: every word but the last, initials left out, folded.
fn given_names(tokens: &[&str]) -> Vec<Box<str>> {
    let n = tokens.len().saturating_sub(1);
    tokens[..n]
        .iter()
        .filter(|t| !t.ends_with('.'))
        .map(|t| skeleton(t).into_boxed_str())
        .filter(|t| !t.is_empty())
        .collect()
}

/// The distinct names the name runs spell, each with its key made once: a text names
/// the same people again and again.
pub(super) struct Names {
    /// The names as written, words joined by a space.
    pub(super) surfaces: Vec<Box<str>>,
    /// Their keys (none for a name without words).
    pub(super) keys: Vec<Option<NameKey>>,
    index: HashMap<Box<str>, u32>,
}

impl Names {
    /// No names yet, with room for `n`: as many as there are name runs at most.
    pub(super) fn with_capacity(n: usize) -> Names {
        Names {
            surfaces: Vec::with_capacity(n),
            keys: Vec::with_capacity(n),
            index: HashMap::with_capacity(n),
        }
    }

    /// The index of the name `words` spell, added when new; `buf` is room to spell it.
    pub(super) fn add(&mut self, words: &[Word], buf: &mut String) -> u32 {
        buf.clear();
        for (k, w) in words.iter().enumerate() {
            if k > 0 {
                buf.push(' ');
            }
            buf.push_str(w.text());
        }
        if let Some(&i) = self.index.get(buf.as_str()) {
            return i;
        }
        let i = u32::try_from(self.surfaces.len()).unwrap_or(u32::MAX);
        let surface: Box<str> = buf.as_str().into();
        self.keys.push(NameKey::of(&surface));
        self.index.insert(surface.clone(), i);
        self.surfaces.push(surface);
        i
    }

    /// Name `i` as written.
    pub(super) fn surface(&self, i: u32) -> &str {
        self.surfaces.get(i as usize).map_or("", |s| s)
    }

    /// The key of name `i`.
    pub(super) fn key(&self, i: u32) -> Option<&NameKey> {
        self.keys.get(i as usize).and_then(Option::as_ref)
    }
}

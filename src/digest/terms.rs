//! The words of the corpus as terms: lowercase, split at hyphens and apostrophes, cut to
//! their Snowball (Porter 2) English stem ([`super::porter2`]), and numbered, so that "talks" and "talked",
//! "three-hour" and "three hours" compare equal. Each distinct word is stemmed once.

use crate::fasthash::LexiconSet;
use crate::lexicon::stopwords::STOPWORDS;
use std::collections::HashMap;
use std::sync::OnceLock;

fn stopwords() -> &'static LexiconSet<&'static str> {
    static SET: OnceLock<LexiconSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| STOPWORDS.iter().copied().collect())
}

/// True when lowercase `word` is a function word.
pub fn is_stopword(word: &str) -> bool {
    stopwords().contains(word)
}

/// The Snowball English stem of a lowercase word. Words that are not plain ASCII letters
/// (names in other scripts, figures) are kept as they are.
pub fn stem(word: &str) -> String {
    if word.len() < 3 || !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return word.to_string();
    }
    if let Some(base) = slavic_base(word) {
        return format!("{base}sk");
    }
    super::porter2::stem(word)
}

/// The transliterations of the Slavic ending "-sky" share one stem: "ostrovskiy",
/// "ostrovskyy", "ostrovsky" and "ostrovski" all give "ostrovsk".
fn slavic_base(word: &str) -> Option<&str> {
    ["skiy", "skyy", "sky", "ski"]
        .iter()
        .find_map(|e| word.strip_suffix(e).filter(|base| base.len() >= 3))
}

/// The pieces of a lowercase word as terms are made of: split at hyphens and inner
/// apostrophes, a possessive "'s" left out ("three-hour" gives "three", "hour").
pub fn pieces(word: &str) -> impl Iterator<Item = &str> {
    let word = word.strip_suffix("'s").unwrap_or(word);
    word.split(['-', '\'']).filter(|p| !p.is_empty())
}

/// Numbered terms: every distinct stem gets an id, with whether it is a function word.
#[derive(Debug, Default)]
pub struct Terms<'a> {
    /// Word as written (lowercase) -> term id.
    by_word: HashMap<&'a str, u32>,
    /// Stem -> term id.
    by_stem: HashMap<String, u32>,
    stop: Vec<bool>,
}

impl<'a> Terms<'a> {
    /// The id of lowercase word piece `word`, numbering it if it is new.
    pub fn id(&mut self, word: &'a str) -> u32 {
        if let Some(&id) = self.by_word.get(word) {
            return id;
        }
        let stop = is_stopword(word) || (word.len() == 1 && !word.as_bytes()[0].is_ascii_digit());
        let stem = if stop { word.to_string() } else { stem(word) };
        let next = self.stop.len() as u32;
        let id = *self.by_stem.entry(stem).or_insert(next);
        if id == next {
            self.stop.push(stop);
        }
        self.by_word.insert(word, id);
        id
    }

    /// The id of a lowercase word piece, when some text holds it.
    pub fn find(&self, word: &str) -> Option<u32> {
        if let Some(&id) = self.by_word.get(word) {
            return Some(id);
        }
        let stop = is_stopword(word);
        let stem = if stop { word.to_string() } else { stem(word) };
        self.by_stem.get(&stem).copied()
    }

    /// True when term `t` is a function word.
    pub fn is_stop(&self, t: u32) -> bool {
        self.stop.get(t as usize).copied().unwrap_or(true)
    }

    /// Number of distinct terms.
    pub fn len(&self) -> usize {
        self.stop.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections_share_a_stem() {
        let cases = [
            ("talks", "talked"),
            ("agreement", "agreements"),
            ("negotiating", "negotiated"),
            ("ostrovskiy", "ostrovsky"),
            ("ostrovskyy", "ostrovski"),
        ];
        for (a, b) in cases {
            assert_eq!(stem(a), stem(b), "{a} / {b}");
        }
        assert_ne!(stem("general"), stem("generous"));
    }

    #[test]
    fn odd_words_never_break_the_stemmer() {
        for w in [
            "ion", "ions", "eing", "aed", "aing", "ies", "eed", "y", "yy", "sky", "é", "naïve",
            "ßs", "a-b", "''", "1990s",
        ] {
            let _ = stem(w);
        }
    }

    #[test]
    fn pieces_split_hyphens_and_possessives() {
        let p: Vec<&str> = pieces("three-hour").collect();
        assert_eq!(p, ["three", "hour"]);
        let p: Vec<&str> = pieces("dorvan's").collect();
        assert_eq!(p, ["dorvan"]);
        let mut t = Terms::default();
        assert_eq!(t.id("hours"), t.id("hour"));
        let (the, year) = (t.id("the"), t.id("2019"));
        assert!(t.is_stop(the));
        assert!(!t.is_stop(year));
        assert_eq!(t.find("hour"), t.find("hours"));
    }
}

//! The words of the corpus as terms: lowercase, split at hyphens and apostrophes, cut to
//! their Snowball (Porter 2) English stem ([`super::porter2`]), and numbered, so that "talks" and "talked",
//! "five-hour" and "five hours" compare equal. Each distinct word is stemmed once.

use crate::fasthash::LexiconMap;
use crate::lexicon::stopwords::STOPWORDS;
use std::collections::HashMap;
use std::sync::OnceLock;

/// The function words, numbered by their place in the list: their term ids.
fn stopwords() -> &'static LexiconMap<&'static str, u32> {
    static MAP: OnceLock<LexiconMap<&'static str, u32>> = OnceLock::new();
    MAP.get_or_init(|| STOPWORDS.iter().zip(0..).collect())
}

/// True when lowercase `word` is a function word.
pub fn is_stopword(word: &str) -> bool {
    stopwords().contains_key(word)
}

/// The Snowball English stem of a lowercase word. Words that are not plain ASCII letters
/// (names in other scripts, figures) are kept as they are.
pub fn stem(word: &str) -> String {
    let mut w = Vec::new();
    stem_into(word, &mut w);
    String::from_utf8(w).unwrap_or_default()
}

/// True when lowercase `word` is its own stem without stemming: too short, or not plain
/// ASCII letters (figures, names in other scripts).
fn is_verbatim(word: &str) -> bool {
    word.len() < 3 || !word.bytes().all(|b| b.is_ascii_lowercase())
}

/// Writes the stem of lowercase `word` into `w` (see [`stem`]).
fn stem_into(word: &str, w: &mut Vec<u8>) {
    if is_verbatim(word) {
        w.clear();
        w.extend_from_slice(word.as_bytes());
    } else if let Some(base) = slavic_base(word) {
        w.clear();
        w.extend_from_slice(base.as_bytes());
        w.extend_from_slice(b"sk");
    } else {
        super::porter2::stem_into(word, w);
    }
}

/// The transliterations of the Slavic ending "-sky" share one stem: "ostrovskiy",
/// "ostrovskyy", "ostrovsky" and "ostrovski" all give "ostrovsk".
fn slavic_base(word: &str) -> Option<&str> {
    ["skiy", "skyy", "sky", "ski"]
        .iter()
        .find_map(|e| word.strip_suffix(e).filter(|base| base.len() >= 3))
}

/// The pieces of a lowercase word as terms are made of: split at hyphens and inner
/// apostrophes, a possessive "'s" left out ("five-hour" gives "five", "hour").
pub fn pieces(word: &str) -> Pieces<'_> {
    Pieces {
        rest: word.strip_suffix("'s").unwrap_or(word),
    }
}

/// The pieces of a word (see [`pieces`]): a byte scan, as most words have one piece.
pub struct Pieces<'a> {
    rest: &'a str,
}

impl<'a> Iterator for Pieces<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        while !self.rest.is_empty() {
            let bytes = self.rest.as_bytes();
            let mut end = 0;
            while end < bytes.len() && bytes[end] != b'-' && bytes[end] != b'\'' {
                end += 1;
            }
            let piece = &self.rest[..end];
            self.rest = self.rest.get(end + 1..).unwrap_or("");
            if !piece.is_empty() {
                return Some(piece);
            }
        }
        None
    }
}

/// Numbered terms: every distinct stem gets an id, with whether it is a function word.
/// The function words have the first ids, in the order of their list; the others are
/// numbered in order of first use.
#[derive(Debug, Default)]
pub struct Terms<'a> {
    /// Word as written (lowercase), other than a function word or its own stem -> term id.
    by_word: HashMap<&'a str, u32>,
    /// Stem -> term id, for the terms after the function words, when the stem is the
    /// start of its word, borrowed from it: most stems.
    by_stem: HashMap<&'a str, u32>,
    /// Stem -> term id for the other stems ("happi" of "happy"), each a string of its
    /// own. A stem is in one of the two tables, whose keys are 16 bytes: a text of many
    /// distinct words holds as many stems.
    by_owned: HashMap<Box<str>, u32>,
    /// Per term, whether it is a function word.
    stop: Vec<bool>,
    /// Per term, whether some word of it may be part of a figure: digits, a number word,
    /// "half".
    numeric: Vec<bool>,
    /// Per term, whether some word of the text is the stem itself, and so found in
    /// `by_stem` without a `by_word` entry.
    own_stem: Vec<bool>,
}

/// True when word piece `w` may be part of a figure: it holds a digit, or is a number
/// word or "half".
fn may_count(w: &str) -> bool {
    w.bytes().any(|b| b.is_ascii_digit())
        || w == "half"
        || super::numerals::number_word(w).is_some()
}

impl<'a> Terms<'a> {
    /// The terms of runs of lowercase words (e.g. sentences): each word is cut into its
    /// [`pieces`], and each piece given its term. Returns the terms and, per run, the term
    /// ids of its pieces in order.
    pub fn number<I, R>(runs: I) -> (Terms<'a>, Vec<Vec<u32>>)
    where
        I: ExactSizeIterator<Item = R>,
        R: IntoIterator<Item = &'a str>,
    {
        let fixed = stopwords();
        let function_words = STOPWORDS.iter().count();
        let mut terms = Terms {
            by_word: HashMap::new(),
            by_stem: HashMap::new(),
            by_owned: HashMap::new(),
            stop: vec![true; function_words],
            numeric: STOPWORDS.iter().map(may_count).collect(),
            own_stem: vec![false; function_words],
        };
        let mut ids: Vec<Vec<u32>> = Vec::with_capacity(runs.len());
        // One text's ids are gathered here, then kept in a list of their exact length.
        let mut out: Vec<u32> = Vec::new();
        let mut buf = Vec::new();
        for run in runs {
            out.clear();
            for w in run {
                for p in pieces(w) {
                    // Function words, nearly half of all words, never reach the hash maps.
                    let id = match fixed.get(p) {
                        Some(&id) => id,
                        None => terms.add(p, &mut buf),
                    };
                    out.push(id);
                }
            }
            ids.push(super::kept(&mut out));
        }
        (terms, ids)
    }

    /// The id of word piece `p` (not a function word), numbered now when new: a word is
    /// stemmed the first time it is seen. Words that are their own stem are found through
    /// `by_stem` alone; `by_word` holds the others.
    fn add(&mut self, p: &'a str, buf: &mut Vec<u8>) -> u32 {
        if let Some(&id) = self.by_word.get(p) {
            return id;
        }
        if let Some(&id) = self.by_stem.get(p) {
            if self.own_stem.get(id as usize).copied().unwrap_or(false) {
                return id;
            }
        }
        stem_into(p, buf);
        let stem = std::str::from_utf8(buf).unwrap_or(p);
        let id = match self.stem_id(stem) {
            Some(id) => id,
            None => {
                let id = self.stop.len() as u32;
                match p.get(..stem.len()) {
                    Some(start) if start == stem => self.by_stem.insert(start, id),
                    _ => self.by_owned.insert(stem.into(), id),
                };
                let b = p.as_bytes();
                self.stop.push(b.len() == 1 && !b[0].is_ascii_digit());
                self.numeric.push(false);
                self.own_stem.push(false);
                id
            }
        };
        if stem == p {
            self.own_stem[id as usize] = true;
        } else {
            self.by_word.insert(p, id);
        }
        self.numeric[id as usize] |= may_count(p);
        id
    }

    /// The id of the term of stem `stem`, if any.
    fn stem_id(&self, stem: &str) -> Option<u32> {
        self.by_stem
            .get(stem)
            .or_else(|| self.by_owned.get(stem))
            .copied()
    }

    /// The id of a lowercase word piece, when some text holds it.
    pub fn find(&self, word: &str) -> Option<u32> {
        if let Some(&id) = stopwords().get(word).or_else(|| self.by_word.get(word)) {
            return Some(id);
        }
        if is_verbatim(word) {
            return self.by_stem.get(word).copied();
        }
        // A word of the text that is its own stem.
        if let Some(&id) = self.by_stem.get(word) {
            if self.own_stem.get(id as usize).copied().unwrap_or(false) {
                return Some(id);
            }
        }
        self.stem_id(&stem(word))
    }

    /// True when term `t` is a function word.
    pub fn is_stop(&self, t: u32) -> bool {
        self.stop.get(t as usize).copied().unwrap_or(true)
    }

    /// True when some word of term `t` may be part of a figure (a digit, a number word).
    pub fn is_numeric(&self, t: u32) -> bool {
        self.numeric.get(t as usize).copied().unwrap_or(false)
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
    fn a_word_finds_the_term_of_its_stem_whether_or_not_the_text_holds_it() {
        // Words that are their own stem ("talk"), whose stem is another word of the text
        // ("talks" and "talk"), stems that are no word ("agree", "agre"), a word that is
        // the stem of an earlier word but not its own ("governmental" gives "government",
        // which gives "govern"), figures.
        let text = "talks talk talked agreement agree agreed news new ran running 2025 \
                    us-led ceasefire ceasefires governmental government governed";
        let words: Vec<&str> = text.split_whitespace().collect();
        let (terms, ids) = Terms::number([words.clone()].into_iter());
        for (seen, w) in words.iter().flat_map(|w| pieces(w)).enumerate() {
            let want = stopwords()
                .get(w)
                .copied()
                .or_else(|| terms.stem_id(&stem(w)));
            assert!(want.is_some(), "{w:?} has no term");
            assert_eq!(terms.find(w), want, "{w:?}");
            assert_eq!(ids[0].get(seen).copied(), want, "{w:?}: its id in the text");
        }
        // Words the text does not hold find the term of their stem, if any.
        for (w, like) in [
            ("talking", "talk"),
            ("agreements", "agreement"),
            ("news", "news"),
        ] {
            assert_eq!(terms.find(w), terms.find(like), "{w:?} / {like:?}");
        }
        assert_eq!(terms.find("elephant"), None);
    }

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
        let p: Vec<&str> = pieces("five-hour").collect();
        assert_eq!(p, ["five", "hour"]);
        let p: Vec<&str> = pieces("dorvan's").collect();
        assert_eq!(p, ["dorvan"]);
        let (t, ids) = Terms::number([["hours", "the", "2019", "hour", "x"]].into_iter());
        assert_eq!(ids[0][0], ids[0][3]);
        assert!(t.is_stop(ids[0][1]));
        assert!(!t.is_stop(ids[0][2]));
        assert!(t.is_stop(ids[0][4]), "a lone letter");
        assert_eq!(t.find("hours"), Some(ids[0][0]));
        assert_eq!(t.find("hour's"), None, "pieces are looked up, not words");
        assert_eq!(t.find("the"), Some(ids[0][1]));
        assert_eq!(t.find("2019"), Some(ids[0][2]));
        assert_eq!(t.find("unheard"), None);
    }
}

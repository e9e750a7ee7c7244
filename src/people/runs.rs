//! The name runs of every sentence of the token table, marked once for the stages that
//! read people (the people themselves, delegations, quotes).

use super::lookup::is_stopword;
use super::names::name_runs_into;
use crate::tokens::Tokens;
use std::collections::HashSet;

/// Sets the name runs of every sentence of `tokens`.
///
/// A capital at a sentence's start does not make a function word, a participle or a word
/// the articles also write in lowercase a name ("Can", "Citing"); nor a word opening a
/// title-cased name of three words or more ("We Support Jane Doe"). The words to check are
/// gathered first, then looked for in one pass.
pub fn mark(tokens: &mut Tokens) {
    let mut doubtful: HashSet<String> = HashSet::new();
    let mut runs = Vec::new();
    for s in tokens.sentences_mut() {
        name_runs_into(&s.words, &mut runs);
        s.runs = runs.as_slice().into();
        for r in &s.runs {
            let w = &s.words[r.start];
            let k = w.key();
            let first = r.start == 0 && (k.ends_with("ed") || k.ends_with("ly"));
            if first || r.len() >= 3 {
                doubtful.insert(crate::case::lower(w.text()));
            }
        }
    }
    // Only words as long as a doubtful word are hashed: about 3% of the seeds' digest time.
    let mut lengths = [false; 32];
    for d in &doubtful {
        if let Some(l) = lengths.get_mut(d.len()) {
            *l = true;
        }
    }
    let lowercase: HashSet<&str> = if doubtful.is_empty() {
        HashSet::new()
    } else {
        tokens
            .sentences()
            .iter()
            .flat_map(|s| s.words.iter().skip(1))
            .map(|w| w.text())
            .filter(|t| lengths.get(t.len()).copied().unwrap_or(false))
            .filter(|t| t.starts_with(|c: char| c.is_lowercase()) && doubtful.contains(*t))
            .collect()
    };
    for s in tokens.sentences_mut() {
        let mut rs = std::mem::take(&mut s.runs).into_vec();
        if let Some(first) = rs.first_mut().filter(|r| r.start == 0) {
            let w = &s.words[0];
            let k = w.key();
            let common = is_stopword(k)
                || (k.len() >= 6 && k.ends_with("ing"))
                || ((k.ends_with("ed") || k.ends_with("ly"))
                    && lowercase.contains(crate::case::lower(w.text()).as_str()));
            if common {
                first.start += 1;
            }
        }
        // No word is written in lowercase elsewhere: no run is cut.
        for r in rs
            .iter_mut()
            .filter(|r| r.len() >= 3 && !lowercase.is_empty())
        {
            let w = &s.words[r.start];
            if lowercase.contains(crate::case::lower(w.text()).as_str()) {
                r.start += 1;
            }
        }
        rs.retain(|r| r.start < r.end);
        // The runs are kept with the sentence's words until the last stage reading them.
        s.runs = rs.into_boxed_slice();
    }
}

//! Articles given twice: the same file dropped in again, or wire copy that another outlet
//! ran with a few words changed. Such an article is one source, not two: it is reported as
//! a copy of the first and adds no support to any claim.
//!
//! Each article is cut into overlapping runs of words (shingles); an article most of whose
//! shingles an earlier article already holds copies that article. One pass over the words,
//! one hash lookup per shingle.

use crate::article::Article;
use std::collections::HashMap;

/// Words per shingle.
const SHINGLE: usize = 4;
/// Share of an article's shingles an earlier article must hold for it to be a copy.
const COPIED: f32 = 0.8;

/// FNV-1a over the letters and digits of a word, lowercase: a word's fingerprint.
fn fingerprint(word: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for c in word.chars().filter(|c| c.is_alphanumeric()) {
        h = (h ^ u64::from(u32::from(crate::case::lower_char(c)))).wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The shingles of `text`: fingerprints of each run of [`SHINGLE`] words (lowercase,
/// without punctuation), sorted and unique. A text of fewer words is one shingle.
fn shingles(text: &str) -> Vec<u64> {
    let words: Vec<u64> = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .map(fingerprint)
        .collect();
    let mut out: Vec<u64> = words
        .windows(SHINGLE.min(words.len()).max(1))
        .map(|run| {
            run.iter().fold(0u64, |h, &w| {
                h.rotate_left(17) ^ w.wrapping_mul(0x9e37_79b9_7f4a_7c15)
            })
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Per article, the index of the earlier article it copies, if any (always an article
/// that copies none).
pub fn find(articles: &[Article]) -> Vec<Option<usize>> {
    let mut owner: HashMap<u64, u32> = HashMap::new();
    let mut out = Vec::with_capacity(articles.len());
    // Per earlier article, how many of the current one's shingles it holds.
    let mut hits: Vec<usize> = vec![0; articles.len()];
    let mut touched: Vec<usize> = Vec::new();
    for (i, a) in articles.iter().enumerate() {
        let own = shingles(&a.body);
        for s in &own {
            if let Some(&o) = owner.get(s) {
                let o = o as usize;
                if hits[o] == 0 {
                    touched.push(o);
                }
                hits[o] += 1;
            }
        }
        let mut best: Option<(usize, usize)> = None;
        for &o in &touched {
            if best.is_none_or(|(b, h)| hits[o] > h || (hits[o] == h && o < b)) {
                best = Some((o, hits[o]));
            }
        }
        for o in touched.drain(..) {
            hits[o] = 0;
        }
        let copies =
            best.filter(|&(_, h)| !own.is_empty() && h as f32 >= COPIED * own.len() as f32);
        match copies {
            Some((o, _)) => out.push(Some(o)),
            None => {
                for s in own {
                    owner.entry(s).or_insert(i as u32);
                }
                out.push(None);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::find;
    use crate::article::Article;
    use crate::ArticleInput;

    fn read(texts: &[&str]) -> Vec<Article> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| Article::read(&ArticleInput::text(*t, format!("{i}.txt")), i).unwrap())
            .collect()
    }

    const WIRE: &str =
        "The city council approved a new budget for schools on Tuesday after a long debate. \
        Teachers had asked for smaller classes and better heating in older buildings. \
        The mayor said the money would come from a tax on parking in the city centre. \
        Opposition members voted against the plan, saying the tax would hurt shops.";

    #[test]
    fn the_same_text_twice_and_lightly_edited_wire_copy_are_copies() {
        let edited = WIRE
            .replace("on Tuesday", "on Tuesday evening")
            .replace("shops", "small shops");
        let other = "Heavy rain flooded roads across the northern valleys overnight. \
            Rescue teams moved families from low-lying farms to the school gym. \
            Forecasters expect the river to peak on Thursday morning.";
        let articles = read(&[WIRE, other, WIRE, &edited]);
        assert_eq!(find(&articles), vec![None, None, Some(0), Some(0)]);
    }

    #[test]
    fn a_story_that_shares_a_paragraph_is_not_a_copy() {
        let longer = format!(
            "{WIRE} Shop owners met on Wednesday to plan a protest outside the town hall. \
             They want the parking tax dropped before the summer season begins. \
             The council will meet again next month to hear their case."
        );
        let articles = read(&[WIRE, &longer]);
        assert_eq!(find(&articles), vec![None, None]);
    }
}

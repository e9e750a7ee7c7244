//! Articles given twice: the same file dropped in again, or wire copy that another outlet
//! ran with a few words changed. Such an article is one source, not two: it is reported as
//! a copy of the first and adds no support to any claim.
//!
//! Each article is cut into overlapping runs of words (shingles); an article most of whose
//! shingles an earlier article already holds copies that article. One pass over the words,
//! one sort of all shingles.

use crate::article::Article;
use crate::ids::ArticleId;

/// Words per shingle.
const SHINGLE: usize = 4;
/// Share of an article's shingles an earlier article must hold for it to be a copy.
const COPIED: f32 = 0.8;

/// What a byte is to a shingle's words: [`SPACE`] ends a word, [`SKIP`] is left out
/// (ASCII punctuation, a byte that continues a character), [`OTHER`] starts a character
/// beyond ASCII, any other value is the byte in lowercase (an ASCII letter or digit).
const BYTES: [u8; 256] = {
    let mut t = [SKIP; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        if c.is_ascii_whitespace() {
            t[b] = SPACE;
        } else if c.is_ascii_alphanumeric() {
            t[b] = c.to_ascii_lowercase();
        } else if c >= 0xc0 {
            t[b] = OTHER;
        }
        b += 1;
    }
    t
};
/// A byte of [`BYTES`] that is left out.
const SKIP: u8 = 0;
/// A byte of [`BYTES`] that ends a word.
const SPACE: u8 = 1;
/// A byte of [`BYTES`] that starts a character beyond ASCII.
const OTHER: u8 = 2;

/// The shingles of `text`: fingerprints of each run of [`SHINGLE`] words (FNV-1a over a
/// word's letters and digits, lowercase; words without any left out), in text order. A
/// text of fewer words is one shingle. `words` is a buffer for the words' fingerprints.
fn shingles<'w>(text: &str, words: &'w mut Vec<u64>) -> impl Iterator<Item = u64> + 'w {
    word_prints(text, words);
    words
        .windows(SHINGLE.min(words.len()).max(1))
        .map(|run| run.iter().fold(0u64, |h, &w| h.rotate_left(17) ^ w))
}

/// Writes into `words` the fingerprint of each word of `text` (see [`shingles`]), times
/// the shingle multiplier: what a shingle is made of.
fn word_prints(text: &str, words: &mut Vec<u64>) {
    const BASIS: u64 = 0xcbf2_9ce4_8422_2325;
    let mix = |h: u64, c: u32| (h ^ u64::from(c)).wrapping_mul(0x0100_0000_01b3);
    words.clear();
    let (mut h, mut any) = (BASIS, false);
    let mut end_word = |h: &mut u64, any: &mut bool| {
        if *any {
            words.push(h.wrapping_mul(0x9e37_79b9_7f4a_7c15));
        }
        (*h, *any) = (BASIS, false);
    };
    // Byte by byte through one table: ASCII, nearly all of a news text, is told there,
    // letters and digits first; a character beyond ASCII is decoded.
    for (i, &b) in text.as_bytes().iter().enumerate() {
        let class = BYTES[usize::from(b)];
        if class > OTHER {
            h = mix(h, u32::from(class));
            any = true;
        } else if class == SPACE {
            end_word(&mut h, &mut any);
        } else if class == OTHER {
            let c = text.get(i..).and_then(|t| t.chars().next()).unwrap_or(' ');
            if c.is_whitespace() {
                end_word(&mut h, &mut any);
            } else if c.is_alphanumeric() {
                h = mix(h, u32::from(crate::case::lower_char(c)));
                any = true;
            }
        }
    }
    end_word(&mut h, &mut any);
}

/// Fewest shingles sorted by their first byte before each bucket is sorted.
const BUCKETED: usize = 512;

/// Sorts `all` as `sort_unstable` does, in place: first by the top byte of the shingle
/// (one counting pass, then each entry swapped into its bucket), then each bucket on its
/// own. The fingerprints spread evenly over the buckets, so each is small: about a third
/// of the instructions of one sort of all of them.
fn sort_shingles(all: &mut [(u64, u32)]) {
    if all.len() < BUCKETED {
        all.sort_unstable();
        return;
    }
    let bucket = |e: &(u64, u32)| (e.0 >> 56) as usize;
    let mut ends = [0usize; 256];
    for e in all.iter() {
        ends[bucket(e)] += 1;
    }
    let mut sum = 0;
    for end in ends.iter_mut() {
        sum += *end;
        *end = sum;
    }
    // Per bucket, where the next entry that belongs in it goes.
    let mut next = [0usize; 256];
    next[1..].copy_from_slice(&ends[..255]);
    let starts = next;
    for b in 0..256 {
        while next[b] < ends[b] {
            let d = all.get(next[b]).map_or(b, bucket);
            if d == b {
                next[b] += 1;
            } else {
                all.swap(next[b], next[d]);
                next[d] += 1;
            }
        }
    }
    for (&start, &end) in starts.iter().zip(&ends) {
        if let Some(one) = all.get_mut(start..end) {
            one.sort_unstable();
        }
    }
}

/// Bits of the screen of [`may_copy`] per byte of text: a word of news takes about six
/// bytes, so few enough shingles share a bit that an article of its own words shows most
/// of them new.
const SCREEN_BITS: usize = 2;

/// False when no article of `articles` can copy an earlier one, told in one pass over
/// the shingles without gathering or sorting them: each shingle sets its bit in a bitmap
/// of the shingles seen so far. A shingle whose bit was not set is new: no earlier
/// article holds it, and the article did not count it before. An earlier article holds
/// at most the article's distinct shingles less its new ones; when more than a fifth of
/// its shingles (and one) are new, that is less than [`COPIED`] of them, and it copies
/// none.
fn may_copy(articles: &[Article]) -> bool {
    let bytes: usize = articles.iter().map(|a| a.body.len()).sum();
    let bits = (bytes * SCREEN_BITS).next_power_of_two().max(64);
    let shift = 64 - bits.trailing_zeros();
    let mut seen = vec![0u64; bits / 64];
    let mut words = Vec::new();
    let mut first = true;
    for a in articles {
        let (mut count, mut new) = (0, 0);
        for s in shingles(&a.body, &mut words) {
            count += 1;
            let bit = (s >> shift) as usize;
            if let Some(word) = seen.get_mut(bit / 64) {
                let mask = 1u64 << (bit % 64);
                if *word & mask == 0 {
                    *word |= mask;
                    new += 1;
                }
            }
        }
        if count == 0 {
            continue;
        }
        // The first article with shingles has no earlier one to copy.
        if !first && 5 * new <= count + 5 {
            return true;
        }
        first = false;
    }
    false
}

/// Per article, the earlier article it copies, if any (always an article that copies
/// none).
///
/// Every article's shingles are sorted together, so that equal shingles lie side by side:
/// a shingle's owner is the first article that holds it and copies none.
pub fn find(articles: &[Article]) -> Vec<Option<ArticleId>> {
    let n = articles.len();
    // One article copies none: its shingles (16 bytes a word, then sorted) are not made.
    if n < 2 {
        return vec![None; n];
    }
    if !may_copy(articles) {
        return vec![None; n];
    }
    let mut all: Vec<(u64, u32)> = Vec::new();
    let mut words = Vec::new();
    for (i, a) in articles.iter().enumerate() {
        all.extend(shingles(&a.body, &mut words).map(|s| (s, i as u32)));
    }
    sort_shingles(&mut all);
    all.dedup();
    // Per entry, the first entry of its shingle; per article, its entries.
    let mut group = vec![0u32; all.len()];
    let mut starts = vec![0usize; n + 1];
    for p in 0..all.len() {
        group[p] = if p > 0 && all[p].0 == all[p - 1].0 {
            group[p - 1]
        } else {
            p as u32
        };
        starts[all[p].1 as usize + 1] += 1;
    }
    for a in 0..n {
        starts[a + 1] += starts[a];
    }
    let mut entries = vec![0u32; all.len()];
    let mut fill = starts.clone();
    for (p, &(_, a)) in all.iter().enumerate() {
        entries[fill[a as usize]] = p as u32;
        fill[a as usize] += 1;
    }
    let mut owner = vec![u32::MAX; all.len()];
    let mut out = Vec::with_capacity(n);
    // Per earlier article, how many of the current one's shingles it owns.
    let mut hits: Vec<usize> = vec![0; n];
    let mut touched: Vec<usize> = Vec::new();
    for i in 0..n {
        let own = &entries[starts[i]..starts[i + 1]];
        for &p in own {
            let o = owner[group[p as usize] as usize];
            if o != u32::MAX {
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
            Some((o, _)) => out.push(articles.get(o).map(|a| a.id)),
            None => {
                for &p in own {
                    let g = group[p as usize] as usize;
                    if owner[g] == u32::MAX {
                        owner[g] = i as u32;
                    }
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
    use super::{find, may_copy, sort_shingles, word_prints, BUCKETED};

    use crate::ids::ArticleId;

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
        let articles = crate::article::read_texts(&[WIRE, other, WIRE, &edited]);
        let first = Some(ArticleId::new(0));
        assert_eq!(find(&articles), vec![None, None, first, first]);
    }

    #[test]
    fn a_story_that_shares_a_paragraph_is_not_a_copy() {
        let longer = format!(
            "{WIRE} Shop owners met on Wednesday to plan a protest outside the town hall. \
             They want the parking tax dropped before the summer season begins. \
             The council will meet again next month to hear their case."
        );
        let articles = crate::article::read_texts(&[WIRE, &longer]);
        assert_eq!(find(&articles), vec![None, None]);
    }

    #[test]
    fn only_articles_that_repeat_most_of_an_earlier_one_pass_the_screen() {
        let other = "Heavy rain flooded roads across the northern valleys overnight. \
            Rescue teams moved families from low-lying farms to the school gym.";
        let half = &WIRE[..WIRE.len() / 2];
        let cases: [(&[&str], bool); 7] = [
            (&[WIRE, other], false),
            (&[other, WIRE, other], true),
            (&[WIRE, half], true),
            (&[half, WIRE], false),
            (&[WIRE], false),
            (&["Rain.", WIRE, other], false),
            (&["Rain.", WIRE, "Rain."], true),
        ];
        for (texts, may) in cases {
            let articles = crate::article::read_texts(texts);
            assert_eq!(may_copy(&articles), may, "{texts:?}");
        }
    }

    /// The fingerprints of the words of `text` told character by character: what
    /// [`word_prints`] gives.
    fn plain_word_prints(text: &str) -> Vec<u64> {
        let mix = |h: u64, c: u32| (h ^ u64::from(c)).wrapping_mul(0x0100_0000_01b3);
        let space = |c: char| match c.is_ascii() {
            true => c.is_ascii_whitespace(),
            false => c.is_whitespace(),
        };
        text.split(space)
            .filter_map(|word| {
                let mut chars = word
                    .chars()
                    .filter(|c| c.is_alphanumeric())
                    .map(crate::case::lower_char)
                    .peekable();
                chars.peek()?;
                let h = chars.fold(0xcbf2_9ce4_8422_2325, |h, c| mix(h, u32::from(c)));
                Some(h.wrapping_mul(0x9e37_79b9_7f4a_7c15))
            })
            .collect()
    }

    #[test]
    fn words_are_fingerprinted_as_character_by_character() {
        let texts = [
            "",
            " ",
            "The U.S.-led talks, on Tuesday: 42 ... \"done\"",
            "don't  stop\tnow\nplease\r\n",
            "\u{c9}TAT caf\u{e9} \u{2014} NOV\u{c1}KOV\u{c1}",
            "a\u{a0}b\u{2003}c\u{3000}d\u{85}e",
            "\u{41f}\u{420}\u{418} \u{3b1}\u{3b2} \u{4e2d}\u{6587} x\u{301}y",
            "-- ,, \u{2014} !!",
            "vertical\x0btab\x0cfeed",
            "trailing\u{1f600}",
            "\u{1f600}",
        ];
        for text in texts {
            let mut words = vec![7];
            word_prints(text, &mut words);
            assert_eq!(words, plain_word_prints(text), "{text:?}");
        }
        for end in 0..=WIRE.len() {
            if let Some(text) = WIRE.get(..end) {
                let mut words = Vec::new();
                word_prints(text, &mut words);
                assert_eq!(words, plain_word_prints(text), "{text:?}");
            }
        }
    }

    #[test]
    fn shingles_sort_by_bucket_as_one_sort_does() {
        // A reproducible spread of fingerprints, some repeated, some sharing a top byte.
        let mut x = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for n in [0, 1, 2, BUCKETED - 1, BUCKETED, 3000, 20_000] {
            let mut all: Vec<(u64, u32)> = (0..n)
                .map(|i| {
                    let r = next();
                    let s = match i % 5 {
                        0 => r & 0x00ff_ffff_ffff_ffff,
                        1 => r | 0xff00_0000_0000_0000,
                        2 => 42,
                        _ => r,
                    };
                    (s, (r % 7) as u32)
                })
                .collect();
            let mut reference = all.clone();
            reference.sort_unstable();
            sort_shingles(&mut all);
            assert_eq!(all, reference, "{n} shingles");
        }
    }
}

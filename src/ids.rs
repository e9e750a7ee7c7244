//! The ids that travel between the stages: which article, which sentence of it, which
//! person, which side. Each is a small `Copy` number with its meaning in its type, so that
//! a person can't be passed where an article is expected, and `(usize, usize)` tuples
//! don't have to be read by position.
//!
//! Numbers are kept as `u32`: the input is at most
//! [`crate::MAX_INPUT_BYTES`], so there are fewer articles, sentences and people than
//! that, and sets of mentions take half the memory they would as `usize`.

use crate::sorted::SortedSet;

/// A `usize` index as the `u32` the ids keep; an index past `u32::MAX` (which input
/// within [`crate::MAX_INPUT_BYTES`] never gives) stays at `u32::MAX`.
fn small(index: usize) -> u32 {
    u32::try_from(index).unwrap_or(u32::MAX)
}

/// An article: its place in the input, 0 for the first article given. A copy of an
/// earlier article is left out of the digest lists, so the stages may see ids with gaps;
/// they always see them in increasing order.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct ArticleId(u32);

impl ArticleId {
    /// The article at `index` (0-based) in the input.
    pub fn new(index: usize) -> ArticleId {
        ArticleId(small(index))
    }

    /// Its place in the input, 0-based.
    pub fn index(self) -> usize {
        self.0 as usize
    }

    /// The id the digest names the article by in `sources`: `a1` for the first article
    /// given, `a2` for the second, ... The only place these ids are written.
    pub fn source_id(self) -> String {
        // Written digit by digit: a formatted string costs several times as much, and
        // every piece of evidence carries one.
        let n = u64::from(self.0) + 1;
        let mut unit = 1;
        while unit * 10 <= n {
            unit *= 10;
        }
        let mut id = String::with_capacity(12);
        id.push('a');
        while unit > 0 {
            id.push(char::from(b'0' + (n / unit % 10) as u8));
            unit /= 10;
        }
        id
    }
}

/// The source ids (`a1`, ...) of `articles`, in order.
pub fn source_ids(articles: &SortedSet<ArticleId>) -> Vec<String> {
    articles.iter().map(|a| a.source_id()).collect()
}

/// A prose sentence: the article, and the index of the sentence among the article's
/// segments (headings and sentences, see [`crate::article::Article::segments`]). Sentences
/// order as they stand: by article, then in the text.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct SentenceId {
    article: ArticleId,
    segment: u32,
}

impl SentenceId {
    /// Segment `segment` of article `article`.
    pub fn new(article: ArticleId, segment: usize) -> SentenceId {
        SentenceId {
            article,
            segment: small(segment),
        }
    }

    /// The article the sentence is in.
    pub fn article(self) -> ArticleId {
        self.article
    }

    /// The index of the sentence among its article's segments.
    pub fn segment(self) -> usize {
        self.segment as usize
    }
}

/// A person: the index of their entry in [`crate::people::People::persons`], one entry
/// per human being across articles and spellings, in order of first mention.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct PersonId(u32);

impl PersonId {
    /// The person at `index` of the people found.
    pub fn new(index: usize) -> PersonId {
        PersonId(small(index))
    }

    /// The index of the person's entry.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// A side at talks: a country, an international body or a group of countries, numbered
/// in the order the lexicon lists them (its countries, then its bodies, then its groups
/// of countries). Its name and kind come with the lists, in [`crate::people::names`].
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct Side(u32);

impl Side {
    /// The side at `index` of the lexicon's sides.
    pub fn new(index: usize) -> Side {
        Side(small(index))
    }

    /// Its place among the lexicon's sides.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_ids_count_from_one() {
        assert_eq!(ArticleId::new(0).source_id(), "a1");
        assert_eq!(ArticleId::new(9).source_id(), "a10");
        for i in [1, 98, 99, 999, 123_456, u32::MAX as usize] {
            let want = format!("a{}", i as u64 + 1);
            assert_eq!(ArticleId::new(i).source_id(), want);
        }
        let set = SortedSet::from([ArticleId::new(3), ArticleId::new(1)]);
        assert_eq!(source_ids(&set), ["a2", "a4"]);
    }

    #[test]
    fn sentences_order_by_article_then_segment() {
        let (a, b) = (ArticleId::new(0), ArticleId::new(1));
        let mut ids = [
            SentenceId::new(b, 0),
            SentenceId::new(a, 7),
            SentenceId::new(a, 2),
        ];
        ids.sort();
        let got: Vec<(usize, usize)> = ids
            .iter()
            .map(|s| (s.article().index(), s.segment()))
            .collect();
        assert_eq!(got, [(0, 2), (0, 7), (1, 0)]);
    }
}

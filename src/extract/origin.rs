//! Where the characters of an extracted text came from. The tree's text is all its text
//! nodes one after another, in document order; a laid-out paragraph keeps anchors into it
//! (see [`super::layout`]), so a span of the story (the text handed to the digest) leads
//! back to text nodes and offsets within them: what a reader of the live page needs to
//! point at a sentence in it.

use super::dom::Dom;
use super::layout::Laid;
use super::{Extracted, Metadata};
use crate::offsets::OffsetMap;
use std::ops::Range;

/// The offset of each node in the tree's text (its text nodes one after another, in
/// arena order, which is document order): for a text node, where its text starts.
pub fn text_starts(dom: &Dom) -> Vec<u32> {
    let mut at = 0u32;
    (0..dom.nodes.len())
        .map(|n| {
            let start = at;
            at = at.saturating_add(dom.own_text(n).len() as u32);
            start
        })
        .collect()
}

/// A place in the tree: the `node`-th text node (in document order) and an offset in its
/// text in UTF-16 code units (what the DOM counts in).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Point {
    /// Which text node, counting the tree's text nodes in document order from 0.
    pub node: usize,
    /// UTF-16 code units into that node's text.
    pub offset: u32,
}

/// An extracted article that knows where its characters came from.
#[derive(Debug)]
pub struct Traced {
    /// The article and its metadata.
    pub extracted: Extracted,
    /// Its story: the text less figure captions (see [`Extracted::story`]), what the
    /// digest reads.
    pub story: String,
    /// Story bytes to bytes of `tree`.
    map: OffsetMap,
    /// The tree's text.
    tree: String,
    /// Where each text node starts in `tree`, in document order.
    nodes: Vec<u32>,
}

impl Traced {
    /// The traced article of `dom` laid out as `laid` (with origins, from
    /// [`text_starts`] of `dom`).
    pub fn new(dom: &Dom, metadata: Metadata, laid: Laid, fallback: Option<&'static str>) -> Self {
        let captions: crate::sorted::SortedSet<&str> =
            laid.captions.iter().map(String::as_str).collect();
        let mut story = String::new();
        let mut map = OffsetMap::identity();
        for (p, anchors) in laid.paragraphs.iter().zip(&laid.origins) {
            if captions.contains(&p.as_str()) {
                continue;
            }
            if !story.is_empty() {
                story.push_str("\n\n");
            }
            let at = story.len();
            for &(o, s) in anchors {
                map.anchor(at + o as usize, s as usize);
            }
            story.push_str(p);
        }
        let mut tree = String::new();
        let mut nodes = Vec::new();
        for n in (0..dom.nodes.len()).filter(|&n| dom.is_text(n)) {
            nodes.push(tree.len() as u32);
            tree.push_str(dom.own_text(n));
        }
        let extracted = Extracted {
            metadata,
            text: laid.text(),
            captions: laid.captions,
            fallback,
        };
        Traced {
            extracted,
            story,
            map,
            tree,
            nodes,
        }
    }

    /// Where the story's `start..end` (UTF-16 code units) came from: the first
    /// character's start and the last one's end, white space at either end left out.
    /// `None` for an empty or out-of-range span.
    pub fn span(&self, start: usize, end: usize) -> Option<(Point, Point)> {
        let (start, end) = (byte_of(&self.story, start)?, byte_of(&self.story, end)?);
        self.bytes(start..end)
    }

    /// Where the first occurrence of `sentence` in the story came from (white space runs
    /// match any white space run).
    pub fn find(&self, sentence: &str) -> Option<(Point, Point)> {
        let span = find_words(&self.story, sentence)?;
        self.bytes(span)
    }

    fn bytes(&self, span: Range<usize>) -> Option<(Point, Point)> {
        let text = self.story.get(span.clone())?;
        let lead = text.len() - text.trim_start().len();
        let text = text.trim();
        let last = text.chars().next_back()?;
        let first = self.map.get(span.start + lead);
        let last_at = self
            .map
            .get(span.start + lead + text.len() - last.len_utf8());
        let end = last_at + self.tree.get(last_at..)?.chars().next()?.len_utf8();
        Some((self.point(first, first)?, self.point(last_at, end)?))
    }

    /// The point at byte `at` of the tree's text, in the text node that holds byte `within`.
    fn point(&self, within: usize, at: usize) -> Option<Point> {
        let node = self
            .nodes
            .partition_point(|&s| s as usize <= within)
            .checked_sub(1)?;
        let start = self.nodes[node] as usize;
        let offset = self.tree.get(start..at)?.encode_utf16().count() as u32;
        Some(Point { node, offset })
    }
}

/// The byte offset of UTF-16 offset `at` in `text` (`None` past its end or inside a
/// character).
fn byte_of(text: &str, at: usize) -> Option<usize> {
    let mut units = 0;
    for (b, c) in text.char_indices() {
        if units == at {
            return Some(b);
        }
        if units > at {
            return None;
        }
        units += c.len_utf16();
    }
    (units == at).then_some(text.len())
}

/// The byte span of the first occurrence of `words` (split at white space) in `text`,
/// separated there by any white space.
fn find_words(text: &str, sentence: &str) -> Option<Range<usize>> {
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let first = *words.first()?;
    'candidates: for (at, _) in text.match_indices(first) {
        let mut end = at + first.len();
        for w in &words[1..] {
            let rest = &text[end..];
            let gap = rest.len() - rest.trim_start().len();
            if gap == 0 || !rest[gap..].starts_with(w) {
                continue 'candidates;
            }
            end += gap + w.len();
        }
        return Some(at..end);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::dom::parse;
    use crate::extract::extract_traced;

    /// The text of the tree between two points.
    fn between(dom: &Dom, (a, b): (Point, Point)) -> String {
        let texts: Vec<&str> = (0..dom.nodes.len())
            .filter(|&n| dom.is_text(n))
            .map(|n| dom.own_text(n))
            .collect();
        let units = |s: &str| s.encode_utf16().collect::<Vec<u16>>();
        let mut out: Vec<u16> = Vec::new();
        for (k, t) in texts.iter().enumerate().take(b.node + 1).skip(a.node) {
            let t = units(t);
            let from = if k == a.node { a.offset as usize } else { 0 };
            let to = if k == b.node {
                b.offset as usize
            } else {
                t.len()
            };
            out.extend_from_slice(&t[from..to]);
        }
        String::from_utf16_lossy(&out)
    }

    #[test]
    fn every_sentence_of_the_story_points_back_at_its_words() {
        let para = "The ministers\u{a0}met in <b>Gen</b>eva on Monday, and they talked for hours about “trade”, energy and the border. ";
        let html = format!(
            "<html><body><div class=story><h1>Talks</h1>{}<figure><img><figcaption>The hotel.</figcaption></figure>\
             <p>Zürich   and\n  Genève — both <i>said</i> 😀 no.</p></div></body></html>",
            format!("<p>{para}</p>").repeat(6)
        );
        let mut dom = parse(&html);
        let traced = extract_traced(&mut dom).unwrap();
        assert!(!traced.story.contains("hotel"), "{}", traced.story);
        assert_eq!(traced.extracted.captions, vec!["The hotel.".to_string()]);
        for sentence in [
            "The ministers met in Geneva on Monday, and they talked for hours about “trade”, energy and the border.",
            "Zürich and Genève — both said 😀 no.",
        ] {
            let found = traced.find(sentence).unwrap_or_else(|| panic!("{sentence}"));
            let got = between(&dom, found);
            let squeeze = |s: &str| s.split_whitespace().collect::<String>();
            assert_eq!(squeeze(&got), squeeze(sentence), "{sentence}");
            // The same span given in UTF-16 offsets of the story.
            let at = traced.story.find("Zürich").unwrap();
            let start = traced.story[..at].encode_utf16().count();
            let end = start + "Zürich and Genève".encode_utf16().count();
            let got = between(&dom, traced.span(start, end).unwrap());
            assert_eq!(squeeze(&got), "ZürichandGenève");
        }
    }

    #[test]
    fn offsets_inside_a_character_or_past_the_end_point_nowhere() {
        assert_eq!(byte_of("a😀b", 1), Some(1));
        assert_eq!(byte_of("a😀b", 2), None);
        assert_eq!(byte_of("a😀b", 3), Some(5));
        assert_eq!(byte_of("a😀b", 4), Some(6));
        assert_eq!(byte_of("a😀b", 5), None);
        assert_eq!(
            find_words("one two\n\nthree four", "two three"),
            Some(4..14)
        );
        assert_eq!(find_words("one two", "two one"), None);
    }
}

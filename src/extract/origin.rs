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
    /// For each text node, whether content the tree left out (unread) lies before it in
    /// the page: a run of the page's text does not go across.
    breaks: Vec<bool>,
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
            breaks: Vec::new(),
        }
    }

    /// The same, knowing which text nodes follow content the tree left out (as
    /// [`Dom::from_source`] says).
    pub fn with_breaks(mut self, breaks: Vec<bool>) -> Self {
        self.breaks = breaks;
        self
    }

    /// Where the story's `start..end` (UTF-16 code units) came from: one span of the tree
    /// per run of its characters that the page holds together, from the first character's
    /// start to the last one's end (text the story leaves out, such as a hidden note or a
    /// formula's markup, splits a run; white space does not). Empty for an empty or
    /// out-of-range span.
    pub fn spans(&self, start: usize, end: usize) -> Vec<(Point, Point)> {
        match (byte_of(&self.story, start), byte_of(&self.story, end)) {
            (Some(start), Some(end)) if start <= end => self.pieces(start..end),
            _ => Vec::new(),
        }
    }

    /// Where the first occurrence of `sentence` in the story came from (white space runs
    /// match any white space run), as [`Traced::spans`] gives it.
    pub fn find(&self, sentence: &str) -> Vec<(Point, Point)> {
        find_words(&self.story, sentence).map_or_else(Vec::new, |span| self.pieces(span))
    }

    /// The runs of the tree's text that the story's bytes `span` came from.
    fn pieces(&self, span: Range<usize>) -> Vec<(Point, Point)> {
        let Some(text) = self.story.get(span.clone()) else {
            return Vec::new();
        };
        // (start, start of the last character, end) of each run, in bytes of `tree`; the
        // text node of the last character seen.
        let mut runs: Vec<(usize, usize, usize)> = Vec::new();
        let mut last_node = 0;
        for (i, c) in text.char_indices() {
            if c.is_whitespace() {
                continue;
            }
            let at = self.map.get(span.start + i);
            let Some(len) = self.tree.get(at..).and_then(|t| t.chars().next()) else {
                continue;
            };
            let end = at + len.len_utf8();
            let node = self.node_of(at);
            let across_unread = self
                .breaks
                .get(last_node + 1..=node)
                .is_some_and(|b| b.contains(&true));
            last_node = node;
            match runs.last_mut() {
                Some(run)
                    if at >= run.2
                        && !across_unread
                        && self
                            .tree
                            .get(run.2..at)
                            .is_some_and(|gap| gap.trim().is_empty()) =>
                {
                    run.1 = at;
                    run.2 = end;
                }
                _ => runs.push((at, at, end)),
            }
        }
        let mut out = Vec::with_capacity(runs.len());
        for (start, last, end) in runs {
            if let (Some(a), Some(b)) = (self.point(start, start), self.point(last, end)) {
                out.push((a, b));
            }
        }
        out
    }

    /// The text node that holds byte `at` of the tree's text.
    fn node_of(&self, at: usize) -> usize {
        self.nodes
            .partition_point(|&s| s as usize <= at)
            .saturating_sub(1)
    }

    /// The point at byte `at` of the tree's text, in the text node that holds byte `within`.
    fn point(&self, within: usize, at: usize) -> Option<Point> {
        let node = self.node_of(within);
        if self.nodes.is_empty() {
            return None;
        }
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

    /// The text of `page` in each span, one after another, as a DOM Range over it gives
    /// it: every text node from the span's first to its last, those the copy left out
    /// included. `handles` are the page's text nodes the copy kept (`Point::node` counts
    /// them).
    fn between(page: &Dom, handles: &[usize], spans: &[(Point, Point)]) -> String {
        let mut out: Vec<u16> = Vec::new();
        for &(a, b) in spans {
            let (first, last) = (handles[a.node], handles[b.node]);
            for n in (first..=last).filter(|&n| page.is_text(n)) {
                let t: Vec<u16> = page.own_text(n).encode_utf16().collect();
                let from = if n == first { a.offset as usize } else { 0 };
                let to = if n == last {
                    b.offset as usize
                } else {
                    t.len()
                };
                out.extend_from_slice(&t[from..to]);
            }
        }
        String::from_utf16_lossy(&out)
    }

    fn squeeze(s: &str) -> String {
        s.split_whitespace().collect()
    }

    #[test]
    fn every_sentence_of_the_story_points_back_at_its_words() {
        let para = "The ministers\u{a0}met in <b>Gen</b>eva on Monday, and they talked for hours about “trade”, energy and the border. ";
        let html = format!(
            "<html><body><div class=story><h1>Talks</h1>{}<figure><img><figcaption>The hotel.</figcaption></figure>\
             <p>Zürich   and\n  Genève — both <i>said</i> 😀 no<span hidden> (a hidden note)</span>.</p></div></body></html>",
            format!("<p>{para}</p>").repeat(6)
        );
        // The page, and the copy the extractor reads (without what is below a hidden
        // element), as a live page is read.
        let page = parse(&html);
        let (mut handles, mut breaks) = (Vec::new(), Vec::new());
        let mut dom = Dom::from_source(&page, |n, unread| {
            handles.push(n);
            breaks.push(unread);
        });
        let traced = extract_traced(&mut dom).unwrap().with_breaks(breaks);
        assert!(!traced.story.contains("hotel"), "{}", traced.story);
        assert_eq!(traced.extracted.captions, vec!["The hotel.".to_string()]);
        let cases = [
            ("The ministers met in Geneva on Monday, and they talked for hours about “trade”, energy and the border.", 1),
            // The hidden note splits the sentence in two runs of the page's text.
            ("Zürich and Genève — both said 😀 no.", 2),
        ];
        for (sentence, runs) in cases {
            let found = traced.find(sentence);
            assert_eq!(found.len(), runs, "{sentence}: {found:?}");
            assert_eq!(
                squeeze(&between(&page, &handles, &found)),
                squeeze(sentence),
                "{sentence}"
            );
        }
        // A span given in UTF-16 offsets of the story.
        let at = traced.story.find("Zürich").unwrap();
        let start = traced.story[..at].encode_utf16().count();
        let end = start + "Zürich and Genève".encode_utf16().count();
        let got = between(&page, &handles, &traced.spans(start, end));
        assert_eq!(squeeze(&got), "ZürichandGenève");
        assert!(traced.spans(end, start).is_empty());
        assert!(traced.spans(0, 1 << 30).is_empty());
        assert!(traced.find("Words not in the story").is_empty());
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

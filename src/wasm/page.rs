//! `readPage(root, whole)`: the host page read in place. The extractor walks the live DOM
//! (see [`super::live`]) and keeps where each character of the article came from, so that
//! a digest's evidence (UTF-16 offsets of the article's text) turns into a DOM `Range` over
//! the very words of the page. The page is only read, never changed.

use super::live::Live;
use super::to_js;
use crate::extract::dom::Dom;
use crate::extract::origin::{Point, Traced};
use crate::extract::{extract_traced, marked::read_marked};
use wasm_bindgen::prelude::*;
use web_sys::{Node, Range};

/// An article read from the live page, with the text nodes its characters came from.
#[wasm_bindgen]
pub struct Page {
    traced: Traced,
    nodes: Vec<Node>,
}

/// `readPage(root, whole)`: with `whole`, the article the extractor finds in `root`'s
/// document (scored as `extract(html)` scores a page); else `root` itself read as the
/// article, without figures, captions, asides, navigation, scripts, styles and hidden
/// elements. Throws an `Error` when there is no text.
#[wasm_bindgen(js_name = readPage)]
pub fn read_page(root: &Node, whole: bool) -> Result<Page, JsError> {
    let root = if whole {
        root.owner_document()
            .map_or_else(|| root.clone(), Node::from)
    } else {
        root.clone()
    };
    let (mut nodes, mut breaks) = (Vec::new(), Vec::new());
    let mut dom = Dom::from_source(&Live { root }, |n, unread| {
        nodes.push(n);
        breaks.push(unread);
    });
    let traced = if whole {
        extract_traced(&mut dom)
    } else {
        read_marked(&mut dom)
    }
    .map_err(|e| JsError::new(&e.to_string()))?;
    Ok(Page {
        traced: traced.with_breaks(breaks),
        nodes,
    })
}

#[wasm_bindgen]
impl Page {
    /// The article's story, as the digest reads it: paragraphs separated by blank lines,
    /// figure captions left out.
    #[wasm_bindgen(getter)]
    pub fn text(&self) -> String {
        self.traced.story.clone()
    }

    /// The article as `extract(html)` gives it: metadata, `text` (captions included),
    /// `captions`, `fallback`.
    #[wasm_bindgen(getter)]
    pub fn article(&self) -> Result<JsValue, JsError> {
        to_js(&self.traced.extracted)
    }

    /// The ranges of the page that `start..end` of `text` (UTF-16 code units, as a
    /// digest's evidence gives them) came from: one per run of the page's text that holds
    /// them together (text the article leaves out, such as a hidden note, splits a run).
    /// Empty when out of range.
    pub fn ranges(&self, start: usize, end: usize) -> Vec<Range> {
        self.to_ranges(self.traced.spans(start, end))
    }

    /// The ranges of the page of the first occurrence of `sentence` in `text` (white space
    /// runs match any white space), as `ranges` gives them; empty when it is not there.
    pub fn find(&self, sentence: &str) -> Vec<Range> {
        self.to_ranges(self.traced.find(sentence))
    }

    fn to_ranges(&self, spans: Vec<(Point, Point)>) -> Vec<Range> {
        let mut out = Vec::with_capacity(spans.len());
        for span in spans {
            out.extend(self.to_range(span));
        }
        out
    }

    fn to_range(&self, (a, b): (Point, Point)) -> Option<Range> {
        let (start, end) = (self.nodes.get(a.node)?, self.nodes.get(b.node)?);
        let range = start.owner_document()?.create_range().ok()?;
        range.set_start(start, a.offset).ok()?;
        range.set_end(end, b.offset).ok()?;
        Some(range)
    }
}

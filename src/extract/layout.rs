//! The chosen blocks' text laid out as paragraphs: each block element starts a new one,
//! whitespace is collapsed, and the paragraphs of picture captions (`<figcaption>`, or a
//! short block whose class or id says caption or credit) are listed apart. On request,
//! each paragraph keeps where its characters came from in the tree's text (see
//! [`super::origin`]).

use super::content::class_and_id;
use super::dom::Dom;
use crate::lexicon::html::{BLOCKS, CAPTION_MARKS};

/// Longest text of a block marked as a caption by its class or id.
const CAPTION_MAX: usize = 300;

/// True for a picture's caption or credit.
fn is_caption(dom: &Dom, n: usize, gone: &[bool]) -> bool {
    if dom.name(n) == "figcaption" {
        return true;
    }
    if dom.is_text(n) || dom.attr(n, "class").is_none() && dom.attr(n, "id").is_none() {
        return false;
    }
    let (class, id) = class_and_id(dom, n);
    CAPTION_MARKS
        .iter()
        .any(|m| class.contains(m) || id.contains(m))
        && super::stats::visible_text(dom, gone, n).chars().count() < CAPTION_MAX
}

/// A laid-out text.
#[derive(Debug, Default)]
pub struct Laid {
    /// The paragraphs, whitespace collapsed.
    pub paragraphs: Vec<String>,
    /// The paragraphs that caption a picture.
    pub captions: Vec<String>,
    /// For each paragraph (when tracked), anchors `(offset in the paragraph, offset in the
    /// tree's text)`: between anchors the offsets shift together.
    pub origins: Vec<Vec<(u32, u32)>>,
}

impl Laid {
    /// The paragraphs separated by blank lines.
    pub fn text(&self) -> String {
        self.paragraphs.join("\n\n")
    }
}

/// The paragraph being gathered: its raw text, and where each piece of it came from
/// (offset in `raw`, offset in the tree's text).
#[derive(Default)]
struct Open {
    raw: String,
    pieces: Vec<(u32, u32)>,
}

impl Open {
    /// Collapses the gathered text into a paragraph of `laid`, with its anchors when
    /// `track`.
    fn flush(&mut self, laid: &mut Laid, track: bool) {
        let mut p = String::with_capacity(self.raw.len());
        let mut anchors: Vec<(u32, u32)> = Vec::new();
        // The source offset of raw offset `at`, from the piece that holds it.
        let mut piece = 0;
        let mut source = |at: usize| -> u32 {
            while piece + 1 < self.pieces.len() && self.pieces[piece + 1].0 as usize <= at {
                piece += 1;
            }
            self.pieces
                .get(piece)
                .map_or(0, |&(r, s)| s + (at as u32).saturating_sub(r))
        };
        let anchor = |anchors: &mut Vec<(u32, u32)>, out: usize, from: u32| {
            let expected = anchors.last().map(|&(o, s)| s + (out as u32 - o));
            if expected != Some(from) {
                anchors.push((out as u32, from));
            }
        };
        let mut space: Option<usize> = None;
        for (at, c) in self.raw.char_indices() {
            if c.is_whitespace() {
                if !p.is_empty() && space.is_none() {
                    space = Some(at);
                }
                continue;
            }
            if let Some(ws) = space.take() {
                if track {
                    let from = source(ws);
                    anchor(&mut anchors, p.len(), from);
                }
                p.push(' ');
            }
            if track {
                let from = source(at);
                anchor(&mut anchors, p.len(), from);
            }
            p.push(c);
        }
        if !p.is_empty() {
            laid.paragraphs.push(p);
            if track {
                laid.origins.push(anchors);
            }
        }
        self.raw.clear();
        self.pieces.clear();
    }
}

/// The paragraphs of `roots`, `gone` nodes left out; with `starts` (the offset of each
/// text node in the tree's text, see [`super::origin::text_starts`]), each paragraph keeps
/// where its characters came from.
pub fn lay_out(dom: &Dom, roots: &[usize], gone: &[bool], starts: Option<&[u32]>) -> Laid {
    let mut laid = Laid::default();
    let track = starts.is_some();
    // The caption being read and the paragraph count on entering it.
    let mut open_caption: Option<(usize, usize)> = None;
    let mut current = Open::default();
    for &root in roots {
        // (node, entering): blocks break paragraphs on the way in and out.
        let mut stack = vec![(root, true)];
        while let Some((n, entering)) = stack.pop() {
            let name = dom.name(n);
            let block = BLOCKS.contains(name);
            if !entering {
                if block {
                    current.flush(&mut laid, track);
                }
                if let Some((_, from)) = open_caption.filter(|(c, _)| *c == n) {
                    current.flush(&mut laid, track);
                    let new = laid.paragraphs.get(from..).unwrap_or_default();
                    laid.captions.extend(new.iter().cloned());
                    open_caption = None;
                }
                continue;
            }
            if gone[n] {
                continue;
            }
            if dom.is_text(n) {
                if let Some(&start) = starts.and_then(|s| s.get(n)) {
                    current.pieces.push((current.raw.len() as u32, start));
                }
                current.raw.push_str(dom.own_text(n));
                continue;
            }
            if block {
                current.flush(&mut laid, track);
            }
            if open_caption.is_none() && is_caption(dom, n, gone) {
                current.flush(&mut laid, track);
                open_caption = Some((n, laid.paragraphs.len()));
            }
            stack.push((n, false));
            stack.extend(dom.children[n].iter().rev().map(|&c| (c, true)));
        }
        current.flush(&mut laid, track);
    }
    laid
}

//! The chosen blocks' text laid out as paragraphs: each block element starts a new one,
//! whitespace is collapsed, and the paragraphs of picture captions (`<figcaption>`, or a
//! short block whose class or id says caption or credit) are listed apart.

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

/// The text of `roots` as paragraphs separated by blank lines, and the paragraphs that
/// caption a picture; `gone` nodes are left out.
pub fn layout(dom: &Dom, roots: &[usize], gone: &[bool]) -> (String, Vec<String>) {
    let mut paragraphs: Vec<String> = Vec::new();
    let mut captions: Vec<String> = Vec::new();
    // The caption being read and the paragraph count on entering it.
    let mut open_caption: Option<(usize, usize)> = None;
    let mut current = String::new();
    let flush = |current: &mut String, paragraphs: &mut Vec<String>| {
        let p = current.split_whitespace().collect::<Vec<_>>().join(" ");
        if !p.is_empty() {
            paragraphs.push(p);
        }
        current.clear();
    };
    for &root in roots {
        // (node, entering): blocks break paragraphs on the way in and out.
        let mut stack = vec![(root, true)];
        while let Some((n, entering)) = stack.pop() {
            let name = dom.name(n);
            let block = BLOCKS.contains(&name);
            if !entering {
                if block {
                    flush(&mut current, &mut paragraphs);
                }
                if let Some((_, from)) = open_caption.filter(|(c, _)| *c == n) {
                    flush(&mut current, &mut paragraphs);
                    captions.extend(paragraphs.get(from..).unwrap_or_default().iter().cloned());
                    open_caption = None;
                }
                continue;
            }
            if gone[n] {
                continue;
            }
            if dom.is_text(n) {
                current.push_str(dom.own_text(n));
                continue;
            }
            if block {
                flush(&mut current, &mut paragraphs);
            }
            if open_caption.is_none() && is_caption(dom, n, gone) {
                flush(&mut current, &mut paragraphs);
                open_caption = Some((n, paragraphs.len()));
            }
            stack.push((n, false));
            stack.extend(dom.children[n].iter().rev().map(|&c| (c, true)));
        }
        flush(&mut current, &mut paragraphs);
    }
    (paragraphs.join("\n\n"), captions)
}

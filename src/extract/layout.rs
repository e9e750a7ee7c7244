//! The chosen blocks' text laid out as paragraphs: each block element starts a new one,
//! whitespace is collapsed, and the paragraphs of figure captions are listed apart.

use super::dom::Dom;
use crate::lexicon::html::BLOCKS;

/// The text of `roots` as paragraphs separated by blank lines, and the paragraphs that
/// caption a figure (`<figcaption>`); `gone` nodes are left out.
pub fn layout(dom: &Dom, roots: &[usize], gone: &[bool]) -> (String, Vec<String>) {
    let mut paragraphs: Vec<String> = Vec::new();
    let mut captions: Vec<String> = Vec::new();
    // The paragraph count on entering each open caption.
    let mut open_captions: Vec<usize> = Vec::new();
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
                if name == "figcaption" {
                    let from = open_captions.pop().unwrap_or(paragraphs.len());
                    captions.extend(paragraphs.get(from..).unwrap_or_default().iter().cloned());
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
            if name == "figcaption" {
                open_captions.push(paragraphs.len());
            }
            stack.push((n, false));
            stack.extend(dom.children[n].iter().rev().map(|&c| (c, true)));
        }
        flush(&mut current, &mut paragraphs);
    }
    (paragraphs.join("\n\n"), captions)
}

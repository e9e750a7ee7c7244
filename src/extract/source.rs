//! The tree the extractor reads, whatever produced it. The extraction algorithm reads a
//! [`Dom`] through a few accessors (tag, attributes, children, parent, text); a tree from
//! elsewhere (the host page's live DOM, read through web-sys) implements [`Source`] and is
//! copied into a [`Dom`] with [`Dom::from_source`], then extracted by the same code
//! ([`super::extract_dom`]).

use super::dom::{Dom, Node, MAX_DEPTH};

/// What the extractor needs of a document tree: which nodes are elements and which are
/// text, tag names, attributes, children in order, and text.
pub trait Source {
    /// A handle to one node.
    type Node: Copy;
    /// The node the document hangs from.
    fn root(&self) -> Self::Node;
    /// The element's tag name, lowercase; `None` for a text node.
    fn tag(&self, n: Self::Node) -> Option<String>;
    /// The element's attributes as (lowercase name, value).
    fn attributes(&self, n: Self::Node) -> Vec<(String, String)>;
    /// The node's children in document order.
    fn children(&self, n: Self::Node) -> Vec<Self::Node>;
    /// A text node's text (decoded).
    fn text(&self, n: Self::Node) -> String;
}

impl Dom {
    /// Copies a tree into an arena the extractor reads; nesting deeper than the parser
    /// keeps is attached at that depth, and the copy never recurses.
    pub fn from_source<S: Source>(src: &S) -> Dom {
        let mut dom = Dom {
            nodes: vec![Node::Element {
                name: "#document".into(),
                attrs: Vec::new(),
            }],
            parent: vec![0],
            children: vec![Vec::new()],
        };
        let mut stack: Vec<(S::Node, usize, usize)> = src
            .children(src.root())
            .into_iter()
            .rev()
            .map(|c| (c, 0, 0))
            .collect();
        while let Some((n, parent, depth)) = stack.pop() {
            let node = match src.tag(n) {
                Some(name) => Node::Element {
                    name,
                    attrs: src.attributes(n),
                },
                None => Node::Text(src.text(n)),
            };
            let is_element = matches!(node, Node::Element { .. });
            let at = dom.push(node, parent);
            if is_element {
                let (below, depth) = if depth < MAX_DEPTH {
                    (at, depth + 1)
                } else {
                    (parent, depth)
                };
                stack.extend(src.children(n).into_iter().rev().map(|c| (c, below, depth)));
            }
        }
        dom
    }
}

/// The parser's own tree is a source too.
impl Source for Dom {
    type Node = usize;
    fn root(&self) -> usize {
        0
    }
    fn tag(&self, n: usize) -> Option<String> {
        (!self.is_text(n)).then(|| self.name(n).to_string())
    }
    fn attributes(&self, n: usize) -> Vec<(String, String)> {
        self.attrs(n).to_vec()
    }
    fn children(&self, n: usize) -> Vec<usize> {
        self.children[n].clone()
    }
    fn text(&self, n: usize) -> String {
        self.own_text(n).to_string()
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::dom::parse;
    use crate::extract::dom::Dom;
    use crate::extract::{extract, extract_dom};

    #[test]
    fn a_copied_tree_extracts_as_the_parsed_page() {
        let para = "The ministers met in Geneva on Monday, and they talked for hours about trade, energy and the border. ";
        let html = format!(
            "<html><head><title>Talks in Geneva end without a deal | News</title></head><body><nav><a href=/>Home</a></nav>\
             <div class=story>{}</div></body></html>",
            format!("<p>{para}</p>").repeat(6)
        );
        let parsed = parse(&html);
        let copy = Dom::from_source(&parsed);
        assert_eq!(copy.nodes.len(), parsed.nodes.len());
        assert_eq!(extract_dom(copy), extract(&html));
    }
}

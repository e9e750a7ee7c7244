//! The host page's live DOM as a [`Source`] the extractor reads, through web-sys: each node
//! read once (its type, then an element's tag and the attributes the extractor reads, or a
//! text node's text), and a walk by first child and next sibling. Nodes are read through their interfaces' own
//! methods, never by an `instanceof` check, so a document of another frame reads the same.

use crate::extract::source::{reads_attribute, Read, Source};
use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

/// The children of `root` (a document, or an element), as they stand in the page.
pub struct Live {
    /// The node whose children are read.
    pub root: Node,
}

impl Source for Live {
    type Node = Node;

    fn root(&self) -> Node {
        self.root.clone()
    }

    fn read(&self, n: &Node) -> Read {
        match n.node_type() {
            Node::ELEMENT_NODE => {
                let el: &Element = n.unchecked_ref();
                let mut name = el.local_name();
                name.make_ascii_lowercase();
                let mut attrs = Vec::new();
                if el.has_attributes() {
                    let map = el.attributes();
                    for i in 0..map.length() {
                        let Some(a) = map.item(i) else { continue };
                        let mut key = a.name();
                        key.make_ascii_lowercase();
                        // Only the values the extractor reads cross the boundary.
                        if reads_attribute(&name, &key) {
                            attrs.push((key, a.value()));
                        }
                    }
                }
                Read::Element(name, attrs)
            }
            Node::TEXT_NODE | Node::CDATA_SECTION_NODE => {
                Read::Text(n.node_value().unwrap_or_default())
            }
            _ => Read::Other,
        }
    }

    fn first_child(&self, n: &Node) -> Option<Node> {
        n.first_child()
    }

    fn next_sibling(&self, n: &Node) -> Option<Node> {
        n.next_sibling()
    }
}

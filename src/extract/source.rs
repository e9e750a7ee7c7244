//! The tree the extractor reads, whatever produced it. The extraction algorithm reads a
//! [`Dom`] through a few accessors (tag, attributes, children, parent, text); a tree from
//! elsewhere (the host page's live DOM, read through web-sys) implements [`Source`] and is
//! copied into a [`Dom`] with [`Dom::from_source`], then extracted by the same code
//! ([`super::extract_traced`], [`super::marked::read_marked`]).
//!
//! The copy reads each node once, and never what the extractor never reads: the text of
//! scripts (JSON-LD metadata aside), styles, `<noscript>` and templates, and what is below
//! a hidden element.

use super::content::is_hidden;
use super::dom::{Dom, Node, MAX_DEPTH};
use crate::lexicon::html::VOID;

/// One node of a source tree, as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Read {
    /// An element: its tag name and its attributes as (name, value), names in any case.
    Element(String, Vec<(String, String)>),
    /// A text node's text (decoded).
    Text(String),
    /// Anything else (a comment, a doctype): left out.
    Other,
}

/// What the extractor needs of a document tree: each node read once, and a way from a
/// node to its first child and to its next sibling.
pub trait Source {
    /// A handle to one node.
    type Node;
    /// The node whose children are copied (the document, or an element).
    fn root(&self) -> Self::Node;
    /// What node `n` is.
    fn read(&self, n: &Self::Node) -> Read;
    /// The first child of `n`.
    fn first_child(&self, n: &Self::Node) -> Option<Self::Node>;
    /// The next sibling of `n`.
    fn next_sibling(&self, n: &Self::Node) -> Option<Self::Node>;
}

/// The attributes the extractor reads (of any element; an embed's are all read, as its
/// source tells a video from furniture).
const READ_ATTRIBUTES: &[&str] = &[
    "aria-hidden",
    "aria-modal",
    "class",
    "content",
    "datatable",
    "hidden",
    "href",
    "id",
    "itemprop",
    "lang",
    "name",
    "property",
    "rel",
    "role",
    "style",
    "summary",
    "type",
];

/// True when the extractor reads attribute `name` (lowercase) of element `tag`
/// (lowercase): a source may leave the others out of what it reads.
pub fn reads_attribute(tag: &str, name: &str) -> bool {
    READ_ATTRIBUTES.contains(&name) || matches!(tag, "object" | "embed" | "iframe")
}

/// What is below an element: children to read, children the extractor never reads
/// (left unread), or nothing (a void element, whose children are not asked for).
#[derive(PartialEq)]
pub(super) enum Below {
    Read,
    Unread,
    Nothing,
}

/// What is below element `at`, just copied (or parsed).
pub(super) fn below(dom: &Dom, at: usize) -> Below {
    let unread = match dom.name(at) {
        "script" => !dom
            .attr(at, "type")
            .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json")),
        "style" | "noscript" | "template" => true,
        name if VOID.contains(name) => return Below::Nothing,
        _ => is_hidden(dom, at),
    };
    if unread {
        Below::Unread
    } else {
        Below::Read
    }
}

impl Dom {
    /// Copies the children of `src`'s root into an arena the extractor reads, handing each
    /// copied text node's handle to `on_text` in document order (the order of the arena's
    /// text nodes), with whether content left unread (a script, a hidden element) lies
    /// between it and the text node before. Names are lowercased and only the attributes
    /// the extractor reads are kept; nesting deeper than the parser keeps is attached at
    /// that depth; the copy never recurses.
    pub fn from_source<S: Source>(src: &S, mut on_text: impl FnMut(S::Node, bool)) -> Dom {
        let mut dom = Dom {
            nodes: vec![Node::Element {
                name: "#document".into(),
                attrs: Vec::new(),
            }],
            parent: vec![0],
            children: vec![Vec::new()],
        };
        // (node, parent in the arena, depth): a node's next sibling waits below its
        // first child, so the copy goes in document order.
        let mut stack: Vec<(S::Node, usize, usize)> = Vec::new();
        let mut unread = false;
        if let Some(first) = src.first_child(&src.root()) {
            stack.push((first, 0, 0));
        }
        while let Some((n, parent, depth)) = stack.pop() {
            if let Some(next) = src.next_sibling(&n) {
                stack.push((next, parent, depth));
            }
            match src.read(&n) {
                Read::Element(mut name, mut attrs) => {
                    name.make_ascii_lowercase();
                    for (k, _) in &mut attrs {
                        k.make_ascii_lowercase();
                    }
                    attrs.retain(|(k, _)| reads_attribute(&name, k));
                    let at = dom.push(Node::Element { name, attrs }, parent);
                    match below(&dom, at) {
                        Below::Read => {}
                        Below::Unread => {
                            unread = true;
                            continue;
                        }
                        Below::Nothing => continue,
                    }
                    let (below, depth) = if depth < MAX_DEPTH {
                        (at, depth + 1)
                    } else {
                        (parent, depth)
                    };
                    if let Some(child) = src.first_child(&n) {
                        stack.push((child, below, depth));
                    }
                }
                Read::Text(text) => {
                    dom.push(Node::Text(text), parent);
                    on_text(n, unread);
                    unread = false;
                }
                Read::Other => {}
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
    fn read(&self, n: &usize) -> Read {
        match &self.nodes[*n] {
            Node::Element { name, attrs } => Read::Element(name.clone(), attrs.clone()),
            Node::Text(t) => Read::Text(t.clone()),
        }
    }
    fn first_child(&self, n: &usize) -> Option<usize> {
        self.children[*n].first().copied()
    }
    fn next_sibling(&self, n: &usize) -> Option<usize> {
        if *n == 0 {
            return None;
        }
        let siblings = &self.children[self.parent[*n]];
        let at = siblings.iter().position(|c| c == n)?;
        siblings.get(at + 1).copied()
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
            "<html><head><title>Talks in Geneva end without a deal | News</title><style>p {{ color: red }}</style>\
             <script type=application/ld+json>{{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"author\":{{\"name\":\"Jo Doe\"}}}}</script></head>\
             <body><nav><a href=/>Home</a></nav><script>var secret = 'never read';</script>\
             <div class=story data-track=x>{}<iframe src=\"https://www.youtube.com/embed/x\" width=560></iframe>\
             <div hidden><p>Hidden words are never copied.</p></div><img src=a.jpg alt=\"A photo\" class=wide></div></body></html>",
            format!("<p>{para}</p>").repeat(6)
        );
        let parsed = parse(&html);
        let mut texts = Vec::new();
        let mut after_unread = Vec::new();
        let copy = Dom::from_source(&parsed, |n, unread| {
            texts.push(n);
            after_unread.push(unread);
        });
        // The text after the unread style (JSON-LD) and script (the story's first words)
        // says so; no other does.
        let unread: Vec<&str> = (0..texts.len())
            .filter(|&k| after_unread[k])
            .map(|k| &parsed.own_text(texts[k])[..5])
            .collect();
        assert_eq!(unread, ["{\"@co", "The m"]);
        let copied: Vec<&str> = (0..copy.nodes.len())
            .filter(|&n| copy.is_text(n))
            .map(|n| copy.own_text(n))
            .collect();
        assert_eq!(
            copied,
            texts
                .iter()
                .map(|&n| parsed.own_text(n))
                .collect::<Vec<_>>()
        );
        assert!(!copied.iter().any(|t| t.contains("never")), "{copied:?}");
        assert!(copied.iter().any(|t| t.contains("Jo Doe")), "{copied:?}");
        let want = extract(&html).unwrap();
        assert_eq!(want.metadata.byline.as_deref(), Some("Jo Doe"));
        let attrs = |name: &str| {
            copy.elements(name)
                .first()
                .map(|&n| copy.attrs(n).to_vec())
                .unwrap_or_default()
        };
        let pair = |k: &str, v: &str| (k.to_string(), v.to_string());
        assert_eq!(attrs("img"), [pair("class", "wide")]);
        assert_eq!(
            attrs("iframe"),
            [
                pair("src", "https://www.youtube.com/embed/x"),
                pair("width", "560")
            ]
        );
        assert_eq!(extract_dom(copy), Ok(want));
    }
}

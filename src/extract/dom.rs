//! A small, tolerant HTML parser: tokens into an arena tree. Built for reading articles,
//! not for full HTML5 conformance: it never fails, never recurses, caps nesting depth, and
//! closes what authors leave open (paragraphs, list items, table cells).

use super::entities::decode;
use super::source::{below, reads_attribute, Below};
use crate::lexicon::html::{CLOSES_PARAGRAPH, RAW_TEXT, VOID};

/// Deepest nesting kept; deeper elements are attached at this depth.
pub const MAX_DEPTH: usize = 256;

/// One node of the tree.
#[derive(Debug, Clone)]
pub enum Node {
    /// An element with its lowercase name and attributes (lowercase names, decoded values).
    Element {
        /// Tag name, lowercase.
        name: String,
        /// Attributes in source order.
        attrs: Vec<(String, String)>,
    },
    /// Decoded text.
    Text(String),
}

/// A parsed document: nodes in an arena, each with its parent and children.
#[derive(Debug, Clone)]
pub struct Dom {
    /// The nodes; index 0 is the document root (an element named `#document`).
    pub nodes: Vec<Node>,
    /// Parent of each node (the root is its own parent).
    pub parent: Vec<usize>,
    /// Children of each node, in order.
    pub children: Vec<Vec<usize>>,
}

impl Dom {
    /// The tag name of node `i`, or "" for text.
    pub fn name(&self, i: usize) -> &str {
        match &self.nodes[i] {
            Node::Element { name, .. } => name,
            Node::Text(_) => "",
        }
    }

    /// The value of attribute `key` of node `i`.
    pub fn attr(&self, i: usize, key: &str) -> Option<&str> {
        match &self.nodes[i] {
            Node::Element { attrs, .. } => attrs
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.as_str()),
            Node::Text(_) => None,
        }
    }

    /// The attributes of node `i` (none for text).
    pub fn attrs(&self, i: usize) -> &[(String, String)] {
        match &self.nodes[i] {
            Node::Element { attrs, .. } => attrs,
            Node::Text(_) => &[],
        }
    }

    /// Node `i` and all below it, in document order, without recursion.
    pub fn descendants(&self, i: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut stack = vec![i];
        while let Some(n) = stack.pop() {
            out.push(n);
            stack.extend(self.children[n].iter().rev());
        }
        out
    }

    /// The elements named `name`, in document order.
    pub fn elements(&self, name: &str) -> Vec<usize> {
        (0..self.nodes.len())
            .filter(|&i| self.name(i) == name)
            .collect()
    }

    /// All text below node `i`, concatenated.
    pub fn text(&self, i: usize) -> String {
        self.descendants(i)
            .into_iter()
            .filter_map(|n| match &self.nodes[n] {
                Node::Text(t) => Some(t.as_str()),
                Node::Element { .. } => None,
            })
            .collect()
    }

    /// True for a text node.
    pub fn is_text(&self, i: usize) -> bool {
        matches!(self.nodes[i], Node::Text(_))
    }

    /// The text of a text node, "" for an element.
    pub fn own_text(&self, i: usize) -> &str {
        match &self.nodes[i] {
            Node::Text(t) => t,
            Node::Element { .. } => "",
        }
    }

    /// Renames element `i` (a `<div>` read as a paragraph becomes `p`).
    pub fn set_name(&mut self, i: usize, new: &str) {
        if let Node::Element { name, .. } = &mut self.nodes[i] {
            *name = new.to_string();
        }
    }

    /// A new element `name` under `parent`, not yet listed among its children.
    pub fn new_element(&mut self, name: &str, parent: usize) -> usize {
        let i = self.nodes.len();
        self.nodes.push(Node::Element {
            name: name.to_string(),
            attrs: Vec::new(),
        });
        self.parent.push(parent);
        self.children.push(Vec::new());
        i
    }

    pub(crate) fn push(&mut self, node: Node, parent: usize) -> usize {
        let i = self.nodes.len();
        self.nodes.push(node);
        self.parent.push(parent);
        self.children.push(Vec::new());
        self.children[parent].push(i);
        i
    }
}

/// Elements an opening tag of `name` closes when they are open ("<p>a<p>b").
fn implicitly_closes(open: &str, name: &str) -> bool {
    match open {
        "p" => CLOSES_PARAGRAPH.contains(name),
        "li" => name == "li",
        "dt" | "dd" => name == "dt" || name == "dd",
        "td" | "th" => matches!(name, "td" | "th" | "tr"),
        "tr" => name == "tr",
        "option" => name == "option",
        _ => false,
    }
}

/// Parses `html` into a tree.
pub fn parse(html: &str) -> Dom {
    let mut dom = Dom {
        nodes: vec![Node::Element {
            name: "#document".into(),
            attrs: Vec::new(),
        }],
        parent: vec![0],
        children: vec![Vec::new()],
    };
    let mut stack: Vec<usize> = vec![0];
    let mut rest = html;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            push_text(&mut dom, &stack, rest);
            break;
        };
        push_text(&mut dom, &stack, &rest[..lt]);
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |e| &after[e + 3..]);
            continue;
        }
        if rest.starts_with("<!") || rest.starts_with("<?") {
            rest = rest.find('>').map_or("", |e| &rest[e + 1..]);
            continue;
        }
        let closing = rest.starts_with("</");
        let name_start = if closing { 2 } else { 1 };
        let name_len = rest[name_start..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == ':'))
            .unwrap_or(rest.len() - name_start);
        if name_len == 0 {
            // A lone "<" is text.
            push_text(&mut dom, &stack, "<");
            rest = &rest[1..];
            continue;
        }
        let raw_name = &rest[name_start..name_start + name_len];
        // A closing tag's attributes are never read.
        let name = if closing {
            String::new()
        } else {
            raw_name.to_ascii_lowercase()
        };
        let (attrs, self_closing, consumed) =
            read_attributes(&rest[name_start + name_len..], &name);
        rest = &rest[name_start + name_len + consumed..];
        if closing {
            // Compared without case where it stands: a closing tag needs no name of its own.
            if let Some(pos) = stack
                .iter()
                .rposition(|&n| dom.name(n).eq_ignore_ascii_case(raw_name))
            {
                if pos > 0 {
                    stack.truncate(pos);
                }
            }
            continue;
        }
        while stack.len() > 1
            && stack
                .last()
                .is_some_and(|&top| implicitly_closes(dom.name(top), &name))
        {
            stack.pop();
        }
        let parent = stack.last().copied().unwrap_or(0);
        let node = dom.push(Node::Element { name, attrs }, parent);
        let name = dom.name(node);
        if RAW_TEXT.contains(name) {
            let close = format!("</{name}");
            let end = find_ascii_ci(rest, &close).unwrap_or(rest.len());
            let raw = &rest[..end];
            // The text of a script, a style or the like is never read (JSON-LD aside):
            // it is stepped over, not copied, as when the live page is read.
            if below(&dom, node) != Below::Unread {
                let text = if name == "title" || name == "textarea" {
                    decode(raw)
                } else {
                    raw.to_string()
                };
                dom.push(Node::Text(text), node);
            }
            rest = &rest[end..];
            rest = rest.find('>').map_or("", |e| &rest[e + 1..]);
            continue;
        }
        if !self_closing && !VOID.contains(name) && stack.len() < MAX_DEPTH {
            stack.push(node);
        }
    }
    dom
}

fn push_text(dom: &mut Dom, stack: &[usize], text: &str) {
    if text.is_empty() {
        return;
    }
    let parent = stack.last().copied().unwrap_or(0);
    dom.push(Node::Text(decode(text)), parent);
}

/// Byte offset of `needle` (ASCII, not empty) in `hay`, ignoring ASCII case. Compared
/// only where the first byte matches: a script's text is mostly searched byte by byte.
fn find_ascii_ci(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let first = *n.first()?;
    let mut from = 0;
    while let Some(p) = h
        .get(from..)?
        .iter()
        .position(|b| b.eq_ignore_ascii_case(&first))
    {
        let at = from + p;
        if h.get(at..at + n.len())?.eq_ignore_ascii_case(n) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// Reads attributes up to and including the tag's `>`: (attributes, self-closing, bytes
/// read). Only the attributes the extractor reads of an element `tag` (lowercase) are kept (see
/// [`reads_attribute`]), as when the live page is read: the others are stepped over, not
/// copied.
fn read_attributes(s: &str, tag: &str) -> (Vec<(String, String)>, bool, usize) {
    let b = s.as_bytes();
    let mut attrs = Vec::new();
    let mut key = String::new();
    let mut i = 0;
    let mut self_closing = false;
    while i < b.len() {
        match b[i] {
            b'>' => return (attrs, self_closing, i + 1),
            b'/' => {
                self_closing = true;
                i += 1;
            }
            c if c.is_ascii_whitespace() => i += 1,
            _ => {
                self_closing = false;
                let start = i;
                let ends_name = |k: usize| {
                    b[k].is_ascii_whitespace()
                        || matches!(b[k], b'=' | b'>')
                        || (b[k] == b'/' && b.get(k + 1) == Some(&b'>'))
                };
                while i < b.len() && !ends_name(i) {
                    i += 1;
                }
                key.clear();
                key.push_str(&s[start..i]);
                key.make_ascii_lowercase();
                let kept = !key.is_empty() && reads_attribute(tag, &key);
                while i < b.len() && b[i].is_ascii_whitespace() {
                    i += 1;
                }
                let mut value = String::new();
                if i < b.len() && b[i] == b'=' {
                    i += 1;
                    while i < b.len() && b[i].is_ascii_whitespace() {
                        i += 1;
                    }
                    if i < b.len() && (b[i] == b'"' || b[i] == b'\'') {
                        let q = b[i];
                        let vs = i + 1;
                        let ve = b[vs..]
                            .iter()
                            .position(|&c| c == q)
                            .map_or(b.len(), |p| vs + p);
                        if kept {
                            value = decode(&s[vs..ve]);
                        }
                        i = (ve + 1).min(b.len());
                    } else {
                        let vs = i;
                        while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' {
                            i += 1;
                        }
                        if kept {
                            value = decode(&s[vs..i]);
                        }
                    }
                }
                if kept {
                    attrs.push((key.clone(), value));
                }
            }
        }
    }
    (attrs, self_closing, b.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_a_tolerant_tree() {
        let d = parse("<html><body><P class=x id='y'>One<p>Two &amp; three<br>four</div><script>if (a<b) {}</script><ul><li>a<li>b</ul>");
        let ps = d.elements("p");
        assert_eq!(ps.len(), 2);
        assert_eq!(d.attr(ps[0], "class"), Some("x"));
        assert_eq!(d.attr(ps[0], "id"), Some("y"));
        assert_eq!(d.text(ps[0]), "One");
        assert!(
            d.text(ps[1]).starts_with("Two & threefour"),
            "{}",
            d.text(ps[1])
        );
        // A script's text is stepped over, neither read as tags nor kept.
        assert_eq!(d.text(d.elements("script")[0]), "");
        assert!(d.elements("b").is_empty());
        let ld = parse("<script type='application/ld+json'>{\"a\": \"x<b>y\"}</script><p>z");
        assert_eq!(d.elements("p").len(), 2);
        assert_eq!(ld.text(ld.elements("script")[0]), "{\"a\": \"x<b>y\"}");
        assert_eq!(ld.text(ld.elements("p")[0]), "z");
        assert_eq!(d.elements("li").len(), 2);
        assert_eq!(d.parent[d.elements("li")[1]], d.elements("ul")[0]);
    }

    #[test]
    fn survives_hostile_markup() {
        let deep = "<div>".repeat(100_000) + "text" + &"</div>".repeat(100_000);
        let d = parse(&deep);
        assert!(d.text(0).contains("text"));
        for html in [
            "<",
            "<a",
            "<a href=",
            "<a href='x",
            "</>",
            "<!--",
            "<!DOCTYPE",
            "<p =x>",
            "<script>never",
            "&#",
            "<\u{e9}>",
        ] {
            let _ = parse(html);
        }
    }
}

//! Counts over each node's visible subtree, gathered bottom-up in one pass: text length
//! (whitespace runs counted once), link text, commas, and the descendants that tell a
//! content block from furniture (paragraphs, images, list items, inputs, embeds, the text
//! in headings, lists and text blocks).

use super::dom::Dom;
use super::prep::link_weight;

/// What the subtree of one node holds, its removed parts left out.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Stats {
    /// Characters of text, trimmed, each inner whitespace run counted as one.
    pub text: u32,
    /// The text starts with whitespace (for a blank subtree: it holds some).
    pub lead: bool,
    /// The text ends with whitespace.
    pub trail: bool,
    /// Characters of link text (in-page anchors weighted down).
    pub links: f32,
    /// Characters of text in links that lead somewhere (not `javascript:` ones).
    pub nav_links: f32,
    /// Commas of any script.
    pub commas: u32,
    /// ASCII commas.
    pub ascii_commas: u32,
    /// `<p>` descendants.
    pub p: u32,
    /// `<img>` descendants.
    pub img: u32,
    /// `<li>` descendants.
    pub li: u32,
    /// `<input>` descendants.
    pub input: u32,
    /// `<object>`, `<embed>` and `<iframe>` descendants.
    pub embeds: u32,
    /// Text in heading descendants.
    pub headings: u32,
    /// Text in descendants that hold running text (`span`, `li`, `td` and the blocks a
    /// `<div>` may hold; nested ones count again).
    pub textish: u32,
    /// Text in list descendants.
    pub lists: u32,
}

impl Stats {
    /// Characters of text outside links that lead somewhere.
    pub fn prose(&self) -> f32 {
        (self.text as f32 - self.nav_links).max(0.0)
    }

    /// Share of the text in links.
    pub fn link_density(&self) -> f32 {
        if self.text == 0 {
            0.0
        } else {
            self.links / self.text as f32
        }
    }

    fn add_child(&mut self, dom: &Dom, c: usize, s: &Stats) {
        let name = dom.name(c);
        let started = self.text > 0;
        if s.text == 0 {
            if s.lead {
                if started {
                    self.trail = true;
                } else {
                    self.lead = true;
                }
            }
        } else {
            if !started {
                self.lead |= s.lead;
            } else if self.trail || s.lead {
                self.text += 1;
            }
            self.text += s.text;
            self.trail = s.trail;
        }
        self.commas += s.commas;
        self.ascii_commas += s.ascii_commas;
        self.p += s.p;
        self.img += s.img;
        self.li += s.li;
        self.input += s.input;
        self.embeds += s.embeds;
        self.headings += s.headings;
        self.textish += s.textish;
        self.lists += s.lists;
        let (mut links, mut nav_links) = (s.links, s.nav_links);
        match name {
            "a" => {
                links = s.text as f32 * link_weight(dom, c);
                let js = dom.attr(c, "href").is_some_and(|h| {
                    h.trim_start()
                        .get(..11)
                        .is_some_and(|p| p.eq_ignore_ascii_case("javascript:"))
                });
                nav_links = if js { 0.0 } else { s.text as f32 };
            }
            "p" => {
                self.p += 1;
                self.textish += s.text;
            }
            "img" => {
                self.img += 1;
                self.textish += s.text;
            }
            "li" => {
                self.li += 1;
                self.textish += s.text;
            }
            "input" => self.input += 1,
            "object" | "embed" | "iframe" => self.embeds += 1,
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => self.headings += s.text,
            "ul" | "ol" => {
                self.lists += s.text;
                self.textish += s.text;
            }
            "span" | "td" | "blockquote" | "dl" | "div" | "pre" | "table" => self.textish += s.text,
            _ => {}
        }
        self.links += links;
        self.nav_links += nav_links;
    }
}

/// True for white space (`char::is_whitespace`), with ASCII told apart without a call.
fn is_space(c: char) -> bool {
    if c.is_ascii() {
        crate::clean::bytes::is_ascii_space(c as u8)
    } else {
        c.is_whitespace()
    }
}

/// True when `text` is all white space (or empty), as `text.chars().all(char::is_whitespace)`.
pub fn all_whitespace(text: &str) -> bool {
    match text
        .bytes()
        .position(|b| !crate::clean::bytes::is_ascii_space(b))
    {
        None => true,
        // Beyond ASCII: read as characters from the first byte that is not ASCII space.
        Some(at) => text.as_bytes()[at] >= 0x80 && text[at..].chars().all(char::is_whitespace),
    }
}

/// The counts of one text.
pub fn of_text(t: &str) -> Stats {
    let mut s = Stats::default();
    let mut space = false;
    // Read byte by byte, a character decoded only where one starts beyond ASCII: text
    // nodes are most of a page, and most of their characters are ASCII.
    let mut at = 0;
    while let Some(&b) = t.as_bytes().get(at) {
        let c = if b.is_ascii() {
            at += 1;
            char::from(b)
        } else {
            let Some(c) = t.get(at..).and_then(|rest| rest.chars().next()) else {
                break;
            };
            at += c.len_utf8();
            c
        };
        if is_space(c) {
            space = true;
            if s.text == 0 {
                s.lead = true;
            }
            continue;
        }
        if space && s.text > 0 {
            s.text += 1;
        }
        space = false;
        s.text += 1;
        match c {
            ',' => {
                s.commas += 1;
                s.ascii_commas += 1;
            }
            '\u{060c}' | '\u{fe50}' | '\u{fe10}' | '\u{fe11}' | '\u{2e41}' | '\u{2e34}'
            | '\u{2e32}' | '\u{ff0c}' => s.commas += 1,
            _ => {}
        }
    }
    s.trail = space;
    s
}

/// The counts of every node below and including each of `roots`, skipping `gone` nodes
/// (whose counts stay zero).
pub fn compute(dom: &Dom, gone: &[bool], roots: &[usize]) -> Vec<Stats> {
    compute_after(dom, gone, roots, None)
}

/// As [`compute`], with the text nodes' counts taken from `earlier` when given: counts of
/// the same tree with no more nodes gone, so every text node reached here was counted
/// there (a text node's counts depend on its text alone).
pub fn compute_after(
    dom: &Dom,
    gone: &[bool],
    roots: &[usize],
    earlier: Option<&[Stats]>,
) -> Vec<Stats> {
    let mut stats = vec![Stats::default(); dom.nodes.len()];
    for &root in roots {
        for n in preorder(dom, gone, root).into_iter().rev() {
            match earlier.and_then(|e| e.get(n)) {
                Some(s) if dom.is_text(n) => stats[n] = *s,
                _ => recount(dom, gone, &mut stats, n),
            }
        }
    }
    stats
}

/// Recounts node `n` from its children's counts.
pub fn recount(dom: &Dom, gone: &[bool], stats: &mut [Stats], n: usize) {
    if dom.is_text(n) {
        stats[n] = of_text(dom.own_text(n));
        return;
    }
    let mut s = Stats::default();
    for &c in &dom.children[n] {
        if !gone[c] {
            s.add_child(dom, c, &stats[c]);
        }
    }
    stats[n] = s;
}

/// Node `root` and the nodes below it that are not gone, parents before children.
pub fn preorder(dom: &Dom, gone: &[bool], root: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut stack = vec![root];
    while let Some(n) = stack.pop() {
        if gone[n] && n != root {
            continue;
        }
        out.push(n);
        stack.extend(dom.children[n].iter().rev());
    }
    out
}

/// The text below `n`, gone nodes left out, without layout.
pub fn visible_text(dom: &Dom, gone: &[bool], n: usize) -> String {
    preorder(dom, gone, n)
        .into_iter()
        .map(|m| dom.own_text(m))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::dom::parse;

    #[test]
    fn counts_text_links_and_parts() {
        let d =
            parse("<div> <p>One,  two <a href='/x'>link</a></p><ul><li>a</li></ul><img> </div>");
        let gone = vec![false; d.nodes.len()];
        let s = compute(&d, &gone, &[0]);
        let div = d.elements("div")[0];
        assert_eq!(s[div].text, "One, two linka".len() as u32);
        assert_eq!(s[div].links, 4.0);
        assert_eq!((s[div].p, s[div].li, s[div].img), (1, 1, 1));
        assert_eq!(s[div].commas, 1);
        assert_eq!(s[div].lists, 1);
        let spaced = parse("<p> a <b> b</b> <i>c </i> </p>");
        let s = compute(&spaced, &vec![false; spaced.nodes.len()], &[0]);
        assert_eq!(s[spaced.elements("p")[0]].text, "a b c".len() as u32);
    }

    #[test]
    fn counts_after_more_nodes_are_gone_equal_a_fresh_count() {
        let d = parse(
            "<div><p>One, two</p><aside>Gone <a href='/x'>soon</a></aside><p> three </p></div>",
        );
        let none = vec![false; d.nodes.len()];
        let earlier = compute(&d, &none, &[0]);
        let mut gone = none.clone();
        gone[d.elements("aside")[0]] = true;
        let fresh = compute(&d, &gone, &[0]);
        assert_eq!(compute_after(&d, &gone, &[0], Some(&earlier)), fresh);
        assert_ne!(fresh, earlier, "the aside's text no longer counts");
    }

    #[test]
    fn white_space_is_told_as_char_is_whitespace_tells_it() {
        for text in [
            "",
            " \t\n\r\u{b}\u{c}",
            " \u{a0} ",
            "\u{2003}\u{3000}",
            " a ",
            "\u{a0}x",
            "é",
            "\u{1c}",
        ] {
            assert_eq!(
                all_whitespace(text),
                text.chars().all(char::is_whitespace),
                "{text:?}"
            );
            for c in text.chars() {
                assert_eq!(is_space(c), c.is_whitespace(), "{c:?}");
            }
        }
    }
}

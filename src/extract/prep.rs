//! Reshaping the parsed page before scoring, as Reader View does: a run of two or more
//! `<br>` starts a paragraph, loose text in a `<div>` is wrapped in paragraphs, and a
//! `<div>` that holds no block reads as a paragraph. Scripts, styles, templates and hidden
//! elements are marked dead: their text is never read.

use super::dom::Dom;
use crate::lexicon::html::{DEAD, DIV_BLOCKS, PHRASING};

/// The reshaped page's landmarks.
pub struct Prepared {
    /// Nodes whose text is never read (scripts, styles, templates, hidden elements and all
    /// below them).
    pub dead: Vec<bool>,
    /// The body (or the html element, or the document, for pages without one).
    pub body: usize,
}

/// Whitespace-only text.
fn is_blank(dom: &Dom, n: usize) -> bool {
    dom.is_text(n) && super::stats::all_whitespace(dom.own_text(n))
}

/// Whitespace or a line break.
fn is_space(dom: &Dom, n: usize) -> bool {
    is_blank(dom, n) || dom.name(n) == "br"
}

/// Text, a phrasing element, or a link whose content is all phrasing.
pub fn is_phrasing(dom: &Dom, n: usize) -> bool {
    // Most nodes are text or a phrasing element themselves: no list of nodes to visit.
    if dom.is_text(n) || PHRASING.contains(dom.name(n)) {
        return true;
    }
    let mut stack = vec![n];
    while let Some(m) = stack.pop() {
        if dom.is_text(m) {
            continue;
        }
        let name = dom.name(m);
        if PHRASING.contains(name) {
            continue;
        }
        if matches!(name, "a" | "del" | "ins") {
            stack.extend(dom.children[m].iter().copied());
            continue;
        }
        return false;
    }
    true
}

/// The first child at or after `from` that is not blank text.
fn next_solid(dom: &Dom, kids: &[usize], from: usize) -> Option<usize> {
    (from..kids.len()).find(|&k| !is_blank(dom, kids[k]))
}

/// True when the `<br>` at `kids[k]` is followed, across whitespace, by another `<br>`.
fn starts_br_chain(dom: &Dom, kids: &[usize], k: usize) -> bool {
    dom.name(kids[k]) == "br"
        && next_solid(dom, kids, k + 1).is_some_and(|j| dom.name(kids[j]) == "br")
}

/// Replaces each chain of two or more `<br>` among the children of `n` by a paragraph that
/// takes the phrasing content after it, up to the next chain.
fn split_br_chains(dom: &mut Dom, n: usize) {
    let kids = dom.children[n].clone();
    if !(0..kids.len()).any(|k| starts_br_chain(dom, &kids, k)) {
        return;
    }
    let mut out = Vec::with_capacity(kids.len());
    let mut k = 0;
    let mut made = false;
    while k < kids.len() {
        if !starts_br_chain(dom, &kids, k) {
            out.push(kids[k]);
            k += 1;
            continue;
        }
        // Skip the chain: the first <br> and every <br> after it across whitespace.
        k += 1;
        while let Some(j) = next_solid(dom, &kids, k) {
            if dom.name(kids[j]) != "br" {
                break;
            }
            k = j + 1;
        }
        let p = dom.new_element("p", n);
        let mut inner = Vec::new();
        while k < kids.len() {
            if starts_br_chain(dom, &kids, k) || !is_phrasing(dom, kids[k]) {
                break;
            }
            inner.push(kids[k]);
            k += 1;
        }
        // Trailing whitespace and breaks stay outside the paragraph.
        let mut trailing = Vec::new();
        while let Some(l) = inner.pop() {
            if !is_space(dom, l) {
                inner.push(l);
                break;
            }
            trailing.push(l);
        }
        for &c in &inner {
            dom.parent[c] = p;
        }
        dom.children[p] = inner;
        out.push(p);
        out.extend(trailing.into_iter().rev());
        made = true;
    }
    dom.children[n] = out;
    if made && dom.name(n) == "p" {
        dom.set_name(n, "div");
    }
}

/// Wraps each run of phrasing children of the `<div>` `n` in a paragraph.
fn wrap_phrasing(dom: &mut Dom, n: usize) {
    let kids = dom.children[n].clone();
    if !kids
        .iter()
        .any(|&c| !is_blank(dom, c) && is_phrasing(dom, c))
    {
        return;
    }
    let mut out = Vec::with_capacity(kids.len());
    let mut run: Option<(usize, Vec<usize>)> = None;
    let close = |dom: &mut Dom, run: &mut Option<(usize, Vec<usize>)>, out: &mut Vec<usize>| {
        if let Some((p, mut inner)) = run.take() {
            // Trailing whitespace and breaks stay outside the paragraph.
            let mut trailing = Vec::new();
            while let Some(l) = inner.pop() {
                if !is_space(dom, l) {
                    inner.push(l);
                    break;
                }
                dom.parent[l] = n;
                trailing.push(l);
            }
            dom.children[p] = inner;
            out.push(p);
            out.extend(trailing.into_iter().rev());
        }
    };
    for c in kids {
        if is_phrasing(dom, c) {
            if let Some((_, inner)) = run.as_mut() {
                inner.push(c);
            } else if !is_space(dom, c) {
                let p = dom.new_element("p", n);
                run = Some((p, vec![c]));
            } else {
                out.push(c);
                continue;
            }
            if let Some((p, _)) = run {
                dom.parent[c] = p;
            }
        } else {
            close(dom, &mut run, &mut out);
            out.push(c);
        }
    }
    close(dom, &mut run, &mut out);
    dom.children[n] = out;
}

/// True when a block element (`DIV_BLOCKS`) is below `n`.
fn has_block_below(dom: &Dom, n: usize) -> bool {
    let mut stack: Vec<usize> = dom.children[n].clone();
    while let Some(m) = stack.pop() {
        if DIV_BLOCKS.contains(dom.name(m)) {
            return true;
        }
        stack.extend(dom.children[m].iter().copied());
    }
    false
}

/// The share of the text below `n` that is link text.
pub fn raw_link_density(dom: &Dom, n: usize) -> f32 {
    let (mut text, mut links) = (0usize, 0f32);
    let mut stack = vec![(n, 0f32)];
    while let Some((m, weight)) = stack.pop() {
        if dom.is_text(m) {
            let len = dom.own_text(m).trim().chars().count();
            text += len;
            links += len as f32 * weight;
            continue;
        }
        let w = if dom.name(m) == "a" {
            link_weight(dom, m)
        } else {
            weight
        };
        stack.extend(dom.children[m].iter().map(|&c| (c, w)));
    }
    if text == 0 {
        0.0
    } else {
        links / text as f32
    }
}

/// How much a link's text counts as link text: in-page anchors count for less.
pub fn link_weight(dom: &Dom, a: usize) -> f32 {
    match dom.attr(a, "href") {
        Some(h) if h.len() > 1 && h.starts_with('#') => 0.3,
        _ => 1.0,
    }
}

/// Reshapes `dom` for scoring.
pub fn prepare(dom: &mut Dom) -> Prepared {
    let body = [dom.elements("body"), dom.elements("html")]
        .iter()
        .find_map(|v| v.first().copied())
        .unwrap_or(0);
    for n in 0..dom.nodes.len() {
        if dom.children[n].len() > 1 && !DEAD.contains(dom.name(n)) {
            split_br_chains(dom, n);
        }
    }
    // Top down, in document order, as the reshaping of a `<div>` depends on what is below it.
    let mut stack = vec![body];
    while let Some(n) = stack.pop() {
        if DEAD.contains(dom.name(n)) {
            continue;
        }
        if dom.name(n) == "div" {
            wrap_phrasing(dom, n);
            let elements: Vec<usize> = dom.children[n]
                .iter()
                .copied()
                .filter(|&c| !dom.is_text(c))
                .collect();
            let only_p = elements.len() == 1
                && dom.name(elements[0]) == "p"
                && dom.children[n]
                    .iter()
                    .all(|&c| !dom.is_text(c) || dom.own_text(c).trim().is_empty());
            if only_p && raw_link_density(dom, n) < 0.25 {
                // The `<div>` becomes the paragraph (keeping its class and id, which the
                // furniture checks read) and the paragraph inside it a plain run of text.
                dom.set_name(n, "p");
                dom.set_name(elements[0], "span");
            } else if !has_block_below(dom, n) && !dom.text(n).trim().is_empty() {
                dom.set_name(n, "p");
            }
        }
        stack.extend(dom.children[n].iter().rev());
    }
    let mut dead = vec![false; dom.nodes.len()];
    let mut stack = vec![(0usize, false)];
    while let Some((n, under)) = stack.pop() {
        let d = under
            || DEAD.contains(dom.name(n))
            || (!dom.is_text(n) && super::content::is_hidden(dom, n));
        dead[n] = d;
        stack.extend(dom.children[n].iter().map(|&c| (c, d)));
    }
    Prepared { dead, body }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::dom::parse;

    fn shape(html: &str) -> (Dom, Prepared) {
        let mut d = parse(html);
        let p = prepare(&mut d);
        (d, p)
    }

    #[test]
    fn br_chains_and_loose_text_become_paragraphs() {
        let (d, p) = shape("<body><div>One line<br>same para<br> <br><br>Second para<div>block</div>tail</div></body>");
        let ps: Vec<String> = (0..d.nodes.len())
            .filter(|&i| d.name(i) == "p" && !p.dead[i])
            .map(|i| d.text(i))
            .collect();
        assert!(ps.contains(&"Second para".to_string()), "{ps:?}");
        assert!(ps.iter().any(|t| t.starts_with("One line")), "{ps:?}");
        assert!(ps.contains(&"block".to_string()), "{ps:?}");
        assert!(ps.contains(&"tail".to_string()), "{ps:?}");
    }

    #[test]
    fn a_div_holding_one_paragraph_reads_as_that_paragraph() {
        let (d, p) = shape("<body><section><div><p>Words here.</p></div></section></body>");
        let section = d.elements("section")[0];
        let child = d.children[section][0];
        assert_eq!(d.name(child), "p");
        assert_eq!(d.text(child), "Words here.");
        assert_eq!(d.name(d.children[child][0]), "span");
        assert!(!p.dead[child]);
    }
}

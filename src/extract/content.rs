//! Choosing the article's content block, as Readability does: paragraphs are scored by
//! their length and commas, scores flow to their ancestors, the best-scoring ancestor
//! (less its share of link text) is the article, with those of its siblings that score
//! close to it; then its text is laid out as paragraphs, lists of links and hidden or
//! furniture blocks left out.

use super::dom::{Dom, Node};
use crate::lexicon::html::{BLOCKS, MAYBE, NEGATIVE, NEVER_CONTENT, POSITIVE, UNLIKELY};

/// Fewest characters of a paragraph that is scored.
const MIN_PARAGRAPH: usize = 25;
/// Levels of ancestors a paragraph's score reaches.
const ANCESTOR_LEVELS: usize = 5;

/// The class and id of node `i`, lowercase.
fn class_id(dom: &Dom, i: usize) -> String {
    crate::case::lower(&format!(
        "{} {}",
        dom.attr(i, "class").unwrap_or(""),
        dom.attr(i, "id").unwrap_or("")
    ))
}

fn is_hidden(dom: &Dom, i: usize) -> bool {
    let style = dom
        .attr(i, "style")
        .unwrap_or("")
        .to_ascii_lowercase()
        .replace(' ', "");
    dom.attr(i, "hidden").is_some()
        || dom.attr(i, "aria-hidden") == Some("true")
        || style.contains("display:none")
        || style.contains("visibility:hidden")
}

/// Class/id weight: +25 for content words, -25 for furniture words.
fn class_weight(dom: &Dom, i: usize) -> f32 {
    let ci = class_id(dom, i);
    if ci.trim().is_empty() {
        return 0.0;
    }
    let mut w = 0.0;
    if NEGATIVE.iter().any(|n| ci.contains(n)) {
        w -= 25.0;
    }
    if POSITIVE.iter().any(|p| ci.contains(p)) {
        w += 25.0;
    }
    w
}

/// Nodes left out of everything: never content, hidden, or furniture by class and id.
pub fn removed(dom: &Dom) -> Vec<bool> {
    let mut out = vec![false; dom.nodes.len()];
    for i in 0..dom.nodes.len() {
        if out[dom.parent[i]] && i != 0 {
            out[i] = true;
            continue;
        }
        let name = dom.name(i);
        if name.is_empty() || name == "#document" {
            continue;
        }
        let ci = class_id(dom, i);
        let unlikely = UNLIKELY.iter().any(|u| ci.contains(u))
            && !MAYBE.iter().any(|m| ci.contains(m))
            && !matches!(name, "body" | "a" | "article" | "main" | "html")
            && !has_ancestor(dom, i, &["table", "code"]);
        let role = dom.attr(i, "role").unwrap_or("");
        let furniture_role = matches!(
            role,
            "menu"
                | "menubar"
                | "complementary"
                | "navigation"
                | "alert"
                | "alertdialog"
                | "dialog"
        );
        out[i] = NEVER_CONTENT.contains(&name) || is_hidden(dom, i) || unlikely || furniture_role;
    }
    out
}

fn has_ancestor(dom: &Dom, mut i: usize, names: &[&str]) -> bool {
    while i != 0 {
        i = dom.parent[i];
        if names.contains(&dom.name(i)) {
            return true;
        }
    }
    false
}

/// Visible text below node `i` and the part of it inside links.
fn text_and_links(dom: &Dom, i: usize, gone: &[bool]) -> (usize, usize) {
    let (mut text, mut links) = (0, 0);
    let mut stack = vec![(i, false)];
    while let Some((n, in_link)) = stack.pop() {
        if gone[n] && n != i {
            continue;
        }
        match &dom.nodes[n] {
            Node::Text(t) => {
                let len = t.trim().chars().count();
                text += len;
                if in_link {
                    links += len;
                }
            }
            Node::Element { name, .. } => {
                let link = in_link || name == "a";
                stack.extend(dom.children[n].iter().map(|&c| (c, link)));
            }
        }
    }
    (text, links)
}

fn link_density(dom: &Dom, i: usize, gone: &[bool]) -> f32 {
    let (text, links) = text_and_links(dom, i, gone);
    if text == 0 {
        0.0
    } else {
        links as f32 / text as f32
    }
}

/// A div without block children reads as a paragraph.
fn is_paragraph(dom: &Dom, i: usize) -> bool {
    match dom.name(i) {
        "p" | "pre" | "td" | "blockquote" => true,
        "div" | "section" => !dom.children[i]
            .iter()
            .any(|&c| BLOCKS.contains(&dom.name(c)) && dom.name(c) != "br"),
        _ => false,
    }
}

fn tag_score(name: &str) -> f32 {
    match name {
        "div" | "article" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}

/// The nodes whose text makes the article: the top candidate and the siblings that join it.
pub fn choose(dom: &Dom, gone: &[bool]) -> Vec<usize> {
    let mut score: Vec<Option<f32>> = vec![None; dom.nodes.len()];
    for i in 0..dom.nodes.len() {
        if gone[i] || !is_paragraph(dom, i) {
            continue;
        }
        let text = visible_text(dom, i, gone);
        let len = text.trim().chars().count();
        if len < MIN_PARAGRAPH {
            continue;
        }
        let commas = text.matches([',', '\u{ff0c}', '\u{3001}']).count() as f32;
        let points = 1.0 + commas + (len as f32 / 100.0).floor().min(3.0);
        let mut a = i;
        for level in 0..ANCESTOR_LEVELS {
            if a == 0 {
                break;
            }
            a = dom.parent[a];
            if a == 0 || matches!(dom.name(a), "html" | "body" | "#document") && level > 0 {
                break;
            }
            let base =
                score[a].get_or_insert_with(|| tag_score(dom.name(a)) + class_weight(dom, a));
            *base += match level {
                0 => points,
                1 => points / 2.0,
                l => points / (l as f32 * 3.0),
            };
        }
    }
    let mut ranked: Vec<(usize, f32)> = (0..dom.nodes.len())
        .filter_map(|i| score[i].map(|s| (i, s * (1.0 - link_density(dom, i, gone)))))
        .collect();
    crate::sorted::sort_by(&mut ranked, |a, b| b.1.total_cmp(&a.1));
    let best = ranked
        .first()
        .copied()
        .map(|(top, top_score)| promote(dom, &ranked, &score, top, top_score));
    let Some((top, top_score)) = best else {
        // Nothing scored: the body, or the whole document when there is no body element.
        return vec![dom.elements("body").first().copied().unwrap_or(0)];
    };
    let parent = dom.parent[top];
    if parent == 0 {
        return vec![top];
    }
    let threshold = (top_score * 0.2).max(10.0);
    dom.children[parent]
        .iter()
        .copied()
        .filter(|&s| !gone[s])
        .filter(|&s| {
            if s == top {
                return true;
            }
            let bonus = if dom.attr(s, "class").is_some()
                && dom.attr(s, "class") == dom.attr(top, "class")
            {
                top_score * 0.2
            } else {
                0.0
            };
            if score[s].is_some_and(|v| v * (1.0 - link_density(dom, s, gone)) + bonus >= threshold)
            {
                return true;
            }
            if dom.name(s) == "p" {
                let text = visible_text(dom, s, gone);
                let len = text.trim().chars().count();
                let ld = link_density(dom, s, gone);
                return (len > 80 && ld < 0.25)
                    || (len > 0 && ld == 0.0 && text.trim_end().ends_with('.'));
            }
            false
        })
        .collect()
}

/// Readability's promotions of the top candidate: to an ancestor that holds several of the
/// best candidates (the article split into sections), then to a parent that scores higher.
fn promote(
    dom: &Dom,
    ranked: &[(usize, f32)],
    score: &[Option<f32>],
    top: usize,
    top_score: f32,
) -> (usize, f32) {
    const ALTERNATIVES: usize = 5;
    const MIN_SHARED: usize = 3;
    let close: Vec<usize> = ranked
        .iter()
        .skip(1)
        .take(ALTERNATIVES)
        .filter(|(_, s)| *s >= top_score * 0.75)
        .map(|(i, _)| *i)
        .collect();
    let is_ancestor = |a: usize, mut n: usize| {
        while n != 0 {
            n = dom.parent[n];
            if n == a {
                return true;
            }
        }
        false
    };
    let mut top = top;
    if close.len() >= MIN_SHARED {
        let mut a = dom.parent[top];
        while a != 0 && !matches!(dom.name(a), "body" | "html") {
            if close.iter().filter(|&&c| is_ancestor(a, c)).count() >= MIN_SHARED {
                top = a;
                break;
            }
            a = dom.parent[a];
        }
    }
    let mut last = score[top].unwrap_or(top_score);
    let mut parent = dom.parent[top];
    while parent != 0 && !matches!(dom.name(parent), "body" | "html") {
        let Some(ps) = score[parent] else {
            parent = dom.parent[parent];
            continue;
        };
        if ps < last / 3.0 {
            break;
        }
        if ps > last {
            top = parent;
            break;
        }
        last = ps;
        parent = dom.parent[parent];
    }
    (top, score[top].unwrap_or(top_score).max(top_score))
}

/// Visible text below node `i`, without line layout.
fn visible_text(dom: &Dom, i: usize, gone: &[bool]) -> String {
    let mut out = String::new();
    let mut stack = vec![i];
    while let Some(n) = stack.pop() {
        if gone[n] && n != i {
            continue;
        }
        match &dom.nodes[n] {
            Node::Text(t) => out.push_str(t),
            Node::Element { .. } => stack.extend(dom.children[n].iter().rev()),
        }
    }
    out
}

/// True for a block inside the content that is furniture: mostly links, or marked as such.
fn is_clutter(dom: &Dom, i: usize, gone: &[bool]) -> bool {
    let name = dom.name(i);
    if !matches!(
        name,
        "div" | "section" | "ul" | "ol" | "table" | "aside" | "header" | "figure" | "dl"
    ) {
        return false;
    }
    let weight = class_weight(dom, i);
    let (text, links) = text_and_links(dom, i, gone);
    let density = if text == 0 {
        0.0
    } else {
        links as f32 / text as f32
    };
    (weight < 0.0 && density > 0.2)
        || density > 0.5
        || (weight < 0.0 && text < 200 && !matches!(name, "figure"))
}

/// The text of `nodes` laid out as paragraphs separated by blank lines, and the paragraphs
/// that caption a figure (`<figcaption>`).
pub fn layout(dom: &Dom, nodes: &[usize], gone: &[bool]) -> (String, Vec<String>) {
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
    for &root in nodes {
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
            if n != root && (gone[n] || is_clutter(dom, n, gone)) {
                continue;
            }
            match &dom.nodes[n] {
                Node::Text(t) => current.push_str(t),
                Node::Element { .. } => {
                    if block {
                        flush(&mut current, &mut paragraphs);
                    }
                    if name == "img" {
                        continue;
                    }
                    if name == "figcaption" {
                        open_captions.push(paragraphs.len());
                    }
                    stack.push((n, false));
                    stack.extend(dom.children[n].iter().rev().map(|&c| (c, true)));
                }
            }
        }
        flush(&mut current, &mut paragraphs);
    }
    (paragraphs.join("\n\n"), captions)
}

//! Clearing furniture inside the chosen content, as Readability's `prepArticle` does:
//! embeds, forms, asides and footers go, small "share" blocks go, headings marked as
//! furniture go, and tables, lists and blocks that look like furniture (few commas and
//! more links, images, inputs or list items than a passage of text has) go, data tables
//! and videos kept.

use super::content::{class_and_id, class_weight, mark, Flags};
use super::dom::Dom;
use super::stats::{self, Stats};
use crate::lexicon::html::{AD_OR_LOADING, CLEANED, VIDEO_HOSTS};

/// Blocks with at least this much text are never taken for share bars.
const SHARE_MAX_TEXT: usize = 500;

/// Elements that may stay although their tag is cleaned: embedded videos.
fn is_video(dom: &Dom, n: usize) -> bool {
    matches!(dom.name(n), "object" | "embed" | "iframe")
        && match &dom.nodes[n] {
            super::dom::Node::Element { attrs, .. } => attrs
                .iter()
                .any(|(_, v)| VIDEO_HOSTS.iter().any(|h| v.contains(h))),
            super::dom::Node::Text(_) => false,
        }
}

/// The tables below the roots that hold data rather than lay out the page: marked by
/// a summary, caption, header cells or column groups, or large and not nested.
fn data_tables(dom: &Dom, nodes: &[usize]) -> Vec<usize> {
    let mut out = Vec::new();
    for &t in nodes.iter().filter(|&&t| dom.name(t) == "table") {
        if dom.attr(t, "role") == Some("presentation") || dom.attr(t, "datatable") == Some("0") {
            continue;
        }
        let below = dom.descendants(t);
        let count = |name: &str| below.iter().filter(|&&d| dom.name(d) == name).count();
        let marked = ["caption", "col", "colgroup", "tfoot", "thead", "th"]
            .iter()
            .any(|&m| count(m) > 0);
        let rows = count("tr");
        let columns = below
            .iter()
            .filter(|&&d| dom.name(d) == "tr")
            .map(|&tr| {
                dom.children[tr]
                    .iter()
                    .filter(|&&c| dom.name(c) == "td")
                    .count()
            })
            .max()
            .unwrap_or(0);
        let large = rows > 1
            && columns > 1
            && count("table") == 1
            && (rows >= 10 || columns > 4 || rows * columns > 10);
        if marked || dom.attr(t, "summary").is_some_and(|s| !s.is_empty()) || large {
            out.push(t);
        }
    }
    out
}

/// The ancestors of `n` up to (not including) the document root, nearest first.
fn ancestors(dom: &Dom, mut n: usize) -> Vec<usize> {
    let mut out = Vec::new();
    while n != 0 {
        n = dom.parent[n];
        out.push(n);
    }
    out
}

/// Clears furniture below `roots` (each read as a `<div>` when `as_div` says so), marking
/// it in `gone`.
pub fn clean(dom: &Dom, roots: &[usize], as_div: &[bool], gone: &mut [bool], flags: Flags) {
    let nodes: Vec<usize> = roots
        .iter()
        .flat_map(|&r| stats::preorder(dom, gone, r))
        .collect();
    let tag = |n: usize| -> &str {
        match roots.iter().position(|&r| r == n) {
            Some(k) if as_div[k] => "div",
            _ => dom.name(n),
        }
    };
    let tables = data_tables(dom, &nodes);
    let mut st = vec![Stats::default(); dom.nodes.len()];
    let recount_all = |gone: &[bool], st: &mut Vec<Stats>| {
        for &r in roots {
            for n in stats::preorder(dom, gone, r).into_iter().rev() {
                stats::recount(dom, gone, st, n);
            }
        }
    };
    recount_all(gone, &mut st);
    for name in ["form", "fieldset"] {
        conditionally(
            dom, roots, &nodes, &tables, name, &tag, gone, &mut st, flags,
        );
    }
    for &n in &nodes {
        if !gone[n] && CLEANED.contains(&dom.name(n)) && !is_video(dom, n) {
            mark(dom, gone, n);
        }
    }
    for &r in roots {
        for n in stats::preorder(dom, gone, r).into_iter().skip(1) {
            if gone[n] || dom.is_text(n) {
                continue;
            }
            let (class, id) = class_and_id(dom, n);
            let share = [class, id].iter().any(|s| {
                s.split(|c: char| !c.is_alphanumeric())
                    .any(|w| w == "share" || w == "sharedaddy")
            });
            if share && dom.text(n).chars().count() < SHARE_MAX_TEXT {
                mark(dom, gone, n);
            }
        }
    }
    for &n in &nodes {
        if !gone[n] && matches!(dom.name(n), "h1" | "h2") && class_weight(dom, n, flags) < 0.0 {
            mark(dom, gone, n);
        }
    }
    recount_all(gone, &mut st);
    for name in ["table", "ul", "div"] {
        conditionally(
            dom, roots, &nodes, &tables, name, &tag, gone, &mut st, flags,
        );
    }
}

/// Readability's `cleanConditionally` for the elements named `name`, last first.
#[allow(clippy::too_many_arguments)]
fn conditionally<'d>(
    dom: &'d Dom,
    roots: &[usize],
    nodes: &[usize],
    tables: &[usize],
    name: &str,
    tag: &dyn Fn(usize) -> &'d str,
    gone: &mut [bool],
    st: &mut [Stats],
    flags: Flags,
) {
    if !flags.clean_conditionally {
        return;
    }
    for &n in nodes.iter().rev() {
        if gone[n] || tag(n) != name {
            continue;
        }
        if furniture(dom, n, tables, name, gone, st, flags) {
            mark(dom, gone, n);
            for a in ancestors(dom, n) {
                stats::recount(dom, gone, st, a);
                if roots.contains(&a) {
                    break;
                }
            }
        }
    }
}

/// True when the block `n` looks like furniture.
fn furniture(
    dom: &Dom,
    n: usize,
    tables: &[usize],
    name: &str,
    gone: &[bool],
    st: &[Stats],
    flags: Flags,
) -> bool {
    let s = st[n];
    let is_list = matches!(name, "ul" | "ol") || s.lists as f32 > 0.9 * s.text as f32;
    if name == "table" && tables.contains(&n) {
        return false;
    }
    let up = ancestors(dom, n);
    if up.iter().any(|a| tables.contains(a)) || up.iter().take(4).any(|&a| dom.name(a) == "code") {
        return false;
    }
    let below = stats::preorder(dom, gone, n);
    if below.iter().skip(1).any(|d| tables.contains(d)) {
        return false;
    }
    let weight = class_weight(dom, n, flags);
    if weight < 0.0 {
        return true;
    }
    if s.ascii_commas >= 10 {
        return false;
    }
    if s.embeds > 0 {
        // Only embedded videos are left by now.
        return false;
    }
    if s.text <= 24 {
        let text = crate::case::lower(dom.text(n).trim());
        if AD_OR_LOADING.contains(&text.as_str()) {
            return true;
        }
    }
    let (p, img, input) = (s.p as f32, s.img as f32, s.input as f32);
    let li = s.li as f32 - 100.0;
    let text = s.text as f32;
    let heading_density = if text > 0.0 {
        s.headings as f32 / text
    } else {
        0.0
    };
    let link_density = s.link_density();
    let text_density = if text > 0.0 {
        s.textish as f32 / text
    } else {
        0.0
    };
    let in_figure = up.iter().take(4).any(|&a| dom.name(a) == "figure");
    let remove = (!in_figure && img > 1.0 && p / img < 0.5)
        || (!is_list && li > p)
        || input > (p / 3.0).floor()
        || (!is_list
            && !in_figure
            && heading_density < 0.9
            && text < 25.0
            && (img == 0.0 || img > 2.0)
            && link_density > 0.0)
        || (!is_list && weight < 25.0 && link_density > 0.2)
        || (weight >= 25.0 && link_density > 0.5)
        || (img == 0.0 && text_density == 0.0);
    if is_list && remove {
        let kids: Vec<usize> = dom.children[n]
            .iter()
            .copied()
            .filter(|&c| !gone[c] && !dom.is_text(c))
            .collect();
        if kids
            .iter()
            .all(|&c| dom.children[c].iter().filter(|&&g| !dom.is_text(g)).count() <= 1)
            && s.li == s.img
        {
            return false;
        }
    }
    remove
}

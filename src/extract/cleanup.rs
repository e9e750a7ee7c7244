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
        && dom.attrs(n).iter().any(|(_, v)| VIDEO_HOSTS.any_within(v))
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

/// Clears furniture below `roots` (each read as a `<div>` when `as_div` says so), marking
/// it in `gone`; `st` holds the counts of the nodes below the roots and is kept up to date.
pub fn clean(
    dom: &Dom,
    roots: &[usize],
    as_div: &[bool],
    gone: &mut [bool],
    st: &mut [Stats],
    flags: Flags,
) {
    let mut nodes = Vec::new();
    for &r in roots {
        nodes.extend(stats::preorder(dom, gone, r));
    }
    // Nodes in, or holding, a data table are kept.
    let mut near_data = vec![false; dom.nodes.len()];
    for t in data_tables(dom, &nodes) {
        for d in dom.descendants(t) {
            near_data[d] = true;
        }
        let mut a = t;
        while a != 0 {
            a = dom.parent[a];
            near_data[a] = true;
        }
    }
    let ctx = Ctx {
        dom,
        roots,
        as_div,
        near_data: &near_data,
        flags,
    };
    ctx.conditionally(&nodes, &["form", "fieldset"], gone, st);
    for &n in &nodes {
        if gone[n] || dom.is_text(n) {
            continue;
        }
        let name = dom.name(n);
        let (class, id) = class_and_id(dom, n);
        let share = !roots.contains(&n)
            && [class, id].iter().any(|s| {
                s.split(|c: char| !c.is_alphanumeric())
                    .any(|w| w == "share" || w == "sharedaddy")
            })
            && dom.text(n).chars().count() < SHARE_MAX_TEXT;
        let furniture_heading = matches!(name, "h1" | "h2") && class_weight(dom, n, flags) < 0.0;
        if (CLEANED.contains(name) && !is_video(dom, n)) || share || furniture_heading {
            mark(dom, gone, n);
        }
    }
    ctx.conditionally(&nodes, &["table", "ul", "div"], gone, st);
}

/// What the conditional cleaning reads besides the counts.
struct Ctx<'a> {
    dom: &'a Dom,
    roots: &'a [usize],
    as_div: &'a [bool],
    near_data: &'a [bool],
    flags: Flags,
}

impl Ctx<'_> {
    /// The tag `n` is cleaned as: a joined block that is not a common container reads as
    /// a `<div>`.
    fn tag(&self, n: usize) -> &str {
        match self.roots.iter().position(|&r| r == n) {
            Some(k) if self.as_div[k] => "div",
            _ => self.dom.name(n),
        }
    }

    /// Readability's `cleanConditionally` for the elements named in `names`, last first
    /// (so each block is judged after the blocks below it), recounting each element from
    /// its children on the way.
    fn conditionally(&self, nodes: &[usize], names: &[&str], gone: &mut [bool], st: &mut [Stats]) {
        let dom = self.dom;
        for &n in nodes.iter().rev() {
            if gone[n] || dom.is_text(n) {
                continue;
            }
            stats::recount(dom, gone, st, n);
            let name = self.tag(n);
            if self.flags.clean_conditionally
                && names.contains(&name)
                && !self.near_data[n]
                && furniture(dom, n, name, gone, st, self.flags)
            {
                mark(dom, gone, n);
            }
        }
    }
}

/// True when the block `n` looks like furniture.
fn furniture(dom: &Dom, n: usize, name: &str, gone: &[bool], st: &[Stats], flags: Flags) -> bool {
    let s = st[n];
    let is_list = matches!(name, "ul" | "ol") || s.lists as f32 > 0.9 * s.text as f32;
    // Up to four ancestors: inside code, or in a figure.
    let (mut in_code, mut in_figure, mut a) = (false, false, n);
    for _ in 0..4 {
        a = dom.parent[a];
        in_code |= dom.name(a) == "code";
        in_figure |= dom.name(a) == "figure";
    }
    if in_code {
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
        if AD_OR_LOADING.contains(text.as_str()) {
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
        let kids = super::content::element_children(dom, gone, n);
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

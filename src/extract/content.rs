//! Choosing the article's content block, as Readability does: furniture is set aside by
//! visibility, role, class and id; paragraphs are scored by length and commas and their
//! scores flow to five levels of ancestors; the best ancestor, less its share of link text,
//! is the article, widened to the ancestor several close candidates share, and joined by the
//! siblings that score close to it. [`super::cleanup`] then clears furniture inside it.

use super::dom::Dom;
use super::prep::Prepared;
use super::stats::{self, Stats};
use crate::lexicon::html::{BYLINE, FURNITURE_ROLES, MAYBE, NEGATIVE, POSITIVE, SCORED, UNLIKELY};
use crate::lexicon::Words;
use std::borrow::Cow;

/// Fewest characters of a paragraph that is scored.
const MIN_PARAGRAPH: u32 = 25;
/// Levels of ancestors a paragraph's score reaches.
const ANCESTOR_LEVELS: usize = 5;
/// Candidates compared with the best one.
const TOP_CANDIDATES: usize = 5;

/// Which of the filters an attempt applies; later attempts drop them one by one.
#[derive(Debug, Clone, Copy)]
pub struct Flags {
    /// Set aside blocks whose class or id marks furniture.
    pub strip_unlikely: bool,
    /// Weigh class and id words in scores.
    pub weight_classes: bool,
    /// Clear inner blocks that look like furniture.
    pub clean_conditionally: bool,
}

/// The lowercase class attribute, then the id: borrowed from the page when written in
/// lowercase ASCII already, as most are.
pub fn class_and_id(dom: &Dom, i: usize) -> (Cow<'_, str>, Cow<'_, str>) {
    let lower = |k| {
        let v = dom.attr(i, k).unwrap_or("");
        if v.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
            Cow::Borrowed(v)
        } else {
            Cow::Owned(crate::case::lower(v))
        }
    };
    (lower("class"), lower("id"))
}

fn negative(s: &str) -> bool {
    NEGATIVE.any_within(s) || s.split_whitespace().any(|w| w == "hid")
}

/// Class/id weight: +25 for each of class and id with content words, -25 with furniture
/// words.
pub fn class_weight(dom: &Dom, i: usize, flags: Flags) -> f32 {
    if !flags.weight_classes || dom.is_text(i) {
        return 0.0;
    }
    let (class, id) = class_and_id(dom, i);
    let mut w = 0.0;
    for s in [class, id] {
        if s.is_empty() {
            continue;
        }
        if negative(&s) {
            w -= 25.0;
        }
        if POSITIVE.any_within(&s) {
            w += 25.0;
        }
    }
    w
}

/// True for an element the reader does not see.
pub fn is_hidden(dom: &Dom, i: usize) -> bool {
    // The style without whitespace, lowercase.
    let style: Vec<u8> = dom
        .attr(i, "style")
        .unwrap_or("")
        .bytes()
        .filter(|b| !b.is_ascii_whitespace())
        .map(|b| b.to_ascii_lowercase())
        .collect();
    let says = |rule: &[u8]| style.windows(rule.len()).any(|w| w == rule);
    dom.attr(i, "hidden").is_some()
        || (dom.attr(i, "aria-hidden") == Some("true")
            && !dom
                .attr(i, "class")
                .unwrap_or("")
                .contains("fallback-image"))
        || says(b"display:none")
        || says(b"visibility:hidden")
}

/// Readability's similarity of `b` to `a`: 1 when every word of `b` is in `a`.
pub fn text_similarity(a: &str, b: &str) -> f32 {
    let (a, b) = (crate::case::lower(a), crate::case::lower(b));
    let words = |s: &'_ str| -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut start = None;
        for (i, c) in s.char_indices().chain([(s.len(), ' ')]) {
            match (c.is_alphanumeric() || c == '_', start) {
                (true, None) => start = Some(i),
                (false, Some(st)) => {
                    out.push((st, i));
                    start = None;
                }
                _ => {}
            }
        }
        out
    };
    let (wa, wb) = (words(&a), words(&b));
    let spans = |ws: &[(usize, usize)], keep: &dyn Fn(&str) -> bool| -> usize {
        ws.iter()
            .filter(|&&(x, y)| keep(&b[x..y]))
            .map(|&(x, y)| b[x..y].chars().count() + 1)
            .sum()
    };
    let total = spans(&wb, &|_| true);
    if wa.is_empty() || total == 0 {
        return 0.0;
    }
    let unique = spans(&wb, &|w| !wa.iter().any(|&(x, y)| &a[x..y] == w));
    1.0 - unique.saturating_sub(1) as f32 / (total - 1).max(1) as f32
}

/// The byline an element holds, if it is one: marked as author or byline, short text.
pub fn byline_of(dom: &Dom, i: usize, class: &str, id: &str, base: &[Stats]) -> Option<String> {
    let marked = dom.attr(i, "rel") == Some("author")
        || dom
            .attr(i, "itemprop")
            .is_some_and(|p| p.contains("author"))
        || BYLINE.any_within(class)
        || BYLINE.any_within(id);
    if !marked || base[i].text == 0 {
        return None;
    }
    let text = dom.text(i);
    let text = text.trim();
    if text.is_empty() || text.encode_utf16().count() >= 100 {
        return None;
    }
    let name = dom
        .descendants(i)
        .into_iter()
        .skip(1)
        .find(|&d| dom.attr(d, "itemprop").is_some_and(|p| p.contains("name")));
    Some(name.map_or(text.to_string(), |n| dom.text(n).trim().to_string()))
}

/// What one pass over the page set aside, and the byline it found.
pub struct Sifted {
    /// Nodes left out of everything.
    pub gone: Vec<bool>,
    /// A visible byline, set aside from the text.
    pub byline: Option<String>,
}

/// Sets aside what the reader does not see or is not the article: hidden nodes, dialogs,
/// the byline, the heading that repeats the title, furniture by class, id or role (with
/// `strip_unlikely`), and empty blocks.
pub fn sift(
    dom: &Dom,
    prep: &Prepared,
    base: &[Stats],
    title: &str,
    byline_known: bool,
    flags: Flags,
) -> Sifted {
    let mut gone = prep.dead.clone();
    let mut byline = None;
    let mut title_header_left = true;
    let mut stack = vec![(prep.body, false)];
    while let Some((n, in_table_or_code)) = stack.pop() {
        if gone[n] {
            continue;
        }
        if dom.is_text(n) {
            continue;
        }
        let name = dom.name(n);
        let (class, id) = class_and_id(dom, n);
        // Hidden nodes are dead already (see `prep`).
        let mut drop =
            dom.attr(n, "aria-modal") == Some("true") && dom.attr(n, "role") == Some("dialog");
        if !drop && !byline_known && byline.is_none() {
            if let Some(b) = byline_of(dom, n, &class, &id, base) {
                byline = Some(b);
                drop = true;
            }
        }
        if !drop && title_header_left && matches!(name, "h1" | "h2") {
            let heading = dom.text(n);
            if text_similarity(title, heading.trim()) > 0.75 {
                title_header_left = false;
                drop = true;
            }
        }
        if !drop && flags.strip_unlikely && n != prep.body && name != "a" && name != "body" {
            let has = |words: Words| words.any_within(&class) || words.any_within(&id);
            let marked = !(class.is_empty() && id.is_empty());
            let unlikely = marked && has(UNLIKELY) && !has(MAYBE) && !in_table_or_code;
            let role = dom.attr(n, "role").unwrap_or("");
            drop = unlikely || FURNITURE_ROLES.contains(role);
        }
        if !drop
            && matches!(
                name,
                "div" | "section" | "header" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
            )
            && base[n].text == 0
            && dom.children[n]
                .iter()
                .all(|&c| dom.is_text(c) || matches!(dom.name(c), "br" | "hr"))
        {
            drop = true;
        }
        if drop {
            mark(dom, &mut gone, n);
            continue;
        }
        let below = in_table_or_code || matches!(name, "table" | "code");
        stack.extend(dom.children[n].iter().rev().map(|&c| (c, below)));
    }
    Sifted { gone, byline }
}

/// Marks `n` and all below it as gone.
pub fn mark(dom: &Dom, gone: &mut [bool], n: usize) {
    let mut stack = vec![n];
    while let Some(m) = stack.pop() {
        gone[m] = true;
        stack.extend(dom.children[m].iter().copied());
    }
}

fn tag_score(name: &str) -> f32 {
    match name {
        "div" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}

/// The scores of the page's candidate blocks, scaled by their share of non-link text.
pub struct Scores {
    /// Score of each node that received one.
    pub score: Vec<Option<f32>>,
    /// The candidates, best first (at most `TOP_CANDIDATES`).
    pub top: Vec<usize>,
}

/// Scores the paragraphs and their ancestors.
pub fn score(dom: &Dom, prep: &Prepared, gone: &[bool], st: &[Stats], flags: Flags) -> Scores {
    let mut score: Vec<Option<f32>> = vec![None; dom.nodes.len()];
    let mut candidates = Vec::new();
    for n in stats::preorder(dom, gone, prep.body) {
        if !SCORED.contains(dom.name(n)) || st[n].text < MIN_PARAGRAPH || n == prep.body {
            continue;
        }
        let points = 2.0 + st[n].commas as f32 + (st[n].text / 100).min(3) as f32;
        let mut a = n;
        for level in 0..ANCESTOR_LEVELS {
            if a == prep.body || a == 0 {
                break;
            }
            a = dom.parent[a];
            if a == 0 && prep.body != 0 {
                break;
            }
            let slot = &mut score[a];
            if slot.is_none() {
                *slot = Some(tag_score(dom.name(a)) + class_weight(dom, a, flags));
                candidates.push(a);
            }
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f32 * 3.0,
            };
            if let Some(s) = slot.as_mut() {
                *s += points / divider;
            }
        }
    }
    let mut top: Vec<usize> = Vec::new();
    for &c in &candidates {
        let scaled = score[c].unwrap_or(0.0) * (1.0 - st[c].link_density());
        score[c] = Some(scaled);
        let at = top
            .iter()
            .position(|&t| scaled > score[t].unwrap_or(0.0))
            .unwrap_or(top.len());
        if at < TOP_CANDIDATES {
            top.insert(at, c);
            top.truncate(TOP_CANDIDATES);
        }
    }
    Scores { score, top }
}

fn is_ancestor(dom: &Dom, a: usize, mut n: usize) -> bool {
    while n != 0 {
        n = dom.parent[n];
        if n == a {
            return true;
        }
    }
    false
}

/// The element children of `n` that are not gone.
pub fn element_children(dom: &Dom, gone: &[bool], n: usize) -> Vec<usize> {
    dom.children[n]
        .iter()
        .copied()
        .filter(|&c| !gone[c] && !dom.is_text(c))
        .collect()
}

/// The article's blocks: the best candidate, promoted as Readability does, with the
/// siblings that join it; `None` when nothing scored (the whole body is the article).
pub fn choose(
    dom: &Dom,
    prep: &Prepared,
    gone: &[bool],
    st: &[Stats],
    scores: &mut Scores,
    flags: Flags,
) -> Option<Vec<usize>> {
    let body = prep.body;
    let mut top = *scores.top.first().filter(|&&t| t != body)?;
    let score = &mut scores.score;
    let get = |score: &[Option<f32>], n: usize| score[n].unwrap_or(0.0);
    let top_score = get(score, top);
    let close: Vec<usize> = scores.top[1..]
        .iter()
        .copied()
        .filter(|&c| top_score > 0.0 && get(score, c) / top_score >= 0.75)
        .collect();
    if close.len() >= 3 {
        let mut a = dom.parent[top];
        while a != body && a != 0 {
            if close.iter().filter(|&&c| is_ancestor(dom, a, c)).count() >= 3 {
                top = a;
                break;
            }
            a = dom.parent[a];
        }
    }
    let init = |score: &mut [Option<f32>], n: usize| {
        if score[n].is_none() {
            score[n] = Some(tag_score(dom.name(n)) + class_weight(dom, n, flags));
        }
    };
    init(score, top);
    let mut last = get(score, top);
    let threshold = last / 3.0;
    let mut parent = dom.parent[top];
    while parent != body && parent != 0 {
        let Some(ps) = score[parent] else {
            parent = dom.parent[parent];
            continue;
        };
        if ps < threshold {
            break;
        }
        if ps > last {
            top = parent;
            break;
        }
        last = ps;
        parent = dom.parent[parent];
    }
    let mut parent = dom.parent[top];
    while parent != body && parent != 0 && element_children(dom, gone, parent).len() == 1 {
        top = parent;
        parent = dom.parent[top];
    }
    init(score, top);
    let top_score = get(score, top);
    let threshold = (top_score * 0.2).max(10.0);
    let top_class = dom.attr(top, "class").unwrap_or("");
    let joined = element_children(dom, gone, parent)
        .into_iter()
        .filter(|&s| {
            if s == top {
                return true;
            }
            let bonus = if !top_class.is_empty() && dom.attr(s, "class") == Some(top_class) {
                top_score * 0.2
            } else {
                0.0
            };
            if score[s].is_some_and(|v| v + bonus >= threshold) {
                return true;
            }
            if dom.name(s) != "p" {
                return false;
            }
            let (len, ld) = (st[s].text, st[s].link_density());
            if len > 80 && ld < 0.25 {
                return true;
            }
            len < 80 && len > 0 && ld == 0.0 && ends_sentence(&dom.text(s))
        })
        .collect();
    Some(joined)
}

/// True when `text` has a full stop followed by a space or the end.
fn ends_sentence(text: &str) -> bool {
    let t = text.trim();
    t.ends_with('.') || t.contains(". ")
}

#[cfg(test)]
mod tests;

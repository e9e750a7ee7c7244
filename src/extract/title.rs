//! The title in a page's `<title>`, trimmed as Reader View trims it: the site name after
//! (or before) a separator dropped, the part after a colon kept, a lone `<h1>` used when
//! the title is very short or very long.

use super::dom::Dom;
use super::metadata::clean;

/// Pieces of `s` split at whitespace runs, as Reader View counts a title's words (a
/// leading or trailing run makes an empty piece).
fn word_count(s: &str) -> usize {
    if s.trim().is_empty() {
        return if s.is_empty() { 1 } else { 2 };
    }
    let edge = |ws: bool| usize::from(ws);
    s.split_whitespace().count()
        + edge(s.starts_with(char::is_whitespace))
        + edge(s.ends_with(char::is_whitespace))
}

const SEPARATORS: &[char] = &['|', '-', '\u{2013}', '\\', '/', '>', '\u{bb}'];

/// The title from `<title>`, as Reader View trims it: a site name after (or before) a
/// separator dropped, the part after a colon kept, a lone `<h1>` used when the title is
/// very short or long.
pub fn document_title(dom: &Dom) -> String {
    let orig = clean(
        &dom.elements("title")
            .first()
            .map(|&t| dom.text(t))
            .unwrap_or_default(),
    )
    .unwrap_or_default();
    let spaced = |c: &char| SEPARATORS.contains(c);
    let seps: Vec<usize> = orig
        .char_indices()
        .filter(|&(i, c)| {
            spaced(&c) && orig[..i].ends_with(' ') && orig[i + c.len_utf8()..].starts_with(' ')
        })
        .map(|(i, _)| i - 1)
        .collect();
    let mut hierarchical = false;
    let mut cur = orig.clone();
    if let Some(&last) = seps.last() {
        hierarchical = seps.iter().any(|&i| {
            matches!(
                orig[i + 1..].chars().next(),
                Some('\\' | '/' | '>' | '\u{bb}')
            )
        });
        cur = orig[..last].to_string();
        if word_count(&cur) < 3 {
            cur = orig
                .find(SEPARATORS)
                .map_or(orig.clone(), |at| orig[at + 1..].to_string());
        }
    } else if orig.contains(": ") {
        let headings = [dom.elements("h1"), dom.elements("h2")].concat();
        if !headings.iter().any(|&h| dom.text(h).trim() == orig) {
            let after_last = orig.rfind(':').map_or("", |at| &orig[at + 1..]);
            let first = orig.find(':').unwrap_or(0);
            cur = if word_count(after_last) < 3 {
                orig[first + 1..].to_string()
            } else if word_count(&orig[..first]) > 5 {
                orig.clone()
            } else {
                after_last.to_string()
            };
        }
    } else if orig.encode_utf16().count() > 150 || orig.encode_utf16().count() < 15 {
        let h1s = dom.elements("h1");
        if h1s.len() == 1 {
            cur = dom.text(h1s[0]);
        }
    }
    let cur = clean(&cur).unwrap_or_default();
    let words = word_count(&cur);
    let without_separators: String = orig.chars().filter(|c| !SEPARATORS.contains(c)).collect();
    if words <= 4 && (!hierarchical || words + 1 != word_count(&without_separators)) {
        return orig;
    }
    cur
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::dom::parse;

    #[test]
    fn title_without_site_name() {
        for (title, want) in [
            (
                "Leaders meet in Geneva for talks | Daily News",
                "Leaders meet in Geneva for talks",
            ),
            (
                "Daily News | Leaders meet in Geneva for talks",
                "Leaders meet in Geneva for talks",
            ),
            (
                "Talks \u{2014} what the leaders said in Geneva",
                "Talks \u{2014} what the leaders said in Geneva",
            ),
            (
                "World: Leaders meet in Geneva for talks",
                "Leaders meet in Geneva for talks",
            ),
            ("Short | Site", "Short | Site"),
            (
                "Leaders meet in Geneva for talks \u{2013} Daily News",
                "Leaders meet in Geneva for talks",
            ),
        ] {
            let d = parse(&format!("<title>{title}</title>"));
            assert_eq!(document_title(&d), want, "{title}");
        }
    }
}

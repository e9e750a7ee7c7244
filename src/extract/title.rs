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
    let orig = dom
        .elements("title")
        .first()
        .and_then(|&t| clean(&dom.text(t)))
        .unwrap_or_default();
    // The last separator set off by spaces, and whether any is hierarchical (\ / > »).
    let (mut last, mut hierarchical) = (None, false);
    for (i, c) in orig.char_indices() {
        if SEPARATORS.contains(&c)
            && orig[..i].ends_with(' ')
            && orig[i + c.len_utf8()..].starts_with(' ')
        {
            last = Some(i - 1);
            hierarchical |= matches!(c, '\\' | '/' | '>' | '\u{bb}');
        }
    }
    let h1s = dom.elements("h1");
    let mut cur = orig.clone();
    if let Some(last) = last {
        cur.truncate(last);
        if word_count(&cur) < 3 {
            let at = orig.find(SEPARATORS).map_or(0, |at| at + 1);
            cur = orig[at..].to_string();
        }
    } else if orig.contains(": ") {
        let mut headings = h1s
            .iter()
            .chain(dom.elements("h2").iter())
            .copied()
            .collect::<Vec<_>>();
        headings.retain(|&h| dom.text(h).trim() == orig);
        if headings.is_empty() {
            let (first, last) = (orig.find(':').unwrap_or(0), orig.rfind(':').unwrap_or(0));
            cur = if word_count(&orig[last + 1..]) < 3 {
                orig[first + 1..].to_string()
            } else if word_count(&orig[..first]) > 5 {
                orig.clone()
            } else {
                orig[last + 1..].to_string()
            };
        }
    } else if !(15..=150).contains(&orig.chars().count()) && h1s.len() == 1 {
        cur = dom.text(h1s[0]);
    }
    let cur = clean(&cur).unwrap_or_default();
    let words = word_count(&cur);
    if words <= 4 && (!hierarchical || words + 1 != word_count(&orig.replace(SEPARATORS, ""))) {
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

//! The title in a page's `<title>`, trimmed as Reader View trims it: the site name after
//! (or before) a separator dropped, the part after a colon kept, a lone `<h1>` used when
//! the title is very short or very long.

use super::dom::Dom;
use super::metadata::clean;

/// Pieces of `s` split at whitespace runs, as Reader View counts a title's words (a
/// leading or trailing run makes an empty piece).
fn word_count(s: &[char]) -> usize {
    let mut pieces = 1;
    for (i, c) in s.iter().enumerate() {
        if c.is_whitespace() && (i == 0 || !s[i - 1].is_whitespace()) {
            pieces += 1;
        }
    }
    pieces
}

fn is_separator(c: char) -> bool {
    matches!(c, '|' | '-' | '\u{2013}' | '\\' | '/' | '>' | '\u{bb}')
}

/// The title from `<title>`, as Reader View trims it: a site name after (or before) a
/// separator dropped, the part after a colon kept, a lone `<h1>` used when the title is
/// very short or long.
pub fn document_title(dom: &Dom) -> String {
    let titles = dom.elements("title");
    let orig_text = titles
        .first()
        .and_then(|&t| clean(&dom.text(t)))
        .unwrap_or_default();
    let orig: Vec<char> = orig_text.chars().collect();
    // The last separator set off by spaces, and whether any is hierarchical (\ / > »).
    let (mut last, mut hierarchical) = (None, false);
    for i in 1..orig.len().saturating_sub(1) {
        let c = orig[i];
        if is_separator(c) && orig[i - 1] == ' ' && orig[i + 1] == ' ' {
            last = Some(i - 1);
            hierarchical |= matches!(c, '\\' | '/' | '>' | '\u{bb}');
        }
    }
    let colons: Vec<usize> = (0..orig.len()).filter(|&i| orig[i] == ':').collect();
    let h1s = dom.elements("h1");
    let mut cur = orig.clone();
    if let Some(last) = last {
        cur.truncate(last);
        if word_count(&cur) < 3 {
            let at = orig
                .iter()
                .position(|&c| is_separator(c))
                .map_or(0, |p| p + 1);
            cur = orig[at..].to_vec();
        }
    } else if colons.iter().any(|&i| orig.get(i + 1) == Some(&' ')) {
        let headings = [h1s.clone(), dom.elements("h2")].concat();
        if !headings.iter().any(|&h| dom.text(h).trim() == orig_text) {
            let (first, last) = (colons[0], colons[colons.len() - 1]);
            cur = if word_count(&orig[last + 1..]) < 3 {
                orig[first + 1..].to_vec()
            } else if word_count(&orig[..first]) > 5 {
                orig.clone()
            } else {
                orig[last + 1..].to_vec()
            };
        }
    } else if !(15..=150).contains(&orig.len()) && h1s.len() == 1 {
        cur = dom.text(h1s[0]).chars().collect();
    }
    let cur = clean(&cur.iter().collect::<String>()).unwrap_or_default();
    let words = word_count(&cur.chars().collect::<Vec<_>>());
    let bare: Vec<char> = orig.iter().copied().filter(|&c| !is_separator(c)).collect();
    if words <= 4 && (!hierarchical || words + 1 != word_count(&bare)) {
        return orig_text;
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

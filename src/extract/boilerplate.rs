//! Safeguards for precision beyond Reader View, in the manner of trafilatura: inside the
//! chosen content, the headline (an `<h1>` before any text), bylines, datelines and
//! timestamps, short lists made of links (related stories) and short blocks that prompt,
//! tease or label (newsletter sign-ups, "Read more", "Advertisement") are left out; an
//! article's own paragraphs, subheadings, lists and quotes stay.

use super::content::{class_and_id, mark};
use super::dom::Dom;
use super::stats::{self, Stats};
use crate::lexicon::html::{BYLINE_BLOCK, PROMPT_PHRASES, TEASER_PHRASES};
use crate::lexicon::Words;

/// Longest text of a block taken for a byline or a prompt.
const SHORT: u32 = 100;
/// Longest text of a list of links taken for furniture; a list at the end of the article
/// (with less than [`SHORT`] characters after it) may be longer.
const LINK_LIST: u32 = 300;
const TRAILING_LINK_LIST: u32 = 1000;

fn has_word(class: &str, id: &str, words: Words) -> bool {
    words.any_within(class) || words.any_within(id)
}

/// Marks furniture below `roots` in `gone`; `st` holds the counts of the nodes below the
/// roots.
pub fn trim(dom: &Dom, roots: &[usize], gone: &mut [bool], st: &[Stats]) {
    let mut order = Vec::new();
    for &r in roots {
        order.extend(stats::preorder(dom, gone, r));
    }
    // Text before each node in document order.
    let mut before = vec![0u32; dom.nodes.len()];
    let mut seen = 0;
    for &n in &order {
        before[n] = seen;
        if dom.is_text(n) {
            seen += st[n].text;
        }
    }
    let total = seen;
    for &n in &order {
        if roots.contains(&n) || gone[n] || dom.is_text(n) {
            continue;
        }
        let s = st[n];
        let name = dom.name(n);
        let (class, id) = class_and_id(dom, n);
        let byline = s.text < SHORT && has_word(&class, &id, BYLINE_BLOCK) && name != "a";
        let after = total.saturating_sub(before[n] + s.text);
        let link_list = matches!(name, "ul" | "ol")
            && s.li >= 3
            && s.link_density() >= 0.8
            && (s.text < LINK_LIST || (after < SHORT && s.text < TRAILING_LINK_LIST));
        let prompt =
            s.text < SHORT && !matches!(name, "a" | "span" | "b" | "strong" | "em" | "i") && {
                let text = crate::case::lower(&stats::visible_text(dom, gone, n));
                PROMPT_PHRASES.any_within(&text)
                    || (s.link_density() > 0.3 && TEASER_PHRASES.any_within(&text))
            };
        // An `<h1>` before any text of the article is its headline, shown apart.
        let headline = name == "h1" && before[n] == 0;
        if byline || link_list || prompt || headline {
            mark(dom, gone, n);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::extract;

    const PARA: &str = "The ministers met in Geneva on Monday, and they talked for hours about trade, energy and the border, officials said.";

    #[test]
    fn furniture_inside_the_article_is_left_out_and_its_own_blocks_stay() {
        let body = format!(
            "<p>{PARA}</p><div class='byline'>By Jo Doe, Geneva</div><p>{PARA}</p>\
             <h2>What comes next</h2><ul><li>A second round in May</li><li>A treaty draft</li><li>Border posts reopened</li></ul>\
             <blockquote>We will meet again, and soon, the minister said.</blockquote><p>{PARA}</p>\
             <div class='box'><p>Sign up for our daily newsletter</p></div><p>{PARA}</p>\
             <ul><li><a href='/a'>Trade deal stalls</a></li><li><a href='/b'>Energy prices rise</a></li><li><a href='/c'>Border reopens</a></li></ul>"
        );
        let html = format!("<html><body><article><h1>Talks end</h1>{body}</article></body></html>");
        let text = extract(&html).unwrap().text;
        for kept in [
            "What comes next",
            "A treaty draft",
            "We will meet again",
            "officials said.",
        ] {
            assert!(text.contains(kept), "{kept} missing from {text}");
        }
        assert_eq!(text.matches("The ministers met").count(), 4, "{text}");
        for dropped in ["Talks end", "Jo Doe", "newsletter", "Trade deal stalls"] {
            assert!(!text.contains(dropped), "{dropped} kept in {text}");
        }
    }
}

//! Hard cases of content scoring: which block of a page is the article, by paragraph
//! length and commas flowing to ancestors, link density, class and id words, close
//! candidates that share an ancestor and siblings that join; what sifting sets aside.
//! Invented pages.

use super::*;
use crate::extract::{dom, prep, stats};

const ALL: Flags = Flags {
    strip_unlikely: true,
    weight_classes: true,
    clean_conditionally: true,
};
const NONE: Flags = Flags {
    strip_unlikely: false,
    weight_classes: false,
    clean_conditionally: false,
};

/// A paragraph of prose: long, with commas.
const PROSE: &str = "Residents of the valley returned home on Tuesday, after the river fell below flood stage, and began clearing mud from their houses, shops and schools.";

/// The ids of the blocks `choose` takes from `html` (the tag name of a block without an
/// id), and the byline sifting set aside; `None` when no block scored.
fn chosen(html: &str, title: &str, flags: Flags) -> (Option<Vec<String>>, Option<String>) {
    let mut dom = dom::parse(html);
    let prep = prep::prepare(&mut dom);
    let base = stats::compute(&dom, &prep.dead, &[prep.body]);
    let sifted = sift(&dom, &prep, &base, title, false, flags);
    let st = stats::compute(&dom, &sifted.gone, &[prep.body]);
    let mut scores = score(&dom, &prep, &sifted.gone, &st, flags);
    let blocks = choose(&dom, &prep, &sifted.gone, &st, &mut scores, flags).map(|b| {
        b.iter()
            .map(|&n| dom.attr(n, "id").unwrap_or(dom.name(n)).to_string())
            .collect()
    });
    (blocks, sifted.byline)
}

/// A line of a sidebar: long enough to score, no commas.
const SHORT: &str = "Sign up for the morning newsletter";

fn paragraphs(n: usize) -> String {
    format!("<p>{PROSE}</p>").repeat(n)
}

#[test]
fn the_article_block_is_chosen() {
    let links = "<p><a href=/a>Residents of the valley returned home on Tuesday after the flood</a> <a href=/b>Schools reopen, shops count the cost of the mud</a></p>";
    // (page, flags, blocks chosen)
    let cases: Vec<(String, Flags, Option<Vec<&str>>)> = vec![
        // More paragraphs and commas score more than a sidebar's line, which does not
        // score enough to join.
        (
            format!("<body><div id=side><p>{SHORT}</p></div><div id=story>{}</div></body>", paragraphs(4)),
            ALL,
            Some(vec!["story"]),
        ),
        // Text that is all links loses to less text that is prose.
        (
            format!("<body><div id=story>{}</div><div id=more>{}</div></body>", paragraphs(2), links.repeat(6)),
            ALL,
            Some(vec!["story"]),
        ),
        // A block whose class marks comments is set aside, however much it holds; with no
        // filter it is scored as any block: the best, the story joining it.
        (
            format!("<body><div id=story>{}</div><div id=talk class=comments>{}</div></body>", paragraphs(2), paragraphs(5)),
            ALL,
            Some(vec!["story"]),
        ),
        (
            format!("<body><div id=story>{}</div><div id=talk class=comments>{}</div></body>", paragraphs(2), paragraphs(5)),
            NONE,
            Some(vec!["story", "talk"]),
        ),
        // Three close candidates or more: their common ancestor is the article.
        (
            format!(
                "<body><div id=main>{}</div><div id=side><p>{SHORT}</p></div></body>",
                format!("<div class=part>{}</div>", paragraphs(2)).repeat(4),
            ),
            ALL,
            Some(vec!["main"]),
        ),
        // A long paragraph of prose beside the article joins it; a short link does not.
        (
            format!(
                "<body><div id=wrap><div id=story>{}</div><p id=tail>{PROSE}</p><p id=next><a href=/n>Next story</a></p></div></body>",
                paragraphs(4)
            ),
            ALL,
            Some(vec!["story", "tail"]),
        ),
        // Hidden text is not read.
        (
            format!("<body><div id=shown>{}</div><div id=secret hidden>{}</div></body>", paragraphs(2), paragraphs(6)),
            ALL,
            Some(vec!["shown"]),
        ),
        // No paragraph long enough to score.
        ("<body><div><p>Short line.</p><p>Another.</p></div></body>".to_string(), ALL, None),
    ];
    for (html, flags, want) in cases {
        let (got, _) = chosen(&html, "", flags);
        let want: Option<Vec<String>> = want.map(|v| v.iter().map(|s| s.to_string()).collect());
        assert_eq!(got, want, "{html:?} with {flags:?}");
    }
}

#[test]
fn sifting_sets_aside_the_byline_and_the_repeated_title() {
    let title = "Valley residents return after the flood";
    // (page, byline found); the article block is chosen all the same
    let cases = [
        (
            format!("<body><article id=story><p class=byline>By Jane Doe</p>{}</article></body>", paragraphs(3)),
            Some("By Jane Doe"),
        ),
        (
            format!("<body><article id=story><span rel=author>Jane Doe</span>{}</article></body>", paragraphs(3)),
            Some("Jane Doe"),
        ),
        // Too long for a byline: a paragraph that happens to carry the class.
        (
            format!("<body><article id=story><p class=author-note>{PROSE} {PROSE}</p>{}</article></body>", paragraphs(3)),
            None,
        ),
    ];
    for (html, byline) in &cases {
        let (blocks, got) = chosen(html, title, ALL);
        assert_eq!(got.as_deref(), *byline, "{html:?}");
        assert_eq!(blocks, Some(vec!["story".to_string()]), "{html:?}");
    }
    // Readability's word similarity, which sets aside a heading that repeats the title.
    let similar = [
        (title, "Valley residents return after the flood", 1.0),
        (title, "valley RESIDENTS return after the flood!", 1.0),
        (title, "Schools reopen", 0.0),
    ];
    for (a, b, want) in similar {
        assert!(
            (text_similarity(a, b) - want).abs() < 1e-6,
            "{a:?} ~ {b:?}: {}",
            text_similarity(a, b)
        );
    }
    assert!(text_similarity(title, "Valley residents count the cost") < 0.75);
}

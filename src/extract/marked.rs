//! An element the page marks as its article (`<article>`, or one a selector names), read
//! as it stands: no scoring, only what is not the story left out: scripts, styles and
//! hidden elements (see [`super::prep`]), figures and their captions, asides, navigation
//! and form controls. The text keeps where its characters came from, as an extracted
//! article does ([`super::origin`]).

use super::content::mark;
use super::dom::Dom;
use super::origin::{text_starts, Traced};
use super::{layout, prep, ExtractError, Metadata};

/// Elements of a marked article that are not its story.
const NOT_STORY: &[&str] = &[
    "figure",
    "figcaption",
    "aside",
    "nav",
    "button",
    "select",
    "textarea",
    "iframe",
    "dialog",
];

/// The text of the tree `dom` read as one article, laid out in paragraphs.
pub fn read_marked(dom: &mut Dom) -> Result<Traced, ExtractError> {
    let starts = text_starts(dom);
    let prep = prep::prepare(dom);
    let mut gone = prep.dead;
    for n in 0..dom.nodes.len() {
        if !gone[n] && NOT_STORY.contains(&dom.name(n)) {
            mark(dom, &mut gone, n);
        }
    }
    let laid = layout::lay_out(dom, &[0], &gone, Some(&starts));
    if laid.paragraphs.is_empty() {
        return Err(ExtractError::NoArticle);
    }
    Ok(Traced::new(dom, Metadata::default(), laid, None))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::dom::parse;

    #[test]
    fn a_marked_article_is_read_without_what_is_not_its_story() {
        let mut dom = parse(
            "<h1>Talks end</h1><p>The ministers met.</p><figure><img><figcaption>A photo\nof the hall.</figcaption></figure>\
             <aside>Related: more talks</aside><nav><a href=/>Home</a></nav><script>var x = 1;</script>\
             <p hidden>Hidden words.</p><div>First line<br><br>Second line</div><button>Share</button>\
             <p class=wp-caption-text>Credit: agency</p>",
        );
        let traced = read_marked(&mut dom).unwrap();
        assert_eq!(
            traced.story,
            "Talks end\n\nThe ministers met.\n\nFirst line\n\nSecond line"
        );
        assert_eq!(
            traced.extracted.captions,
            vec!["Credit: agency".to_string()]
        );
        assert_eq!(
            read_marked(&mut parse("<figure><figcaption>x</figcaption></figure>")).err(),
            Some(ExtractError::NoArticle)
        );
    }
}

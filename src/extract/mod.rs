//! Article extraction from an HTML page, in the manner of Firefox Reader View: the page
//! parsed into a tree ([`dom`]) and reshaped ([`prep`]), furniture set aside and the content
//! block scored and chosen ([`content`]), furniture inside it cleared ([`cleanup`]), its text
//! laid out as paragraphs ([`layout`]), and the page's metadata read ([`metadata`]). When
//! no block scores as an article, the densest block of text or the whole visible text is
//! taken instead ([`fallback`]), and the result says so. The algorithm reads the tree
//! through a few accessors, so a tree from elsewhere (the live DOM) can be read by the same
//! code ([`source`]).

pub mod boilerplate;
pub mod cleanup;
pub mod content;
pub mod dom;
pub mod entities;
pub mod fallback;
pub mod json;
pub mod layout;
// The live page's reader (src/wasm) extracts through these; natively only their tests do.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub mod marked;
pub mod metadata;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub mod origin;
pub mod prep;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub mod source;
pub mod stats;
pub mod title;

pub use metadata::Metadata;

use content::Flags;

/// Characters of text below which an attempt is retried with fewer filters.
const ENOUGH_TEXT: u32 = 500;

/// An extracted article.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Extracted {
    /// Title, byline, site name, published time, language.
    #[serde(flatten)]
    pub metadata: Metadata,
    /// The body as plain text, paragraphs separated by blank lines.
    pub text: String,
    /// The paragraphs of `text` that caption a figure: shown by a reader view, but they
    /// describe a picture rather than tell the story.
    pub captions: Vec<String>,
    /// How the text was found when no block scored as an article: `"densest-block"` (the
    /// block with the most paragraph text) or `"page"` (all the visible text); absent when
    /// the article block was found.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fallback: Option<&'static str>,
}

impl Extracted {
    /// The body without its figure captions, paragraphs separated by blank lines.
    pub fn story(&self) -> String {
        let captions: crate::sorted::SortedSet<&str> =
            self.captions.iter().map(String::as_str).collect();
        self.text
            .split("\n\n")
            .filter(|p| !captions.contains(p))
            .collect::<Vec<_>>()
            .join("\n\n")
    }
}

/// Why no article came out of a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExtractError {
    /// The page shows no text besides links.
    NoArticle,
}

impl std::fmt::Display for ExtractError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ExtractError::NoArticle => write!(f, "no article found in this page"),
        }
    }
}

impl std::error::Error for ExtractError {}

/// One pass of the content search: the blocks it took and what it set aside.
struct Attempt {
    roots: Vec<usize>,
    gone: Vec<bool>,
    text: u32,
    prose: f32,
    whole_page: bool,
}

/// One pass of the content search with `flags`, and the visible byline it set aside.
// Not inlined into its callers: about 30 bytes less WebAssembly.
#[inline(never)]
fn attempt(
    dom: &dom::Dom,
    prep: &prep::Prepared,
    base: &[stats::Stats],
    title: &str,
    byline_known: bool,
    flags: Flags,
) -> (Attempt, Option<String>) {
    let sifted = content::sift(dom, prep, base, title, byline_known, flags);
    let mut gone = sifted.gone;
    let mut st = stats::compute_after(dom, &gone, &[prep.body], Some(base));
    let mut scores = content::score(dom, prep, &gone, &st, flags);
    let chosen = content::choose(dom, prep, &gone, &st, &mut scores, flags);
    let whole_page = chosen.is_none();
    let roots = chosen.unwrap_or_else(|| vec![prep.body]);
    let as_div: Vec<bool> = roots
        .iter()
        .map(|&r| {
            !whole_page
                && !matches!(
                    dom.name(r),
                    "div" | "article" | "section" | "p" | "ol" | "ul"
                )
        })
        .collect();
    cleanup::clean(dom, &roots, &as_div, &mut gone, &mut st, flags);
    // What Reader View would have found, before the safeguards beyond it.
    let prose = roots.iter().map(|&r| st[r].prose()).sum();
    let text = roots.iter().map(|&r| st[r].text).sum();
    boilerplate::trim(dom, &roots, &mut gone, &st);
    let attempt = Attempt {
        roots,
        gone,
        text,
        prose,
        whole_page,
    };
    (attempt, sifted.byline)
}

/// Extracts the article of the page `html`.
pub fn extract(html: &str) -> Result<Extracted, ExtractError> {
    extract_dom(dom::parse(html))
}

/// Extracts the article of a page already read into a tree (by the parser, or copied from
/// another [`source::Source`]).
pub fn extract_dom(mut dom: dom::Dom) -> Result<Extracted, ExtractError> {
    let (metadata, laid, fallback) = run(&mut dom, None)?;
    Ok(Extracted {
        metadata,
        text: laid.text(),
        captions: laid.captions,
        fallback,
    })
}

/// Extracts the article of a tree and keeps where each character of its story came from
/// (see [`origin`]); the tree stays for the caller to look its text nodes up. Only the
/// live page's reader (src/wasm) calls it.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub fn extract_traced(dom: &mut dom::Dom) -> Result<origin::Traced, ExtractError> {
    let starts = origin::text_starts(dom);
    let (metadata, laid, fallback) = run(dom, Some(&starts))?;
    Ok(origin::Traced::new(dom, metadata, laid, fallback))
}

/// The extraction: the page's metadata, its article laid out, and the fallback taken.
fn run(
    dom: &mut dom::Dom,
    starts: Option<&[u32]>,
) -> Result<(Metadata, layout::Laid, Option<&'static str>), ExtractError> {
    let mut metadata = metadata::read(dom);
    let prep = prep::prepare(dom);
    let dom = &*dom;
    let base = stats::compute(dom, &prep.dead, &[prep.body]);
    let title = metadata.title.clone().unwrap_or_default();
    let mut byline: Option<String> = None;
    let mut best: Option<Attempt> = None;
    let all = Flags {
        strip_unlikely: true,
        weight_classes: true,
        clean_conditionally: true,
    };
    let steps = [
        all,
        Flags {
            strip_unlikely: false,
            ..all
        },
        Flags {
            strip_unlikely: false,
            weight_classes: false,
            ..all
        },
        Flags {
            strip_unlikely: false,
            weight_classes: false,
            clean_conditionally: false,
        },
    ];
    for flags in steps {
        let known = metadata.byline.is_some() || byline.is_some();
        let (attempt, found) = attempt(dom, &prep, &base, &title, known, flags);
        byline = byline.or(found);
        let enough = attempt.text >= ENOUGH_TEXT;
        if best.as_ref().is_none_or(|b| attempt.text > b.text) {
            best = Some(attempt);
        }
        if enough {
            break;
        }
    }
    let best = best.ok_or(ExtractError::NoArticle)?;
    let (laid, fallback) = if best.text < ENOUGH_TEXT {
        let found = (&best.roots[..], &best.gone[..], best.prose);
        fallback::weak(dom, &prep, &base, found, best.whole_page, starts)
            .ok_or(ExtractError::NoArticle)?
    } else {
        let laid = layout::lay_out(dom, &best.roots, &best.gone, starts);
        (laid, None)
    };
    if metadata.byline.is_none() {
        metadata.byline = byline.and_then(|b| metadata::clean(&b));
    }
    Ok((metadata, laid, fallback))
}

/// Decodes the bytes of an HTML page: UTF-8 unless a `<meta charset>` in its head names a
/// single-byte Western encoding (windows-1252, ISO-8859-1), which is decoded by its table;
/// bytes that are not valid in the chosen encoding become U+FFFD.
pub fn decode_page(bytes: &[u8]) -> String {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]).to_ascii_lowercase();
    let charset = head.find("charset=").map(|at| {
        head[at + 8..]
            .trim_start_matches(['"', '\''])
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect::<String>()
    });
    match charset.as_deref() {
        Some(
            "windows-1252" | "iso-8859-1" | "latin1" | "latin-1" | "cp1252" | "us-ascii"
            | "iso-8859-15",
        ) if std::str::from_utf8(bytes).is_err() => {
            bytes.iter().map(|&b| windows_1252(b)).collect()
        }
        _ => String::from_utf8_lossy(bytes).into_owned(),
    }
}

/// The character of one windows-1252 byte.
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '\u{20ac}', '\u{fffd}', '\u{201a}', '\u{192}', '\u{201e}', '\u{2026}', '\u{2020}',
        '\u{2021}', '\u{2c6}', '\u{2030}', '\u{160}', '\u{2039}', '\u{152}', '\u{fffd}', '\u{17d}',
        '\u{fffd}', '\u{fffd}', '\u{2018}', '\u{2019}', '\u{201c}', '\u{201d}', '\u{2022}',
        '\u{2013}', '\u{2014}', '\u{2dc}', '\u{2122}', '\u{161}', '\u{203a}', '\u{153}',
        '\u{fffd}', '\u{17e}', '\u{178}',
    ];
    match b {
        0x80..=0x9f => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

#[cfg(test)]
mod test_pages;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_article_among_furniture() {
        let para = "The ministers met in Geneva on Monday, and they talked for hours about trade, energy and the border. ";
        let html = format!(
            "<html><body><nav><a href=/>Home</a><a href=/w>World</a></nav><div class=sidebar><p>Sign up for our newsletter, it is great, really, and free.</p></div>\
             <div class=article-body><h1>Talks</h1>{}</div><footer>Copyright 2024, all rights reserved, by the company.</footer></body></html>",
            format!("<p>{para}</p>").repeat(6)
        );
        let e = extract(&html).unwrap();
        assert!(e.text.contains("The ministers met"), "{}", e.text);
        assert_eq!(e.text.matches("The ministers met").count(), 6);
        assert_eq!(e.fallback, None);
        assert!(
            !e.text.contains("newsletter")
                && !e.text.contains("Copyright")
                && !e.text.contains("Home"),
            "{}",
            e.text
        );
    }

    #[test]
    fn figure_captions_are_kept_for_reading_and_left_out_of_the_story() {
        let para = "The ministers met in Geneva on Monday, and they talked for hours about trade, energy and the border.";
        let caption = "The ministers arrive at the lakeside hotel on Monday.";
        let html = format!(
            "<html><body><article><p>{para}</p><figure><img src=a.jpg><figcaption>{caption}</figcaption></figure>\
             <p>{para}</p><p>{para}</p></article></body></html>"
        );
        let e = extract(&html).unwrap();
        assert!(e.text.contains(caption), "{}", e.text);
        assert_eq!(e.captions, vec![caption.to_string()]);
        let story = e.story();
        assert!(!story.contains("lakeside"), "{story}");
        assert_eq!(story.matches("The ministers met").count(), 3, "{story}");
    }

    #[test]
    fn a_page_without_a_scoring_block_still_gives_its_text() {
        let e =
            extract("<html><body><div>Lorem ipsum dolor sit amet.</div></body></html>").unwrap();
        assert_eq!(e.text, "Lorem ipsum dolor sit amet.");
        assert_eq!(e.fallback, Some("page"));
        let item = "Officials from both sides met on Monday and agreed to meet again in May, after hours of talks on trade and energy. ";
        let intro =
            "<div class='intro'><p>A short note on the talks, with commas, here and there.</p>\
                     <p>Another short note, with commas, on what was said.</p></div>";
        let points = format!("<li>{item}{item}</li>").repeat(4);
        let html =
            format!("<html><body>{intro}<div><ul class='points'>{points}</ul></div></body></html>");
        let e = extract(&html).unwrap();
        assert_eq!(e.fallback, Some("densest-block"));
        assert_eq!(
            e.text.matches("Officials from both sides").count(),
            8,
            "{}",
            e.text
        );
    }

    #[test]
    fn captions_marked_by_class_are_listed() {
        let para = "The ministers met in Geneva on Monday, and they talked for hours about trade, energy and the border. ";
        let html = format!(
            "<html><body><article>{}<div class='wp-caption'><img src=a.jpg><p class='wp-caption-text'>The lakeside hotel.</p></div></article></body></html>",
            format!("<p>{para}</p>").repeat(6)
        );
        let e = extract(&html).unwrap();
        assert_eq!(e.captions, vec!["The lakeside hotel.".to_string()]);
        assert!(!e.story().contains("lakeside"));
    }

    #[test]
    fn no_article_is_a_clear_error() {
        assert_eq!(
            extract("<html><body><nav><a>Home</a></nav></body></html>"),
            Err(ExtractError::NoArticle)
        );
        assert_eq!(extract(""), Err(ExtractError::NoArticle));
    }

    #[test]
    fn decodes_declared_windows_1252() {
        let page = b"<meta charset=\"windows-1252\"><p>caf\xe9 \x93quoted\x94</p>";
        assert!(decode_page(page).contains("caf\u{e9} \u{201c}quoted\u{201d}"));
        assert_eq!(
            decode_page("<p>caf\u{e9}</p>".as_bytes()),
            "<p>caf\u{e9}</p>"
        );
    }
}

//! What a page says about its article: title, byline, site name, published time and
//! language, from JSON-LD, meta tags (Open Graph, Dublin Core, Twitter, Parse.ly) and the
//! page's `<title>`, in Reader View's order.

use super::content::text_similarity;
use super::dom::Dom;
use super::json::{self, Value};
use super::title::document_title;

/// The metadata of a page.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Metadata {
    /// The article's title.
    pub title: Option<String>,
    /// Who wrote it.
    pub byline: Option<String>,
    /// The site or outlet.
    pub site_name: Option<String>,
    /// When it was published, as the page writes it.
    pub published_time: Option<String>,
    /// The page's language code.
    pub lang: Option<String>,
}

/// Meta `property` prefixes and names that are read.
const PROPERTY_PREFIXES: &[&str] = &["article", "dc", "dcterm", "og", "twitter"];
const PROPERTY_NAMES: &[&str] = &[
    "author",
    "creator",
    "description",
    "published_time",
    "title",
    "site_name",
];
const NAME_PREFIXES: &[&str] = &[
    "dc",
    "dcterm",
    "og",
    "twitter",
    "parsely",
    "weibo:article",
    "weibo:webpage",
];
const NAME_NAMES: &[&str] = &[
    "author",
    "creator",
    "pub-date",
    "description",
    "title",
    "site_name",
];

/// `s` lowercase, without whitespace.
fn squeeze(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// The first key a `property` holds ("article:author" in "og:article:author"), if any is
/// one that is read.
fn property_key(property: &str) -> Option<String> {
    let w = squeeze(property);
    let parts: Vec<&str> = w.split(':').collect();
    parts.windows(2).find_map(|pair| {
        let prefix = PROPERTY_PREFIXES
            .iter()
            .filter(|p| pair[0].ends_with(*p))
            .max_by_key(|p| p.len())?;
        let name = PROPERTY_NAMES.iter().find(|n| pair[1].starts_with(*n))?;
        Some([prefix, ":", name].concat())
    })
}

/// The key a `name` stands for ("dc:creator" from "DC.Creator"), if it is one that is read.
fn name_key(name: &str) -> Option<String> {
    let w = squeeze(name);
    let cut = w.rfind(['-', '.', ':']);
    let (prefix, last) = cut.map_or(("", w.as_str()), |c| (&w[..c], &w[c + 1..]));
    (NAME_NAMES.contains(&last) && (cut.is_none() || NAME_PREFIXES.contains(&prefix)))
        .then(|| w.replace('.', ":"))
}

/// The meta tags read, as (key, content); a later tag with the same key wins.
fn meta_values(dom: &Dom) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for i in dom.elements("meta") {
        let Some(content) = dom.attr(i, "content").filter(|c| !c.is_empty()) else {
            continue;
        };
        let key = dom
            .attr(i, "property")
            .and_then(property_key)
            .or_else(|| dom.attr(i, "name").and_then(name_key));
        if let Some(key) = key {
            out.retain(|(k, _)| *k != key);
            out.push((key, content.trim().to_string()));
        }
    }
    out
}

fn first<'a>(values: &'a [(String, String)], keys: &[&str]) -> Option<&'a str> {
    keys.iter().find_map(|k| {
        values
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.as_str())
    })
}

/// `s` with whitespace collapsed, or `None` when empty.
pub fn clean(s: &str) -> Option<String> {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!s.is_empty()).then_some(s)
}

/// The schema.org types of articles.
fn is_article_type(t: &str) -> bool {
    const TYPES: &[&str] = &[
        "AdvertiserContentArticle",
        "NewsArticle",
        "AnalysisNewsArticle",
        "AskPublicNewsArticle",
        "BackgroundNewsArticle",
        "OpinionNewsArticle",
        "ReportageNewsArticle",
        "ReviewNewsArticle",
        "Report",
        "SatiricalArticle",
        "ScholarlyArticle",
        "MedicalScholarlyArticle",
        "SocialMediaPosting",
        "BlogPosting",
        "LiveBlogPosting",
        "DiscussionForumPosting",
        "TechArticle",
    ];
    t.starts_with("Article") || t.ends_with("APIReference") || TYPES.iter().any(|k| t.contains(k))
}

fn typed_article(v: &Value) -> bool {
    v.str_of("@type").is_some_and(is_article_type)
}

fn is_schema_org(s: &str) -> bool {
    let s = s.strip_suffix('/').unwrap_or(s);
    s == "http://schema.org" || s == "https://schema.org"
}

/// The first JSON-LD object of an article type in the page.
fn json_ld(dom: &Dom) -> Option<Value> {
    dom.elements("script").into_iter().find_map(|i| {
        if dom.attr(i, "type") != Some("application/ld+json") {
            return None;
        }
        let text = dom.text(i);
        let text = text
            .trim()
            .trim_start_matches("<![CDATA[")
            .trim_end_matches("]]>");
        let mut v = json::parse(text)?;
        if let Value::Array(items) = v {
            v = items.into_iter().find(typed_article)?;
        }
        let context = v.get("@context")?;
        let schema = context.as_str().is_some_and(is_schema_org)
            || context.str_of("@vocab").is_some_and(is_schema_org);
        if !schema {
            return None;
        }
        if v.get("@type").is_none() {
            if let Some(Value::Array(graph)) = v.get("@graph") {
                v = graph.iter().find(|g| typed_article(g))?.clone();
            }
        }
        typed_article(&v).then_some(v)
    })
}

fn decoded(s: &str) -> Option<String> {
    clean(&super::entities::decode(s))
}

/// The title, byline, site name and published time a JSON-LD article object gives.
fn from_json_ld(dom: &Dom, v: &Value) -> [Option<String>; 4] {
    let (name, headline) = (v.str_of("name"), v.str_of("headline"));
    let title = match (name, headline) {
        (Some(n), Some(h)) if n != h => {
            let page = document_title(dom);
            let (nm, hm) = (
                text_similarity(n, &page) > 0.75,
                text_similarity(h, &page) > 0.75,
            );
            Some(if hm && !nm { h } else { n })
        }
        (Some(n), _) => Some(n),
        (None, h) => h,
    };
    let author = v.get("author");
    let byline = match author {
        Some(Value::Array(people)) if people.first().and_then(|p| p.str_of("name")).is_some() => {
            let names: Vec<&str> = people
                .iter()
                .filter_map(|p| p.str_of("name"))
                .map(str::trim)
                .collect();
            Some(names.join(", "))
        }
        Some(a) => a.str_of("name").map(str::to_string),
        None => None,
    };
    let site = v.get("publisher").and_then(|p| p.str_of("name"));
    [
        title.and_then(decoded),
        byline.as_deref().and_then(decoded),
        site.and_then(decoded),
        v.str_of("datePublished").and_then(decoded),
    ]
}

/// Reads the metadata of `dom` (a visible byline is found with the content).
pub fn read(dom: &Dom) -> Metadata {
    let values = meta_values(dom);
    let [ld_title, ld_byline, ld_site, ld_date] = json_ld(dom)
        .map(|v| from_json_ld(dom, &v))
        .unwrap_or_default();
    let meta = |keys: &[&str]| first(&values, keys).and_then(clean);
    let title = ld_title
        .or_else(|| {
            meta(&[
                "dc:title",
                "dcterm:title",
                "og:title",
                "weibo:article:title",
                "weibo:webpage:title",
                "title",
                "twitter:title",
                "parsely-title",
            ])
        })
        .or_else(|| clean(&document_title(dom)));
    let article_author = meta(&["article:author"])
        .filter(|a| !a.starts_with("http://") && !a.starts_with("https://"));
    let byline = ld_byline
        .or_else(|| meta(&["dc:creator", "dcterm:creator", "author", "parsely-author"]))
        .or(article_author);
    let lang = dom
        .elements("html")
        .first()
        .and_then(|&h| dom.attr(h, "lang"))
        .and_then(clean);
    Metadata {
        title,
        byline,
        site_name: ld_site.or_else(|| meta(&["og:site_name"])),
        published_time: ld_date.or_else(|| meta(&["article:published_time", "parsely-pub-date"])),
        lang,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::dom::parse;

    #[test]
    fn reads_meta_json_ld_and_title() {
        let html = r#"<html lang="en"><head><title>Big story - The Site</title>
            <meta property="og:site_name" content="The Site">
            <meta name="author" content="Jane Doe">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Big \"story\" today","datePublished":"2024-01-02",
              "author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Ray"}]}</script>
            </head><body><p>x</p></body></html>"#;
        let m = read(&parse(html));
        assert_eq!(m.title.as_deref(), Some("Big \"story\" today"));
        assert_eq!(m.byline.as_deref(), Some("Ann Lee, Bo Ray"));
        assert_eq!(m.site_name.as_deref(), Some("The Site"));
        assert_eq!(m.published_time.as_deref(), Some("2024-01-02"));
        assert_eq!(m.lang.as_deref(), Some("en"));
    }

    #[test]
    fn meta_keys_are_read_as_reader_view_reads_them() {
        for (tag, byline) in [
            (
                r#"<meta property="og:article:author" content="Desk">"#,
                Some("Desk"),
            ),
            (
                r#"<meta property="article:author" content="https://x.example/a">"#,
                None,
            ),
            (
                r#"<meta name="DC.Creator" content="Jo Doe">"#,
                Some("Jo Doe"),
            ),
            (r#"<meta name="twitter:creator" content="@jo">"#, None),
        ] {
            assert_eq!(read(&parse(tag)).byline.as_deref(), byline, "{tag}");
        }
    }
}

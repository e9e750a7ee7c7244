//! What a page says about its article: title, byline, site name, published time and
//! language, from JSON-LD, meta tags (Open Graph, Dublin Core, Twitter, Parse.ly) and the
//! page's `<title>`, in Reader View's order.

use super::content::text_similarity;
use super::dom::Dom;
use super::json::Json;
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

/// The meta tags as (key, content) in document order: a key from each word of
/// `property` and from `name`, lowercase, with "." read as ":" ("DC.Creator" is
/// "dc:creator").
fn meta_values(dom: &Dom) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for i in dom.elements("meta") {
        let Some(content) = dom
            .attr(i, "content")
            .map(str::trim)
            .filter(|c| !c.is_empty())
        else {
            continue;
        };
        let property = dom.attr(i, "property").unwrap_or("");
        for word in property.split_whitespace().chain(dom.attr(i, "name")) {
            let key = crate::case::lower(word.trim()).replace('.', ":");
            out.push((key, content.to_string()));
        }
    }
    out
}

/// The content of the last meta tag with the first of `keys` that the page has; a key
/// with a colon also matches after a prefix ("og:article:author" is "article:author").
fn first<'a>(values: &'a [(String, String)], keys: &[&str]) -> Option<&'a str> {
    keys.iter().find_map(|k| {
        values.iter().rev().find_map(|(key, v)| {
            let matches = key == k
                || (k.contains(':')
                    && key.len() > k.len()
                    && key.ends_with(k)
                    && key.as_bytes()[key.len() - k.len() - 1] == b':');
            matches.then_some(v.as_str())
        })
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

fn is_schema_org(s: &str) -> bool {
    let s = s.strip_suffix('/').unwrap_or(s);
    s == "http://schema.org" || s == "https://schema.org"
}

/// The title, byline, site name and published time of the first JSON-LD article object
/// in the page.
fn from_json_ld(dom: &Dom, page_title: &str) -> [Option<String>; 4] {
    for i in dom.elements("script") {
        if dom.attr(i, "type") != Some("application/ld+json") {
            continue;
        }
        let text = dom.text(i);
        let mut text = text.trim();
        if let Some(inner) = text.strip_prefix("<![CDATA[") {
            text = inner.get(..inner.len().saturating_sub(3)).unwrap_or(inner);
        }
        let Some(j) = Json::parse(text) else {
            continue;
        };
        let typed = |v: usize| j.str_of(v, "@type").is_some_and(|t| is_article_type(&t));
        let mut v = 0;
        if !j.items(0).is_empty() {
            let Some(found) = j.items(0).into_iter().find(|&x| typed(x)) else {
                continue;
            };
            v = found;
        }
        let context = j.get(v, "@context");
        let schema = context
            .and_then(|c| j.str(c))
            .is_some_and(|c| is_schema_org(&c))
            || context
                .and_then(|c| j.str_of(c, "@vocab"))
                .is_some_and(|c| is_schema_org(&c));
        if !schema {
            continue;
        }
        if j.get(v, "@type").is_none() {
            if let Some(found) = j
                .get(v, "@graph")
                .and_then(|g| j.items(g).into_iter().find(|&x| typed(x)))
            {
                v = found;
            }
        }
        if !typed(v) {
            continue;
        }
        let (name, headline) = (j.str_of(v, "name"), j.str_of(v, "headline"));
        let title = match (name, headline) {
            (Some(n), Some(h)) if n != h => {
                let similar = |t: &str| text_similarity(t, page_title) > 0.75;
                Some(if similar(&h) && !similar(&n) { h } else { n })
            }
            (Some(n), _) => Some(n),
            (None, h) => h,
        };
        let author = j.get(v, "author");
        let people = author.map(|a| j.items(a)).unwrap_or_default();
        let byline = match people.first() {
            Some(&p) if j.str_of(p, "name").is_some() => {
                let names: Vec<String> =
                    people.iter().filter_map(|&p| j.str_of(p, "name")).collect();
                Some(names.join(", "))
            }
            _ => author.and_then(|a| j.str_of(a, "name")),
        };
        let site = j.get(v, "publisher").and_then(|p| j.str_of(p, "name"));
        let decoded = |s: Option<String>| s.and_then(|s| clean(&super::entities::decode(&s)));
        return [
            decoded(title),
            decoded(byline),
            decoded(site),
            decoded(j.str_of(v, "datePublished")),
        ];
    }
    Default::default()
}

/// Reads the metadata of `dom` (a visible byline is found with the content).
pub fn read(dom: &Dom) -> Metadata {
    let values = meta_values(dom);
    let page_title = document_title(dom);
    let [ld_title, ld_byline, ld_site, ld_date] = from_json_ld(dom, &page_title);
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
        .or_else(|| clean(&page_title));
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

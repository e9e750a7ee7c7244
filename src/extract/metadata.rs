//! What a page says about its article: title, byline, site name, published time and
//! language, from JSON-LD, meta tags and the visible page, in Readability's order.

use super::dom::Dom;

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

/// The meta tags as (key, content), keys from `property` and `name`, lowercase, without
/// spaces, with "." read as ":" ("DC.Creator" is "dc:creator"); a space-separated
/// `property` gives one entry per word. Later tags come first: the last value wins.
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
        for key in ["property", "name"] {
            if let Some(k) = dom.attr(i, key) {
                for word in k.split_whitespace() {
                    out.push((
                        crate::case::lower(word).replace('.', ":"),
                        content.to_string(),
                    ));
                }
            }
        }
    }
    out.reverse();
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

/// The string value after `"key":` in a JSON text, searching from the start.
fn json_string(json: &str, key: &str) -> Option<String> {
    let pattern = format!("\"{key}\"");
    let mut from = 0;
    while let Some(at) = json[from..].find(&pattern) {
        let rest = json[from + at + pattern.len()..].trim_start();
        from += at + pattern.len();
        let Some(rest) = rest.strip_prefix(':') else {
            continue;
        };
        let rest = rest.trim_start();
        // An object or array: the first "name" string inside it.
        if rest.starts_with('{') || rest.starts_with('[') {
            return json_string(rest, "name");
        }
        let body = rest.strip_prefix('"')?;
        let mut out = String::new();
        let mut chars = body.chars();
        while let Some(c) = chars.next() {
            match c {
                '"' => return Some(out),
                '\\' => match chars.next() {
                    Some('n') => out.push(' '),
                    Some('u') => {
                        let hex: String = chars.by_ref().take(4).collect();
                        if let Some(ch) =
                            u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32)
                        {
                            out.push(ch);
                        }
                    }
                    Some(other) => out.push(other),
                    None => return None,
                },
                c => out.push(c),
            }
        }
        return None;
    }
    None
}

fn json_ld(dom: &Dom) -> Vec<String> {
    dom.elements("script")
        .into_iter()
        .filter(|&i| {
            dom.attr(i, "type")
                .is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json"))
        })
        .map(|i| dom.text(i))
        .filter(|t| t.contains("schema.org") && (t.contains("Article") || t.contains("Posting")))
        .collect()
}

/// `s` with whitespace collapsed, or `None` when empty.
pub fn clean(s: &str) -> Option<String> {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!s.is_empty()).then_some(s)
}

/// The `<title>`, less a site name after a separator when enough is left.
fn document_title(dom: &Dom) -> Option<String> {
    let raw = clean(
        &dom.elements("title")
            .first()
            .map(|&t| dom.text(t))
            .unwrap_or_default(),
    )?;
    for sep in [
        " | ",
        " - ",
        " \u{2013} ",
        " \u{2014} ",
        " \\ ",
        " / ",
        " > ",
        " \u{bb} ",
    ] {
        if let Some(at) = raw.rfind(sep) {
            let head = raw[..at].trim();
            if head.split_whitespace().count() >= 3 {
                return Some(head.to_string());
            }
            let tail = raw[at + sep.len()..].trim();
            if tail.split_whitespace().count() >= 3 {
                return Some(tail.to_string());
            }
        }
    }
    Some(raw)
}

/// Reads the metadata of `dom` (a visible byline is found with the content).
pub fn read(dom: &Dom) -> Metadata {
    let values = meta_values(dom);
    let ld = json_ld(dom);
    let from_ld = |key: &str| {
        ld.iter()
            .find_map(|j| json_string(j, key))
            .and_then(|s| clean(&s))
    };
    let title = from_ld("headline")
        .or_else(|| {
            first(
                &values,
                &[
                    "dc:title",
                    "dcterm:title",
                    "og:title",
                    "weibo:article:title",
                    "weibo:webpage:title",
                    "title",
                    "twitter:title",
                    "parsely-title",
                ],
            )
            .and_then(clean)
        })
        .or_else(|| document_title(dom));
    let byline = from_ld("author").or_else(|| {
        first(
            &values,
            &["dc:creator", "dcterm:creator", "author", "parsely-author"],
        )
        .and_then(clean)
    });
    let site_name = first(&values, &["og:site_name"])
        .and_then(clean)
        .or_else(|| from_ld("publisher"));
    let published_time = from_ld("datePublished").or_else(|| {
        first(&values, &["article:published_time", "parsely-pub-date"]).and_then(clean)
    });
    let lang = dom
        .elements("html")
        .first()
        .and_then(|&h| dom.attr(h, "lang"))
        .and_then(clean);
    Metadata {
        title,
        byline,
        site_name,
        published_time,
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
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Big \"story\" today","datePublished":"2024-01-02"}</script>
            </head><body><p>x</p></body></html>"#;
        let d = parse(html);
        let m = read(&d);
        assert_eq!(m.title.as_deref(), Some("Big \"story\" today"));
        assert_eq!(m.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(m.site_name.as_deref(), Some("The Site"));
        assert_eq!(m.published_time.as_deref(), Some("2024-01-02"));
        assert_eq!(m.lang.as_deref(), Some("en"));
    }

    #[test]
    fn title_without_site_name() {
        let d = parse("<title>Leaders meet in Geneva for talks | Daily News</title>");
        assert_eq!(
            document_title(&d).as_deref(),
            Some("Leaders meet in Geneva for talks")
        );
    }
}

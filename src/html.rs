//! Plain text from an HTML document: the text of its elements, block elements on lines
//! of their own, without scripts, styles and other non-text elements, entities decoded.

/// Elements whose content is never text for a reader.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "head", "iframe", "object", "canvas",
    "select", "button",
];

/// Elements that start a new line.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "tr",
    "table",
    "figure",
    "figcaption",
    "hr",
    "main",
    "aside",
    "nav",
    "pre",
    "dd",
    "dt",
    "title",
];

/// The text of `html`, one line per block element.
pub fn to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        push_text(&mut out, &rest[..lt]);
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |e| &after[e + 3..]);
            continue;
        }
        let Some(gt) = rest.find('>') else {
            rest = "";
            break;
        };
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        let name = tag_name(tag);
        if !tag.starts_with('/') && SKIPPED.contains(&name.as_str()) && !tag.ends_with('/') {
            rest = skip_to_close(rest, &name);
        } else if BLOCKS.contains(&name.as_str()) {
            out.push('\n');
        }
    }
    push_text(&mut out, rest);
    out
}

fn tag_name(tag: &str) -> String {
    tag.trim_start_matches('/')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase()
}

/// The input after the closing tag of `name`, or nothing when it is never closed.
fn skip_to_close<'a>(rest: &'a str, name: &str) -> &'a str {
    let close = format!("</{name}");
    let lower = rest.to_ascii_lowercase();
    match lower.find(&close) {
        Some(i) => rest[i..].find('>').map_or("", |gt| &rest[i + gt + 1..]),
        None => "",
    }
}

fn push_text(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest[1..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '#'))
            .map(|e| e + 1);
        match end
            .filter(|&e| rest[e..].starts_with(';'))
            .and_then(|e| decode_entity(&rest[1..e]).map(|c| (e, c)))
        {
            Some((e, c)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
}

fn decode_entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code);
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "mdash" => '\u{2014}',
        "ndash" => '\u{2013}',
        "lsquo" => '\u{2018}',
        "rsquo" => '\u{2019}',
        "ldquo" => '\u{201c}',
        "rdquo" => '\u{201d}',
        "hellip" => '\u{2026}',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::to_text;

    #[test]
    fn keeps_text_drops_scripts_and_decodes_entities() {
        let html = "<html><head><title>Zq</title></head><body><p>One &amp; two</p>\
                    <script>alert('x<p>')</script><p>Three&nbsp;&#8220;four&#x201d;</p><!-- c --></body>";
        let text = to_text(html);
        assert!(text.contains("One & two"), "{text:?}");
        assert!(text.contains("Three\u{a0}\u{201c}four\u{201d}"), "{text:?}");
        assert!(!text.contains("alert"), "{text:?}");
        assert!(!text.contains("Zq"), "{text:?}");
    }

    #[test]
    fn survives_broken_markup() {
        for html in [
            "<p",
            "<script>never closed",
            "&#99999999;",
            "<!-- open",
            "a < b > c &",
        ] {
            let _ = to_text(html);
        }
    }
}

//! HTML character references: `&amp;`, `&#8220;`, `&#x201d;` and the common named ones.

/// Decodes the character references in `text`; unknown ones stay as written.
pub fn decode(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest[1..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '#'))
            .map(|e| e + 1);
        let decoded = end
            .filter(|&e| e > 1 && rest[e..].starts_with(';'))
            .and_then(|e| decode_one(&rest[1..e]).map(|c| (e + 1, c)));
        match decoded {
            Some((len, c)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn decode_one(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code).filter(|c| *c != '\0');
    }
    crate::lexicon::html::ENTITIES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, c)| *c)
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn decodes_references() {
        assert_eq!(
            decode("a &amp; b &lt;p&gt; &#8220;x&#x201d; &nbsp;&bogus; & done"),
            "a & b <p> \u{201c}x\u{201d} \u{a0}&bogus; & done"
        );
        assert_eq!(decode("&#0; &#99999999;"), "&#0; &#99999999;");
    }
}

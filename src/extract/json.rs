//! A small JSON reader for the JSON-LD blocks of news pages. The document is read into a
//! flat list of values in document order (containers know where their members end), with
//! strings left as spans of the source and unescaped when asked for: little code, no
//! recursion, nesting capped, never panicking.

/// Deepest nesting read; deeper documents are refused.
const MAX_DEPTH: usize = 64;

/// One value: its kind (`{`, `[`, `"` or `l` for a literal), the span of its key in the
/// parent object (0..0 in an array), the span of its text (inside the quotes for a
/// string), and the index of the value after it and all its members.
#[derive(Debug, Clone, Copy)]
struct Val {
    kind: u8,
    key: (usize, usize),
    span: (usize, usize),
    end: usize,
}

/// A parsed JSON document; value 0 is the top-level value.
#[derive(Debug)]
pub struct Json<'a> {
    text: &'a str,
    vals: Vec<Val>,
}

impl<'a> Json<'a> {
    /// Parses `text` as one JSON value (surrounding whitespace allowed).
    pub fn parse(text: &'a str) -> Option<Json<'a>> {
        let s = text.as_bytes();
        let mut vals: Vec<Val> = Vec::new();
        // Open containers, innermost last.
        let mut open: Vec<usize> = Vec::new();
        let mut i = skip_space(s, 0);
        loop {
            let in_object = open.last().is_some_and(|&o| vals[o].kind == b'{');
            let mut key = (0, 0);
            if in_object {
                key = string_span(s, i)?;
                i = skip_space(s, key.1 + 1);
                if s.get(i) != Some(&b':') {
                    return None;
                }
                i = skip_space(s, i + 1);
            }
            let c = *s.get(i)?;
            let at = vals.len();
            let mut val = Val {
                kind: c,
                key,
                span: (i, i),
                end: at + 1,
            };
            match c {
                b'{' | b'[' => {
                    if open.len() >= MAX_DEPTH {
                        return None;
                    }
                    vals.push(val);
                    open.push(at);
                    i = skip_space(s, i + 1);
                    if s.get(i) == Some(&if c == b'{' { b'}' } else { b']' }) {
                        i -= 1;
                    } else {
                        continue;
                    }
                }
                b'"' => {
                    val.span = string_span(s, i)?;
                    i = val.span.1;
                    vals.push(val);
                }
                _ => {
                    let start = i;
                    while s
                        .get(i)
                        .is_some_and(|b| b.is_ascii_alphanumeric() || b"+-.".contains(b))
                    {
                        i += 1;
                    }
                    if i == start {
                        return None;
                    }
                    val.kind = b'l';
                    val.span = (start, i);
                    vals.push(val);
                    i -= 1;
                }
            }
            // After a value: a comma goes on, closers end containers.
            i = skip_space(s, i + 1);
            loop {
                let Some(&o) = open.last() else {
                    return (i == s.len()).then_some(Json { text, vals });
                };
                let close = if vals[o].kind == b'{' { b'}' } else { b']' };
                match s.get(i) {
                    Some(b',') => {
                        i = skip_space(s, i + 1);
                        break;
                    }
                    Some(&b) if b == close => {
                        vals[o].end = vals.len();
                        open.pop();
                        i = skip_space(s, i + 1);
                    }
                    _ => return None,
                }
            }
        }
    }

    /// The member `key` of the object at `obj`.
    pub fn get(&self, obj: usize, key: &str) -> Option<usize> {
        let v = self.vals.get(obj).filter(|v| v.kind == b'{')?;
        let mut i = obj + 1;
        while i < v.end {
            let m = self.vals[i];
            if self.text.get(m.key.0..m.key.1) == Some(key) {
                return Some(i);
            }
            i = m.end;
        }
        None
    }

    /// The items of the array at `arr` (nothing when it is not an array).
    pub fn items(&self, arr: usize) -> Vec<usize> {
        let mut out = Vec::new();
        if let Some(v) = self.vals.get(arr).filter(|v| v.kind == b'[') {
            let mut i = arr + 1;
            while i < v.end {
                out.push(i);
                i = self.vals[i].end;
            }
        }
        out
    }

    /// The string at `i`, unescaped.
    pub fn str(&self, i: usize) -> Option<String> {
        let v = self.vals.get(i).filter(|v| v.kind == b'"')?;
        unescape(self.text.get(v.span.0..v.span.1)?)
    }

    /// The string member `key` of the object at `obj`.
    pub fn str_of(&self, obj: usize, key: &str) -> Option<String> {
        self.get(obj, key).and_then(|i| self.str(i))
    }
}

fn skip_space(s: &[u8], mut i: usize) -> usize {
    while s.get(i).is_some_and(u8::is_ascii_whitespace) {
        i += 1;
    }
    i
}

/// The span inside the quotes of the string starting at `i`.
fn string_span(s: &[u8], i: usize) -> Option<(usize, usize)> {
    if s.get(i) != Some(&b'"') {
        return None;
    }
    let mut j = i + 1;
    loop {
        match *s.get(j)? {
            b'"' => return Some((i + 1, j)),
            b'\\' => j += 2,
            _ => j += 1,
        }
    }
}

/// The text of a JSON string's inside, escapes resolved (line breaks and tabs read as
/// spaces).
fn unescape(raw: &str) -> Option<String> {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(at) = rest.find('\\') {
        out.push_str(&rest[..at]);
        let esc = rest.as_bytes().get(at + 1).copied()?;
        rest = rest.get(at + 2..)?;
        match esc {
            b'n' | b'r' | b't' => out.push(' '),
            b'b' | b'f' => {}
            b'u' => {
                let hex = |r: &str| r.get(..4).and_then(|h| u32::from_str_radix(h, 16).ok());
                let mut unit = hex(rest)?;
                rest = &rest[4..];
                if (0xd800..0xdc00).contains(&unit) && rest.starts_with("\\u") {
                    let low = hex(&rest[2..])?;
                    rest = &rest[6..];
                    unit = 0x10000 + ((unit - 0xd800) << 10) + (low.wrapping_sub(0xdc00) & 0x3ff);
                }
                out.push(char::from_u32(unit).unwrap_or('\u{fffd}'));
            }
            other => out.push(char::from(other)),
        }
    }
    out.push_str(rest);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_objects_arrays_and_escapes() {
        let j = Json::parse(
            r#" {"a": [1, "x\"y", {"b": null}], "c": "caf\u00e9 \ud83d\ude00", "d": {}, "e": []} "#,
        )
        .unwrap();
        let items = j.items(j.get(0, "a").unwrap());
        assert_eq!(items.len(), 3);
        assert_eq!(j.str(items[1]).as_deref(), Some("x\"y"));
        assert!(j.get(items[2], "b").is_some());
        assert_eq!(j.str_of(0, "c").as_deref(), Some("caf\u{e9} \u{1f600}"));
        assert!(j.get(0, "d").is_some() && j.items(j.get(0, "e").unwrap()).is_empty());
        assert_eq!(j.get(0, "zz"), None);
    }

    #[test]
    fn refuses_broken_or_deep_json() {
        for bad in [
            "",
            "{",
            "{\"a\" 1}",
            "[1,]",
            "\"\\u12",
            "{\"a\":1} x",
            "\"\\ud800\\u",
            "[1 2]",
        ] {
            assert!(Json::parse(bad).is_none(), "{bad}");
        }
        assert!(Json::parse(&"[".repeat(10_000)).is_none());
    }
}

//! The digest as Markdown.

use crate::model::Digest;
use std::fmt::Write;

/// The digest as a Markdown document, sections in the widget's order; empty sections
/// are left out.
pub fn to_markdown(d: &Digest) -> String {
    let mut out = String::from("# News digest\n\n");
    let _ = writeln!(out, "## Articles\n");
    for a in &d.articles {
        let outlet = if a.outlet.is_empty() {
            String::new()
        } else {
            format!(" ({})", a.outlet)
        };
        let copy = a.duplicate_of.as_ref().map_or(String::new(), |o| {
            format!(" — a copy of {o}, not counted as another source")
        });
        let _ = writeln!(
            out,
            "- **{}** {}{} — {} words, {} sentences{}",
            a.id,
            escape(&a.title),
            escape(&outlet),
            a.word_count,
            a.sentence_count,
            copy
        );
    }
    section(
        &mut out,
        "Key takeaways",
        d.takeaways.iter().map(|t| (escape(&t.text), &t.sources)),
    );
    if !d.delegations.is_empty() {
        let _ = writeln!(out, "\n## Delegations");
        for del in &d.delegations {
            let _ = writeln!(out, "\n### {}\n", escape(&del.side));
            for m in &del.members {
                let head = if m.head { " (head)" } else { "" };
                let title = if m.title.is_empty() {
                    String::new()
                } else {
                    format!(", {}", escape(&m.title))
                };
                let _ = writeln!(
                    out,
                    "- {}{}{} {}",
                    escape(&m.name),
                    title,
                    head,
                    sources(&m.sources)
                );
            }
        }
    }
    section(
        &mut out,
        "Unresolved issues",
        d.unresolved.iter().map(|u| {
            (
                format!("**{}**: {}", escape(&u.topic), escape(&u.text)),
                &u.sources,
            )
        }),
    );
    section(
        &mut out,
        "Who said what",
        d.quotes.iter().map(|q| {
            (
                format!("**{}**: \"{}\"", escape(&q.speaker), escape(&q.text)),
                &q.sources,
            )
        }),
    );
    if !d.discrepancies.is_empty() {
        let _ = writeln!(out, "\n## Where sources differ\n");
        for x in &d.discrepancies {
            let _ = writeln!(out, "- **{}**", escape(&x.topic));
            for c in &x.claims {
                let _ = writeln!(out, "  - {} {}", escape(&c.text), sources(&c.sources));
            }
        }
    }
    out
}

fn section<'a>(
    out: &mut String,
    title: &str,
    items: impl Iterator<Item = (String, &'a Vec<String>)>,
) {
    let mut items = items.peekable();
    if items.peek().is_none() {
        return;
    }
    let _ = writeln!(out, "\n## {title}\n");
    for (text, src) in items {
        let _ = writeln!(out, "- {text} {}", sources(src));
    }
}

fn sources(ids: &[String]) -> String {
    format!("[{}]", ids.join(", "))
}

/// Escapes the characters that would start Markdown or HTML markup inside a line.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\\' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '`') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ArticleSummary, Takeaway};

    #[test]
    fn renders_sections_and_escapes_markup() {
        let d = Digest {
            articles: vec![ArticleSummary {
                id: "a1".into(),
                title: "T <b>".into(),
                ..Default::default()
            }],
            takeaways: vec![Takeaway {
                text: "A *bold* claim".into(),
                sources: vec!["a1".into()],
                ..Default::default()
            }],
            ..Default::default()
        };
        let md = to_markdown(&d);
        assert!(
            md.contains("## Key takeaways\n\n- A \\*bold\\* claim [a1]"),
            "{md}"
        );
        assert!(md.contains("T \\<b\\>"), "{md}");
        assert!(!md.contains("## Who said what"), "{md}");
    }
}

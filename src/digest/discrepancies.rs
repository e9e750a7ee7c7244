//! Where the outlets disagree: checkable facts stated differently. Claims about the same
//! thing are aligned by pattern ("the first ... since <year>", the length of the
//! meeting, the words of one quote) and reported when their values cannot both hold.

use super::corpus::Corpus;
use super::quotes::{Merged, REWORDED};
use crate::lexicon::numbers::{NUMBER_WORDS, QUALIFIERS};
use crate::model::{Claim, Discrepancy};
use crate::people::People;
use crate::sorted::SortedSet;

/// The discrepancies of the corpus and the merged quotes.
#[inline(never)]
pub fn build(c: &Corpus, quotes: &[Merged], people: &People) -> Vec<Discrepancy> {
    let mut out = Vec::new();
    out.extend(first_since(c));
    out.extend(durations(c));
    out.extend(quote_wording(c, quotes, people));
    out
}

/// (value, sentence) claims grouped by value, as a discrepancy when two or more values
/// come from different articles.
fn by_value(c: &Corpus, topic: String, claims: Vec<(String, usize)>) -> Option<Discrepancy> {
    let mut groups: Vec<(String, Vec<usize>)> = Vec::new();
    for (value, i) in claims {
        match groups.iter_mut().find(|(v, _)| *v == value) {
            Some((_, v)) => v.push(i),
            None => groups.push((value, vec![i])),
        }
    }
    if groups.len() < 2 {
        return None;
    }
    let claims: Vec<Claim> = groups
        .iter()
        .map(|(_, sentences)| {
            let articles: SortedSet<usize> = sentences.iter().map(|&i| c.article(i)).collect();
            let best = sentences
                .iter()
                .copied()
                .min_by_key(|&i| c.text(i).len())
                .unwrap_or(sentences[0]);
            Claim {
                text: c.shown(best),
                sources: c.ids(&articles),
                evidence: c.evidence(sentences.iter().copied()),
            }
        })
        .collect();
    let values: Vec<&str> = groups.iter().map(|(v, _)| v.as_str()).collect();
    Some(Discrepancy {
        topic: format!("{topic}: {}", values.join(" or ")),
        claims,
    })
}

/// "The first summit since 2019" against "the first of its kind since 2001".
fn first_since(c: &Corpus) -> Option<Discrepancy> {
    let mut claims = Vec::new();
    for i in 0..c.len() {
        let ws = c.words(i);
        let Some(first) = ws.iter().position(|w| *w == "first") else {
            continue;
        };
        let year = ws[first..].windows(2).find_map(|p| {
            let y = &p[1];
            (p[0] == "since" && y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
                .then(|| y.to_string())
        });
        if let Some(y) = year {
            claims.push((y, i));
        }
    }
    by_value(c, "First such meeting since".to_string(), claims)
}

/// Nouns of a meeting whose length a figure can give.
const MEETING_NOUNS: &[&str] = &[
    "meeting",
    "talk",
    "summit",
    "discussion",
    "session",
    "negotiation",
    "encounter",
];

/// A stated length in hours, as the range its wording allows, from lowercase words.
fn hours<S: AsRef<str>>(words: &[S]) -> Vec<(f32, f32)> {
    let has_hour = |w: &S| w.as_ref().as_bytes().windows(4).any(|x| x == b"hour");
    if !words.iter().any(has_hour) {
        return Vec::new();
    }
    let tokens: Vec<&str> = words.iter().map(AsRef::as_ref).collect();
    let mut out = Vec::new();
    for (k, tok) in tokens.iter().enumerate() {
        let tok = tok.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        let unit_at = tok.as_bytes().windows(5).position(|w| w == b"-hour");
        let (num, unit_here) = match unit_at {
            Some(at) => (&tok[..at], true),
            None => (tok, false),
        };
        let unit_next = tokens.get(k + 1).is_some_and(|t| t.starts_with("hour"));
        // The figure must measure the meeting: "a three-hour summit", "met for two hours".
        let after = if unit_here { k + 1 } else { k + 2 };
        let names_meeting = tokens
            .get(after)
            .is_some_and(|t| MEETING_NOUNS.iter().any(|m| t.starts_with(m)))
            || tokens.get(after).is_some_and(|t| t.starts_with("long"))
                && tokens
                    .get(after + 1)
                    .is_some_and(|t| MEETING_NOUNS.iter().any(|m| t.starts_with(m)));
        let measured = tokens[k.saturating_sub(4)..k]
            .iter()
            .any(|t| matches!(*t, "for" | "lasted" | "lasting"));
        if !(unit_here || unit_next) || !(names_meeting || measured) {
            continue;
        }
        let Some(value) = parse_number(num) else {
            continue;
        };
        let before = tokens[k.saturating_sub(2)..k].join(" ");
        let (lo, hi) = QUALIFIERS
            .iter()
            .filter(|(q, _, _)| before.ends_with(q))
            .map(|(_, lo, hi)| (*lo, *hi))
            .next()
            .unwrap_or((0.9, 1.1));
        out.push((value * lo, value * hi));
    }
    out
}

/// "3", "2.5": digits with at most one decimal point (no sign, no exponent).
fn parse_decimal(s: &str) -> Option<f32> {
    let (whole, frac) = s.split_once('.').unwrap_or((s, ""));
    let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || whole.len() > 9 || !digits(whole) || !digits(frac) {
        return None;
    }
    let mut value = 0.0f32;
    for b in whole.bytes() {
        value = value * 10.0 + f32::from(b - b'0');
    }
    let mut scale = 0.1f32;
    for b in frac.bytes().take(6) {
        value += f32::from(b - b'0') * scale;
        scale /= 10.0;
    }
    Some(value)
}

/// "three", "3", "two-and-a-half", "2.5".
fn parse_number(s: &str) -> Option<f32> {
    if let Some(v) = parse_decimal(s) {
        return Some(v);
    }
    let parts: Vec<&str> = s
        .split('-')
        .filter(|p| !p.is_empty() && *p != "and")
        .collect();
    let mut total = 0.0;
    for p in &parts {
        total += NUMBER_WORDS.iter().find(|(w, _)| w == p)?.1;
    }
    let whole_a = parts.len() > 1 && parts.contains(&"half");
    (!parts.is_empty()).then_some(if whole_a { total - 1.0 } else { total })
}

/// Lengths of the meeting that cannot both hold ("two hours" against "five hours").
fn durations(c: &Corpus) -> Option<Discrepancy> {
    let mut claims: Vec<((f32, f32), usize)> = Vec::new();
    for i in 0..c.len() {
        claims.extend(hours(c.words(i)).into_iter().map(|r| (r, i)));
    }
    // Two ranges cannot both hold when the lowest upper bound is below the highest lower
    // bound; one linear pass finds both.
    let (low, a) = claims
        .iter()
        .map(|((_, hi), i)| (*hi, *i))
        .min_by(|x, y| x.0.total_cmp(&y.0))?;
    let (high, b) = claims
        .iter()
        .map(|((lo, _), i)| (*lo, *i))
        .max_by(|x, y| x.0.total_cmp(&y.0))?;
    if low >= high || c.article(a) == c.article(b) {
        return None;
    }
    let claim = |i: usize| Claim {
        text: c.shown(i),
        sources: c.ids(&SortedSet::from([c.article(i)])),
        evidence: c.evidence([i]),
    };
    Some(Discrepancy {
        topic: "Length of the meeting".to_string(),
        claims: vec![claim(a), claim(b)],
    })
}

/// One quote worded differently by different outlets.
fn quote_wording<'a>(
    c: &'a Corpus,
    quotes: &'a [Merged],
    people: &'a People,
) -> impl Iterator<Item = Discrepancy> + 'a {
    quotes
        .iter()
        .filter(|q| q.variants.len() > 1)
        .filter_map(move |q| {
            let distinct: Vec<_> = q
                .variants
                .iter()
                .filter(|v| {
                    q.variants
                        .iter()
                        .all(|u| u.text == v.text || u.overlap(v) < REWORDED)
                })
                .collect();
            if distinct.len() < 2 {
                return None;
            }
            let speaker = q.speaker_name(people);
            let claims = distinct
                .iter()
                .map(|v| Claim {
                    text: format!("\"{}\"", v.text),
                    sources: c.ids(&v.articles),
                    evidence: v.evidence(c),
                })
                .collect();
            Some(Discrepancy {
                topic: format!("Wording of {speaker}'s quote"),
                claims,
            })
        })
}

#[cfg(test)]
mod tests {
    use super::parse_number;
    use crate::digest::phrases::lower_words;

    fn hours(s: &str) -> Vec<(f32, f32)> {
        super::hours(&lower_words(s))
    }

    #[test]
    fn numbers_and_hours() {
        assert_eq!(parse_number("two-and-a-half"), Some(2.5));
        assert_eq!(parse_number("three"), Some(3.0));
        assert_eq!(parse_number("3"), Some(3.0));
        assert_eq!(parse_number("2.5"), Some(2.5));
        assert_eq!(parse_number("12"), Some(12.0));
        assert_eq!(parse_number("1.2.3"), None);
        assert_eq!(parse_number(".5"), None);
        let h = hours("they met for more than two-and-a-half hours");
        assert_eq!(h.len(), 1);
        assert!((h[0].0 - 2.5).abs() < 1e-6);
        assert_eq!(hours("a nearly three-hour summit").len(), 1);
        assert!(hours("he could end the war within 24 hours").is_empty());
    }
}

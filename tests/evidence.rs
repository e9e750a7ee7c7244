//! Evidence points into the articles exactly: its `start..end` (UTF-16 code units of the
//! article's text as given) holds the evidence sentence, white space aside, whatever the
//! normalization and cleaning in between (curly quotes, CRLF, non-breaking spaces,
//! characters beyond the BMP, bylines and datelines taken off). The article stage's own
//! tests (`src/article/tests.rs`) check the same of each sentence of invented articles.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use newsdigest::model::Evidence;
use newsdigest::{digest, ArticleInput, Options};

/// The UTF-16 slice `start..end` of `text`.
fn slice16(text: &str, start: usize, end: usize) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16_lossy(units.get(start..end).unwrap_or_default())
}

fn squeeze(s: &str) -> String {
    s.split_whitespace().collect()
}

/// Checks every piece of evidence of `d` that has offsets; returns how many.
fn check(inputs: &[ArticleInput], evidence: &[&Evidence]) -> usize {
    let mut checked = 0;
    for e in evidence {
        let (Some(start), Some(end)) = (e.start, e.end) else {
            continue;
        };
        let article: usize = e.source[1..].parse().unwrap();
        let given = &inputs[article - 1].text;
        let got = slice16(given, start, end);
        assert_eq!(squeeze(&got), squeeze(&e.text), "{e:?} in {given:?}");
        assert_eq!(got.trim(), got, "no white space at the ends: {e:?}");
        checked += 1;
    }
    checked
}

fn all_evidence(d: &newsdigest::Digest) -> Vec<&Evidence> {
    let mut out: Vec<&Evidence> = Vec::new();
    out.extend(d.takeaways.iter().flat_map(|t| &t.evidence));
    out.extend(d.unresolved.iter().flat_map(|t| &t.evidence));
    out.extend(d.quotes.iter().flat_map(|t| &t.evidence));
    out.extend(
        d.discrepancies
            .iter()
            .flat_map(|x| x.claims.iter().flat_map(|c| &c.evidence)),
    );
    out.extend(
        d.delegations
            .iter()
            .flat_map(|x| x.members.iter().flat_map(|m| &m.evidence)),
    );
    out
}

#[test]
fn evidence_of_the_seed_articles_slices_to_its_sentence() {
    let inputs: Vec<ArticleInput> = common::seed_paths()
        .iter()
        .map(|p| ArticleInput::text(std::fs::read_to_string(p).unwrap(), p.display().to_string()))
        .collect();
    let d = digest(&inputs, &Options::default()).unwrap();
    let takeaways: Vec<&Evidence> = d.takeaways.iter().flat_map(|t| &t.evidence).collect();
    assert!(takeaways.iter().all(|e| e.start.is_some()), "{takeaways:?}");
    // Quotes and delegation members point at their clause too.
    let clauses: Vec<&Evidence> = d
        .quotes
        .iter()
        .flat_map(|q| &q.evidence)
        .chain(
            d.delegations
                .iter()
                .flat_map(|x| x.members.iter().flat_map(|m| &m.evidence)),
        )
        .collect();
    assert!(!clauses.is_empty());
    assert!(clauses.iter().all(|e| e.start.is_some()), "{clauses:?}");
    let all = all_evidence(&d);
    assert_eq!(check(&inputs, &all), all.len());
}

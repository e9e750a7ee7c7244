//! Article extraction on the 130 pages of Mozilla Readability's test suite
//! (tests/fixtures/readability-pages): token F1 against the body Firefox Reader View
//! extracts, and title and byline against its metadata. The floors sit just under the
//! figures the extractor reaches, so that a regression fails; every page gives a result.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use super::{decode_page, dom, extract};
use std::collections::HashMap;
use std::path::Path;

fn tokens(text: &str) -> HashMap<String, usize> {
    let mut m = HashMap::new();
    for w in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        *m.entry(w.to_lowercase()).or_default() += 1;
    }
    m
}

fn f1(got: &str, want: &str) -> f64 {
    let (g, w) = (tokens(got), tokens(want));
    let common: usize = g
        .iter()
        .map(|(k, n)| (*n).min(*w.get(k).unwrap_or(&0)))
        .sum();
    let (gn, wn) = (g.values().sum::<usize>(), w.values().sum::<usize>());
    if common == 0 {
        return if gn == 0 && wn == 0 { 1.0 } else { 0.0 };
    }
    let (p, r) = (common as f64 / gn as f64, common as f64 / wn as f64);
    2.0 * p * r / (p + r)
}

fn norm(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[test]
fn extraction_meets_its_targets_on_the_test_pages() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/readability-pages");
    let mut pages: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("source.html").exists())
        .collect();
    pages.sort();
    assert_eq!(pages.len(), 130);
    let (mut scores, mut titles, mut bylines) = (Vec::new(), (0, 0), (0, 0));
    let mut report = String::new();
    for page in &pages {
        let source = decode_page(&std::fs::read(page.join("source.html")).unwrap());
        let expected = std::fs::read_to_string(page.join("expected.html")).unwrap();
        let want = dom::parse(&expected).text(0);
        let meta: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(page.join("expected-metadata.json")).unwrap(),
        )
        .unwrap();
        let result = extract(&source);
        assert!(result.is_ok(), "{}: {result:?}", page.display());
        let got = result.ok();
        let score = f1(got.as_ref().map_or("", |g| g.text.as_str()), &want);
        report.push_str(&format!(
            "{:40} {score:.3}\n",
            page.file_name().unwrap().to_string_lossy()
        ));
        scores.push(score);
        for (key, counter, value) in [
            (
                "title",
                &mut titles,
                got.as_ref().and_then(|g| g.metadata.title.clone()),
            ),
            (
                "byline",
                &mut bylines,
                got.as_ref().and_then(|g| g.metadata.byline.clone()),
            ),
        ] {
            if let Some(want) = meta[key].as_str().filter(|w| !w.trim().is_empty()) {
                counter.1 += 1;
                if value.is_some_and(|v| norm(&v) == norm(want)) {
                    counter.0 += 1;
                }
            }
        }
    }
    let mean = scores.iter().sum::<f64>() / scores.len() as f64;
    let good = scores.iter().filter(|s| **s >= 0.90).count() as f64 / scores.len() as f64;
    let summary = format!(
        "mean F1 {mean:.3}, at 0.90+ {good:.2}, titles {}/{}, bylines {}/{}\n{report}",
        titles.0, titles.1, bylines.0, bylines.1
    );
    eprintln!("{summary}");
    assert!(mean >= 0.985, "{summary}");
    assert!(good >= 0.96, "{summary}");
    assert!(titles.0 + 2 >= titles.1, "{summary}");
    assert!(bylines.0 + 1 >= bylines.1, "{summary}");
}

//! Properties of the digest over generated input (`common/generated.rs`: random mixes of
//! quotes, line breaks of every form, scripts and symbols, markup, page furniture and long
//! lines). Whatever comes in, digesting it never panics, every word the digest shows comes
//! from the input, and the counts stay within what the input holds. (Reading one article
//! is checked over the same input by the article stage's tests, `src/article/tests.rs`.)
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::generated::{generate, Rng};
use newsdigest::{digest, ArticleInput, Digest, Options};
use std::collections::HashSet;

/// The lowercase words (runs of letters and digits) of `text`.
/// Invisible characters that join the letters around them, as the reader sees them (and
/// as the engine reads them): "Os\u{ad}lo" is "Oslo".
const INVISIBLE: [char; 6] = [
    '\u{200b}', '\u{200c}', '\u{200d}', '\u{2060}', '\u{feff}', '\u{ad}',
];

fn words(text: &str) -> HashSet<String> {
    let text: String = text.chars().filter(|c| !INVISIBLE.contains(c)).collect();
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Every text the digest shows, with where it is shown.
fn shown(d: &Digest) -> Vec<(&'static str, &str)> {
    let mut out: Vec<(&'static str, &str)> = Vec::new();
    for t in &d.takeaways {
        out.push(("takeaway", &t.text));
        out.extend(t.evidence.iter().map(|e| ("evidence", e.text.as_str())));
    }
    for q in &d.quotes {
        out.push(("quote", &q.text));
        out.push(("speaker", &q.speaker));
    }
    out.extend(d.unresolved.iter().map(|u| ("unresolved", u.text.as_str())));
    for c in d.discrepancies.iter().flat_map(|x| &x.claims) {
        out.push(("claim", &c.text));
    }
    for m in d.delegations.iter().flat_map(|s| &s.members) {
        out.push(("member", &m.name));
    }
    out.extend(d.articles.iter().map(|a| ("title", a.title.as_str())));
    out
}

#[test]
fn generated_digests_show_only_words_of_the_input() {
    let mut rng = Rng(0x0000_ddba_11c0_ffee);
    for case in 0..300 {
        let texts: Vec<String> = (0..1 + rng.below(3)).map(|_| generate(&mut rng)).collect();
        let inputs: Vec<ArticleInput> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| ArticleInput::text(t.clone(), format!("g{i}.txt")))
            .collect();
        let result = std::panic::catch_unwind(|| digest(&inputs, &Options::default()));
        let Ok(result) = result else {
            panic!("panic on case {case}: {texts:?}");
        };
        let Ok(d) = result else {
            continue;
        };
        let known = words(&texts.concat());
        for (what, text) in shown(&d) {
            for w in words(text) {
                assert!(
                    known.contains(&w),
                    "case {case}: {what} {text:?} has {w:?}, not in the input {texts:?}"
                );
            }
        }
        assert_eq!(d.articles.len(), texts.len(), "case {case}");
        assert!(
            d.takeaways.len() <= Options::default().max_takeaways,
            "case {case}"
        );
        for t in &d.takeaways {
            assert!(
                !t.sources.is_empty() && t.sources.len() <= texts.len(),
                "case {case}"
            );
        }
    }
}

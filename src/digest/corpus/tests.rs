//! The corpus: every prose sentence of every article in one list, in article order, with
//! where each came from, its text compared (normalized, lowercase words, stemmed terms)
//! and its text shown (as written). Invented articles.

use super::*;
use crate::ids::source_ids;
use crate::sorted::SortedSet;
use crate::tokens::Lowered;

const ARTICLES: [&str; 2] = [
    "Storm closes ports along the coast\n\nThe storm closed three ports on Monday. Ships waited offshore.",
    "\u{201c}We expect the ports to reopen on Wednesday,\u{201d} the harbour master said.",
];

#[test]
fn every_prose_sentence_in_article_order() {
    let articles = crate::article::read_texts(&ARTICLES);
    let lowered = Lowered::new(&articles);
    let c = Corpus::new(&articles, &lowered);
    // (shown as written, article, (article, segment), position in its article); the
    // headline is no sentence of the corpus.
    let want = [
        ("The storm closed three ports on Monday.", 0, (0, 1), 0),
        ("Ships waited offshore.", 0, (0, 2), 1),
        (
            "\u{201c}We expect the ports to reopen on Wednesday,\u{201d} the harbour master said.",
            1,
            (1, 0),
            0,
        ),
    ];
    assert_eq!(c.len(), want.len(), "{ARTICLES:?}");
    assert_eq!(c.article_count(), 2);
    for (i, (shown, article, key, position)) in want.into_iter().enumerate() {
        assert_eq!(c.shown(i), shown, "sentence {i} of {ARTICLES:?}");
        assert_eq!(c.article(i), ArticleId::new(article), "{shown:?}");
        let (a, segment) = key;
        let key = SentenceId::new(ArticleId::new(a), segment);
        assert_eq!(c.key(i), key, "{shown:?}");
        assert_eq!(c.position(i), position, "{shown:?}");
    }
    // What is compared is the normalized text; what is shown, the text as written.
    assert_eq!(
        c.text(2),
        "\"We expect the ports to reopen on Wednesday,\" the harbour master said."
    );
    assert_eq!(c.shown_span(2, 1..10), "We expect");
    assert_eq!(
        c.words(0),
        ["the", "storm", "closed", "three", "ports", "on", "monday"]
    );
}

#[test]
fn text_is_read_in_the_terms_of_the_corpus() {
    let articles = crate::article::read_texts(&ARTICLES);
    let lowered = Lowered::new(&articles);
    let c = Corpus::new(&articles, &lowered);
    // (text, the sentence whose terms it has): letter case and word endings aside, and
    // words the corpus does not hold ("fog", "Oslo") left out.
    let cases = [
        ("THE STORM CLOSED THREE PORTS ON MONDAY.", 0),
        ("the storm closes three port on monday", 0),
        ("Ships waited offshore.", 1),
        ("ship waiting offshore, fog", 1),
        ("Oslo: ships waited offshore", 1),
    ];
    for (text, i) in cases {
        assert_eq!(
            c.tokens_of(text),
            c.tokens(i),
            "{text:?} and {:?}",
            c.text(i)
        );
    }
    assert!(c.tokens_of("Fog, Oslo").is_empty());
}

#[test]
fn evidence_is_one_sentence_per_article_in_article_order() {
    let articles = crate::article::read_texts(&ARTICLES);
    let lowered = Lowered::new(&articles);
    let c = Corpus::new(&articles, &lowered);
    // (sentences given, evidence (article id, text) wanted)
    type Case<'a> = (&'a [usize], &'a [(&'a str, &'a str)]);
    let cases: [Case; 3] = [
        (&[2, 1, 0], &[("a1", "Ships waited offshore."), ("a2", "\u{201c}We expect the ports to reopen on Wednesday,\u{201d} the harbour master said.")]),
        (&[0, 1], &[("a1", "The storm closed three ports on Monday.")]),
        (&[], &[]),
    ];
    for (given, want) in cases {
        let got: Vec<(String, String)> = c
            .evidence(given.iter().copied())
            .into_iter()
            .map(|e| (e.source, e.text))
            .collect();
        let want: Vec<(String, String)> = want
            .iter()
            .map(|(a, t)| (a.to_string(), t.to_string()))
            .collect();
        assert_eq!(got, want, "sentences {given:?}");
        let articles: SortedSet<ArticleId> = given.iter().map(|&i| c.article(i)).collect();
        let ids: Vec<String> = want.iter().map(|(a, _)| a.clone()).collect();
        assert_eq!(source_ids(&articles), ids, "sentences {given:?}");
    }
}

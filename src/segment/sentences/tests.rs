//! The sentence splitter against the 48 English Golden Rules and news cases.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use super::split;
use serde::Deserialize;

#[derive(Deserialize)]
struct Rules {
    cases: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    id: u32,
    input: String,
    expected: Vec<String>,
}

fn sentences(text: &str) -> Vec<&str> {
    split(text).into_iter().map(|r| &text[r]).collect()
}

#[test]
fn golden_rules_all_pass() {
    let raw = include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/sentence-golden-rules-en.json"
    ));
    let rules: Rules = serde_json::from_str(raw).expect("fixture parses");
    assert_eq!(rules.cases.len(), 48);
    let failed: Vec<String> = rules
        .cases
        .iter()
        .filter(|c| sentences(&c.input) != c.expected)
        .map(|c| {
            format!(
                "#{} {:?}\n  want {:?}\n  got  {:?}",
                c.id,
                c.input,
                c.expected,
                sentences(&c.input)
            )
        })
        .collect();
    assert!(
        failed.is_empty(),
        "{} of 48 golden rules fail:\n{}",
        failed.len(),
        failed.join("\n")
    );
}

#[test]
fn news_cases() {
    let cases: &[(&str, &[&str])] = &[
        (
            "U.S. Senator Jane Doe met Gen. Paul Reyes. He left at 5 p.m. on Friday.",
            &[
                "U.S. Senator Jane Doe met Gen. Paul Reyes.",
                "He left at 5 p.m. on Friday.",
            ],
        ),
        (
            "Berg said, \"The verdict is fair.\" Okafor nodded.",
            &["Berg said, \"The verdict is fair.\"", "Okafor nodded."],
        ),
        (
            "\"Bring an umbrella,\" Okafor said. \"Well, it never rains here,\" Berg replied.",
            &[
                "\"Bring an umbrella,\" Okafor said.",
                "\"Well, it never rains here,\" Berg replied.",
            ],
        ),
        (
            "The match lasted 2.5 hours. The home side won.",
            &["The match lasted 2.5 hours.", "The home side won."],
        ),
        (
            "It was the club's first title since 1998. The fans were jubilant.",
            &[
                "It was the club's first title since 1998.",
                "The fans were jubilant.",
            ],
        ),
        (
            "Is a strike near? \"No,\" he said.",
            &["Is a strike near?", "\"No,\" he said."],
        ),
        (
            "The festival ended on Oct. 2 in Oslo.",
            &["The festival ended on Oct. 2 in Oslo."],
        ),
        (
            "He works for Acme Inc. and lives in the U.K.",
            &["He works for Acme Inc. and lives in the U.K."],
        ),
        // An initial after a word that introduces a person (DUC 2004 d31031t,
        // NYT19981016.0293: "said L. Ari Fleischer, spokesman for ..."); "I" stays a word.
        (
            "\"The temptation,\" said L. Tom Okafor, a spokesman, \"is to spend it.\" Berg agreed.",
            &[
                "\"The temptation,\" said L. Tom Okafor, a spokesman, \"is to spend it.\"",
                "Berg agreed.",
            ],
        ),
        (
            "The gift came from you and I. Did you know?",
            &["The gift came from you and I.", "Did you know?"],
        ),
        (
            "The tests showed low levels of vitamin C. Doctors said it was common.",
            &[
                "The tests showed low levels of vitamin C.",
                "Doctors said it was common.",
            ],
        ),
    ];
    for (input, want) in cases {
        assert_eq!(sentences(input), *want, "input: {input:?}");
    }
}

#[test]
fn spans_and_gaps_rejoin_to_the_text() {
    let text = "  One. Two?  Three!\u{201d} \u{2026} four  ";
    let spans = split(text);
    let mut rebuilt = String::new();
    let mut pos = 0;
    for r in &spans {
        let gap = &text[pos..r.start];
        assert!(
            gap.chars().all(char::is_whitespace),
            "gap {gap:?} in {text:?}"
        );
        rebuilt.push_str(gap);
        rebuilt.push_str(&text[r.clone()]);
        pos = r.end;
    }
    rebuilt.push_str(&text[pos..]);
    assert_eq!(rebuilt, text);
}

/// The tokens are the white-space-separated words, wherever the blocks of eight bytes the
/// tokenizer reads fall: every ASCII byte between words, runs of spaces, characters above
/// ASCII.
#[test]
fn tokens_are_the_words_split_at_white_space() {
    let mut texts: Vec<String> = (0u8..128)
        .map(char::from)
        .map(|c| format!("ab{c}cd efgh{c}{c}ij  kl \t\u{a0}m{c}nopqrstu{c}v w"))
        .collect();
    texts.push("   lead and trail   ".to_string());
    texts.push("caf\u{e9}  au\u{3000}lait \u{201c}quoted\u{201d}\u{2003}text".repeat(3));
    texts.push("x".repeat(20));
    texts.push(String::new());
    for text in &texts {
        let toks = super::tokenize(text);
        let got: Vec<&str> = (0..toks.len()).map(|i| toks.s(i)).collect();
        let want: Vec<&str> = text.split_whitespace().collect();
        assert_eq!(got, want, "{text:?}");
    }
}

//! Hostile input: the digest returns a result or a clear error, never a panic or a hang.
//! Includes a randomized property test over generated text (seeded, reproducible).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use newsdigest::{digest, ArticleInput, Error, Options};

fn run(text: &str) -> Result<newsdigest::Digest, Error> {
    digest(
        &[ArticleInput::text(text, "hostile.txt")],
        &Options::default(),
    )
}

#[test]
fn no_letters_is_a_clear_error() {
    for text in ["", "   ", "12345 67.89 !!! ???", "—– … ‘’ “”"] {
        let err = run(text).expect_err(text);
        assert!(
            err.to_string().contains("no readable text"),
            "{text:?}: {err}"
        );
    }
}

#[test]
fn no_articles_is_a_clear_error() {
    let err = digest(&[], &Options::default()).unwrap_err();
    assert_eq!(err, Error::NoArticles);
}

#[test]
fn one_five_megabyte_line_is_digested() {
    let unit = "President Anna Berg was joined by Minister Carl Lind and the talks went on ";
    let text = unit.repeat(5_000_000 / unit.len() + 1);
    let d = run(&text).unwrap();
    assert_eq!(d.articles[0].word_count, text.split_whitespace().count());
}

#[test]
fn one_long_paragraph_of_quoted_sentences_is_digested() {
    // Text pasted without line breaks: thousands of sentences, with quotes, in one paragraph.
    let unit = "\"We made real progress on trade and energy today,\" President Anna Berg said. \
        The talks in Lund lasted two hours. ";
    let text = unit.repeat(2_000_000 / unit.len() + 1);
    let d = run(&text).unwrap();
    assert_eq!(d.articles[0].sentence_count, text.matches(". ").count());
    assert!(d.quotes.iter().any(|q| q.speaker.contains("Berg")));
}

#[test]
fn only_headings_is_a_clear_error() {
    for text in [
        "Talks in Geneva\nLeaders meet again\nWhat comes next",
        "Talks in Geneva\n\nNext Story\n\nLeaders Meet Again",
    ] {
        let err = run(text).expect_err(text);
        assert!(
            matches!(err, Error::NoSentences { index: 1, .. }),
            "{text:?}: {err}"
        );
        assert!(err.to_string().contains("no sentences"), "{text:?}: {err}");
    }
}

#[test]
fn binary_data_read_as_text_is_a_clear_error() {
    let mut rng = Rng(0x1234_5678_9abc_def1);
    // Random bytes without NUL, read the way a file is read: invalid UTF-8 as U+FFFD.
    let bytes: Vec<u8> = (0..4000).map(|_| (rng.next() % 255 + 1) as u8).collect();
    let texts = [
        String::from_utf8_lossy(&bytes).into_owned(),
        "\u{fffd}\u{1}\u{fffd}ab\u{2}\u{fffd}\u{7f}cd".repeat(200),
        "\u{0}\u{1}\u{2}".to_string(),
    ];
    for text in &texts {
        let err = run(text).expect_err("binary");
        assert!(matches!(err, Error::NotText { .. }), "{err}");
        assert!(err.to_string().contains("binary data"), "{err}");
    }
    // A few odd characters in real text are no reason to refuse it.
    let text =
        "The ministers met in Gen\u{fffd}ve on Monday. Talks went on for hours, officials said.";
    assert!(run(text).is_ok());
}

#[test]
fn a_thousand_names_are_digested() {
    // Syllables that no spelling rule folds together, so that every name stays distinct.
    const SYLLABLES: [&str; 16] = [
        "ba", "de", "fo", "gu", "ka", "le", "mo", "nu", "pa", "re", "so", "tu", "va", "ze", "bo",
        "di",
    ];
    let word = |mut i: usize| {
        let mut w = String::new();
        for _ in 0..3 {
            w.push_str(SYLLABLES[i % 16]);
            i /= 16;
        }
        let mut chars = w.chars();
        chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect::<String>())
            .unwrap_or_default()
    };
    let names: Vec<String> = (0..1000)
        .map(|i| format!("Minister {} {}ovich", word(i), word(i + 7)))
        .collect();
    let text = format!(
        "French President Jean Dupont was joined by {}.",
        names.join(", ")
    );
    let d = run(&text).unwrap();
    let members: usize = d.delegations.iter().map(|s| s.members.len()).sum();
    assert_eq!(members, 1001, "the leader and the thousand names listed");
}

#[test]
fn html_full_of_scripts_keeps_only_text() {
    let html = format!(
        "<html><body>{}<p>Leaders met in Geneva on Monday for talks on trade and energy that lasted three hours, officials said.</p><script>alert('x')</script></body></html>",
        "<script>for(;;){}</script><style>p{}</style>".repeat(1000)
    );
    let d = digest(
        &[ArticleInput {
            text: html,
            source: "page.html".into(),
            outlet: None,
            html: true,
        }],
        &Options::default(),
    )
    .unwrap();
    assert!(
        d.takeaways[0]
            .text
            .starts_with("Leaders met in Geneva on Monday"),
        "{:?}",
        d.takeaways
    );
    assert!(!d.takeaways[0].text.contains("for(;;)"));
}

/// A small xorshift generator: reproducible random input without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

#[test]
fn random_text_never_panics() {
    const PIECES: &[&str] = &[
        "President",
        "Minister",
        "was joined by",
        "brought",
        "and",
        ",",
        ".",
        "!",
        "?",
        "\"",
        "'",
        "(",
        ")",
        "[",
        "...",
        ". . .",
        "U.S.",
        "Mr.",
        "Dr",
        "J.",
        "1.",
        "a.",
        "2)",
        "•",
        "\n",
        "\n\n",
        " ",
        "Ostrovskiy's",
        "Dvořák",
        "von",
        "der",
        "Anna",
        "Berg",
        "Russian",
        "of",
        "to",
        "State",
        "—",
        "–",
        "\u{201c}",
        "\u{201d}",
        "é",
        "日本",
        "\u{200b}",
        "\t",
        "said",
        "Next Story",
        "ALSO READ:",
        "<p>",
        "&amp;",
        "؟",
        "İ",
        "ß",
        "\u{2026}",
        "A",
        "z",
    ];
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for case in 0..3000 {
        let n = (rng.next() % 60) as usize;
        let text: String = (0..n)
            .map(|_| rng.pick(PIECES))
            .collect::<Vec<_>>()
            .join(if case % 2 == 0 { " " } else { "" });
        let result = std::panic::catch_unwind(|| run(&text));
        assert!(result.is_ok(), "panic on case {case}: {text:?}");
    }
}

#[test]
fn random_html_never_panics_the_extractor() {
    const PIECES: &[&str] = &[
        "<p>",
        "</p>",
        "<div class='content'>",
        "<div class=\"sidebar\">",
        "</div>",
        "<a href='x'>",
        "</a>",
        "<br>",
        "<script>",
        "</script>",
        "<style>",
        "<!--",
        "-->",
        "<title>",
        "</title>",
        "&amp;",
        "&#8220;",
        "&#xZZ;",
        "&",
        "<",
        ">",
        "\"",
        "'",
        "=",
        "<img src=x onerror=alert(1)>",
        "<meta charset=latin1>",
        "<p hidden>",
        "<li>",
        "<ul>",
        "Words, more words, and yet more words here.",
        "\u{e9}",
        "\u{fffd}",
        "<h1>",
        "</h1>",
        "<table><td>",
        "\n",
        " ",
    ];
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    for case in 0..2000 {
        let n = (rng.next() % 80) as usize;
        let html: String = (0..n).map(|_| rng.pick(PIECES)).collect();
        let result = std::panic::catch_unwind(|| newsdigest::extract(&html));
        assert!(result.is_ok(), "panic on case {case}: {html:?}");
    }
}

#[test]
fn huge_and_deep_pages_are_extracted_or_refused_cleanly() {
    let para = "<p>The ministers met in Geneva on Monday, and they talked for hours about trade and energy.</p>";
    let big = format!(
        "<html><body><article>{}</article></body></html>",
        para.repeat(10_000_000 / para.len())
    );
    let e = newsdigest::extract(&big).unwrap();
    assert!(e.text.len() > 5_000_000);
    let deep = format!(
        "{}{para}{}",
        "<div>".repeat(100_000),
        "</div>".repeat(100_000)
    );
    assert!(newsdigest::extract(&deep).is_ok());
    assert!(newsdigest::extract(&"<div>".repeat(100_000)).is_err());
}

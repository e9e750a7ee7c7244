//! Nothing the story says is lost, and the page around it is left out: each line of the
//! tables below is set in an ordinary article and looked for among its sentences as
//! written. Furniture is judged by a line's shape and place, never by a cue word inside a
//! sentence; lines without a final period are sentences unless they look like headings.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use newsdigest::{digest, sentences, ArticleInput, Options};

const TITLE: &str = "Ministers end talks on the water treaty";
const LEAD: &str = "The ministers ended two days of talks on the water treaty in Geneva on Monday without a deal, officials said.";
const MIDDLE: &str = "Both sides said they would meet again before the end of the year to settle the open questions.";
const CLOSE: &str =
    "The next round is planned for May, according to a statement from the host government.";

/// The sentences of `text` as written (a dateline taken off is listed on its own), and
/// its title.
fn read(text: &str) -> (Vec<String>, String) {
    let input = ArticleInput::text(text, "story.txt");
    let list = sentences(&input).unwrap_or_else(|e| panic!("{e}: {text:?}"));
    let d = digest(&[input], &Options::default()).unwrap_or_else(|e| panic!("{e}: {text:?}"));
    (list, d.articles[0].title.clone())
}

/// An article with `line` as a paragraph of its own between two paragraphs of prose.
fn with_paragraph(line: &str) -> String {
    format!("{TITLE}\n\n{LEAD}\n\n{line}\n\n{MIDDLE}\n\n{CLOSE}\n")
}

#[test]
fn sentences_with_furniture_words_inside_are_kept() {
    let lines = [
        // Cue words anywhere in a short line.
        "The festival was sponsored by Finland.",
        "They share one goal: peace.",
        "The admin read the statement aloud.",
        "The paper has two million subscribers.",
        "Officials ate cookies.",
        "He sent the message on WhatsApp.",
        "Ms. Okafor declined to make comments.",
        "Follow-up talks are planned for the autumn.",
        "Updated figures were published on Monday.",
        // How a line starts.
        "By Monday evening, the talks had collapsed.",
        "First on the agenda was trade.",
        "Watch: the talks ended abruptly.",
        "Reporting by the state media was scant.",
        "By contrast, the earlier trial lasted two weeks.",
        "Read the fine print, the minister urged.",
        "In this image-obsessed age, leaders live by the photo opportunity and the televised handshake.",
        "Photos of the meeting were not released.",
        // Lines in capitals, short paragraphs, odd endings.
        "WE WILL NOT GIVE UP, THE CROWD CHANTED.",
        "Nobody was hurt.",
        "Jane Doe contributed reporting to the treaty's first draft.",
    ];
    for line in lines {
        let (sentences, _) = read(&with_paragraph(line));
        assert!(
            sentences.iter().any(|s| s == line),
            "{line:?} is kept: {sentences:#?}"
        );
    }
}

#[test]
fn a_speaker_is_not_taken_for_a_dateline() {
    let line = "NATO Secretary General Mark Rutte - \"We stand together with our partners.\"";
    let (sentences, _) = read(&with_paragraph(line));
    // A dateline taken off would be listed on its own, apart from the words after it.
    assert!(sentences.iter().any(|s| s == line), "{sentences:#?}");
}

#[test]
fn lines_without_a_final_period_that_are_not_headings_are_sentences() {
    let cases: &[(&str, &[&str])] = &[
        ("Brazil denied the report", &["Brazil denied the report"]),
        (
            "The ministers declined to comment",
            &["The ministers declined to comment"],
        ),
        (
            "The aid will flow again next week;",
            &["The aid will flow again next week;"],
        ),
        (
            "See the full text of the accord [PDF]",
            &["See the full text of the accord [PDF]"],
        ),
        (
            "The crowd cheered the result \u{1f389}",
            &["The crowd cheered the result \u{1f389}"],
        ),
        (
            "What was agreed:\n1. A pay rise for nurses\n2. A shorter working week",
            &[
                "What was agreed:",
                "1. A pay rise for nurses",
                "2. A shorter working week",
            ],
        ),
        (
            "What was agreed:\n- A pay rise for nurses\n- A shorter working week",
            &[
                "What was agreed:",
                "- A pay rise for nurses",
                "- A shorter working week",
            ],
        ),
        (
            "What was agreed:\n\u{2022} A pay rise for nurses\n\u{2022} A shorter working week",
            &[
                "What was agreed:",
                "\u{2022} A pay rise for nurses",
                "\u{2022} A shorter working week",
            ],
        ),
        (
            "What was agreed:\nA pay rise for nurses\nA shorter working week",
            &[
                "What was agreed:",
                "A pay rise for nurses",
                "A shorter working week",
            ],
        ),
        (
            "1. The first item 2. The second item",
            &["1. The first item", "2. The second item"],
        ),
        (
            "The jury sat late into the night and\nreturned no verdict.",
            &["The jury sat late into the night and returned no verdict."],
        ),
    ];
    for (lines, want) in cases {
        let (sentences, _) = read(&with_paragraph(lines));
        for w in *want {
            assert!(
                sentences.iter().any(|s| s == w),
                "{w:?} of {lines:?} is a sentence: {sentences:#?}"
            );
        }
    }
}

#[test]
fn headings_stay_headings() {
    for heading in [
        "Market jitters",
        "Union stands firm on pay",
        "A season defined by injuries",
    ] {
        let text = format!("{TITLE}\n\n{LEAD}\n\n{heading}\n{MIDDLE}\n\n{CLOSE}\n");
        let (sentences, _) = read(&text);
        assert!(
            !sentences.iter().any(|s| s == heading),
            "{heading:?}: {sentences:#?}"
        );
        assert_eq!(sentences.len(), 3, "{heading:?}: {sentences:#?}");
    }
}

#[test]
fn every_line_break_form_keeps_paragraphs_apart() {
    for brk in ["\n", "\r\n", "\r", "\u{2028}", "\u{85}"] {
        let text = [TITLE, "", LEAD, "", "Market jitters", MIDDLE, "", CLOSE].join(brk);
        let (sentences, title) = read(&text);
        assert_eq!(sentences, [LEAD, MIDDLE, CLOSE], "break {brk:?}");
        assert_eq!(title, TITLE, "break {brk:?}");
    }
}

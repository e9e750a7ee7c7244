//! What the digest shows is the input as written: curly quotes, apostrophes, dashes and
//! accents come out as the article has them, though the stages compare folded text.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use newsdigest::{digest, sentences, ArticleInput, Options};

const STORY: &str = "GENEVA (AP) \u{2014} The ministers\u{2019} talks on the water treaty ended on Monday without a deal, officials said.\r\n\r\n\u{201c}We are not there yet, but we have narrowed the gaps a great deal,\u{201d} Foreign Minister Jane Doe told reporters.\r\n\r\nThe next round \u{2013} the fourth this year \u{2013} is set for M\u{e1}laga in May.\r\n";

#[test]
fn sentences_keep_the_characters_of_the_input() {
    let shown = sentences(&ArticleInput::text(STORY, "story.txt")).unwrap();
    assert_eq!(
        shown,
        [
            "GENEVA (AP) \u{2014}",
            "The ministers\u{2019} talks on the water treaty ended on Monday without a deal, officials said.",
            "\u{201c}We are not there yet, but we have narrowed the gaps a great deal,\u{201d} Foreign Minister Jane Doe told reporters.",
            "The next round \u{2013} the fourth this year \u{2013} is set for M\u{e1}laga in May.",
        ],
        "{shown:#?}"
    );
}

#[test]
fn digest_lists_show_the_input_as_written() {
    let d = digest(
        &[ArticleInput::text(STORY, "story.txt")],
        &Options::default(),
    )
    .unwrap();
    let lead = &d.takeaways[0];
    assert!(
        lead.text.contains("ministers\u{2019} talks"),
        "takeaway keeps the curly apostrophe: {:?}",
        lead.text
    );
    assert!(
        lead.evidence.iter().all(|e| STORY.contains(&e.text)),
        "{lead:?}"
    );
    let quote = d.quotes.first().expect("the minister's quote is found");
    assert!(
        quote.text.contains("We are not there yet"),
        "quote: {quote:?}"
    );
    assert!(
        STORY.contains(&quote.text),
        "quote as written: {:?}",
        quote.text
    );
}

#[test]
fn cleaning_keeps_what_is_shown_the_input_as_written() {
    // Dropped furniture at the end, a dateline glued to the story, old Mac line endings.
    let story = "Talks end without a deal\r\rLIMA, Peru (CNN)The ministers\u{2019} talks ended on Monday without a deal, officials said.\r\rBoth sides will meet again in May, the host government said.\rShare on WhatsApp";
    let shown = sentences(&ArticleInput::text(story, "story.txt")).unwrap();
    assert_eq!(
        shown,
        [
            "LIMA, Peru (CNN)",
            "The ministers\u{2019} talks ended on Monday without a deal, officials said.",
            "Both sides will meet again in May, the host government said.",
        ],
        "{shown:#?}"
    );
    let d = digest(
        &[ArticleInput::text(story, "story.txt")],
        &Options::default(),
    )
    .unwrap();
    assert_eq!(d.articles[0].title, "Talks end without a deal");
    assert!(!d.takeaways.is_empty(), "no takeaways: {d:#?}");
    for t in &d.takeaways {
        // A takeaway is a sentence as written, or its claim before a closing attribution
        // ("…, officials said.") ended with a full stop.
        assert!(story.contains(t.text.trim_end_matches('.')), "{:?}", t.text);
        assert!(
            !t.text.contains("WhatsApp") && !t.text.contains("(CNN)"),
            "{:?}",
            t.text
        );
        for e in &t.evidence {
            assert!(!e.text.contains("WhatsApp"), "{:?}", e.text);
        }
    }
}

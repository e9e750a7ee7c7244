//! Page furniture of many outlets' styles, recognized by its shape: bylines, publication
//! stamps, wire datelines, photo captions, prompts and teasers leave the story's
//! sentences, and none of them becomes the title. The pages below are made up; their
//! shapes are those of British and American papers, wires and news sites.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use newsdigest::{digest, sentences, ArticleInput, Options};

const LEAD: &str = "The ministers ended two days of talks on the water treaty in Geneva on Monday without a deal, officials said.";
const MIDDLE: &str = "Both sides said they would meet again before the end of the year to settle the open questions.";

/// What a reader gets of `text`: its sentences as written (a dateline taken off is
/// listed on its own, before its paragraph's first sentence) and its title.
struct Read {
    sentences: Vec<String>,
    title: String,
}

fn read(text: &str) -> Read {
    let input = ArticleInput::text(text, "page.txt");
    let list = sentences(&input).unwrap_or_else(|e| panic!("{e}: {text:?}"));
    let d = digest(&[input], &Options::default()).unwrap_or_else(|e| panic!("{e}: {text:?}"));
    Read {
        sentences: list,
        title: d.articles[0].title.clone(),
    }
}

#[test]
fn bylines_and_stamps_are_neither_title_nor_text() {
    let pages = [
        "By\nStaff Reporter and Associated Press\n\nPUBLISHED: 10:04 EST, 2 March 2014 | UPDATED: 12:30 EST, 2 March 2014\n\n{LEAD}\n\n{MIDDLE}",
        "Ministers end talks without a deal\nBy Jane Doe and John Roe, Example Press\nUpdated 3:04 PM ET, Tue March 4, 2014\n\n{LEAD}\n\n{MIDDLE}",
        "Ministers end talks without a deal\nJane Doe, Reuters\n5 min read\n\n{LEAD}\n\n{MIDDLE}",
        "Ministers end talks without a deal\nJane Doe | CNN\nPublished 10:00 AM GMT, 4 March 2014\n{LEAD}\n\n{MIDDLE}",
        "Ministers end talks without a deal\nJane Doe, Senior Diplomatic Correspondent\nLast updated: 2 hours ago\n\n{LEAD}\n\n{MIDDLE}\n\n(Reporting by Jane Doe in Geneva; Editing by John Roe)",
        "Ministers end talks without a deal\nBY JANE DOE\nAugust 16, 2025 10:30 am\n\n{LEAD}\n\n{MIDDLE}\n\n(With agency inputs.)",
    ];
    for page in pages {
        let text = page.replace("{LEAD}", LEAD).replace("{MIDDLE}", MIDDLE);
        let a = read(&text);
        assert_eq!(a.sentences, [LEAD, MIDDLE], "{text:?}");
        assert!(
            a.title == "Ministers end talks without a deal"
                || a.title.starts_with("The ministers ended"),
            "title of {text:?}: {:?}",
            a.title
        );
    }
}

#[test]
fn wire_datelines_come_off_the_first_sentence() {
    let cases = [
        "Lima, Peru (CNN)The ministers ended",
        "LIMA, Peru (CNN) -- The ministers ended",
        "LIMA, Peru (AP) \u{2014} The ministers ended",
        "LIMA, May 3 (Reuters) - The ministers ended",
        "LIMA \u{2014} The ministers ended",
        "(CNN) -- The ministers ended",
    ];
    for start in cases {
        let lead = LEAD.replacen("The ministers ended", start, 1);
        let a = read(&format!("{lead}\n\n{MIDDLE}"));
        // Off the sentence, and listed on its own as written.
        let dateline = start.trim_end_matches("The ministers ended").trim_end();
        assert_eq!(a.sentences, [dateline, LEAD, MIDDLE], "{start:?}");
        assert!(
            a.title.starts_with("The ministers ended"),
            "{start:?}: {:?}",
            a.title
        );
    }
}

#[test]
fn photo_captions_leave_the_story() {
    let captions = [
        "The trade commissioner (2nd from right) reads a statement on the accord.",
        "The two ministers (L-R) shake hands before the talks in Geneva",
        "In this photo taken on Monday, the delegates arrive at the hall.",
        "FILE PHOTO: The minister attends a meeting in Geneva, May 3, 2023. REUTERS/Jane Doe/File Photo",
        "The minister greets the delegates at the airport, Friday, Oct. 2, 2024, in Geneva. (AP Photo/Jane Doe)",
        "The foreign minister is pictured at the palace on Monday.",
        "Pictured: the delegates on the steps of the hall.",
        "Photo: Jane Doe/Example Agency",
    ];
    for caption in captions {
        let a = read(&format!("{caption}\n\n{LEAD}\n\n{caption}\n\n{MIDDLE}"));
        assert_eq!(a.sentences, [LEAD, MIDDLE], "{caption:?}");
        assert!(
            a.title.starts_with("The ministers ended"),
            "{caption:?}: {:?}",
            a.title
        );
    }
}

#[test]
fn prompts_and_teasers_leave_the_story() {
    let furniture = [
        "Next Story",
        "Advertisement",
        "Share on WhatsApp",
        "Subscribe to our newsletter",
        "Loving ExampleNews? Download the app now",
        "ALSO READ: Leaders trade barbs after talks collapse | What Happened",
        "Read more: Ministers to meet again in May",
        "Watch: the minister's reply to reporters",
        "Story continues below advertisement",
        "https://example.com/world/talks-end",
        "\u{a9} 2025 Example Media. All rights reserved.",
    ];
    for line in furniture {
        let a = read(&format!("{LEAD}\n\n{line}\n\n{MIDDLE}\n\n{line}"));
        assert_eq!(a.sentences, [LEAD, MIDDLE], "{line:?}");
    }
}

//! Reading an article: what every input gives (generated input of every shape), the
//! title chosen, the errors, the words counted, and where the text shown lies in the text
//! as given. Invented articles.

use super::*;
use crate::model::ArticleInput;
use crate::segment::Kind;

#[path = "../../tests/common/generated.rs"]
mod generated;

use generated::{collapsed, generate, Rng};

fn read(text: &str) -> Article {
    Article::read(&ArticleInput::text(text, "story.txt"), ArticleId::new(0))
        .unwrap_or_else(|e| panic!("{e}: {text:?}"))
}

#[test]
fn generated_articles_are_read_as_written() {
    let mut rng = Rng(0x005e_ed0f_a111_dea5);
    for case in 0..1500 {
        let text = generate(&mut rng);
        let input = ArticleInput::text(text.clone(), "generated.txt");
        let read = std::panic::catch_unwind(|| Article::read(&input, ArticleId::new(0)));
        let Ok(read) = read else {
            panic!("panic on case {case}: {text:?}");
        };
        let a = match read {
            Ok(a) => a,
            Err(e) => {
                let msg = e.to_string();
                assert!(
                    !msg.is_empty() && !msg.contains('\n'),
                    "case {case}: {msg:?}"
                );
                continue;
            }
        };
        let flat = collapsed(&text);
        let mut end = 0;
        for (i, s) in a.segments.iter().enumerate() {
            assert!(
                s.span.start >= end && s.span.end <= a.body.len(),
                "case {case}: spans in order"
            );
            end = s.span.end;
            let shown = a.shown(i);
            assert!(
                flat.contains(&shown),
                "case {case}: segment {i} {shown:?} not in {text:?}"
            );
        }
        let sentences = a
            .segments
            .iter()
            .filter(|s| s.kind == Kind::Sentence)
            .count();
        assert!(
            sentences >= 1,
            "case {case}: an article read has a sentence"
        );
        assert!(sentences <= text.split_whitespace().count(), "case {case}");
        assert!(
            a.word_count() <= text.split_whitespace().count() + sentences,
            "case {case}"
        );
    }
}

#[test]
fn article_segments_and_gaps_rejoin_to_the_body() {
    let raw = include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/seeds/000_4f784b4cfed49461.txt"
    ));
    let a = Article::read(&ArticleInput::text(raw, "seed.txt"), ArticleId::new(0)).unwrap();
    let mut pos = 0;
    let mut rebuilt = String::new();
    for s in &a.segments {
        let gap = &a.body[pos..s.span.start];
        assert!(
            gap.chars().all(char::is_whitespace),
            "gap {gap:?} before {:?}",
            &a.body[s.span.clone()]
        );
        rebuilt.push_str(gap);
        rebuilt.push_str(&a.body[s.span.clone()]);
        pos = s.span.end;
    }
    rebuilt.push_str(&a.body[pos..]);
    assert_eq!(rebuilt, a.body);
    assert!(
        !a.body.contains("Next Story") && !a.body.contains("Download the app"),
        "furniture removed"
    );
}

/// The UTF-16 slice `start..end` of `text`.
fn slice16(text: &str, start: usize, end: usize) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16_lossy(units.get(start..end).unwrap_or_default())
}

fn squeeze(s: &str) -> String {
    s.split_whitespace().collect()
}

#[test]
fn evidence_offsets_survive_what_reading_changes() {
    // Invented articles: each row is a text and a sentence of it.
    let rows = [
        (
            "GENEVA (AP) \u{2014} The ministers\u{2019} talks on the treaty ended on Monday without a deal, officials said.\r\n\r\nThe next round is set for May.",
            "The ministers\u{2019} talks on the treaty ended on Monday without a deal, officials said.",
        ),
        (
            "By Jane Doe\n\nThe\u{a0}delegates\u{a0}\u{a0}met for   three hours \u{1f600} and agreed on a second round.\n",
            "The delegates met for three hours \u{1f600} and agreed on a second round.",
        ),
        (
            "Talks in M\u{e1}laga\n\n\u{201c}We are close,\u{201d} the envoy said, as the talks went\non into the night.",
            "\u{201c}We are close,\u{201d} the envoy said, as the talks went on into the night.",
        ),
    ];
    for (text, sentence) in rows {
        let input = ArticleInput::text(text, "row");
        let a = Article::read(&input, ArticleId::new(0)).unwrap();
        let e = a
            .sentence_indices()
            .map(|i| a.evidence(i))
            .find(|e| e.text == sentence)
            .unwrap_or_else(|| panic!("{sentence:?} not among the sentences of {text:?}"));
        // Its `start..end` (UTF-16 code units of the text as given) holds the sentence.
        let (Some(start), Some(end)) = (e.start, e.end) else {
            panic!("no offsets: {e:?} in {text:?}");
        };
        let got = slice16(text, start, end);
        assert_eq!(squeeze(&got), squeeze(&e.text), "{e:?} in {text:?}");
        assert_eq!(got.trim(), got, "no white space at the ends: {e:?}");
    }
}

#[test]
fn the_title_is_a_leading_heading_of_a_few_words_or_the_first_words() {
    let lead = "Residents returned to their homes on Tuesday as the river fell below flood stage, officials said.";
    const CUT: &str =
        "Residents returned to their homes on Tuesday as the river fell below\u{2026}";
    // (text, title, whether a heading of the body serves as the title)
    let cases = [
        (format!("Flood waters recede in river towns\n\n{lead}"), "Flood waters recede in river towns", true),
        // Two paragraphs of headings: the first of three words or more.
        (format!("Weather\n\nFlood waters recede in river towns\n\n{lead}"), "Flood waters recede in river towns", true),
        // A label of two words above the story is no title (and not the story either):
        // the first words of the body instead.
        (format!("Flood update\n\n{lead}"), CUT, false),
        // A byline or a time stamp is never the title.
        (format!("By Jane Doe and John Roe\n\n{lead}"), CUT, false),
        (format!("Updated 3:04 PM ET, Tue March 4, 2014\n\n{lead}"), CUT, false),
        // A heading after prose is a sub-heading, not the title.
        (format!("{lead}\n\nWhat comes next for the towns\n\nRepairs will take months."), CUT, false),
        // Twelve words at most, without a dangling comma.
        ("The council met, the mayor spoke, the residents listened, and the vote, delayed twice, passed.".to_string(), "The council met, the mayor spoke, the residents listened, and the vote\u{2026}", false),
        ("The vote passed.".to_string(), "The vote passed.", false),
    ];
    for (text, title, from_heading) in &cases {
        let a = read(text);
        assert_eq!(a.title, *title, "{text:?}");
        assert_eq!(a.title_segment.is_some(), *from_heading, "{text:?}");
    }
}

#[test]
fn unreadable_inputs_fail_with_their_position_and_source() {
    let page =
        |body: &str| format!("<html><head><title>Example</title></head><body>{body}</body></html>");
    let cases: [(String, bool, Error); 5] = [
        ("\u{fffd}\u{fffd}\u{fffd}\u{1}\u{2} ok".into(), false, Error::NotText { index: 3, source: "row".into() }),
        ("12 345 -- 6.7 %\n\n2024".into(), false, Error::EmptyArticle { index: 3, source: "row".into() }),
        ("Council Budget Vote\n\nLive Updates From City Hall".into(), false, Error::NoSentences { index: 3, source: "row".into() }),
        (page(""), true, Error::NoArticleInPage { index: 3, source: "row".into() }),
        (page("<script>var story = \"Dock workers returned to work.\";</script><nav><a href=\"/a\">Home</a></nav>"), true, Error::NoArticleInPage { index: 3, source: "row".into() }),
    ];
    for (text, html, want) in cases {
        let input = ArticleInput {
            text: text.clone(),
            source: "row".into(),
            outlet: None,
            html,
        };
        let got = Article::read(&input, ArticleId::new(2)).map(|a| a.body);
        assert_eq!(got, Err(want), "{text:?}");
    }
}

#[test]
fn a_page_gives_its_title_and_site_and_the_input_its_outlet() {
    let html = "<html><head><title>Port strike\n  ends after  nine days</title>\
        <meta property=\"og:site_name\" content=\"Example Gazette\"></head><body><article>\
        <p>Dock workers returned to work on Friday after a nine-day strike over pay ended with a new contract, the union said.</p>\
        <p>The deal raises wages by four percent a year for three years, according to a statement from the port authority.</p>\
        </article></body></html>";
    // (outlet given with the input, title, outlet read)
    let cases = [
        (None, "Example Gazette"),
        (Some("The Daily Example"), "The Daily Example"),
    ];
    for (given, outlet) in cases {
        let input = ArticleInput {
            text: html.into(),
            source: "page.html".into(),
            outlet: given.map(str::to_string),
            html: true,
        };
        let a =
            Article::read(&input, ArticleId::new(0)).unwrap_or_else(|e| panic!("{e}: {html:?}"));
        assert_eq!(a.title, "Port strike ends after nine days", "{given:?}");
        assert_eq!(a.outlet, outlet, "{given:?}");
        assert_eq!(a.id.source_id(), "a1");
        assert_eq!(a.sentence_indices().count(), 2, "{:?}", a.body);
    }
}

#[test]
fn words_are_counted_without_the_title_line_and_datelines_are_kept_apart() {
    // (text, words, dateline before the first sentence)
    let cases = [
        ("Port strike ends after nine days\n\nDock workers returned to work on Friday.", 7, None),
        ("Dock workers returned to work on Friday. The union said the deal was fair.", 14, None),
        ("ROTTERDAM (Reuters) - Dock workers returned to work on Friday.", 7, Some("ROTTERDAM (Reuters) -")),
        ("Port strike ends after nine days\n\nROTTERDAM, May 3 (AP) \u{2014} Dock workers returned to work on Friday.", 7, Some("ROTTERDAM, May 3 (AP) \u{2014}")),
    ];
    for (text, words, dateline) in cases {
        let a = read(text);
        assert_eq!(a.word_count(), words, "{text:?}");
        let first = a.sentence_indices().next();
        assert_eq!(
            first.and_then(|i| a.dateline_before(i)),
            dateline,
            "{text:?}"
        );
        assert_eq!(
            a.shown(first.unwrap_or(0)),
            "Dock workers returned to work on Friday.",
            "{text:?}"
        );
    }
}

#[test]
fn binary_text_is_told_from_text_in_any_script() {
    let cases = [
        ("The talks ended.\n", false),
        ("Les n\u{e9}gociations \u{2014} \u{201c}fin\u{201d}.", false),
        (
            "\u{41f}\u{435}\u{440}\u{435}\u{433}\u{43e}\u{432}\u{43e}\u{440}\u{44b}",
            false,
        ),
        ("ab\u{1}\u{2}\u{3}\u{1c}c", true),
        ("text \u{fffd}\u{fffd} more", true),
        ("\u{e000}\u{e001} ab", true),
        ("abcdef\u{85}\u{9f}", false),
        ("abcd\u{9f}", true),
        ("\t\n\u{b}\u{c}\r \u{a0}\u{3000}", false),
    ];
    for (text, want) in cases {
        assert_eq!(looks_binary(text), want, "{text:?}");
    }
    // Long texts, read a block of ASCII at a time, around the share of one in five.
    let long = [
        ("abcd\u{1}".repeat(30), true),
        ("abcde\u{1}".repeat(30), false),
        ("ab \t\u{1}".repeat(30), true),
        ("abcd\u{7f}\n".repeat(30), true),
        ("abcdef\u{7f}".repeat(20) + &"\u{e9}".repeat(40), false),
        // ASCII before and after other characters within a block.
        ("abc\u{1}\u{e9}".repeat(30), true),
        ("abcd\u{1}\u{e9}".repeat(30), false),
        ("a\u{1}\u{fffd} \u{2003}".repeat(30), true),
        (
            "The talks ended.\n".repeat(20) + &"\u{fffd}".repeat(80),
            true,
        ),
        (
            "The talks ended.\n".repeat(20) + &"\u{fffd}".repeat(60),
            false,
        ),
    ];
    for (text, want) in long {
        assert_eq!(looks_binary(&text), want, "{text:?}");
    }
}

/// The characters looked for at their first bytes are those a reading of every character
/// finds: each character alone and after one to eight bytes of ASCII.
#[test]
fn odd_characters_are_found_at_their_first_bytes() {
    let chars = (0u32..0x3100)
        .chain(0xD000..0xD800)
        .chain(0xE000..0x1_0100)
        .filter_map(char::from_u32);
    for c in chars {
        for lead in 0..9 {
            let text = format!("{}{c}x", "a".repeat(lead));
            let want = text.chars().any(|c| {
                !c.is_whitespace()
                    && (c == '\u{fffd}' || c.is_control() || ('\u{e000}'..='\u{f8ff}').contains(&c))
            });
            assert_eq!(holds_odd(&text), want, "{c:?} after {lead}");
        }
    }
}

#[test]
fn text_as_written_shows_each_run_of_white_space_as_one_space() {
    let texts = [
        "The talks ended.",
        "  The talks  ended. ",
        "The\ttalks\nended.",
        "The\u{a0}talks\u{2003}ended\u{3000}early\u{85}.",
        "Caf\u{e9} \u{201c}talks\u{201d} \u{2014} ended \u{b7} here",
        "",
        " ",
        "The talks at the summit ended early today, officials said.",
        "The talks at the summit ended  early today, officials said.",
        "The talks at the summit ended\u{a0}early today, officials said.",
        "The talks at the summit \u{201c}ended\u{201d} early,\rofficials said.",
        "The talks at the summit \u{201c}ended\u{201d} early, officials said. ",
        "The talks at the summ \u{201c}ended\u{201d} early,\u{b}officials said.",
    ];
    // Each kind of white space, and a curly quote, at every place of the eight bytes read
    // at once, and across their edge.
    let spaces = [
        " ",
        "  ",
        "\t",
        "\u{a0}",
        "\u{85}",
        "\u{1680}",
        "\u{2003}",
        "\u{2028}",
        "\u{202f}",
        "\u{205f}",
        "\u{3000}",
        "\u{201c}",
        "\u{e0}",
        " \u{2019}",
    ];
    let generated: Vec<String> = spaces
        .iter()
        .flat_map(|s| {
            (0..18).map(move |n| format!("{}{s}x{}y z", "w".repeat(n), "v".repeat(n % 7)))
        })
        .collect();
    for text in texts
        .iter()
        .copied()
        .chain(generated.iter().map(String::as_str))
    {
        let want = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let map = OffsetMap::identity();
        assert_eq!(as_written(text, &map, 0..text.len()), want, "{text:?}");
        assert_eq!(single_spaced(text.trim()), want == text.trim(), "{text:?}");
    }
}

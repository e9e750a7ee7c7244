//! Reading an article: what every input gives (generated input of every shape), and
//! where the text shown lies in the text as given.

use super::*;
use crate::model::ArticleInput;
use crate::segment::Kind;

#[path = "../../tests/common/generated.rs"]
mod generated;

use generated::{collapsed, generate, Rng};

#[test]
fn generated_articles_are_read_as_written() {
    let mut rng = Rng(0x005e_ed0f_a111_dea5);
    for case in 0..1500 {
        let text = generate(&mut rng);
        let input = ArticleInput::text(text.clone(), "generated.txt");
        let read = std::panic::catch_unwind(|| Article::read(&input, 0));
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
    let a = Article::read(&ArticleInput::text(raw, "seed.txt"), 0).unwrap();
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
        let a = Article::read(&input, 0).unwrap();
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

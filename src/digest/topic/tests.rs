//! The topic of an open-issue statement: a table of sentences and the phrase taken.

use super::{topic, words};
use crate::digest::phrases::PhraseSet;
use crate::lexicon::issues::OPEN_CUES;

fn label(text: &str) -> Option<String> {
    let lowered = crate::case::lower(text);
    let lower = crate::tokens::terms(&lowered);
    let ws = words(text, lower.iter().copied());
    let (at, n) = PhraseSet::new(OPEN_CUES).first(&lower)?;
    topic(&ws, at..at + n, &|w: &str| w.len() as f32)
        .map(|(r, _)| text[super::span(&ws, &r)].to_string())
}

#[test]
fn the_topic_is_the_phrase_the_cue_is_about() {
    let cases = [
        (
            "No agreement was reached on tariffs, which remain a problem.",
            Some("tariffs"),
        ),
        (
            "The strike ended without any agreement to raise wages in the mines.",
            Some("wages in the mines"),
        ),
        (
            "The opposition has ruled out joining a coalition government.",
            Some("joining a coalition government"),
        ),
        (
            "The judge said the central questions of the case remained unresolved.",
            Some("central questions of the case"),
        ),
        (
            "The date of the next election is still unclear.",
            Some("date of the next election"),
        ),
        (
            "The court postponed the verdict until March.",
            Some("verdict"),
        ),
        (
            "The final result of the vote in the capital remains too close to call.",
            Some("final result of the vote"),
        ),
        (
            "Lawmakers failed to agree on the budget for next year.",
            Some("budget for next year"),
        ),
        ("It is unclear.", None),
        // An infinitive's verb is passed over; a circumstance after the cue is not its
        // object; a qualifying phrase of time is dropped.
        ("The court postponed the ruling in March.", Some("ruling")),
        (
            "The club had planned to build a new stadium near the river, which now appears unlikely before 2030.",
            Some("new stadium near the river"),
        ),
        ("The plan, they've said, remains unclear.", Some("plan")),
        // d30003t/docs/APW19981028.0444.txt (DUC 2004 dev)
        (
            "No details have been given of the content of the Spanish request.",
            Some("content of the Spanish request"),
        ),
        // d30022t/docs/APW19981216.0666.txt (DUC 2004 dev)
        (
            "Four law firms refused to take Qin's case, his brother Qin Xiaoguang said.",
            Some("Qin's case"),
        ),
        // d30040t/docs/APW19981119.1180.txt (DUC 2004 dev)
        (
            "It was not clear who would be the first arrivals at the airport.",
            Some("first arrivals at the airport"),
        ),
        (
            "The council meant to open the new bridge in May, but this now looks unlikely.",
            Some("new bridge"),
        ),
    ];
    let wrong: Vec<String> = cases
        .iter()
        .filter(|(s, want)| label(s).as_deref() != *want)
        .map(|(s, want)| format!("{s:?}: got {:?}, want {want:?}", label(s)))
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

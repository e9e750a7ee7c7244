//! Consolidation across outlets: takeaways with all their sources, quotes with speakers,
//! unresolved issues by topic, and the facts on which outlets disagree.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use newsdigest::model::Digest;
use newsdigest::{digest, ArticleInput, Options};

fn run(texts: &[&str]) -> Digest {
    let inputs: Vec<ArticleInput> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| ArticleInput::text(*t, format!("{i}.txt")))
        .collect();
    digest(&inputs, &Options::default()).unwrap()
}

const A: &str = "French President Jean Dupont and German Chancellor Karl Weber met in Geneva on Monday for talks on trade and energy. \
    The two leaders agreed to set up a joint working group on energy prices. \
    \"We have made real progress on energy today,\" Dupont said. He added, \"The details will follow in the coming weeks.\" \
    No agreement was reached on tariffs, which remain the main sticking point between the two countries. \
    The meeting, the first between the two leaders since 2019, lasted two hours.";
const B: &str = "German Chancellor Karl Weber met French President Jean Dupont in Geneva on Monday to discuss trade and energy. \
    Weber told reporters: \"We will meet again in Berlin next month.\" \
    Both sides agreed to create a joint working group on energy prices, officials said. \
    The leaders failed to resolve their dispute over tariffs. \
    It was their first meeting since 2021, and the talks lasted five hours.";

#[test]
fn the_same_fact_from_two_outlets_is_one_takeaway_with_both_sources() {
    let d = run(&[A, B]);
    let group = d
        .takeaways
        .iter()
        .find(|t| t.text.contains("working group"))
        .expect("working group takeaway");
    assert_eq!(group.sources, vec!["a1", "a2"]);
    assert_eq!(
        d.takeaways
            .iter()
            .filter(|t| t.text.contains("working group"))
            .count(),
        1,
        "{:#?}",
        d.takeaways
    );
}

#[test]
fn quotes_have_their_speakers_including_he_added() {
    let d = run(&[A, B]);
    let by = |words: &str| {
        d.quotes
            .iter()
            .find(|q| q.text.contains(words))
            .unwrap_or_else(|| panic!("{words}: {:#?}", d.quotes))
    };
    assert_eq!(by("real progress").speaker, "Jean Dupont");
    assert_eq!(
        by("details will follow").speaker,
        "Jean Dupont",
        "pronoun carried over"
    );
    assert_eq!(by("meet again in Berlin").speaker, "Karl Weber");
}

#[test]
fn unresolved_issues_are_merged_by_topic() {
    let d = run(&[A, B]);
    let trade = d
        .unresolved
        .iter()
        .find(|u| u.topic == "Trade" || u.text.contains("tariffs"));
    let trade = trade.unwrap_or_else(|| panic!("{:#?}", d.unresolved));
    assert_eq!(trade.sources, vec!["a1", "a2"]);
}

#[test]
fn conflicting_years_and_lengths_are_discrepancies() {
    let d = run(&[A, B]);
    let since = d
        .discrepancies
        .iter()
        .find(|x| x.topic.contains("since"))
        .unwrap_or_else(|| panic!("{:#?}", d.discrepancies));
    assert!(
        since.topic.contains("2019") && since.topic.contains("2021"),
        "{since:#?}"
    );
    assert_eq!(since.claims.len(), 2);
    let length = d
        .discrepancies
        .iter()
        .find(|x| x.topic.contains("two hours") && x.topic.contains("five hours"));
    assert!(
        length.is_some(),
        "two against five hours: {:#?}",
        d.discrepancies
    );
}

#[test]
fn compatible_lengths_are_not_discrepancies() {
    let d = run(&[
        "The leaders held a nearly three-hour meeting in Geneva on Monday to discuss trade.",
        "The leaders met for more than two-and-a-half hours in Geneva on Monday to discuss trade.",
    ]);
    assert!(d.discrepancies.is_empty(), "{:#?}", d.discrepancies);
}

#[test]
fn headings_are_never_takeaways_or_quotes() {
    let d = run(&["Leaders Meet In Geneva\nThe leaders met in Geneva on Monday and agreed to keep talking about trade.\n\"No Deal Yet\" Says Source"]);
    assert!(
        d.takeaways.iter().all(|t| !t.text.contains("Leaders Meet")),
        "{:#?}",
        d.takeaways
    );
    assert!(d.quotes.is_empty(), "{:#?}", d.quotes);
}

#[test]
fn every_source_has_its_sentence_as_evidence() {
    let d = run(&[A, B]);
    let items = d.takeaways.iter().map(|t| (&t.sources, &t.evidence));
    let items = items.chain(d.unresolved.iter().map(|u| (&u.sources, &u.evidence)));
    let items = items.chain(d.quotes.iter().map(|q| (&q.sources, &q.evidence)));
    for (sources, evidence) in items {
        let ids: Vec<&String> = evidence.iter().map(|e| &e.source).collect();
        assert_eq!(
            ids,
            sources.iter().collect::<Vec<_>>(),
            "one sentence per source"
        );
        assert!(evidence.iter().all(|e| !e.text.is_empty()));
    }
    let group = d
        .takeaways
        .iter()
        .find(|t| t.text.contains("working group"))
        .unwrap();
    assert!(
        group.evidence[1].text.contains("joint working group"),
        "{:#?}",
        group.evidence
    );
}

#[test]
fn a_claim_two_outlets_carry_beats_single_outlet_leads() {
    // Four outlets lead with a detail of their own; two report, further down, the same
    // decision. With room for one takeaway, the corroborated claim is the one.
    let texts = [
        "A brass band played outside the conference hall in Geneva at noon. \
            Reporters waited outside the building for most of the afternoon. \
            Security around the venue was tight throughout the long day. \
            Catering staff carried trays of coffee into the press room. \
            The weather stayed cold and grey over the lake all week. \
            A photographer climbed a lamp post for a better view of the arrivals. \
            The ministers agreed to build a new hydrogen pipeline across the Alps by 2030.",
        "Protesters gathered near the lake shore carrying banners about fishing quotas. \
            A spokesman declined to comment on the seating plan for the dinner. \
            Several roads near the station were closed to traffic until the evening. \
            Schoolchildren waved paper flags along the main avenue. \
            Television crews set up their cameras on the steps of the town hall. \
            Shops in the centre reported brisk trade from visiting journalists. \
            Both governments agreed to build a hydrogen pipeline across the Alps by 2030.",
        "The delegations arrived by train from Zurich early on Monday morning.",
        "A local bakery sold cakes decorated with both national flags for the occasion.",
        "Hotel rooms in the old town were fully booked for the whole week.",
    ];
    let inputs: Vec<ArticleInput> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| ArticleInput::text(*t, format!("{i}.txt")))
        .collect();
    let options = Options {
        max_takeaways: 1,
        ..Options::default()
    };
    let d = digest(&inputs, &options).unwrap();
    assert_eq!(d.takeaways.len(), 1);
    assert!(
        d.takeaways[0].text.contains("hydrogen pipeline"),
        "{:#?}",
        d.takeaways
    );
    assert_eq!(d.takeaways[0].sources, vec!["a1", "a2"]);
}

#[test]
fn a_takeaway_states_the_claim_and_leaves_its_closing_quote_to_who_said_what() {
    let texts = [
        "Finance Minister Clara Holm welcomed the budget deal but doubted its cost, saying, \"Nobody has told us who will pay for the new bridges.\" \
            The parliament votes on the budget next week.",
        "Finance Minister Clara Holm backed the budget deal but raised doubts about its cost, stating, \"Nobody has told us who will pay for the bridges.\" \
            A vote on the budget is due next week.",
    ];
    let d = run(&texts);
    let claim = d
        .takeaways
        .iter()
        .find(|t| t.text.contains("Holm"))
        .unwrap_or_else(|| panic!("{:#?}", d.takeaways));
    assert_eq!(
        claim.text,
        "Finance Minister Clara Holm welcomed the budget deal but doubted its cost."
    );
    assert_eq!(claim.sources, vec!["a1", "a2"]);
    assert!(
        claim.evidence.iter().all(|e| e.text.contains("Nobody")),
        "the evidence keeps the whole sentence: {:#?}",
        claim.evidence
    );
    let quote = d
        .quotes
        .iter()
        .find(|q| q.text.contains("who will pay"))
        .unwrap_or_else(|| panic!("{:#?}", d.quotes));
    assert_eq!(quote.speaker, "Clara Holm");
}

/// The digest of `texts` with `options`.
fn run_with(texts: &[&str], options: &Options) -> Digest {
    let inputs: Vec<ArticleInput> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| ArticleInput::text(*t, format!("{i}.txt")))
        .collect();
    digest(&inputs, options).unwrap()
}

#[test]
fn one_claim_in_other_words_is_one_takeaway_with_every_outlet() {
    let texts = [
        "The city council voted on Tuesday to close the old coal power station by 2030. \
         Residents near the plant have complained about smoke for years.",
        "Councillors decided on Tuesday that the old coal power station will close by 2030. \
         The plant employs about three hundred people.",
        "The old coal power station is to close by 2030 after a council vote on Tuesday. \
         Its site may become a park, the mayor said in an interview.",
    ];
    let d = run(&texts);
    let station: Vec<_> = d
        .takeaways
        .iter()
        .filter(|t| t.text.contains("coal power station"))
        .collect();
    assert_eq!(station.len(), 1, "{:#?}", d.takeaways);
    assert_eq!(station[0].sources, vec!["a1", "a2", "a3"]);
}

#[test]
fn open_issues_on_any_subject_take_their_topic_from_the_sentence() {
    let cases = [
        (
            "Lawmakers failed to agree on the budget for next year before the summer recess began.",
            "budget for next year",
        ),
        (
            "The final result of the mayoral election in the capital remains too close to call.",
            "final result of the mayoral election",
        ),
        (
            "The judge postponed the verdict in the fraud trial of the former bank chief until March.",
            "verdict",
        ),
        (
            "Both governments have ruled out signing the fisheries treaty before the autumn.",
            "signing the fisheries treaty",
        ),
        (
            "It is still unclear whether the new stadium will be ready for the opening match.",
            "new stadium",
        ),
    ];
    for (sentence, topic) in cases {
        let text =
            format!("{sentence} Officials met again in the afternoon to discuss other plans.");
        let d = run(&[&text]);
        let issue = d
            .unresolved
            .first()
            .unwrap_or_else(|| panic!("{sentence:?}: no open issue"));
        assert_eq!(issue.text, sentence, "{sentence:?}");
        assert!(
            issue.topic.to_lowercase().contains(topic),
            "{sentence:?}: topic {:?}",
            issue.topic
        );
    }
}

#[test]
fn statements_of_one_open_issue_merge_across_outlets() {
    let texts = [
        "The date of the referendum on the new constitution remains unclear, officials said.",
        "No date has been set for the referendum on the new constitution.",
        "It is not yet known when the referendum on the new constitution will be held.",
    ];
    let d = run(&texts);
    let referendum: Vec<_> = d
        .unresolved
        .iter()
        .filter(|u| u.text.contains("referendum"))
        .collect();
    assert_eq!(referendum.len(), 1, "{:#?}", d.unresolved);
    assert_eq!(referendum[0].sources, vec!["a1", "a2", "a3"]);
}

#[test]
fn figures_two_outlets_give_differently_are_discrepancies() {
    // (a's sentence, b's sentence, both values in the topic); the first pair is from
    // DUC 2004 cluster d31022t (APW19981030.0792 and APW19981030.1037).
    let cases = [
        (
            "A fire turned a dance hall jammed with teen-age Halloween revelers into a deathtrap, killing 65 people and injuring 157 others in Sweden's second-largest city.",
            "A fire turned a dance hall jammed with teen-age Halloween revelers into a deathtrap, killing 60 people and injuring 162 others in Sweden's second-largest city.",
            ("157 others", "162 others"),
        ),
        (
            "The new bridge over the river cost the city $1.2 million, the council said.",
            "The city paid $1.9 million for the new bridge over the river.",
            ("$1.2 million", "$1.9 million"),
        ),
        (
            "The driver, a 45-year-old man from the harbour district, was arrested at the scene.",
            "Police arrested the driver, a 52-year-old man from the harbour district.",
            ("45-year-old", "52-year-old"),
        ),
        (
            "Turnout in the northern region fell to 41 percent, the lowest in decades.",
            "Turnout in the northern region was 58 percent, election officials reported.",
            ("41 percent", "58 percent"),
        ),
        (
            "The storm was the first to hit the island since 1998, forecasters said.",
            "It was the first storm to hit the island since 2004.",
            ("1998", "2004"),
        ),
    ];
    for (a, b, (x, y)) in cases {
        let d = run(&[a, b]);
        let found = d
            .discrepancies
            .iter()
            .find(|d| d.topic.contains(x) && d.topic.contains(y));
        let found = found.unwrap_or_else(|| panic!("{a:?} / {b:?}: {:#?}", d.discrepancies));
        let sources: Vec<&str> = found
            .claims
            .iter()
            .flat_map(|c| c.sources.iter().map(String::as_str))
            .collect();
        assert_eq!(sources, ["a1", "a2"], "{a:?} / {b:?}");
    }
}

#[test]
fn figures_that_can_both_hold_are_no_discrepancy() {
    let cases = [
        (
            "The leaders talked for nearly three hours in the castle on Monday.",
            "The leaders talked for two and a half hours in the castle on Monday.",
        ),
        (
            "About 1,000 people marched through the old town on Saturday.",
            "Some 1,050 people marched through the old town on Saturday.",
        ),
        (
            "The museum was closed for two weeks after the flood last year.",
            "The mayor reopened the museum, whose new roof cost $3 million.",
        ),
    ];
    for (a, b) in cases {
        let d = run(&[a, b]);
        assert!(
            d.discrepancies.is_empty(),
            "{a:?} / {b:?}: {:#?}",
            d.discrepancies
        );
    }
}

#[test]
fn one_article_gives_its_gist_and_the_word_budget_cuts_the_list() {
    let long: String = (0..30)
        .map(|k| {
            format!(
                "In district number {k}, the regional water board replaced {n} old pipes under the main road last month. ",
                n = 3 * k + 7
            )
        })
        .collect();
    let d = run(&[&long]);
    assert!(
        (1..=5).contains(&d.takeaways.len()),
        "one article: {:#?}",
        d.takeaways
    );
    let texts = [A, B];
    let options = Options {
        words: 40,
        ..Options::default()
    };
    let d = run_with(&texts, &options);
    let words: usize = d
        .takeaways
        .iter()
        .map(|t| t.text.split_whitespace().count())
        .sum();
    assert!(!d.takeaways.is_empty() && words <= 40, "{:#?}", d.takeaways);
}

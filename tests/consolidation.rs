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
    The visit, the first by a French president since 2008, lasted two hours.";
const B: &str = "German Chancellor Karl Weber met French President Jean Dupont in Geneva on Monday to discuss trade and energy. \
    Weber told reporters: \"We will meet again in Berlin next month.\" \
    Both sides agreed to create a joint working group on energy prices, officials said. \
    The leaders failed to resolve their dispute over tariffs. \
    It was the first such visit since 2012, and the talks lasted five hours.";

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
    let trade = d.unresolved.iter().find(|u| u.text.contains("tariffs"));
    let trade = trade.unwrap_or_else(|| panic!("{:#?}", d.unresolved));
    assert_eq!(trade.topic, "Tariffs", "{trade:#?}");
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
        since.topic.contains("2008") && since.topic.contains("2012"),
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
        "The leaders held a nearly four-hour meeting in Geneva on Monday to discuss trade.",
        "The leaders met for more than three-and-a-half hours in Geneva on Monday to discuss trade.",
    ]);
    assert!(d.discrepancies.is_empty(), "{:#?}", d.discrepancies);
}

/// Asserts that `apart` and `whole` disagree on their figure, and that `otherwise`, the
/// same figure read as something else (`why`), is not compared with the whole.
fn disagree_unless_read_otherwise(whole: &str, apart: &str, otherwise: &str, why: &str) {
    let found = run(&[apart, whole]).discrepancies;
    assert_eq!(found.len(), 1, "{apart:?} against {whole:?}: {found:#?}");
    let found = run(&[otherwise, whole]).discrepancies;
    assert!(found.is_empty(), "{why}: {found:#?}");
}

#[test]
fn increments_and_rates_are_not_compared_with_totals() {
    disagree_unless_read_otherwise(
        "Under the plan, troops will withdraw from 13 percent of the territory in the north.",
        "Under the plan, troops will withdraw from 9 percent of the territory in the north.",
        "Under the plan, troops will withdraw from an additional 9 percent of the territory in the north.",
        "an increment is no total",
    );
    let rate = run(&[
        "The former minister faces 14 years in prison and a fine on each count of fraud.",
        "The former minister faces up to 34 years in prison on charges of fraud.",
    ])
    .discrepancies;
    assert!(rate.is_empty(), "a rate is no total: {rate:#?}");
}

#[test]
fn parts_and_amounts_each_are_not_compared_with_wholes() {
    disagree_unless_read_otherwise(
        "The striker signed a $126 million contract with the club in Madrid last year.",
        "The striker signed a $100 million contract with the club in Madrid last year.",
        "Players signed $100 million contracts with the club in Madrid last year.",
        "an amount each is no total",
    );
    disagree_unless_read_otherwise(
        "The striker's contract with the club in Madrid runs three years.",
        "The striker's contract with the club in Madrid runs two years.",
        "The striker used the contract with the club in Madrid the last two years.",
        "a part is no whole",
    );
}

#[test]
fn headings_are_never_takeaways_or_quotes() {
    let d = run(&["Leaders Meet In Geneva\nThe leaders met in Geneva on Monday and agreed to keep talking about trade.\n\"Verdict Due Friday\" Says Lawyer"]);
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
        "Finance Minister Clara Holm defended the road budget in parliament, saying, \"Nobody has told us who will pay for the new bridges.\" \
            The parliament votes on the budget next week.",
        "Finance Minister Clara Holm defended the road budget before parliament, stating, \"Nobody has told us who will pay for the bridges.\" \
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
        "Finance Minister Clara Holm defended the road budget in parliament."
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

#[test]
fn a_quote_worded_otherwise_is_a_discrepancy_but_parts_of_one_statement_are_not() {
    // One outlet quotes two parts apart, the other the whole statement in its own words:
    // the first part reworded is a discrepancy, the second part no rewording of the first.
    let d = run(&[
        "\"If we win, I think it just strengthens the spirit and resolve of the workers,\" union leader Maria Lopez said. \
         Lopez also said: \"But we know this will not end the strike.\"",
        "\"If the judge rules for us, I think it strengthens the spirit and the resolve of the workers. \
         But we know it won't end the strike,\" union leader Maria Lopez said.",
    ]);
    let wordings: Vec<_> = d
        .discrepancies
        .iter()
        .filter(|x| x.topic.starts_with("Wording of"))
        .collect();
    assert_eq!(wordings.len(), 1, "{:#?}", d.discrepancies);
    let texts: Vec<&str> = wordings[0].claims.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(texts.len(), 2, "{texts:#?}");
    assert!(
        texts.iter().all(|t| t.contains("strengthens")),
        "{texts:#?}"
    );
}

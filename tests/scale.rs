//! Counts that hold at any scale: every article that carries a claim is among its sources
//! however many there are; an article given twice, or wire copy with a few words changed,
//! is one source and is said to be a copy; one article never disagrees with itself.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use newsdigest::model::Digest;
use newsdigest::{digest, ArticleInput, Options};

fn seeds() -> Vec<ArticleInput> {
    common::seed_paths()
        .iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            ArticleInput::text(std::fs::read_to_string(p).unwrap(), name)
        })
        .collect()
}

fn run(inputs: &[ArticleInput]) -> Digest {
    digest(inputs, &Options::default()).unwrap()
}

/// Towns that make each generated article a different story.
const TOWNS: &[&str] = &[
    "Arden", "Bexley", "Carrow", "Dunmore", "Elford", "Fenwick", "Garth", "Holloway", "Ilsley",
    "Jarrow",
];

/// Article `k` of a set that all report one decision, each with a local detail of its own.
fn local_report(k: usize) -> String {
    let town = TOWNS[k % TOWNS.len()];
    format!(
        "The national council approved the new water law on Monday after a long debate. \
         In {town} district {k}, volunteers planted {n} trees along road number {k} last spring.",
        n = 10 + k
    )
}

#[test]
fn every_carrier_is_a_source_from_one_to_a_thousand_articles() {
    for n in [1usize, 2, 70, 1000] {
        let inputs: Vec<ArticleInput> = (0..n)
            .map(|k| ArticleInput::text(local_report(k), format!("{k}.txt")))
            .collect();
        let d = run(&inputs);
        let law = d
            .takeaways
            .iter()
            .find(|t| t.text.contains("water law"))
            .unwrap_or_else(|| panic!("{n} articles: {:#?}", d.takeaways));
        assert_eq!(law.sources.len(), n, "{n} articles");
        assert_eq!(law.evidence.len(), n, "{n} articles");
        assert!(d.articles.iter().all(|a| a.duplicate_of.is_none()));
    }
}

#[test]
fn articles_given_again_are_copies_and_add_no_sources() {
    let seeds = seeds();
    let once = run(&seeds);
    let mut repeated = Vec::new();
    for round in 0..40 {
        for a in &seeds {
            let mut a = a.clone();
            a.source = format!("{}#{round}", a.source);
            repeated.push(a);
        }
    }
    let d = run(&repeated);
    assert_eq!(d.articles.len(), 200);
    for (k, a) in d.articles.iter().enumerate() {
        let want = (k >= 5).then(|| format!("a{}", k % 5 + 1));
        assert_eq!(a.duplicate_of, want, "{}", a.id);
    }
    assert_eq!(d.takeaways, once.takeaways, "copies change nothing");
    assert_eq!(d.unresolved, once.unresolved);
    let json = serde_json::to_string(&d).unwrap();
    assert!(json.contains("\"duplicateOf\":\"a1\""), "the JSON says so");
    let md = newsdigest::to_markdown(&d);
    assert!(md.contains("a copy of a1"), "the Markdown says so");
}

#[test]
fn wire_copy_with_a_few_words_changed_is_one_source() {
    let wire =
        "The city council approved a new budget for schools on Tuesday after a long debate. \
        Teachers had asked for smaller classes and better heating in older school buildings. \
        The mayor said the money would come from a new tax on parking in the city centre. \
        Opposition members voted against the plan, saying the tax would hurt small shops.";
    let edited = wire
        .replace("on Tuesday", "on Tuesday evening")
        .replace("small shops", "local shops");
    let other =
        "Shop owners in the city centre said the new parking tax would drive customers away. \
        The council approved the schools budget on Tuesday, including the parking tax.";
    let d = run(&[
        ArticleInput::text(wire, "agency.txt"),
        ArticleInput::text(edited, "paper.txt"),
        ArticleInput::text(other, "local.txt"),
    ]);
    assert_eq!(d.articles[1].duplicate_of.as_deref(), Some("a1"));
    assert!(
        d.takeaways
            .iter()
            .all(|t| !t.sources.iter().any(|s| s == "a2")),
        "the copy is no source: {:#?}",
        d.takeaways
    );
}

#[test]
fn one_article_never_disagrees_with_itself() {
    let d = run(&[
        "The talks in Geneva lasted two hours on Monday, officials said. \
         Later reports said the talks in Geneva lasted five hours on Monday.",
        "Farmers in the valley harvested apples and pears early this year.",
    ]
    .map(|t| ArticleInput::text(t, "x.txt")));
    assert!(d.discrepancies.is_empty(), "{:#?}", d.discrepancies);
}

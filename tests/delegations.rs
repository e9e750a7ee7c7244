//! Delegations: attendees by cue, side and title; people only quoted, discussed or absent
//! are not delegates; one entry per person across outlets.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use newsdigest::model::{Delegation, Member};
use newsdigest::{digest, ArticleInput, Options};

fn delegations(texts: &[&str]) -> Vec<Delegation> {
    let inputs: Vec<ArticleInput> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| ArticleInput::text(*t, format!("{i}.txt")))
        .collect();
    digest(&inputs, &Options::default()).unwrap().delegations
}

fn side<'a>(ds: &'a [Delegation], name: &str) -> &'a Delegation {
    ds.iter()
        .find(|d| d.side == name)
        .unwrap_or_else(|| panic!("no side {name} in {ds:#?}"))
}

fn member<'a>(d: &'a Delegation, name: &str) -> &'a Member {
    d.members
        .iter()
        .find(|m| m.name == name)
        .unwrap_or_else(|| panic!("{name} not in {d:#?}"))
}

fn everyone(ds: &[Delegation]) -> Vec<String> {
    ds.iter()
        .flat_map(|d| d.members.iter().map(|m| m.name.clone()))
        .collect()
}

const MEETING: &str = "French President Jean Dupont met German Chancellor Karl Weber in Geneva on Monday for trade talks. \
    Dupont was joined by Foreign Minister Claire Martin and Defence Minister Paul Roux. \
    Weber brought Finance Minister Otto Braun and economic adviser Nikolai Volkov, arriving by train from Bern. \
    Polish Trade Minister Piotr Nowak said the talks could help exporters. \
    Italian Prime Minister Paolo Bianchi, who was left out, criticised the talks.";

#[test]
fn cue_lists_give_members_with_titles_and_sides() {
    let ds = delegations(&[MEETING]);
    let fr = side(&ds, "France");
    assert_eq!(fr.members[0].name, "Jean Dupont");
    assert!(fr.members[0].head);
    assert_eq!(member(fr, "Claire Martin").title, "Foreign Minister");
    assert_eq!(member(fr, "Paul Roux").title, "Defence Minister");
    let de = side(&ds, "Germany");
    assert_eq!(de.members[0].name, "Karl Weber");
    assert!(de.members[0].head);
    assert_eq!(member(de, "Otto Braun").title, "Finance Minister");
    assert_eq!(member(de, "Nikolai Volkov").title, "Economic adviser");
}

#[test]
fn quoted_and_absent_people_are_not_delegates() {
    let ds = delegations(&[MEETING]);
    let all = everyone(&ds);
    assert!(
        !all.iter().any(|n| n.contains("Nowak")),
        "quoted minister listed: {all:?}"
    );
    assert!(
        !all.iter().any(|n| n.contains("Bianchi")),
        "absent leader listed: {all:?}"
    );
    assert_eq!(ds.len(), 2, "only the two sides that met: {ds:#?}");
}

#[test]
fn negated_cue_lists_nobody() {
    let ds = delegations(&[
        "French President Jean Dupont met German Chancellor Karl Weber for talks in Geneva. Dupont met Weber again later. \
         Dupont was not joined by Finance Minister Luc Petit.",
    ]);
    assert!(
        !everyone(&ds).iter().any(|n| n.contains("Petit")),
        "{ds:#?}"
    );
}

#[test]
fn country_subjects_and_possessive_owners_give_the_side() {
    let ds = delegations(&[
        "French President Jean Dupont met German Chancellor Karl Weber for talks. Dupont and Weber held talks for hours. \
         The German delegation included Interior Minister Anna Schulz. \
         The meeting also included Dupont's trade envoy to Germany Michel Blanc and two aides.",
    ]);
    member(side(&ds, "Germany"), "Anna Schulz");
    let blanc = member(side(&ds, "France"), "Michel Blanc");
    assert_eq!(blanc.title, "Trade envoy to Germany");
}

#[test]
fn one_entry_per_person_across_outlets() {
    let ds = delegations(&[
        MEETING,
        "Karl Weber and Jean Dupont met in Geneva for talks. Weber was accompanied by Finance Minister Otto Braun \
         and economic adviser Nikolay Volkov.",
    ]);
    let de = side(&ds, "Germany");
    assert_eq!(
        de.members
            .iter()
            .filter(|m| m.name.ends_with("Volkov"))
            .count(),
        1,
        "{de:#?}"
    );
    assert_eq!(member(de, "Otto Braun").sources, vec!["a1", "a2"]);
}

#[test]
fn a_round_held_by_envoys_has_no_absent_leaders() {
    let ds = delegations(&[
        "US envoy Tom Reed met Iranian Deputy Foreign Minister Ali Karimi in Muscat on Sunday for a second round of talks. \
         US President John Carter and Iranian President Reza Nouri have never met, though Carter said he would meet Nouri. \
         Carter said in Washington that the talks were useful.",
    ]);
    let all = everyone(&ds);
    assert!(
        !all.iter()
            .any(|n| n.contains("Carter") || n.contains("Nouri")),
        "{ds:#?}"
    );
    member(side(&ds, "United States"), "Tom Reed");
    member(side(&ds, "Iran"), "Ali Karimi");
    assert!(
        ds.iter().all(|d| d.members.iter().all(|m| !m.head)),
        "no head named: {ds:#?}"
    );
}

#[test]
fn bodies_and_groups_of_countries_are_sides() {
    let ds = delegations(&[
        "IAEA chief Marta Costa met Iranian Foreign Minister Ali Karimi in Tehran on Tuesday. \
         Iran's delegation, led by Karimi, then held talks with the six world powers — the United States, Russia, China, Britain, France and Germany — in Vienna. \
         Iran's chief negotiator Hassan Tabari also took part. US Under Secretary of State Wendy Carr met Tabari on the sidelines.",
    ]);
    let iaea = side(&ds, "International Atomic Energy Agency");
    assert_eq!(iaea.members[0].name, "Marta Costa");
    let iran = side(&ds, "Iran");
    assert_eq!(iran.members[0].name, "Ali Karimi");
    assert!(iran.members[0].head, "{iran:#?}");
    member(iran, "Hassan Tabari");
    let powers = side(&ds, "P5+1");
    assert_eq!(
        powers.includes,
        vec![
            "United States",
            "Russia",
            "China",
            "United Kingdom",
            "France",
            "Germany"
        ]
    );
    assert_eq!(
        member(side(&ds, "United States"), "Wendy Carr").title,
        "Under Secretary of State"
    );
}

#[test]
fn heads_come_from_led_by_headed_by_and_head_titles() {
    let cases = [
        "The French delegation, led by Foreign Minister Claire Martin, included adviser Paul Roux. German Chancellor Karl Weber met Martin in Geneva.",
        "The French delegation was headed by Foreign Minister Claire Martin and included adviser Paul Roux. German Chancellor Karl Weber met Martin in Geneva.",
        "France's chief negotiator Claire Martin met German Chancellor Karl Weber in Geneva. The French delegation included adviser Paul Roux.",
    ];
    for text in cases {
        let ds = delegations(&[text]);
        let fr = side(&ds, "France");
        assert_eq!(fr.members[0].name, "Claire Martin", "{text}\n{ds:#?}");
        assert!(fr.members[0].head, "{text}\n{ds:#?}");
        member(fr, "Paul Roux");
    }
}

#[test]
fn titles_of_what_a_chief_heads_come_from_a_rule() {
    let ds = delegations(&[
        "French President Jean Dupont met German Chancellor Karl Weber for talks. Dupont and Weber held talks for hours. \
         Weber brought central bank chief Otto Braun and state railway boss Ute Lang.",
    ]);
    let de = side(&ds, "Germany");
    assert_eq!(member(de, "Otto Braun").title, "Central bank chief");
    assert_eq!(member(de, "Ute Lang").title, "State railway boss");
}

#[test]
fn groups_named_as_parties_come_by_name_with_the_members_named() {
    // Invented: two groups of countries at talks, each with its members named after it.
    let text = "Talks in Geneva\n\n\
        Foreign Minister Ali Reza met the six world powers and the E3 in Geneva on Monday for talks on the nuclear deal.\n\n\
        The E3, France, Germany and the United Kingdom, said the meeting was useful.\n\n\
        The six world powers, the United States, Russia and China, also held talks with Reza.\n\n\
        Delegates met again on Tuesday to discuss sanctions and the talks will resume next week.";
    let ds = delegations(&[text]);
    let got: Vec<(&str, Vec<&str>)> = ds
        .iter()
        .map(|d| {
            (
                d.side.as_str(),
                d.includes.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("E3", vec!["United Kingdom", "France", "Germany"]),
            ("P5+1", vec!["United States", "Russia", "China"]),
        ],
        "{text}"
    );
}

#[test]
fn a_leader_listed_by_a_cue_has_every_article_that_has_them_meet_as_a_source() {
    // Invented: the first article names the EU's head by "headed by", the second only has
    // the two leaders meet.
    let ds = delegations(&[
        "European Commission President Ursula Lind met Chinese Premier Zhao Wei in Beijing for talks on Thursday. \
         The EU delegation, headed by Lind, included trade commissioner Marco Bellini. The talks lasted six hours.",
        "Chinese Premier Zhao Wei met European Commission President Ursula Lind at the Great Hall of the People. \
         The two sides held talks on tariffs for six hours.",
    ]);
    let eu = side(&ds, "European Union");
    assert_eq!(member(eu, "Ursula Lind").sources, ["a1", "a2"], "{eu:#?}");
    assert_eq!(member(eu, "Marco Bellini").sources, ["a1"], "{eu:#?}");
}

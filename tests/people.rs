//! The people stage: names with titles before and after, surname-only references,
//! spellings across outlets (transliterations, accents, possessives) merged into one person.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use newsdigest::article::Article;
use newsdigest::people::{find_people, People};
use newsdigest::ArticleInput;

fn people(texts: &[&str]) -> (Vec<Article>, People) {
    let articles: Vec<Article> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| Article::read(&ArticleInput::text(*t, format!("{i}.txt")), i).unwrap())
        .collect();
    let p = find_people(&articles);
    (articles, p)
}

fn person<'a>(p: &'a People, name: &str) -> &'a newsdigest::people::Person {
    let i = p
        .resolve(name)
        .unwrap_or_else(|| panic!("{name} not found among {:?}", names(p)));
    &p.persons[i]
}

fn names(p: &People) -> Vec<String> {
    p.persons.iter().map(|x| x.name().to_string()).collect()
}

#[test]
fn title_before_the_name_with_affiliation() {
    let (_, p) =
        people(&["Russian Foreign Minister Sergei Lavrov arrived on Friday. Lavrov said little."]);
    let lavrov = person(&p, "Lavrov");
    assert_eq!(lavrov.name(), "Sergei Lavrov");
    assert_eq!(lavrov.title(), Some("Foreign Minister"));
    assert_eq!(p.side(p.resolve("Lavrov").unwrap()), Some("Russia"));
    assert_eq!(lavrov.mentions.len(), 2, "the surname-only mention counts");
}

#[test]
fn title_after_the_name() {
    let (_, p) = people(&[
        "Kirill Dmitriev, the head of Russia's sovereign wealth fund, attended the talks.",
    ]);
    let d = person(&p, "Kirill Dmitriev");
    assert_eq!(d.title(), Some("head of Russia's sovereign wealth fund"));
    assert_eq!(p.side(p.resolve("Dmitriev").unwrap()), Some("Russia"));
}

#[test]
fn spellings_across_outlets_are_one_person() {
    let (_, p) = people(&[
        "Ukrainian President Volodymyr Zelenskiy was not invited.",
        "President Volodymyr Zelenskyy said he would wait. Zelenskyy's office declined to comment.",
        "Ukraine's President Volodymyr Zelensky spoke by phone.",
        "Czech Foreign Minister Jan Lipavský doubted the outcome. Lipavsky spoke on Friday.",
    ]);
    let all = names(&p);
    assert_eq!(
        all.iter().filter(|n| n.contains("Volodymyr")).count(),
        1,
        "{all:?}"
    );
    let z = person(&p, "Zelensky");
    assert_eq!(z.articles().len(), 3);
    let mut aliases = z.aliases();
    aliases.sort();
    assert!(aliases.contains(&"Zelenskyy".to_string()), "{aliases:?}");
    assert_eq!(
        all.iter().filter(|n| n.starts_with("Jan ")).count(),
        1,
        "{all:?}"
    );
}

#[test]
fn fullest_title_and_one_spelling_of_defence() {
    let (_, p) = people(&[
        "Defense Secretary Pete Hegseth flew in.",
        "Defence Secretary Pete Hegseth and others joined.",
        "Hegseth said nothing.",
    ]);
    let h = person(&p, "Hegseth");
    assert!(
        h.title().is_some_and(|t| t.ends_with("Secretary")),
        "{:?}",
        h.title()
    );
    assert_eq!(h.mentions.len(), 3);
}

#[test]
fn short_first_names_merge_with_full_ones() {
    let (_, p) = people(&[
        "Special envoy Steve Witkoff arrived.",
        "Special envoy Steven Witkoff left.",
    ]);
    assert_eq!(
        p.persons
            .iter()
            .filter(|x| x.name().ends_with("Witkoff"))
            .count(),
        1
    );
}

#[test]
fn different_first_names_stay_apart() {
    let (_, p) = people(&["Minister Anna Kowalska met Minister Maria Kowalska."]);
    assert_eq!(
        p.persons
            .iter()
            .filter(|x| x.name().ends_with("Kowalska"))
            .count(),
        2
    );
}

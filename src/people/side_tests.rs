//! Countries across the world as the people stage reads them: found through their name,
//! demonym or capital; a capital or country name that is also a first name read as one
//! before another name; words left out of the lexicon as ambiguous giving no country.
//! Invented sentences and names.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use super::cluster::find_people;
use super::lookup::inside_longer_side;
use super::names::{country, name_runs};
use crate::article::Article;
use crate::ids::{ArticleId, Side};
use crate::model::ArticleInput;
use crate::tokens::words;

/// The full name and the side of the person `name` resolves to in `text`.
fn person_side(text: &str, name: &str) -> (String, Option<&'static str>) {
    let input = ArticleInput::text(text, "0.txt".to_string());
    let article = Article::read(&input, ArticleId::new(0)).unwrap();
    let people = find_people(std::slice::from_ref(&article));
    let i = people
        .resolve(name)
        .unwrap_or_else(|| panic!("{name} not found in {text:?}"));
    (people[i].name().to_string(), people.side(i).map(Side::name))
}

fn runs(text: &str) -> Vec<String> {
    let ws = words(text);
    name_runs(&ws)
        .into_iter()
        .map(|r| ws[r].iter().map(|w| w.text()).collect::<Vec<_>>().join(" "))
        .collect()
}

#[test]
fn new_countries_give_sides_through_name_demonym_and_capital() {
    let cases = [
        (
            "Ghanaian President Kwame Mensah opened the session.",
            "Mensah",
            "Ghana",
        ),
        (
            "Tanzania's foreign minister Joseph Mwita backed the plan.",
            "Mwita",
            "Tanzania",
        ),
        (
            "Joseph Mwita, Tanzania's foreign minister, backed the plan.",
            "Mwita",
            "Tanzania",
        ),
        (
            "Kwame Mensah, the president of Ghana, spoke first.",
            "Mensah",
            "Ghana",
        ),
        (
            "Chadian Prime Minister Ali Mahamat arrived on Monday.",
            "Mahamat",
            "Chad",
        ),
        (
            "Sri Lankan President Nimal Perera met reporters.",
            "Perera",
            "Sri Lanka",
        ),
        (
            "Uzbek Foreign Minister Timur Aliyev left early.",
            "Aliyev",
            "Uzbekistan",
        ),
        (
            "Cambodian Commerce Minister Sok Vanna signed it.",
            "Vanna",
            "Cambodia",
        ),
        (
            "South Sudan's army chief Peter Deng said the truce held.",
            "Deng",
            "South Sudan",
        ),
        (
            "Peter Deng, the head of South Sudan's army, said so.",
            "Deng",
            "South Sudan",
        ),
        (
            "Papua New Guinea's prime minister James Kapi agreed.",
            "Kapi",
            "Papua New Guinea",
        ),
        (
            "South Sudanese President Peter Deng agreed.",
            "Deng",
            "South Sudan",
        ),
        (
            "Kuwaiti Foreign Minister Fahad Salem spoke.",
            "Salem",
            "Kuwait",
        ),
    ];
    for (text, name, side) in cases {
        assert_eq!(person_side(text, name).1, Some(side), "input: {text:?}");
    }
    let places = [
        ("accra", "Ghana"),
        ("nairobi", "Kenya"),
        ("phnom penh", "Cambodia"),
        ("n'djamena", "Chad"),
        ("côte d'ivoire", "Ivory Coast"),
        ("burma", "Myanmar"),
        ("holy see", "Vatican"),
        ("kosovar", "Kosovo"),
        ("yemenis", "Yemen"),
        ("congo", "Democratic Republic of the Congo"),
        ("eu", "European Union"),
    ];
    for (key, side) in places {
        assert_eq!(country(key).map(Side::name), Some(side), "input: {key:?}");
    }
}

#[test]
fn a_country_name_before_another_name_is_a_first_name() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Sofia Ramos, the trade minister, said the talks would go on.",
            &["Sofia Ramos"],
        ),
        (
            "Chad Miller, an analyst, said the deal was likely.",
            &["Chad Miller"],
        ),
        ("Anna Sofia Ramos spoke next.", &["Anna Sofia Ramos"]),
        ("Sofia said on Monday that the talks would go on.", &[]),
        ("Beijing, Moscow and Washington said little.", &[]),
        // A demonym before a name describes the person.
        ("Bulgarian Ivan Petrov won the race.", &["Ivan Petrov"]),
        // A place the words before point to stays a place.
        ("In Sofia Anna Berg met reporters.", &["Anna Berg"]),
        (
            "The president of Chad Idriss Mahamat spoke.",
            &["Idriss Mahamat"],
        ),
        (
            "Carter's ambassador to Japan Tom Reed",
            &["Carter", "Tom Reed"],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(runs(text), *want, "input: {text:?}");
    }
    let sides = [
        (
            "Sofia Ramos, the trade minister, said the talks would go on.",
            "Ramos",
            None,
        ),
        (
            "Chad Miller, an analyst, said the deal was likely.",
            "Miller",
            None,
        ),
        (
            "Ghanaian President Israel Mensah opened it.",
            "Mensah",
            Some("Ghana"),
        ),
        (
            "Bulgarian Ivan Petrov won the race.",
            "Petrov",
            Some("Bulgaria"),
        ),
    ];
    for (text, name, side) in sides {
        assert_eq!(person_side(text, name).1, side, "input: {text:?}");
    }
}

#[test]
fn ambiguous_words_left_out_give_no_country() {
    for key in [
        "male",
        "victoria",
        "kingston",
        "santiago",
        "san jose",
        "georgetown",
        "nassau",
        "lima",
        "moroni",
        "praia",
        "car",
        "finn",
        "dane",
        "sucre",
    ] {
        assert_eq!(country(key), None, "input: {key:?}");
    }
    let cases = [
        ("Victoria Lee, the trade minister, said so.", "Lee"),
        ("Finn Larsen, the trade minister, said so.", "Larsen"),
        (
            "Officials in Kingston met Anna Lima, the trade minister.",
            "Lima",
        ),
    ];
    for (text, name) in cases {
        assert_eq!(person_side(text, name).1, None, "input: {text:?}");
    }
}

#[test]
fn a_word_inside_a_longer_side_name_is_not_looked_up_alone() {
    let cases = [
        ("Troops from South Sudan crossed.", 3, true),
        ("Officials of Papua New Guinea's government met.", 4, true),
        ("Sudan said little.", 0, false),
        ("Guinea and Mali signed.", 2, false),
    ];
    for (text, i, inside) in cases {
        assert_eq!(
            inside_longer_side(&words(text), i),
            inside,
            "input: {text:?}"
        );
    }
}

#[test]
fn a_country_after_a_titled_name_is_its_side() {
    let cases = [
        // After DUC 2004 d30028t, "King Fahd of Saudi Arabia".
        (
            "The envoy met King Omar of Saudi Arabia on Saturday.",
            "Omar",
            Some("Saudi Arabia"),
        ),
        (
            "Prime Minister Keiko Sato of Japan arrived in Seoul.",
            "Sato",
            Some("Japan"),
        ),
        (
            "President Ana Ruiz of the Philippines spoke first.",
            "Ruiz",
            Some("Philippines"),
        ),
        // A country that goes on into a longer name, a name without a title, a pause.
        (
            "Chairman Paul Girard of France Telecom spoke first.",
            "Girard",
            None,
        ),
        ("The talks were led by Jean Morel of France.", "Morel", None),
        (
            "After meeting President Ana Ruiz, of France the envoys said little.",
            "Ruiz",
            None,
        ),
    ];
    for (text, name, side) in cases {
        assert_eq!(person_side(text, name).1, side, "{text:?}");
    }
}

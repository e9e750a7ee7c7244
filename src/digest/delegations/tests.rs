//! Hard cases of the delegation stage as a whole: who attends for which side, who heads
//! it, which sentences list attendees, and who is no delegate (only quoted, discussed, or
//! at an event that is no talks). Invented articles.

use super::*;
use crate::people::find_people_in;

/// The delegations of `texts` (one article each): each side with its members as
/// "Name (Title)", the head marked "*", and how many sentences list attendees.
fn delegations(texts: &[&str]) -> (Vec<(String, Vec<String>)>, usize) {
    let articles = crate::article::read_texts(texts);
    let mut tokens = Tokens::new(&articles);
    let people = find_people_in(&articles, &mut tokens);
    let built = build(&articles, &people, &tokens);
    let sides = built
        .sides
        .iter()
        .map(|d| {
            let members = d
                .members
                .iter()
                .map(|m| {
                    let head = if m.head { "*" } else { "" };
                    format!("{head}{} ({})", m.name, m.title)
                })
                .collect();
            (d.side.clone(), members)
        })
        .collect();
    (sides, built.list_sentences.len())
}

#[test]
fn sides_members_and_heads() {
    // (articles, sides with their members as listed, sentences that list attendees)
    type Case<'a> = (&'a [&'a str], &'a [(&'a str, &'a [&'a str])], usize);
    let cases: &[Case] = &[
        (
            &["Kenyan President Samuel Mwangi met Ethiopian President Dawit Bekele in Nairobi on Monday for talks on trade. \
               Mwangi was joined by Foreign Minister Grace Wanjiru and Trade Minister Peter Otieno. \
               Bekele brought Finance Minister Halima Juma. \
               Ugandan Trade Minister Moses Okello said the talks could help exporters."],
            &[
                ("Kenya", &["*Samuel Mwangi (President)", "Grace Wanjiru (Foreign Minister)", "Peter Otieno (Trade Minister)"]),
                ("Ethiopia", &["*Dawit Bekele (President)", "Halima Juma (Finance Minister)"]),
            ],
            2,
        ),
        (
            &[
                "The Canadian delegation, led by Trade Minister Louise Tremblay, arrived in Geneva for the talks on Tuesday. \
                 The negotiators met for six hours.",
                "Canadian Trade Minister Louise Tremblay headed the delegation at the talks in Geneva, which ended without a deal.",
            ],
            &[("Canada", &["*Louise Tremblay (Trade Minister)"])],
            1,
        ),
        // One sentence, a list for each side: the second list's subject opens after the
        // pause that ends the first ("..., while Y's delegation included ...").
        (
            &["Peruvian President Rosa Quispe met Chilean President Tomas Vidal in Lima on Friday for talks on water rights. \
               Quispe was joined by Foreign Minister Luis Paredes and Energy Minister Ana Flores, while Vidal's delegation \
               included Foreign Minister Jorge Soto and Mining Minister Clara Rojas. \
               The talks lasted four hours."],
            &[
                ("Peru", &["*Rosa Quispe (President)", "Luis Paredes (Foreign Minister)", "Ana Flores (Energy Minister)"]),
                ("Chile", &["*Tomas Vidal (President)", "Jorge Soto (Foreign Minister)", "Clara Rojas (Mining Minister)"]),
            ],
            1,
        ),
        // Two leaders who held talks, in the one sentence that says so (after CNN test
        // story 214, "German Chancellor Angela Merkel and French President François
        // Hollande ... met with students"); one not at the meeting is no delegate.
        (
            &["Kenyan President Samuel Mwangi held talks with Ethiopian President Dawit Bekele in Nairobi on Monday. \
               The talks focused on trade. \
               Tanzanian President Amani Juma, who was not at the meeting, welcomed the talks."],
            &[
                ("Kenya", &["*Samuel Mwangi (President)"]),
                ("Ethiopia", &["*Dawit Bekele (President)"]),
            ],
            0,
        ),
        // A negotiator takes part in the talks by office (after DUC 2004 d30053t,
        // "Palestinian negotiator Saeb Erekat said ..."); a former one does not.
        (
            &["Kenyan President Samuel Mwangi met Ethiopian President Dawit Bekele in Nairobi on Monday for talks on trade. \
               Mwangi was joined by Foreign Minister Grace Wanjiru. \
               Bekele brought Finance Minister Halima Juma. \
               Kenyan negotiator Joseph Kamau said the talks would resume in March. \
               The meeting was a start, said former Ethiopian negotiator Tesfaye Alemu."],
            &[
                ("Kenya", &["*Samuel Mwangi (President)", "Grace Wanjiru (Foreign Minister)", "Joseph Kamau (Negotiator)"]),
                ("Ethiopia", &["*Dawit Bekele (President)", "Halima Juma (Finance Minister)"]),
            ],
            2,
        ),
    ];
    for (texts, want, listing) in cases {
        let (got, lists) = delegations(texts);
        let want: Vec<(String, Vec<String>)> = want
            .iter()
            .map(|(s, m)| (s.to_string(), m.iter().map(|x| x.to_string()).collect()))
            .collect();
        assert_eq!(got, want, "{texts:?}");
        assert_eq!(lists, *listing, "sentences listing attendees in {texts:?}");
    }
}

#[test]
fn no_talks_no_delegations() {
    // Companions at events that are no talks: a launch, an arrest, a match.
    let cases = [
        "Transport Minister Helen Ward opened the new rail line on Friday. \
         She was joined by train driver Owen Price on the first trip to the coast.",
        "Police arrested Mark Doyle on Tuesday alongside his brother Sean Doyle, a spokesman said.",
        "Striker Luis Moreno scored twice, joined on the scoresheet by defender Ivan Horvat.",
    ];
    for text in cases {
        let (sides, _) = delegations(&[text]);
        assert!(sides.is_empty(), "{text:?}: {sides:?}");
    }
}

#[test]
fn a_meeting_noun_with_people_names_who_met() {
    // "for a meeting with", "during a session with": the subject met the people named after.
    let held =
        "Chilean Foreign Minister Rosa Pinto flew to Lima on Monday for a summit meeting with \
                Peruvian Foreign Minister Jorge Salas on the border dispute. \
                The talks lasted three hours.";
    let (sides, _) = delegations(&[held]);
    assert_eq!(
        sides,
        [
            (
                "Chile".to_string(),
                vec!["Rosa Pinto (Foreign Minister)".to_string()]
            ),
            (
                "Peru".to_string(),
                vec!["Jorge Salas (Foreign Minister)".to_string()]
            ),
        ],
        "{held:?}"
    );
    // Meetings only sought or possible, someone else's meeting, or no one named after it.
    let not_held = [
        "Chilean Foreign Minister Rosa Pinto called for talks with Peruvian Foreign Minister Jorge Salas. \
         The talks on the border dispute were set for May.",
        "Chilean Foreign Minister Rosa Pinto can help during negotiations with Peruvian Foreign Minister Jorge Salas. \
         The talks on the border dispute were set for May.",
        "Chilean Foreign Minister Rosa Pinto said that lawmakers backed her during a meeting with Peruvian Foreign Minister Jorge Salas. \
         The talks on the border dispute ended on Friday.",
        "Peruvian Foreign Minister Jorge Salas criticised Chilean Foreign Minister Rosa Pinto in a meeting with party leaders. \
         The talks on the border dispute ended on Friday.",
    ];
    for text in not_held {
        let (sides, _) = delegations(&[text]);
        assert!(sides.is_empty(), "{text:?}: {sides:?}");
    }
}

#[test]
fn the_place_a_delegation_went_to_is_not_its_side() {
    // After DUC 2004 d30003t (APW19981022.0269): "The deputy arrived in Madrid late
    // Wednesday accompanied by the senators …", Chilean senators, not Spanish ones.
    let text = "The deputy arrived in Madrid on Wednesday accompanied by the senators Rosa Pinto and Jorge Salas. \
                They hoped to hold talks with officials. The talks were set for Friday.";
    let (sides, _) = delegations(&[text]);
    assert!(!sides.iter().any(|(s, _)| s == "Spain"), "{sides:?}");
    // The side named as the subject's own stays: "The Chilean deputy".
    let text = "The Chilean deputy arrived in Madrid on Wednesday accompanied by the senators Rosa Pinto and Jorge Salas. \
                They hoped to hold talks with officials. The talks were set for Friday.";
    let (sides, _) = delegations(&[text]);
    assert!(
        sides.iter().any(|(s, m)| s == "Chile" && m.len() == 2),
        "{sides:?}"
    );
}

#[test]
fn a_body_named_short_has_its_delegation() {
    // Invented: the EU named by its short name before "delegation", and a list after a
    // "headed by" aside.
    let (sides, _) = delegations(&[
        "European Commission President Ursula Lind met Chinese Premier Zhao Wei in Beijing for talks on Thursday. \
         The EU delegation, headed by Lind, included trade commissioner Marco Bellini and foreign policy chief Anna Nowak. \
         The talks lasted six hours.",
    ]);
    let eu = sides.iter().find(|(side, _)| side == "European Union");
    assert_eq!(
        eu.map(|(_, m)| m.as_slice()),
        Some(
            &[
                "*Ursula Lind (President)".to_string(),
                "Marco Bellini (Trade commissioner)".to_string(),
                "Anna Nowak (Foreign policy chief)".to_string(),
            ][..]
        ),
        "{sides:?}"
    );
}

#[test]
fn who_chaired_hosted_or_mediated_talks_attended() {
    // "chaired by", "hosted by", "mediated by": the one named after it took part, on the
    // side their title gives. Invented articles in the shape of conference reports.
    let cases: &[(&str, &str, &str)] = &[
        (
            "Delegates from 150 countries met in Lima for the climate talks. \
             The talks were chaired by Chile's environment minister, Rosa Vidal.",
            "Chile",
            "Rosa Vidal",
        ),
        (
            "Negotiators met for a third day of talks on the border. \
             The meeting was hosted by Qatari Foreign Minister Khalid Al-Thani.",
            "Qatar",
            "Khalid Al-Thani",
        ),
    ];
    for (text, side, name) in cases {
        let (sides, _) = delegations(&[text]);
        assert!(
            sides
                .iter()
                .any(|(s, m)| s == side && m.iter().any(|x| x.contains(name))),
            "{text:?}: {sides:?}"
        );
    }
}

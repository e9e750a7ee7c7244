use super::*;

/// The figures of `text`, words as their own terms (their first bytes).
fn figures(text: &str) -> Vec<Figure> {
    super::figures(text, &|w: &str| {
        Some(w.bytes().take(4).fold(0u32, |h, b| h << 8 | u32::from(b)))
    })
}

fn one(text: &str) -> Figure {
    let f = figures(text);
    assert_eq!(f.len(), 1, "{text:?}: {f:?}");
    f[0].clone()
}

#[test]
fn figures_with_their_units_and_ranges() {
    let hours = 3600.0;
    let cases: &[(&str, Unit, f64, f64)] = &[
        (
            "The jury deliberated for nearly four hours.",
            Unit::Duration,
            3.4 * hours,
            4.0 * hours,
        ),
        (
            "Rescuers faced a five-hour climb.",
            Unit::Duration,
            4.6 * hours,
            5.4 * hours,
        ),
        (
            "The final lasted four and a half hours.",
            Unit::Duration,
            4.3 * hours,
            4.7 * hours,
        ),
        (
            "It took three-and-a-half hours.",
            Unit::Duration,
            3.3 * hours,
            3.7 * hours,
        ),
        (
            "The session ran 90 minutes.",
            Unit::Duration,
            86.0 * 60.0,
            94.0 * 60.0,
        ),
        (
            "The storm killed 46 people.",
            Unit::Count("peopl".into()),
            46.0,
            46.0,
        ),
        (
            "The fund lost $1.5 billion last year.",
            Unit::Money("dollar"),
            1.46e9,
            1.54e9,
        ),
        // A round number stands for its last place, at most a tenth of its value off.
        (
            "The crash killed 60 people.",
            Unit::Count("peopl".into()),
            56.0,
            64.0,
        ),
        (
            "Officials counted 1,000 ballots.",
            Unit::Count("ballot".into()),
            900.0,
            1100.0,
        ),
        (
            "The harvest came to 3 million tons.",
            Unit::Count("ton".into()),
            2.7e6,
            3.3e6,
        ),
        (
            "The harvest came to 2.8 million tons.",
            Unit::Count("ton".into()),
            2.76e6,
            2.84e6,
        ),
        (
            "A dozen boats were lost.",
            Unit::Count("boat".into()),
            10.8,
            13.2,
        ),
        // A share is rounded to its last place.
        ("Turnout rose to 64.5 percent.", Unit::Percent, 64.45, 64.55),
        (
            "Turnout rose to 64.5 per cent.",
            Unit::Percent,
            64.45,
            64.55,
        ),
        ("Turnout rose to 64.5%.", Unit::Percent, 64.45, 64.55),
        ("Turnout rose to 64%.", Unit::Percent, 63.5, 64.5),
        (
            "More than 1,200 homes were damaged.",
            Unit::Count("home".into()),
            1200.0,
            1560.0,
        ),
        // One of a unit of time after a qualifier.
        (
            "The strike lasted almost a month.",
            Unit::Duration,
            0.85 * 2_629_800.0,
            2_629_800.0,
        ),
        // A participle before the noun counted: the noun is the unit.
        (
            "The strike led to 45,123 cancelled operations.",
            Unit::Count("oper".into()),
            45123.0,
            45123.0,
        ),
        (
            "Police said 17 wounded soldiers were flown out.",
            Unit::Count("soldier".into()),
            17.0,
            17.0,
        ),
    ];
    for (text, unit, lo, hi) in cases {
        let f = one(text);
        assert_eq!(&f.unit, unit, "{text:?}");
        assert!(
            (f.range.0 - lo).abs() < 1e-6 * lo.max(1.0),
            "{text:?}: {:?}",
            f.range
        );
        assert!(
            (f.range.1 - hi).abs() < 1e-6 * hi.max(1.0),
            "{text:?}: {:?}",
            f.range
        );
    }
}

#[test]
fn the_year_a_figure_is_given_for() {
    // DUC 2004 cluster d30048t (NYT19981020.0382, shortened).
    let f = figures(
        "Brazil would aim toward a surplus of 2.6 percent in 1999, 2.8 percent in 2000 and 3.0 percent in 2001.",
    );
    let years: Vec<Option<u16>> = f.iter().map(|f| f.year).collect();
    assert_eq!(years, [Some(1999), Some(2000), Some(2001)]);
    assert_eq!(
        one("Exports grew 4 percent of output by 2003.").year,
        Some(2003)
    );
    // A year after a pause, or too far away, is not the figure's.
    assert_eq!(
        one("Exports grew 4 percent, the most since 2003.").year,
        None
    );
    assert_eq!(
        one("Exports grew 4 percent as the harvest came in strong again in 2003.").year,
        None
    );
}

#[test]
fn an_amount_added_to_another_is_an_increment() {
    // After DUC 2004 d30037t: "redeploying troops from more than an additional 9 percent
    // of the West Bank".
    assert!(one("Troops would leave an additional 9 percent of the land.").increment);
    assert!(one("The army sent another 300 soldiers.").increment);
    assert!(!one("Troops would leave 9 percent of the land.").increment);
}

#[test]
fn a_figure_for_each_one_of_something_is_a_rate() {
    // After DUC 2004 d30011t: "He faces 14 years in prison and a fine on each corruption
    // count".
    assert!(one("He faces 14 years in prison and a fine on each count.").rate);
    assert!(one("The company paid $5 per share.").rate);
    assert!(one("The fund spends $2 million annually on research.").rate);
    assert!(!one("He faces 14 years in prison.").rate);
    // The cue counts only within the figure's clause.
    assert!(!one("He served 14 years, and each day was hard.").rate);
}

#[test]
fn an_amount_each_of_many_things_is_worth_is_a_rate() {
    // After DUC 2004 d30006t: "$100 million deals sprouting up routinely" beside "an
    // astronomical $126 million deal".
    assert!(one("Teams signed $100 million deals routinely.").rate);
    assert!(one("Fans paid $5 tickets at the gate.").rate);
    assert!(!one("He signed a $126 million deal last year.").rate);
    // A plural after a pause, or a count, is no amount each is worth.
    assert!(!one("The club paid $100 million, sources said.").rate);
    assert!(!one("The army sent 300 soldiers.").rate);
    // Words in -ss, -us, -is are not read as plurals.
    assert!(!one("He received a $2 million bonus.").rate);
}

#[test]
fn a_figure_after_last_or_first_is_a_part() {
    // After DUC 2004 d30006t: "Michael Jordan exercised the clause the last two years"
    // beside "the rookie scale is three years".
    assert!(one("He used the clause the last two years.").part);
    assert!(one("The first 100 days of the term were calm.").part);
    assert!(one("The remaining 300 troops will leave.").part);
    assert!(!one("The contract runs three years.").part);
}

#[test]
fn a_figure_in_a_clause_of_what_could_be_is_a_possibility() {
    assert!(one("He could face five years in prison.").possible);
    assert!(one("If the payroll was $29 million over the cap, teams would pay.").possible);
    assert!(!one("He served five years in prison.").possible);
    // The cue counts only within the figure's clause.
    assert!(!one("It could rain, but 40 people came.").possible);
    // The subject of a modal verb: after DUC 2004 d30006t, "the 63-percent figure would
    // probably have to come down substantially".
    assert!(one("The 63-percent figure would have to come down.").possible);
    assert!(one("About 300 jobs could go.").possible);
    assert!(!one("About 300 jobs went, and more could go.").possible);
    // In a clause a speech verb reports, "would" is the future told in the past: a plan
    // reported, which another outlet's figure can contradict.
    assert!(!one("Officials said 45 goods would see lower tariffs.").possible);
    assert!(one("She said 45 goods could see lower tariffs.").possible);
    assert!(one("She said that if talks fail, 45 goods would be hit.").possible);
}

#[test]
fn years_dates_and_times_are_not_figures() {
    for text in [
        "The law was passed in 2019 after a long debate.",
        "Parliament opened on Sept. 24 with a short speech.",
        "The launch went off at 3:36 in the morning.",
        "Voters in the 1990s backed the party.",
    ] {
        assert!(figures(text).is_empty(), "{text:?}: {:?}", figures(text));
    }
}

#[test]
fn the_year_of_a_first_since() {
    let (y, _) =
        first_since("It was the club's first league title since 1998.").unwrap_or_default();
    assert_eq!(y, "1998");
    assert!(first_since("The first round ends in May 2020.").is_none());
}

#[test]
fn a_rank_before_a_superlative_is_a_figure_of_the_noun_it_ranks() {
    let f = one("Brazil is the world's eighth-largest economy.");
    assert_eq!(f.unit, Unit::Count(format!("#largest {}", stem("economy"))));
    assert_eq!(f.range, (8.0, 8.0));
    let f = one("It is the third most populous state.");
    assert_eq!(
        f.unit,
        Unit::Count(format!("#most populous {}", stem("state")))
    );
    assert_eq!(f.range, (3.0, 3.0));
    // Without a noun after it, a rank of its own kind; an ordinal alone is none.
    assert_eq!(
        one("Brazil is the eighth-largest in the world.").unit,
        Unit::Count("#largest ".to_string())
    );
    // The noun of a superlative before it in the sentence is the one it ranks
    // (APW19981016.0655 of DUC 2004 cluster d30048t).
    let f = one("Brazil is Latin America's biggest economy and the eighth-largest in the world.");
    assert_eq!(f.unit, Unit::Count(format!("#largest {}", stem("economy"))));
    let f = one("It is America’s biggest bank and the second-largest in the world.");
    assert_eq!(f.unit, Unit::Count(format!("#largest {}", stem("bank"))));
    // A noun in "-est" before it, or a word in "-est" after no determiner, gives no noun.
    for text in [
        "Its interest rate is the third-largest in the region.",
        "Rates fall on protest votes, now the third-largest in the region.",
    ] {
        assert_eq!(
            one(text).unit,
            Unit::Count("#largest ".to_string()),
            "{text}"
        );
    }
    assert!(figures("He finished second in the race.").is_empty());
}

#[test]
fn a_duration_before_a_meeting_or_journey_noun_is_the_events_length() {
    // DUC 2004 d30053t (APW19981203.0275, NYT19981127.0229): "Clinton's three-day visit",
    // "a four-day trip".
    for text in [
        "Netanyahu briefed his Cabinet on Clinton's three-day visit on Wednesday.",
        "Clinton will visit Gaza during a four-day trip that begins on Saturday.",
        "Leaders gather for a two-day summit in Rome.",
    ] {
        let f = one(text);
        assert_eq!(f.unit, Unit::Duration, "{text:?}");
        assert!(f.of_meeting, "{text:?}");
    }
    // A duration of something else, with a journey noun later in the clause.
    assert!(!one("The three-day strike ended before the trip.").of_meeting);
}

#[test]
fn a_scale_named_before_a_number_is_its_unit() {
    // Written before or after the number, the scale is the unit, whatever noun follows.
    let unit = |text: &str| one(text).unit;
    let magnitude = Unit::Count(stem("magnitude"));
    assert_eq!(
        unit("A magnitude 7.1 earthquake struck the coast."),
        magnitude
    );
    assert_eq!(unit("The 6.9-magnitude quake struck the coast."), magnitude);
    assert_eq!(
        unit("An earthquake of magnitude 7.0 shook the coast."),
        magnitude
    );
    assert_eq!(
        unit("The storm made landfall as a Category 4 hurricane."),
        Unit::Count(stem("category"))
    );
    // The figure as shown holds the scale's name.
    let text = "A magnitude 7.1 earthquake struck the coast.";
    assert_eq!(&text[one(text).span], "magnitude 7.1");
}

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
        .map(|t| text[super::span(&ws, &t.words)].to_string())
}

#[test]
fn the_topic_is_the_phrase_the_cue_is_about() {
    let cases = [
        (
            "No agreement was reached on tariffs, which remain a problem.",
            Some("tariffs"),
        ),
        // A subject of two noun phrases joined by "and" or "or" is both of them; a
        // clause before "and" is not part of it (after DUC 2004 d31001t and d30006t).
        // A question that is the subject of the cue is the topic.
        (
            "Whether the talks will resume remains unclear.",
            Some("Whether the talks will resume"),
        ),
        (
            "How the money will be spent is still undecided.",
            Some("How the money will be spent"),
        ),
        (
            "The motive of the gunman, who died at the scene, remains unclear.",
            Some("motive of the gunman"),
        ),
        // A day after the preposition is passed over with the next preposition.
        (
            "The ministers failed to agree on Saturday on a levy on shipping emissions.",
            Some("levy on shipping emissions"),
        ),
        (
            "Dairy and poultry remained the main sticking points.",
            Some("Dairy and poultry"),
        ),
        (
            "Key figures named by the Truth and Reconciliation Commission are under investigation.",
            Some("Truth and Reconciliation Commission"),
        ),
        (
            "Negotiators met for hours and the border remains unresolved.",
            Some("border"),
        ),
        (
            "They locked us out and the season remains in doubt.",
            Some("season"),
        ),
        (
            "The strike ended without any agreement to raise wages in the mines.",
            Some("agreement to raise wages in the mines"),
        ),
        (
            "The bank made no decision to cut rates.",
            Some("decision to cut rates"),
        ),
        (
            "The leaders did not reach an agreement to resolve the war in the region.",
            Some("agreement to resolve the war in the region"),
        ),
        (
            "The union failed to reach a deal on pay.",
            Some("pay"),
        ),
        (
            "Those sanctions remain on hold, pending what the president called a good chance of progress.",
            Some("sanctions"),
        ),
        // A number's thousands separator and a currency sign are no pause (after CNN test
        // story 406, "the 4,000-year-old bond").
        (
            "The fate of the 1,200 workers remains unclear.",
            Some("fate of the 1,200 workers"),
        ),
        (
            "It is unclear whether the $2,500 payments will continue.",
            Some("whether the $2,500 payments will continue"),
        ),
        // A question after the cue's preposition (after DUC 2004 d31031t, "disagree over
        // how to spend it").
        (
            "The two sides disagree on how to spend the money.",
            Some("how to spend the money"),
        ),
        (
            "There was no agreement on whether the talks would resume.",
            Some("whether the talks would resume"),
        ),
        // A cue that is a noun phrase, with no object after it, is the matter itself, not
        // the clause's subject.
        (
            "The former mayor's lawyer said an appeal would be filed within 14 days.",
            Some("an appeal"),
        ),
        // A span of time ends the phrase (after CNN test story 130).
        (
            "A man whose face was disfigured in an attack died of unknown causes two years after the operation.",
            Some("causes"),
        ),
        (
            "There was no agreement to the plan.",
            Some("plan"),
        ),
        // A count of things or a word standing for them names no matter.
        ("A couple of big ones remain unresolved.", None),
        ("A number of issues remain unresolved.", None),
        ("A handful of cases remain unresolved.", Some("handful of cases")),
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
        // A demonstrative before a noun is its determiner (after CNN test story 162);
        // before a verb, a pronoun; before a word of time, a time.
        (
            "The context of this conversation was not known.",
            Some("context of this conversation"),
        ),
        ("The ruling on these appeals remains unclear.", Some("ruling on these appeals")),
        ("This is unclear.", None),
        // A verb after a modal names no matter; the phrase it takes does (after CNN test
        // story 237 and DUC 2004 d31009t).
        (
            "He offered small proposals, not a plan that would break the deadlock.",
            Some("deadlock"),
        ),
        // A relative clause inside the subject is passed over: the phrase before its
        // pronoun is the subject. d31022t (DUC 2004 dev), and d30048t with commas.
        (
            "The cause of the fire that broke out just before midnight Thursday remains under investigation.",
            Some("cause of the fire"),
        ),
        (
            "Details of the U.S. contribution, which is expected to total several billion dollars in direct aid or loan guarantees, have yet to be negotiated.",
            Some("Details of the U.S. contribution"),
        ),
        (
            "The identity of the man who was arrested near the stadium last week remains unclear.",
            Some("identity of the man"),
        ),
        // A subject that goes on after a short aside has its head before it.
        // d30026t/docs/NYT19981122.0131.txt (DUC 2004 dev)
        (
            "The impact of the deal, if any, on the government's antitrust suit against Microsoft is uncertain.",
            Some("impact of the deal"),
        ),
        // "that" after a verb or a time, or before a pronoun, opens a clause of its own.
        (
            "Officials said that the date of the vote remains unclear.",
            Some("date of the vote"),
        ),
        (
            "The mayor said Friday that the future of the old bridge remains unclear.",
            Some("future of the old bridge"),
        ),
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
        // A question as the cue's object is the topic, up to seven words.
        // d30056t/docs/APW19981212.0189.txt (DUC 2004 dev)
        (
            "It was unclear where Cochetel was held, in the breakaway republic of Chechnya or in North Ossetia.",
            Some("where Cochetel was held"),
        ),
        // cnn/stories/cnn_test198.txt (CNN dev)
        (
            "The nature of the wounds and the bullets in their bodies indicated that the killings were a homicide-suicide, but it is not known whether they were accidental or intentional, said Dr. Gregory Hawker, the Jackson County coroner.",
            Some("whether they were accidental or intentional"),
        ),
        // A question is taken whole, up to its clause's end, without a trailing time.
        (
            "It was not clear whether the new ferry service would run in the winter months this year.",
            Some("whether the new ferry service would run in the winter months"),
        ),
        // A question cut short ends before the qualifying phrase it was cut in, when that
        // phrase is in its later half.
        (
            "It was not clear whether the new ferry service would run in the bitterly cold winter months of the coming year.",
            Some("whether the new ferry service would run"),
        ),
        (
            "It was not clear whether the new ferry service between the two islands would run in the winter.",
            Some("whether the new ferry service between the two islands would run"),
        ),
        // A second question ends the first (after DUC 2004 d30022t, "what laws were broken
        // or how ...").
        (
            "The court did not say what laws were broken or how the two men broke them.",
            Some("what laws were broken"),
        ),
        // A question that is the sentence's subject ends before its verb (after DUC 2004
        // d31033t, "whether consumers are helped or hurt is up for grabs").
        (
            "But how the court will decide whether the voters are pleased or angry is up for grabs.",
            Some("whether the voters are pleased or angry"),
        ),
        // A long question cut short keeps the phrases of its first half.
        (
            "Officials had not yet decided whether Clinton would fly to the newly built Gaza International Airport terminal building.",
            Some("whether Clinton would fly to the newly built Gaza International Airport"),
        ),
        // A question cut short does not end on a possessive.
        (
            "It was unclear whether the new president and his three closest aides reformed Brazil's army soon.",
            Some("whether the new president and his three closest aides reformed"),
        ),
        // What is pending follows the word: a noun it describes, with it; what a
        // prepositional "pending" leads to, without it.
        // cnn/stories/cnn_test94.txt (CNN dev)
        (
            "Jacque Montgomery, a university spokeswoman, said university officials are aware of the pending lawsuits.",
            Some("pending lawsuits"),
        ),
        // d31001t/docs/APW19981109.0767.txt (DUC 2004 dev)
        (
            "Prosecutors are ready to move forward pending the amnesty application of one.",
            Some("amnesty application"),
        ),
        ("The verdict is still pending.", Some("verdict")),
        // What is disputed or discussed "with" someone is the matter without them; what
        // is suspended "with" someone keeps them.
        // d30022t/docs/APW19981005.0231.txt (DUC 2004 dev)
        (
            "Blair has vowed to discuss differences over human rights with Chinese leaders.",
            Some("human rights"),
        ),
        (
            "Portugal suspended the talks with Indonesia last week.",
            Some("talks with Indonesia"),
        ),
        // The question a verb right after the cue takes.
        // d30053t/docs/NYT19981127.0267.txt (DUC 2004 dev)
        (
            "Clinton administration officials said the White House had not yet decided whether Clinton would fly to the newly opened Gaza International Airport.",
            Some("whether Clinton would fly to the newly opened Gaza International Airport"),
        ),
        // A question of whether something exists is about that thing.
        // d30056t/docs/APW19981211.1223.txt (DUC 2004 dev)
        (
            "It was not clear if there was any link between Tagirov's abduction and his investigation into the killings of the four men.",
            Some("link between Tagirov's abduction"),
        ),
        (
            "It is uncertain whether there will be a vote on the budget this week.",
            Some("vote on the budget"),
        ),
        // "if" asks only after a cue of not knowing; after "appeal" it sets a condition.
        ("The club will appeal if the fine is upheld.", Some("club")),
        ("It is not clear if the bridge will reopen.", Some("if the bridge will reopen")),
        // What a state is about, after "over", not who is in it.
        // cnn/stories/cnn_test75.txt (CNN dev)
        (
            "Tax policy has become a central economic issue, with Congress deadlocked over proposals to extend most or all of the Bush-era tax cuts set to expire at the end of the year.",
            Some("proposals to extend most"),
        ),
        // Words that only qualify the cue are no topic: the subject before the verb is.
        // d30001t/docs/APW19981031.0167.txt (DUC 2004 dev)
        (
            "Disputes over the presidency have been a major stumbling block in talks between the two-party opposition bloc and the Cambodian People's Party to form a new government.",
            Some("Disputes over the presidency"),
        ),
        // The point of an abbreviation ends no phrase.
        // d30053t/docs/APW19981211.0628.txt (DUC 2004 dev)
        (
            "Just a day before U.S. President Bill Clinton's arrival, Israel also rejected a U.S. compromise on the release of Palestinian prisoners, an issue that has sparked riots in the West Bank.",
            Some("U.S. compromise on the release"),
        ),
        // What "unless" withholds is the topic, not the condition.
        // d30017t/docs/APW19981022.0488.txt (DUC 2004 dev)
        (
            "The South Korean government said it would not authorize a second shipment of cattle unless the North retracted its accusations.",
            Some("authorize a second shipment of cattle"),
        ),
        // A verb without its object after a negation gives way to the object: past its
        // particle and preposition (d30053t/docs/NYT19981211.0308.txt, DUC 2004 dev), past a
        // second bare verb (d31043t, DUC 2004 dev).
        (
            "He added that he would not go ahead with a West Bank troop pullback unless Arafat met a list of demands.",
            Some("West Bank troop pullback"),
        ),
        (
            "A brief meeting on Monday between the two did not help resolve the disagreements.",
            Some("disagreements"),
        ),
        // A verb with its object names the matter with it.
        (
            "The party said it would not withdraw its support unless the premier resigned.",
            Some("withdraw its support"),
        ),
        // The phrase before an aside between commas, even one with an opening of its own.
        // cnn/stories/cnn_test325.txt (CNN dev)
        (
            "The motive of the shooter, identified as 15-year-old Jared Padgett, is not known.",
            Some("motive of the shooter"),
        ),
        // A cue that names its matter is its own topic, with whom or where it is held.
        // cnn/stories/cnn_test350.txt (CNN dev)
        (
            "He grabbed 27 percent of the vote in the primary and now faces a runoff against Spartanburg prosecutor Trey Gowdy.",
            Some("runoff against Spartanburg prosecutor Trey Gowdy"),
        ),
        ("The result will go to a recount in three counties next week.", Some("recount in three counties")),
        // The question an infinitive's verb asks.
        // cnn/stories/cnn_test2.txt (CNN dev)
        (
            "Sweden's Security Service refused to say whether the suspects had been under surveillance or if the arrests resulted from a tip-off.",
            Some("whether the suspects had been under surveillance"),
        ),
        // A cue that ends with the question's opener.
        // d30028t/docs/APW19981005.0236.txt (DUC 2004 dev)
        (
            "It did not say when Iran planned to send its emissaries.",
            Some("when Iran planned to send its emissaries"),
        ),
        (
            "The ministry did not say whether the talks would resume in the spring.",
            Some("whether the talks would resume in the spring"),
        ),
        // When is no part of what: a trailing "last month" is left off.
        // d31009t/docs/APW19981111.0309.txt (DUC 2004 dev)
        (
            "The government suspended the privatization last month after a lawmaker released an audio tape.",
            Some("privatization"),
        ),
        // A subject before "is bound to be".
        ("The vote on the budget is bound to be contentious.", Some("vote on the budget")),
    ];
    let wrong: Vec<String> = cases
        .iter()
        .filter(|(s, want)| label(s).as_deref() != *want)
        .map(|(s, want)| format!("{s:?}: got {:?}, want {want:?}", label(s)))
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_state_alone_is_the_state_of_the_clause_subject() {
    let cases = [
        // cnn/stories/cnn_test32.txt (shortened)
        (
            "While Alonso has done well, his teammate Felipe Massa is facing an uncertain future after a disappointing start.",
            Some("teammate Felipe Massa"),
        ),
        // duc2004/clusters/d30017t/docs/APW19981022.0488.txt (shortened)
        (
            "The United States warned that the framework that is the basis for its relations will be in jeopardy unless inspections resume.",
            Some("framework"),
        ),
        // With whose state it is, the state is the topic.
        ("The future of the plant is uncertain.", Some("future of the plant")),
    ];
    for (text, want) in cases {
        assert_eq!(label(text).as_deref(), want, "{text}");
    }
}

#[test]
fn what_has_not_been_said_is_the_question_left_open() {
    let cases = [
        (
            "The company has not said when the plant will reopen.",
            Some("when the plant will reopen"),
        ),
        (
            "Officials have not said why the talks were called off.",
            Some("why the talks were called off"),
        ),
        (
            "He did not say why he left the party.",
            Some("why he left the party"),
        ),
    ];
    for (text, want) in cases {
        assert_eq!(label(text).as_deref(), want, "{text}");
    }
}

//! Cue senses: real sentences of the dev corpora (the file under `data/dev/` named
//! before each) and invented ones, each with whether it states something open.

use super::states_open;
use crate::digest::phrases::PhraseSet;
use crate::digest::topic::words;
use crate::lexicon::issues::OPEN_CUES;

/// True when some open-issue cue of `sentence`, where it stands, says something is open.
fn open(sentence: &str) -> bool {
    let lowered = crate::case::lower(sentence);
    let lower = crate::tokens::terms(&lowered);
    let ws = words(sentence, lower.iter().copied());
    let cues = PhraseSet::new(OPEN_CUES);
    // Bound first: as a tail expression its iterator would outlive the words it reads.
    let open = cues.all(&lower).any(|(at, n)| states_open(&ws, at..at + n));
    open
}

fn check(cases: &[(&str, bool)]) {
    let wrong: Vec<String> = cases
        .iter()
        .filter(|(s, want)| open(s) != *want)
        .map(|(s, want)| format!("{s:?}: want open = {want}"))
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn set_phrases_and_counterfactuals_state_nothing_open() {
    check(&[
        // duc2004/clusters/d30053t/docs/APW19981211.0628.txt
        ("A senior Palestinian official, speaking on condition of anonymity, said the United States has not asked Palestinian leader Yasser Arafat to consider holding a vote.", false),
        // cnn/stories/cnn_test177.txt
        ("Few of F1's global television audience of half-a-billion fans would disagree with Moss.", false),
        // cnn/stories/cnn_test34.txt
        ("His campaign did not get going until very late in the day; otherwise it is more than likely that the runoff would have pitted him against Morsi.", false),
        // cnn/stories/cnn_test187.txt: a later cue still counts.
        ("The official, who spoke on condition of anonymity, did not say when such talks might take place.", true),
        // cnn/stories/cnn_test233.txt: "would have" of a relative clause describes the deal.
        ("Eighteen-year-old Kaitlyn Hunt, charged with a crime for having sex with a 14-year-old girl, rejected a deal Friday that would have required her to plead guilty to child abuse, according to Hunt's attorney.", true),
        ("The merger is on hold on condition that regulators approve the sale.", true),
        // Invented: an open door is a willingness to talk; an open question is open.
        ("'The door remains open,' the minister told reporters after the talks.", false),
        ("The doors remain open for a return to the table, officials said.", false),
        ("The question of compensation remains open after the talks.", true),
    ]);
}

#[test]
fn a_cue_word_describing_a_noun_is_no_cue() {
    check(&[
        // cnn/stories/cnn_test288.txt
        ("Defense Minister Kuol Manyang said government forces tried to take back the disputed town but were forced to retreat to a military base eight miles away after rebels ambushed them.", false),
        // cnn/stories/cnn_test2.txt
        ("Weli, who was born in Somalia and became a Swedish citizen in 2000, got a suspended sentence and fine in 2009 for assault, court records show.", false),
        // cnn/stories/cnn_test88.txt
        ("The team, however, was missing the suspended Andrea Pirlo, who has been in such glorious form at this tournament.", false),
        // cnn/stories/cnn_test185.txt
        ("Here is an unlikely duel: It's Jeb Bush, former Florida governor and possible 2016 GOP presidential hopeful, vs. Matt Damon, actor and activist.", false),
        // duc2004/clusters/d31033t/docs/NYT19981007.0302.txt
        ("The contentious session was attended by several executives from Intel and Microsoft, including Gates and Intel chairman Andrew Grove.", false),
        ("The result of the vote is disputed by the opposition.", true),
        ("The border remains contested after the talks.", true),
        // duc2004/clusters/d30006t/docs/NYT19981003.0083.txt: one of two descriptions.
        ("Deservedly enshrined as forever exceptional, he again becomes Bird, the exception, the case study for a contentious and potentially disastrous labor war.", false),
        ("Voters in the disputed or occupied border towns stayed home.", false),
        ("The election remains disputed and the count goes on.", true),
        ("The result is contested and unresolved.", true),
    ]);
}

#[test]
fn a_refusal_leaves_open_only_a_matter_or_a_settlement() {
    check(&[
        // cnn/stories/cnn_test171.txt
        ("In a seven-page order Tuesday, the court refused.", false),
        // duc2004/clusters/d30044t/docs/APW19981116.1120.txt
        ("Most of those sent back since the crackdown began Saturday were refused entry into Italy because they had no visas or residence permits, the Austrians said.", false),
        // cnn/stories/cnn_test278.txt
        ("But the attorney general rejected the hypno-programming claim.", false),
        // duc2004/clusters/d30026t/docs/NYT19981123.0458.txt
        ("The Nasdaq composite index did not reach a new high but posted the biggest percentage gain Monday, rising 49.21 points, or 2.55 percent, to 1,977.42.", false),
        // duc2004/clusters/d30001t/docs/APW19981027.0491.txt
        ("Ranariddh and his opposition ally, Sam Rainsy, refused to accept the election results, alleging widespread intimidation and fraud by the CPP.", true),
        // duc2004/clusters/d30017t/docs/NYT19981114.0099.txt
        ("Washington refuses to pay, and North Korea is warning that the standoff could lead the agreement to fall apart.", true),
        // cnn/stories/cnn_test2.txt
        ("Sweden's Security Service refused to say whether the suspects had been under surveillance or if the arrests resulted from a tip-off, saying the details of the ongoing investigation could not be discussed.", true),
        ("The union rejected the U.S. proposal on Monday.", true),
        ("The two sides did not reach an agreement on fishing rights.", true),
    ]);
}

#[test]
fn some_cues_say_something_open_only_of_a_matter() {
    check(&[
        // cnn/stories/cnn_test146.txt
        ("Storms caused delays of more than four hours Thursday -- Woods had to complete his first round Friday -- and play was eventually suspended due to darkness.", false),
        // cnn/stories/cnn_test352.txt
        ("With just two sticks of bamboo enough to make one bicycle, and six regions in Ghana where bamboo grows abundantly, the Ghana Bike Initiative is unlikely to run out of raw materials.", false),
        // cnn/stories/cnn_test333.txt
        ("That depends on who's doing the talking.", false),
        // cnn/stories/cnn_test112.txt
        ("For though they are all awaiting treatment at Afghanistan's only specialist pediatric hospital, the hospital cannot even afford bandages for its patients.", false),
        // cnn/stories/cnn_test370.txt
        ("This execution has violated Mr. Wood's Eighth Amendment right to be executed in the absence of cruel and unusual punishment.", false),
        // duc2004/clusters/d30034t/docs/APW19981124.0554.txt
        ("Portugal suspended the talks with Indonesia in New York last week following reports of a massacre of dozens of East Timorese rebels in a series of clashes with Indonesian troops.", true),
        // duc2004/clusters/d30006t/docs/NYT19981006.0396.txt
        ("Both sides are still awaiting the outcome of an arbitration decision that is due before Oct. 18.", true),
        // duc2004/clusters/d30011t/docs/APW19981008.0259.txt
        ("The absence of a successor could lead to a power struggle in the event Mahathir is forced to resign or dies, because there is no clear line of succession.", true),
        // cnn/stories/cnn_test402.txt
        ("Rice, meanwhile, might never play again, since the NFL suspended him indefinitely after a video was posted online that showed him punching out his now-wife in February.", true),
    ]);
}

#[test]
fn a_state_reported_over_is_no_open_issue() {
    check(&[
        // duc2004/clusters/d30001t/docs/APW19981113.0251.txt
        ("Cambodia's bickering political parties broke a three-month deadlock Friday and agreed to a coalition government leaving strongman Hun Sen as sole prime minister, King Norodom Sihanouk announced.", false),
        // duc2004/clusters/d30001t/docs/APW19981116.0205.txt
        ("After a three-month impasse, they agreed last week to a coalition deal that will make Hun Sen sole prime minister and Ranariddh president of the National Assembly.", false),
        // duc2004/clusters/d30017t/docs/APW19981022.0488.txt
        ("Kang said the North's letter “cleared a stumbling block for Hyundai's additional cattle donation.”", false),
        ("The standoff came to an end when the rebels laid down their arms.", false),
        // duc2004/clusters/d30001t/docs/APW19981016.0240.txt
        ("The Sam Rainsy Party, in a statement released Friday, accused Hun Sen of being “unwilling to make any compromise” on negotiations to break the deadlock.", true),
        ("The talks ended in deadlock.", true),
        ("The dispute over the border has yet to be resolved.", true),
        ("The talks broke down, and the dispute over the water rights goes on.", true),
        // duc2004/clusters/d30006t/docs/NYT19981013.0354.txt: a state of the past.
        ("Though the decision to cancel games was not surprising, it did represent a major shift in prior labor stalemates.", false),
        ("Unlike the previous deadlock, this one ended within a week.", false),
        ("The deadlock over the budget continues.", true),
    ]);
}

#[test]
fn unless_appeals_and_disagreements_in_their_open_sense() {
    check(&[
        // cnn/stories/cnn_test118.txt
        ("\"Unless we live within the limits set by nature, and manage our natural resources sustainably, more and more species will be driven towards extinction.", false),
        // duc2004/clusters/d30017t/docs/APW19981022.0488.txt
        ("The South Korean government said it would not authorize a second shipment of cattle unless the North retracted its accusations.", true),
        // cnn/stories/cnn_test136.txt
        ("CNN: Your narrator, Katey Kontent, is such an appealing character with a very distinctive voice.", false),
        // cnn/stories/cnn_test82.txt
        ("He added that Islamic finance products have the potential to appeal to the non-Muslims market, pointing out that in Malaysia the majority of customers for Islamic banks aren't Muslims.", false),
        // duc2004/clusters/d31033t/docs/NYT19981018.0089.txt
        ("A Federal District Court judge agreed, but an Appeals Court panel overturned that ruling this summer.", false),
        // cnn/stories/cnn_test171.txt
        ("Supporters of Proposition 8 vowed to appeal to the nation's highest court.", true),
        // cnn/stories/cnn_test402.txt: a right to appeal is no appeal made.
        ("Players are granted the opportunity to appeal.", false),
        ("The defendants have the right to appeal the verdict.", false),
        ("The defendants plan to appeal the verdict.", true),
        // duc2004/clusters/d30050t/docs/NYT19981006.0394.txt
        ("Turecki disagrees.", false),
        // duc2004/clusters/d30022t/docs/NYT19981216.0357.txt
        ("The father said he did not agree with his son's political tactics but now he felt he had no choice but to protest his treatment.", false),
        // duc2004/clusters/d31031t/docs/NYT19981013.0341.txt
        ("On education, the issue that President Clinton has propelled to the forefront of the talks and on which Republicans do not want to appear recalcitrant, both sides have agreed to spend more than $1 billion but disagree over how to spend it.", true),
    ]);
}

#[test]
fn reluctance_pending_decisions_and_unconfirmed_reports_are_open() {
    check(&[
        // duc2004/clusters/d30048t/docs/NYT19981024.0050.txt
        ("Germany and Japan, though, have been reluctant to take part, one U.S. official noted.", true),
        // duc2004/clusters/d30028t/docs/APW19981005.0236.txt
        ("There have been unconfirmed reports of Turkish jets violating Syria airspace near the border.", true),
        // duc2004/clusters/d30011t/docs/NYT19981003.0120.txt
        ("The answer is far from clear.", true),
        ("The board meets on Monday to decide whether to sell the stadium.", true),
        ("The mayor is unwilling to raise the tax before the election.", true),
        ("The fate of the bridge project is up in the air.", true),
        // A finding of nothing is not an open matter.
        ("A chest X-ray found no sign of cancer.", false),
        ("Investigators said there was no indication of foul play.", false),
    ]);
}

#[test]
fn recounting_a_story_is_no_recount() {
    check(&[
        // duc2004/clusters/d30022t/docs/APW19981216.0666.txt
        ("Whoever takes the case, you can't win, Hu recounted.", false),
        // duc2004/clusters/d31033t/docs/NYT19981007.0302.txt
        ("Some of the cases recounted here figure prominently in the suit brought by the Justice Department and 20 states.", false),
        ("The ballots in two counties are being recounted.", true),
        ("A recount of the vote in the capital begins on Monday.", true),
    ]);
}

#[test]
fn little_known_and_an_opening_yet_are_no_cues() {
    check(&[
        // cnn/stories/cnn_test382.txt
        ("The founder of the Drudge Report, Matt Drudge, broke the story of the affair on his then mostly unknown website in 1998; the story put him on the map.", false),
        ("A relatively unknown lawyer won the seat on Sunday.", false),
        // Without a word of degree, "unknown" leaves the matter open.
        ("The cause of the fire is unknown.", true),
        ("The man died of unknown causes.", true),
        // cnn/stories/cnn_test398.txt
        ("\"Yet to know that you're facing something so incredibly dire, and the chances didn't look good at that point.\"", false),
        ("The date of the vote has yet to be set.", true),
    ]);
}

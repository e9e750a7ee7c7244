//! The words that tell in which sense an open-issue cue stands: many cue words also serve
//! in a plain statement of something done, a description or a set phrase ("the court
//! refused", "the disputed town", "on condition of anonymity"). Lowercase; whole words.
//! The cues themselves are in [`super::issues`].

use super::Hashed;
use super::Words;

/// What is negotiated, decided or awaited: the matters a refusal, a suspension, a wait or
/// a doubt leaves open ("refused the *proposal*", "the *talks* were suspended").
pub static MATTERS: Hashed = Hashed::new(words![
    "talks",
    "negotiations",
    "negotiation",
    "dialogue",
    "meeting",
    "meetings",
    "summit",
    "deal",
    "agreement",
    "accord",
    "treaty",
    "pact",
    "framework",
    "ceasefire",
    "cease-fire",
    "truce",
    "settlement",
    "compromise",
    "plan",
    "plans",
    "proposal",
    "proposals",
    "offer",
    "demand",
    "demands",
    "terms",
    "conditions",
    "ultimatum",
    "vote",
    "election",
    "elections",
    "referendum",
    "result",
    "results",
    "outcome",
    "decision",
    "ruling",
    "verdict",
    "trial",
    "hearing",
    "appeal",
    "appeals",
    "arraignment",
    "sentencing",
    "budget",
    "bill",
    "legislation",
    "reform",
    "sale",
    "merger",
    "takeover",
    "privatization",
    "privatisation",
    "coalition",
    "successor",
    "nomination",
    "conviction",
    "impeachment",
    "contract",
    "claims",
    "allegations",
    "accusations",
    "charges",
    "finding",
    "findings",
    "reservations",
    "sovereignty",
    "annexation",
    "independence",
]);

/// Verbs whose refusal leaves a matter open: a settlement withheld ("refused to *accept*
/// the results") or an answer withheld ("refused to *say* whether").
pub const SETTLING_VERBS: Words = words![
    "accept",
    "negotiate",
    "recognize",
    "recognise",
    "sign",
    "ratify",
    "pay",
    "form",
    "enter",
    "join",
    "withdraw",
    "resign",
    "step",
    "concede",
    "compromise",
    "agree",
    "meet",
    "talk",
    "say",
    "answer",
    "specify",
    "confirm",
    "disclose",
    "divulge",
    "reveal",
    "identify",
    "name",
    "explain",
    "cooperate",
    "co-operate",
    "hand",
    "surrender",
    "disarm",
    "retract",
];

/// Forms of "be" and "remain": after them a participle says what something is ("the
/// talks *remain* suspended"), and a refusal is passive ("the offer *was* rejected").
pub const COPULAS: Words = words![
    "is", "are", "was", "were", "be", "been", "being", "remain", "remains", "remained", "stays",
];

/// Words before a form of ending that make it a wish, a plan or a denial, not a report
/// ("has *yet to* be resolved", "*could* break the deadlock").
pub const NOT_DONE: Words = words![
    "to", "not", "never", "yet", "without", "cannot", "could", "would", "will", "must", "should",
    "may", "might", "if",
];

/// Cue words of refusal, and of a failure to reach: open only with a matter (or, for a
/// refusal, a settling verb) after them ("did not reach *an agreement*", not "a new
/// high").
pub const REFUSALS: Words = words!["refused", "refuses", "rejected", "rejects", "reach"];

/// Cue words that also describe a noun they stand before ("the *disputed* town", "a
/// *suspended* sentence", "an *unlikely* duel"): then no cue. Not "unknown": "of
/// unknown causes" leaves the causes open.
pub const ATTRIBUTIVE: Words = words![
    "disputed",
    "contested",
    "contentious",
    "suspended",
    "undecided",
    "unlikely",
];

/// Words of degree before "unknown" that make it "little known" ("a *relatively* unknown
/// player", "his *then mostly* unknown website"), not a matter left open.
pub const DEGREES: Words = words![
    "relatively",
    "largely",
    "mostly",
    "virtually",
    "almost",
    "little",
    "comparatively",
    "previously",
    "hitherto",
];

/// Cue words that say something open only of a matter in the same sentence, or of a
/// question right after them: a forecast ("is unlikely to survive"), a suspension ("play
/// was suspended"), a general rule ("the town depends on the river").
pub const OF_A_MATTER: Words = words!["unlikely", "suspended", "depends", "depending"];

/// Words that open a question: after a cue of [`OF_A_MATTER`] they name the open matter
/// ("it depends on *whether* the bill passes").
pub const QUESTION_OPENERS: Words = words!["whether", "how", "what", "when", "who", "which", "if"];

/// A word that leaves any suspension or delay open ("suspended him *indefinitely*").
pub const OPEN_ENDED: Words = words!["indefinitely"];

/// Cue words that say something open only of the matter right after them ("awaiting
/// *the ruling*", "the absence of *a ceasefire*", not "awaiting treatment").
pub const BEFORE_A_MATTER: Words = words!["awaiting", "absence"];

/// Cue words of a standing state that a statement may report as over ("*broke* the
/// deadlock", "the crisis *has been resolved*").
pub const STATES: Words = words![
    "deadlock",
    "deadlocked",
    "impasse",
    "stalemate",
    "stalemates",
    "standoff",
    "stand-off",
    "block",
    "blocks",
    "point",
    "postponement",
    "postponed",
    "stalled",
    "dispute",
    "disputes",
];

/// Words before a state that make it one of the past ("*prior* labor stalemates", "an
/// *earlier* dispute"), not the state things are in.
pub const BYGONE: Words = words!["prior", "previous", "earlier", "former", "past"];

/// Past forms that report a state over ("*ended* months of deadlock"), unless a
/// preposition follows ("ended *in* deadlock").
pub const ENDED: Words = words![
    "ended", "ends", "broke", "broken", "cleared", "resolved", "overcame", "overcome", "lifted",
    "finished", "settled", "defused",
];

/// Forms that, after "after a deadlock", report the way out ("After a long impasse,
/// they *agreed*").
pub const WAY_OUT: Words = words!["agreed", "reached", "signed", "resumed", "struck"];

/// Nouns before "to appeal" that make the appeal a right, not one made ("the *right* to
/// appeal", "the *opportunity* to appeal").
pub const ENTITLEMENTS: Words = words!["right", "rights", "opportunity", "chance", "option"];

/// Words that make "unless" a threat or a condition still unmet ("will *not* withdraw
/// unless", "is in *jeopardy* unless"), not a rule or a figure of speech.
pub const WITHHOLDING: Words = words![
    "not",
    "never",
    "no",
    "refuse",
    "refuses",
    "refused",
    "reject",
    "rejects",
    "withdraw",
    "boycott",
    "veto",
    "block",
    "jeopardy",
    "doomed",
    "collapse",
    "threatened",
    "threatens",
    "warned",
];

/// Auxiliaries that, before "have", make a counterfactual: what would have happened had
/// things gone otherwise ("the runoff *would have* pitted him against"), not what is open.
pub const COUNTERFACTUAL: Words = words!["would", "could", "might"];

/// Set phrases that hold a cue word in no open sense. Matched whole, word by word.
pub const SET_PHRASES: &[&[&str]] = &[
    &["on", "condition", "of", "anonymity"],
    &["in", "no", "uncertain", "terms"],
    &["few", "would", "disagree"],
    &["no", "one", "would", "disagree"],
    &["nobody", "would", "disagree"],
    &["history", "of", "disagreements"],
    &["history", "of", "disputes"],
    // "The door remains open": a willingness to talk again, not a matter left open.
    &["door", "remains", "open"],
    &["door", "remained", "open"],
    &["door", "remain", "open"],
    &["doors", "remain", "open"],
];

/// Words of a court, after "appeal to": an appeal in law, not an attraction ("to appeal
/// to voters").
pub const COURTS: Words = words![
    "court",
    "courts",
    "tribunal",
    "judge",
    "judges",
    "justices",
    "panel",
    "board",
    "commission",
];

/// Words after a verb of disagreeing that name what is disputed ("disagree *over* the
/// budget"); a bare "X disagreed" or "disagreed with him" is an opinion, and so is "did
/// not agree *with*".
pub const DISAGREE_ON: Words = words!["over", "on", "about", "whether", "how", "what", "as"];

//! Whether an open-issue cue, where it stands, says that something is open. Many cue words
//! also serve a plain statement of something done or a description: "the court refused",
//! "the disputed town", "speaking on condition of anonymity", "broke a three-month
//! deadlock", "a military takeover is unlikely". Each test reads the sentence's words
//! around the cue; the word lists are in [`crate::lexicon::cue_senses`].

use super::topic::Word;
use crate::lexicon::cue_senses::{
    ATTRIBUTIVE, BEFORE_A_MATTER, BYGONE, COPULAS, COUNTERFACTUAL, COURTS, DEGREES, DISAGREE_ON,
    ENDED, ENTITLEMENTS, MATTERS, NOT_DONE, OF_A_MATTER, OPEN_ENDED, QUESTION_OPENERS, REFUSALS,
    SETTLING_VERBS, SET_PHRASES, STATES, WAY_OUT, WITHHOLDING,
};
use std::ops::Range;

/// Most words after a refusal or a wait read for its matter.
const OBJECT_WORDS: usize = 7;
/// Most words before a state cue that "after" may stand ("after a three-month impasse").
const AFTER_WORDS: usize = 4;
/// Most words before a form of ending read for a word that makes it not done ("has yet
/// to be resolved").
const NOT_DONE_WORDS: usize = 3;

/// True when the cue at words `cue` of sentence `ws` states an open issue.
pub fn states_open(ws: &[Word], cue: Range<usize>) -> bool {
    if cue.is_empty() || cue.end > ws.len() {
        return false;
    }
    !in_set_phrase(ws, &cue)
        && !counterfactual(ws)
        && !attributive(ws, &cue)
        && !little_known(ws, &cue)
        && !opening_yet(ws, &cue)
        && refusal_holds(ws, &cue)
        && matter_holds(ws, &cue)
        && !reported_over(ws, &cue)
        && unless_holds(ws, &cue)
        && appeal_holds(ws, &cue)
        && disagreement_holds(ws, &cue)
        && !narrated(ws, &cue)
}

/// True when the cue "recount" is the verb of telling ("Hu *recounted*", "the cases
/// *recounted* here"), not a count again ("the ballots are being *recounted*").
fn narrated(ws: &[Word], cue: &Range<usize>) -> bool {
    let k = cue.end - 1;
    matches!(lower(ws, k), "recounted" | "recounting")
        && !(k > 0 && COPULAS.contains(lower(ws, k - 1)))
}

fn lower<'a>(ws: &[Word<'a>], k: usize) -> &'a str {
    ws.get(k).map_or("", |w| w.lower)
}

/// The words after the cue up to the end of its clause, at most `n`.
fn after(ws: &[Word], cue: &Range<usize>, n: usize) -> Range<usize> {
    let start = cue.end;
    if ws[start - 1].pause {
        return start..start;
    }
    let mut end = start;
    while end < ws.len() && end < start + n {
        end += 1;
        // A one-letter word's point is an abbreviation's ("U.S."), no pause.
        if ws[end - 1].pause && ws[end - 1].lower.len() > 1 {
            break;
        }
    }
    start..end
}

/// True when a set phrase ("on condition of anonymity") covers a word of the cue.
fn in_set_phrase(ws: &[Word], cue: &Range<usize>) -> bool {
    SET_PHRASES.iter().any(|phrase| {
        let n = phrase.len();
        (cue.start.saturating_sub(n - 1)..cue.end).any(|s| {
            s + n > cue.start
                && s + n <= ws.len()
                && phrase
                    .iter()
                    .enumerate()
                    .all(|(k, p)| ws[s + k].lower == *p)
        })
    })
}

/// True when the sentence tells what would have happened ("would have", "could have",
/// "might have", but not "would have to").
fn counterfactual(ws: &[Word]) -> bool {
    // In a relative clause it describes a thing ("a deal *that would have* required"),
    // and says nothing of the sentence's own point.
    ws.windows(4).any(|w| {
        !matches!(w[0].lower, "that" | "which" | "who")
            && COUNTERFACTUAL.contains(w[1].lower)
            && w[2].lower == "have"
            && w[3].lower != "to"
    })
}

/// True when a one-word cue describes the noun after it ("the disputed territory"): no
/// pause, no form of "be" before it, and a content word after it that is no adverb.
fn attributive(ws: &[Word], cue: &Range<usize>) -> bool {
    let w = &ws[cue.start];
    if cue.len() != 1 || !ATTRIBUTIVE.contains(w.lower) || w.pause {
        return false;
    }
    let linked = cue.start > 0 && COPULAS.contains(lower(ws, cue.start - 1));
    let describes = |k: usize| {
        let next = lower(ws, k);
        !next.is_empty()
            && !super::terms::is_stopword(next)
            && !next.ends_with("ly")
            && next != "to"
    };
    if linked {
        return false;
    }
    if describes(cue.end) {
        return true;
    }
    // "a contentious and potentially disastrous labor war": one of two descriptions of
    // the noun after both.
    if !matches!(lower(ws, cue.end), "and" | "or") || ws[cue.end].pause {
        return false;
    }
    let mut k = cue.end + 1;
    while lower(ws, k).ends_with("ly") && !ws[k].pause {
        k += 1;
    }
    k < ws.len() && !ws[k].pause && describes(k) && describes(k + 1)
}

/// True when the cue is "unknown" after a word of degree ("a *relatively* unknown
/// player"): little known, not a matter left open.
fn little_known(ws: &[Word], cue: &Range<usize>) -> bool {
    cue.len() == 1
        && ws[cue.start].lower == "unknown"
        && cue.start > 0
        && DEGREES.contains(lower(ws, cue.start - 1))
}

/// True when the cue "yet to" opens the sentence: its "Yet" joins the sentence to the one
/// before ("Yet to know that ..."), and leaves nothing still to be done.
fn opening_yet(ws: &[Word], cue: &Range<usize>) -> bool {
    cue.start == 0 && lower(ws, 0) == "yet"
}

/// A refusal says something open when what is refused is a matter ("rejected the
/// proposal") or a settling act ("refused to accept the results"), after it or, in the
/// passive, before it; a failure to reach, when what was not reached is a matter.
fn refusal_holds(ws: &[Word], cue: &Range<usize>) -> bool {
    if !REFUSALS.contains(ws[cue.end - 1].lower) {
        return true;
    }
    let cue = &(cue.end - 1..cue.end);
    let object = after(ws, cue, OBJECT_WORDS);
    let settles = object.clone().any(|k| {
        MATTERS.contains(ws[k].lower)
            || (ws[k].lower == "to" && SETTLING_VERBS.contains(lower(ws, k + 1)))
    });
    let passive = cue.start > 0 && COPULAS.contains(lower(ws, cue.start - 1));
    settles
        || passive
            && (cue.start.saturating_sub(OBJECT_WORDS)..cue.start)
                .any(|k| MATTERS.contains(ws[k].lower))
}

/// Cues that say something open only of a matter: in the same sentence ("the meeting now
/// looks unlikely") or a question right after the cue ("depends on whether ..."), or right
/// after the cue ("awaiting the ruling").
fn matter_holds(ws: &[Word], cue: &Range<usize>) -> bool {
    let first = ws[cue.start].lower;
    if OF_A_MATTER.contains(first) {
        ws.get(cue.end)
            .is_some_and(|w| QUESTION_OPENERS.contains(w.lower))
            || ws
                .iter()
                .any(|w| MATTERS.contains(w.lower) || OPEN_ENDED.contains(w.lower))
    } else if BEFORE_A_MATTER.contains(first) {
        after(ws, cue, OBJECT_WORDS).any(|k| MATTERS.contains(ws[k].lower))
    } else {
        true
    }
}

/// True when the sentence reports the cue's state as over: "broke a three-month
/// deadlock", "the deadlock has come to an end", "after a long impasse, they agreed".
fn reported_over(ws: &[Word], cue: &Range<usize>) -> bool {
    if !cue.clone().any(|k| STATES.contains(ws[k].lower)) {
        return false;
    }
    let ended = (0..ws.len()).filter(|k| !cue.contains(k)).any(|k| {
        let l = ws[k].lower;
        // "come to an end" is read from "come": its "to" is no infinitive.
        let phrase = l == "end" && k >= 2 && ws[k - 1].lower == "an" && ws[k - 2].lower == "to";
        let ending = ENDED.contains(l) || phrase;
        let at = if phrase { k - 2 } else { k };
        let not_done = (at.saturating_sub(NOT_DONE_WORDS)..at).any(|j| {
            let p = ws[j].lower;
            NOT_DONE.contains(p) || p.ends_with("n't")
        });
        let outcome = !ws[k].pause
            && matches!(
                lower(ws, k + 1),
                "in" | "with" | "without" | "on" | "down" | "off"
            );
        ending && !not_done && !outcome
    });
    let after_it = (cue.start.saturating_sub(AFTER_WORDS)..cue.start)
        .any(|k| ws[k].lower == "after")
        && (cue.end..ws.len()).any(|k| WAY_OUT.contains(ws[k].lower));
    ended || after_it || bygone(ws, cue)
}

/// Most words between a word of the past and the state it makes bygone ("previous
/// *labor* stalemates").
const BYGONE_WORDS: usize = 3;

/// True when a word of the past stands before the state cue in its phrase ("prior labor
/// stalemates", "an earlier dispute"): a state once, not now.
fn bygone(ws: &[Word], cue: &Range<usize>) -> bool {
    let mut k = cue.start;
    while k > 0 && cue.start - k < BYGONE_WORDS {
        k -= 1;
        if ws[k].pause {
            return false;
        }
        if BYGONE.contains(ws[k].lower) {
            return true;
        }
    }
    false
}

/// "Unless" states a condition still unmet when the sentence withholds something until
/// it is met ("will not withdraw unless", "is in jeopardy unless"); not in a rule or a
/// figure of speech ("unless otherwise stated").
fn unless_holds(ws: &[Word], cue: &Range<usize>) -> bool {
    if !cue.clone().any(|k| ws[k].lower == "unless") {
        return true;
    }
    ws.iter()
        .any(|w| WITHHOLDING.contains(w.lower) || w.lower.ends_with("n't"))
}

/// An appeal in law: "appeal", "appeals", "appealed" (not "appealing"), and after "appeal
/// to" a court, not an audience ("to appeal to voters").
fn appeal_holds(ws: &[Word], cue: &Range<usize>) -> bool {
    let last = ws[cue.end - 1].lower;
    if !last.starts_with("appeal") {
        return true;
    }
    if !matches!(last, "appeal" | "appeals" | "appealed") {
        return false;
    }
    // "the right to appeal": an appeal anyone may make, not one made.
    let k = cue.end - 1;
    if k >= 2 && lower(ws, k - 1) == "to" && ENTITLEMENTS.contains(lower(ws, k - 2)) {
        return false;
    }
    // "an Appeals Court panel": a court's name.
    let next = lower(ws, cue.end);
    if matches!(next, "court" | "courts") {
        return false;
    }
    if ws[cue.end - 1].pause || next != "to" {
        return true;
    }
    let to = cue.end..cue.end + 1;
    after(ws, &to, OBJECT_WORDS).any(|k| COURTS.contains(ws[k].lower))
}

/// A verb of disagreeing says what is disputed when a matter follows ("disagree over
/// the budget"); "X disagreed" and "disagreed with him" are opinions. The nouns
/// ("disagreements over aid") always name one.
fn disagreement_holds(ws: &[Word], cue: &Range<usize>) -> bool {
    let w = &ws[cue.end - 1];
    if w.lower == "agree" && !w.pause {
        return lower(ws, cue.end) != "with";
    }
    if !matches!(w.lower, "disagree" | "disagrees" | "disagreed") {
        return true;
    }
    !w.pause && DISAGREE_ON.contains(lower(ws, cue.end))
}

#[cfg(test)]
mod tests;

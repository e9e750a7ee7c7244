//! A topic that is a question: the object of a cue of not knowing ("unclear *where the
//! hostage was held*").

use super::{is_qualifier, skip, List, Word};
use crate::lexicon::cue_senses::COPULAS;
use crate::lexicon::topics::{QUESTION_OPENERS, VERB_PARTICLES};
use std::ops::Range;

/// Most words of a topic that is a question ("where the hostage was held").
const QUESTION_WORDS: usize = 11;
/// Most words read for the end of a question's clause.
const QUESTION_SCAN: usize = 16;

/// The question that opens at word `k`, as a topic: "whether the new stadium will be
/// ready", "where the hostage was held", up to a pause, at most [`QUESTION_WORDS`] words;
/// "if" only right after the cue. A question that only asks who or what something is
/// ("who would be the first arrivals") is not taken: its complement names the topic.
pub fn question(ws: &[Word], k: usize, if_asks: bool) -> Option<Range<usize>> {
    let opener = ws.get(k)?;
    let asks = QUESTION_OPENERS.contains(opener.lower) || (if_asks && opener.lower == "if");
    if !asks || opener.pause {
        return None;
    }
    let be = |w: &Word| COPULAS.contains(w.lower);
    let modal = |w: &Word| matches!(w.lower, "would" | "will" | "could" | "might");
    // "whether there will be a deal", "if there was any link between them": a question
    // of whether something exists is about that thing.
    if ws
        .get(k + 1)
        .is_some_and(|w| w.lower == "there" && !w.pause)
    {
        let mut j = k + 2;
        while ws.get(j).is_some_and(|w| (be(w) || modal(w)) && !w.pause) {
            j += 1;
        }
        return if j > k + 2 {
            super::phrase_at(ws, j)
        } else {
            None
        };
    }
    let mut end = k + 1;
    while end < ws.len() && end < k + QUESTION_SCAN {
        // A second question ends the first ("what laws were broken | or how ...").
        let second = end > k + 2
            && matches!(ws[end].lower, "and" | "or")
            && ws
                .get(end + 1)
                .is_some_and(|w| QUESTION_OPENERS.contains(w.lower) || w.lower == "if");
        // A question that is a sentence's subject ends before its verb ("whether they are
        // helped | is up for grabs").
        if second || (be(&ws[end]) && ws[k + 1..end].iter().any(be)) {
            break;
        }
        end += 1;
        if ws[end - 1].pause {
            break;
        }
    }
    // "who would be the first arrivals", "what his next move will be": a question of
    // who or what something is names it as a noun phrase.
    let identity = matches!(opener.lower, "who" | "what" | "which")
        && (ws.get(k + 1).is_some_and(be)
            || ws.get(k + 1).is_some_and(modal) && ws.get(k + 2).is_some_and(be)
            || ws.get(end - 1).is_some_and(be));
    if identity {
        return None;
    }
    let mut e = end.min(k + QUESTION_WORDS);
    // A question cut short ends before the qualifying phrase it was cut in ("if this
    // was broached", not "... broached in the Alaska").
    // (A phrase the cut falls between, "under surveillance | or if", stays whole.)
    if e < end && !ws[e].is(List::Ends) && !is_qualifier(&ws[e]) {
        // Only in its later half: a long question keeps its first phrases.
        let from = k + 3.max((e - k) / 2);
        if let Some(q) = (from..e)
            .rev()
            .find(|&j| is_qualifier(&ws[j]) || ws[j].is(List::Ends))
        {
            e = q;
        }
    }
    // A question cut short does not end on a possessive ("dealing with Brazil's").
    let cut = e < end;
    while e > k + 2 && {
        let l = &ws[e - 1];
        let possessive = cut && (l.lower.ends_with("'s") || l.lower.ends_with("\u{2019}s"));
        // A verb's particle stays with it ("why the talks were called *off*").
        let particle = VERB_PARTICLES.contains(l.lower) && !ws[e - 2].is(List::Stop);
        !particle
            && (skip(l) || is_qualifier(l) || l.is(List::Stop) || l.is(List::Generic) || possessive)
    } {
        e -= 1;
    }
    (e > k + 1).then_some(k..e)
}

//! What a topic phrase becomes once found: whose state a lone state noun is, the missing
//! thing an infinitive ties the matter to, the matter without the party it is discussed
//! with, the question a verb after the cue takes, and the object of a bare verb.

use super::question::question;
use super::{is_qualifier, phrase_at, skip, verbish, Word};
use crate::lexicon::cues::MODALS;
use crate::lexicon::issues::NOUN_CUES;
use crate::lexicon::topics::{DETERMINERS, STATE_NOUNS, VERB_PARTICLES};
use std::ops::Range;

/// For a topic that is only a noun of state ("faces an uncertain *future*", "will be in
/// *jeopardy*"), whose state it is: the noun phrase that opens its clause ("*Felipe
/// Massa* is facing an uncertain future"); else the topic `r` as it is.
pub(super) fn whose_state(ws: &[Word], r: Range<usize>) -> Range<usize> {
    let head = r.clone().rev().find(|&k| !skip(&ws[k]));
    let lone = head.is_some_and(|h| {
        STATE_NOUNS.contains(ws[h].lower) && r.clone().all(|k| k == h || skip(&ws[k]))
    });
    if !lone {
        return r;
    }
    // The clause opens after the last pause before the topic, or after a "that" that
    // opens a reported clause ("warned *that the* agreement would be in jeopardy"), not
    // a relative one ("the agreement *that is* the basis").
    let opening = (0..r.start)
        .rev()
        .find(|&k| ws[k].pause || (ws[k].lower == "that" && ws.get(k + 1).is_some_and(skip)))
        .map_or(0, |k| k + 1);
    match phrase_at(ws, opening) {
        Some(subject) if subject.end <= r.start => subject,
        _ => r,
    }
}

/// The matter `r` after a cue, with the missing thing that an infinitive ties it to:
/// what is missing is "an agreement *to halt the war*", a "decision *to cut rates*", more
/// than the war or the rates ("no agreement *on* tariffs" stays "tariffs"). `cue_end` is
/// where the cue ends: the noun is its last word or a word after it.
pub(super) fn with_purpose(ws: &[Word], cue_end: usize, r: Range<usize>) -> Range<usize> {
    let noun_at = |n: usize| {
        n + 1 >= cue_end
            && ws[n..n + 2].iter().all(|w| !w.pause)
            && NOUN_CUES.contains(ws[n].lower)
            && ws[n + 1].lower == "to"
            && !ws[n + 2].capital
            && !skip(&ws[n + 2])
            && !DETERMINERS.contains(ws[n + 2].lower)
    };
    // The verb before the matter's determiners, or before the preposition it takes.
    let mut start = r.start;
    while start > 0 && skip(&ws[start - 1]) && !ws[start - 1].pause {
        start -= 1;
    }
    let verb_before = |k: usize| k.checked_sub(1).filter(|&v| v >= 2 && noun_at(v - 2));
    let verb = verb_before(start).or_else(|| {
        start
            .checked_sub(1)
            .filter(|&q| is_qualifier(&ws[q]))
            .and_then(verb_before)
    });
    match verb {
        Some(v) => v - 2..r.end,
        None => r,
    }
}

/// "over", "on", "about": a preposition that leads to what a state or a talk is about.
pub(super) fn of_matter(w: &str) -> bool {
    matches!(w, "over" | "on" | "about")
}

/// The matter `r` of a cue about something ("over", "on", "about") without the party it
/// is discussed or disputed with ("differences over *human rights* with Chinese
/// leaders"), when words stand before "with".
pub(super) fn without_partner(ws: &[Word], r: Range<usize>) -> Range<usize> {
    match (r.start + 1..r.end).find(|&k| ws[k].lower == "with") {
        Some(k) if (r.start..k).any(|m| !skip(&ws[m])) => r.start..k,
        _ => r,
    }
}

/// Most verbs between a cue and the question they take ("has not yet *decided* whether").
const VERBS_BEFORE_QUESTION: usize = 2;

/// The question a verb right after the cue takes: "had not yet *decided whether Clinton
/// would fly*", "it is not yet *known when* the talks resume", "has not yet *ruled on
/// whether* he must pay".
pub(super) fn question_after_verb(ws: &[Word], end: usize) -> Option<Range<usize>> {
    // "remain on hold, *pending what* ...": the verb after a pause is no longer the cue's.
    if ws.get(end.checked_sub(1)?)?.pause {
        return None;
    }
    let mut j = end;
    while j < ws.len() && j < end + VERBS_BEFORE_QUESTION && !ws[j].pause && verbish(ws, j) {
        j += 1;
    }
    if j == end {
        return None;
    }
    // "has not yet *ruled on whether* ...": the preposition the verb takes before it.
    if ws.get(j).is_some_and(|w| of_matter(w.lower)) && !ws[j - 1].pause {
        j += 1;
    }
    question(ws, j, false)
}

/// A topic that is a verb after a modal or a negation, without its object ("would
/// *break* the deadlock", "would not *go ahead* with the pullback", "did not *help
/// resolve* the dispute") names no matter: the phrase the verb takes does, when it takes
/// one; else none for a verb alone after a modal.
pub(super) fn beyond_bare_verb(ws: &[Word], r: Range<usize>) -> Option<Range<usize>> {
    let open = r.start > 0 && !ws[r.start].capital && !ws[r.start - 1].pause;
    let modal = open && MODALS.contains(ws[r.start - 1].lower);
    if !(modal || open && negates(ws[r.start - 1].lower)) {
        return Some(r);
    }
    if modal && ws[r.start].pause {
        return None;
    }
    // A topic that holds the verb's object names the matter with its verb ("withdraw
    // his support"): only a verb without its object gives way to the object.
    match object_of_verb(ws, r.start) {
        Some(o) if o.start >= r.end => Some(o),
        Some(_) => Some(r),
        // A verb alone after a modal says nothing; after a negation it says what was
        // refused ("would not *serve*").
        None if r.len() == 1 && modal => None,
        None => Some(r),
    }
}

/// "not", "never", "didn't": a negation that opens a verb group.
fn negates(w: &str) -> bool {
    matches!(w, "not" | "never") || w.ends_with("n't")
}

/// The phrase that the verb at word `v` takes: past the verb's particle ("go *ahead*"),
/// a second bare verb ("help *resolve* the dispute") and a preposition ("*with* the plan").
fn object_of_verb(ws: &[Word], v: usize) -> Option<Range<usize>> {
    let mut k = v + 1;
    let open = |k: usize| ws.get(k).is_some_and(|w| !w.pause && !w.capital);
    if open(k - 1) && ws.get(k).is_some_and(|w| VERB_PARTICLES.contains(w.lower)) {
        k += 1;
    }
    // A second verb: a lowercase word right before a determiner.
    let second = open(k - 1)
        && open(k)
        && !DETERMINERS.contains(ws[k].lower)
        && !is_qualifier(&ws[k])
        && ws.get(k + 1).is_some_and(|w| DETERMINERS.contains(w.lower));
    if second {
        k += 1;
    }
    if ws[k - 1].pause {
        return None;
    }
    if ws.get(k).is_some_and(|w| is_qualifier(w) && !w.pause) {
        k += 1;
    }
    phrase_at(ws, k)
}

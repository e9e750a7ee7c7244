//! Relative clauses at the edge of a topic's subject: "the cause of the fire *that broke*
//! out", "the agreement, *which* was signed in May, remains in doubt". The subject a
//! statement's cue is said of ends before them.

use super::{sets, skip, verbish, List, Word};
use crate::lexicon::topics::CLAUSE_SUBJECTS;

/// "that", "which", "who": a pronoun that opens a relative clause.
pub(super) fn relative_pronoun(w: &Word) -> bool {
    matches!(w.lower, "that" | "which" | "who")
}

/// Most words of a relative clause's verb group before the phrase a subject's scan
/// stopped at ("that *has been* burning since").
const RELATIVE_VERB_WORDS: usize = 5;
/// Most words of a relative clause set off by commas inside a subject.
const RELATIVE_ASIDE_WORDS: usize = 24;

/// Where the relative pronoun stands when the scan for a subject, which found words from
/// `s`, stopped within a few words of a relative clause without commas ("the cause of the
/// fire *that broke* out"): the pronoun follows a noun, not a verb ("said that") nor a
/// time ("said Friday that"), and a lowercase word other than a personal pronoun follows
/// it.
pub(super) fn restrictive_relative(ws: &[Word], s: usize, e: usize) -> Option<usize> {
    let last = s.checked_sub(1)?;
    // Words of the clause stand between it and the cue, after its verb group; else the
    // cue is the clause's ("a plan that *would break the deadlock*").
    if !(s..e).any(|k| !skip(&ws[k])) || !verbish(ws, last) || sets().links.contains(ws[last].lower)
    {
        return None;
    }
    (last.saturating_sub(RELATIVE_VERB_WORDS)..=last)
        .rev()
        .take_while(|&k| !ws[k].pause)
        .find(|&k| relative_pronoun(&ws[k]))
        .filter(|&k| {
            k > 0 && {
                let p = &ws[k - 1];
                !p.pause && !verbish(ws, k - 1) && !p.is(List::Time)
            }
        })
        // "said Friday *that he* would": a clause of its own.
        .filter(|&k| {
            ws.get(k + 1)
                .is_some_and(|w| !w.capital && !CLAUSE_SUBJECTS.contains(w.lower))
        })
}

/// Where a relative clause set off by commas opens, when the words `s..e` found before a
/// cue close one (`e` follows a comma): the comma before "which" or "who" that follows a
/// noun.
pub(super) fn relative_aside(ws: &[Word], s: usize, e: usize) -> Option<usize> {
    if e <= s || !ws[e - 1].pause || ws[e - 1].dash {
        return None;
    }
    (e.saturating_sub(RELATIVE_ASIDE_WORDS)..s.min(e - 1))
        .rev()
        .find(|&k| {
            k > 0 && ws[k - 1].pause && !ws[k - 1].dash && matches!(ws[k].lower, "which" | "who")
        })
        .filter(|&k| !verbish(ws, k - 1))
}

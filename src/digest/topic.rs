//! The topic of an open-issue statement, taken from the statement itself: the noun phrase
//! the cue is about, in the article's words. After a cue that takes an object ("ruled out
//! X", "the absence of X") it is the phrase that follows; after a cue that names what is
//! missing ("no agreement") the phrase a preposition brings ("on X"); after a cue that
//! describes a state ("X remains unresolved") the subject before it. A noun phrase here is
//! a run of words with no verb, clause word or pause inside and at most one qualifying
//! phrase ("date of the election"), at most six words once its edges are trimmed; a
//! phrase of only generic words ("the details") or words of time ("on Friday") names no
//! topic.

use super::numerals::number_word;
use crate::fasthash::LexiconSet;
use crate::lexicon::issues::{NAMING_CUES, NOUN_CUES, OBJECT_CUES};
use crate::lexicon::topics::{
    CIRCUMSTANCES, GENERIC_TOPICS, IF_ASKERS, TIME_WORDS, TOPIC_BRIDGES, TOPIC_ENDS, TOPIC_LINKS,
    TOPIC_QUALIFIERS, TOPIC_SKIPS,
};
use crate::lexicon::verb_forms::{ING_NOUNS, LY_WORDS, PAST_FORMS};
use crate::lexicon::Words;
use std::ops::Range;
use std::sync::OnceLock;

mod question;
mod refine;
mod relative;
mod words;
use question::question;
use refine::{
    beyond_bare_verb, of_matter, question_after_verb, whose_state, with_purpose, without_partner,
};
use relative::{relative_aside, relative_pronoun, restrictive_relative};
#[cfg(test)]
pub use words::words;
pub use words::{label, span, words_at, words_into, Word};

/// Most words of a topic.
const MAX_WORDS: usize = 6;
/// Most words read for one noun phrase before it is trimmed.
const SCAN: usize = 10;
/// Most words between a cue and the topic after it.
const BRIDGE_WORDS: usize = 5;
/// Most words of an aside's opening before the phrase found ("*identified as* John
/// Doe").
const ASIDE_OPENING: usize = 4;
/// Most words that qualify a cue naming its matter ("Democratic Senate primary runoff").
const CUE_MODIFIERS: usize = 3;

/// The word lists of topic phrases, as sets.
struct Sets {
    ends: LexiconSet<&'static str>,
    links: LexiconSet<&'static str>,
    skips: LexiconSet<&'static str>,
    bridges: LexiconSet<&'static str>,
    qualifiers: LexiconSet<&'static str>,
    generic: LexiconSet<&'static str>,
    time: LexiconSet<&'static str>,
    past: LexiconSet<&'static str>,
    circumstances: LexiconSet<&'static str>,
    ing_nouns: LexiconSet<&'static str>,
    ly_words: LexiconSet<&'static str>,
}

fn sets() -> &'static Sets {
    static SETS: OnceLock<Sets> = OnceLock::new();
    SETS.get_or_init(|| {
        let set = |w: Words| w.iter().collect();
        Sets {
            ends: set(TOPIC_ENDS),
            links: set(TOPIC_LINKS),
            skips: set(TOPIC_SKIPS),
            bridges: set(TOPIC_BRIDGES),
            qualifiers: set(TOPIC_QUALIFIERS),
            generic: set(GENERIC_TOPICS),
            time: set(TIME_WORDS),
            past: set(PAST_FORMS),
            circumstances: set(CIRCUMSTANCES),
            ing_nouns: set(ING_NOUNS),
            ly_words: set(LY_WORDS),
        }
    })
}

/// The word lists a topic phrase is read by, as [`Word::is`] asks them.
#[derive(Clone, Copy)]
pub enum List {
    /// Words that end a noun phrase: clause words, verbs.
    Ends,
    /// Words that start a qualifying phrase ("of", "in", ...).
    Qualifier,
    /// Determiners and adverbs, passed over at a phrase's edges.
    Skip,
    /// Past forms of verbs.
    Past,
    /// Words of time ("Friday").
    Time,
    /// Generic words that name no topic ("details").
    Generic,
    /// Function words.
    Stop,
    /// Nouns in "-ing" ("building").
    IngNoun,
}

impl List {
    /// True when the list holds lowercase `w`.
    fn holds(self, w: &str) -> bool {
        let sets = sets();
        match self {
            List::Ends => sets.ends.contains(w),
            List::Qualifier => sets.qualifiers.contains(w),
            List::Skip => {
                let adverb = w.len() > 4 && w.ends_with("ly") && !sets.ly_words.contains(w);
                sets.skips.contains(w) || adverb
            }
            List::Past => sets.past.contains(w),
            List::Time => sets.time.contains(w),
            List::Generic => sets.generic.contains(w),
            List::Stop => super::terms::is_stopword(w),
            List::IngNoun => sets.ing_nouns.contains(w),
        }
    }
}

/// True when `w` starts a qualifying phrase ("of", "in", ...).
pub fn is_qualifier(w: &Word) -> bool {
    w.is(List::Qualifier)
}

fn ends(w: &Word) -> bool {
    w.is(List::Ends)
}

fn skip(w: &Word) -> bool {
    w.is(List::Skip)
}

/// True when word `k` opens a noun phrase as a verbal noun ("*joining* a coalition government").
fn gerund(ws: &[Word], k: usize) -> bool {
    let w = &ws[k];
    w.lower.len() > 5 && w.lower.ends_with("ing") && !ends(w) && !w.is(List::IngNoun)
}

/// True when word `k` reads as a verb, which ends a noun phrase: a clause word, a past
/// form, a lowercase word in "-ed" that no determiner or qualifier precedes, an "-ing"
/// word after a noun. A capitalised word inside the sentence is a name.
fn verbish(ws: &[Word], k: usize) -> bool {
    let w = &ws[k];
    if w.capital && k > 0 {
        return false;
    }
    let l = w.lower;
    // "the context of *this* conversation": a demonstrative before a noun is its
    // determiner, not a pronoun that opens a clause ("this is unclear"); "this week"
    // is a time, read as before.
    let determiner = matches!(l, "this" | "these" | "those")
        && !w.pause
        && ws.get(k + 1).is_some_and(|n| {
            !ends(n) && !n.is(List::Past) && !n.is(List::Time) && !is_qualifier(n)
        });
    if determiner {
        return false;
    }
    if ends(w) || w.is(List::Past) {
        return true;
    }
    let modified = k > 0 && {
        let p = &ws[k - 1];
        !p.pause && (skip(p) || is_qualifier(p))
    };
    (l.len() > 4 && l.ends_with("ed") && !modified) || (k > 0 && !modified && gerund(ws, k))
}

/// Words `s..e` as a topic: edges trimmed, at most [`MAX_WORDS`] long (the qualifying
/// phrase dropped first, then words before the head), when a word of it names something.
fn finish(ws: &[Word], mut s: usize, mut e: usize) -> Option<Range<usize>> {
    let trim = |s: &mut usize, e: &mut usize| {
        while *s < *e && (skip(&ws[*s]) || is_qualifier(&ws[*s])) {
            *s += 1;
        }
        while *e > *s && {
            let l = &ws[*e - 1];
            skip(l) || is_qualifier(l) || ends(l)
        } {
            *e -= 1;
        }
        // "the privatization *last month*": when, not what.
        let when = |w: &Word| matches!(w.lower, "last" | "next" | "this" | "early" | "late");
        if *e >= *s + 3
            && ws[*e - 1].is(List::Time)
            && when(&ws[*e - 2])
            && !is_qualifier(&ws[*e - 3])
        {
            *e -= 2;
        }
    };
    trim(&mut s, &mut e);
    // A qualifying phrase that only says when ("the verdict *in March*") is dropped.
    if let Some(q) = (s + 1..e).find(|&k| is_qualifier(&ws[k])) {
        let when = ws[q + 1..e]
            .iter()
            .all(|w| skip(w) || w.is(List::Time) || w.lower.bytes().all(|b| b.is_ascii_digit()));
        if when {
            e = q;
            trim(&mut s, &mut e);
        }
    }
    if e - s > MAX_WORDS {
        if let Some(q) = (s + 1..e).find(|&k| is_qualifier(&ws[k])) {
            e = q;
            trim(&mut s, &mut e);
        }
    }
    if e - s > MAX_WORDS {
        s = e - MAX_WORDS;
        trim(&mut s, &mut e);
    }
    let names = ws[s..e].iter().any(|w| {
        let l = w.lower;
        l.len() > 1
            && !l.bytes().all(|b| b.is_ascii_digit())
            && !w.is(List::Stop)
            && !ends(w)
            && !w.is(List::Generic)
            && !w.is(List::Time)
    });
    names.then_some(s..e)
}

/// The noun phrase that starts at word `from` (after any determiners).
fn phrase_at(ws: &[Word], from: usize) -> Option<Range<usize>> {
    let mut s = from;
    while s < ws.len() && skip(&ws[s]) && !ws[s].pause {
        s += 1;
    }
    let first = ws.get(s)?;
    if ends(first) || is_qualifier(first) || (verbish(ws, s) && !gerund(ws, s)) {
        return None;
    }
    let (mut e, mut qualified) = (s, false);
    while e < ws.len() && e < s + SCAN {
        if e > s {
            if is_qualifier(&ws[e]) {
                if qualified {
                    break;
                }
                qualified = true;
            } else if verbish(ws, e) || span_of_time(ws, e) {
                break;
            }
        }
        e += 1;
        if ws[e - 1].pause {
            break;
        }
    }
    finish(ws, s, e)
}

/// True when word `k` opens a span of time after a noun ("died of unknown causes *two
/// years* after ..."): a number before a word of time.
fn span_of_time(ws: &[Word], k: usize) -> bool {
    let number = |w: &str| {
        (!w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())) || number_word(w).is_some()
    };
    !ws[k - 1].pause && number(ws[k].lower) && ws.get(k + 1).is_some_and(|w| w.is(List::Time))
}

/// The object after a cue ending at word `end`: what a bridge ("was reached") and a
/// preposition lead to; after a cue that names what is missing, only what a preposition
/// brings. An infinitive's verb is passed over ("refused to *accept* the results").
fn after(ws: &[Word], end: usize, noun_cue: bool) -> Option<Range<usize>> {
    if ws.get(end.checked_sub(1)?)?.pause {
        return None;
    }
    let mut k = end;
    while k < ws.len() && k < end + BRIDGE_WORDS {
        let l = ws[k].lower;
        // "refused *Thursday* to accept": a word of time is passed over.
        let bridge =
            sets().bridges.contains(l) || ws[k].is(List::Time) || (noun_cue && l.ends_with("ed"));
        if !bridge || ws[k].pause {
            break;
        }
        k += 1;
    }
    let if_asks = k == end && IF_ASKERS.iter().any(|w| ws[end - 1].lower.starts_with(w));
    if let Some(q) = question(ws, k, if_asks) {
        return Some(q);
    }
    let preposition = ws.get(k).is_some_and(|w| is_qualifier(w) && !w.pause);
    // "unlikely *in* the short term", "postponed *until* March": a circumstance, not
    // the object.
    if !noun_cue
        && ws
            .get(k)
            .is_some_and(|w| sets().circumstances.contains(w.lower))
    {
        return None;
    }
    if preposition {
        k += 1;
        // "failed to agree on Saturday *on* a levy": a day passed over with its
        // preposition; the next preposition leads to the matter.
        let mut t = k;
        while ws.get(t).is_some_and(|w| w.is(List::Time) && !w.pause) {
            t += 1;
        }
        if t > k && ws.get(t).is_some_and(|w| is_qualifier(w) && !w.pause) {
            k = t + 1;
        }
        // "disagree on *how to spend the money*": the question the preposition leads to.
        if let Some(q) = question(ws, k, false) {
            return Some(q);
        }
    } else if noun_cue {
        return None;
    }
    let infinitive = k > 0 && ws[k - 1].lower == "to";
    if infinitive
        && ws
            .get(k)
            .is_some_and(|w| !w.capital && !skip(w) && !w.pause)
    {
        k += 1;
        // "refused to say *whether* ...": the question the verb asks.
        if let Some(q) = question(ws, k, false) {
            return Some(q);
        }
        if ws.get(k).is_some_and(is_qualifier) {
            k += 1;
        }
    }
    phrase_at(ws, k)
}

/// The subject of the clause a cue starting at word `start` describes: the noun phrase
/// before its verb group ("the date of the vote *is still* unclear"), the word a
/// relative pronoun refers to ("the new tax, *which* was never debated"), the phrase before an
/// aside set off by dashes.
fn before(ws: &[Word], start: usize) -> Option<Range<usize>> {
    let mut e = start;
    while e > 0 && !ws[e - 1].pause && sets().links.contains(ws[e - 1].lower) {
        e -= 1;
    }
    // "*Whether the talks will resume* remains unclear": a question that is the clause's
    // subject. After a comma only "whether", "how" and "why" open one: "who", "which",
    // "when" there open a relative or a time clause.
    let clause = ws[..e].iter().rposition(|w| w.pause).map_or(0, |p| p + 1);
    let opens = clause == 0 || matches!(ws[clause].lower, "whether" | "how" | "why");
    if opens && clause + 1 < e {
        if let Some(q) = question(ws, clause, false) {
            return Some(q.start..q.end.min(e));
        }
    }
    let relative = e >= 2 && relative_pronoun(&ws[e - 1]) && ws[e - 2].pause;
    if relative {
        e -= 1;
    }
    let phrase_before = |e: usize| {
        let mut s = e;
        while s > 0 && s + SCAN > e {
            let w = &ws[s - 1];
            if s < e && w.pause {
                break;
            }
            // "hoped to *hold* a meeting": the phrase starts after an infinitive's verb.
            let infinitive = w.lower == "to" && s >= 2 && s < e && verbish(ws, s - 2);
            if infinitive && !ws[s].capital && !skip(&ws[s]) {
                s += 1;
                break;
            }
            let opens_clause = gerund(ws, s - 1) && (s == 1 || ws[s - 2].pause);
            if !is_qualifier(w) && verbish(ws, s - 1) && !opens_clause {
                break;
            }
            s -= 1;
        }
        s
    };
    let mut s = phrase_before(e);
    // "the cause of the fire *that broke out* on Sunday remains unknown": the phrase
    // before a relative clause inside the subject; "details of the aid*, which is
    // expected to total $1 billion,* have yet to be agreed": before a clause set off by
    // commas.
    let clause = if relative {
        None
    } else {
        restrictive_relative(ws, s, e).or_else(|| relative_aside(ws, s, e))
    };
    if let Some(p) = clause.filter(|&p| phrase_before(p) < p) {
        e = p;
        s = phrase_before(p);
    } else if s >= 2 && e > s && ws[s - 1].dash && ws[e - 1].dash {
        // "the water rights — the oldest dispute — remain open", "the motive of the
        // shooter, identified as John Doe, is not known": the phrase before the aside.
        e = s;
        s = phrase_before(e);
    } else {
        // Where an aside between commas may open: before the phrase found, when the aside
        // ends right before the cue (it may open with words of its own, "identified
        // as"), or before a short aside that the subject goes on after ("the impact of
        // the deal, if any, on the suit is uncertain"). The subject's head stands before it.
        let window = if e > s && ws[e - 1].pause && !ws[e - 1].dash && !relative {
            Some(s.saturating_sub(ASIDE_OPENING)..s)
        } else if s >= 2 && e > s && is_qualifier(&ws[s]) && ws[s - 1].pause && !ws[s - 1].dash {
            Some(s.saturating_sub(ASIDE_OPENING + 1)..s - 1)
        } else {
            None
        };
        let opening = window.and_then(|w| w.rev().find(|&p| ws[p].pause && !ws[p].dash));
        if let Some(p) = opening {
            let before_aside = phrase_before(p + 1);
            if before_aside <= p {
                e = p + 1;
                s = before_aside;
            }
        }
    }
    // "*Dairy and* poultry remain open": a short bare noun phrase joined by "and" or "or"
    // is part of the subject.
    if !relative {
        s = coordinated(ws, s, &phrase_before);
    }
    // One qualifying phrase at most: of a subject the first ("result of the vote" of
    // "the result of the vote in the capital"), of what a relative pronoun refers to the
    // last ("a new stadium for the club" of "replace the arena with a new stadium
    // for the club, which").
    let first = (s..e).find(|&k| !skip(&ws[k]) && !is_qualifier(&ws[k]));
    let qualifiers: Vec<usize> = first
        .map(|f| (f + 1..e).filter(|&k| is_qualifier(&ws[k])).collect())
        .unwrap_or_default();
    if qualifiers.len() > 1 {
        if relative {
            s = qualifiers[qualifiers.len() - 2] + 1;
        } else {
            e = qualifiers[1];
        }
    }
    finish(ws, s, e)
}

/// Most words of a noun phrase joined to a subject by "and" or "or".
const CONJUNCT_WORDS: usize = 3;

/// The start of the subject that starts at word `s`, with the noun phrase before it that
/// "and" or "or" joins to it ("*tariffs and* quotas", "*the border or* the water rights"):
/// a phrase of at most [`CONJUNCT_WORDS`] words, with no qualifying phrase, time, verb or
/// function word other than a determiner ("met *for hours and* the border remained open",
/// "locked *us out and* the season is lost" join no subject).
fn coordinated(ws: &[Word], s: usize, phrase_before: &dyn Fn(usize) -> usize) -> usize {
    if s < 2 || !matches!(ws[s - 1].lower, "and" | "or") || ws[s - 2].pause {
        return s;
    }
    let and = s - 1;
    let first = phrase_before(and);
    let bare = first < and
        && and - first <= CONJUNCT_WORDS
        && ws[first..and].iter().enumerate().all(|(i, w)| {
            !is_qualifier(w)
                && !w.is(List::Time)
                && !verbish(ws, first + i)
                && !w.pause
                && (skip(w) || !w.is(List::Stop))
        })
        && ws[first..and].iter().any(|w| !skip(w));
    if bare {
        first
    } else {
        s
    }
}

/// A cue that names the open matter itself, with the words that qualify it: "a
/// *Democratic Senate primary runoff* against", "*Tuesday's runoff*", "the *runoff
/// election*".
fn own_phrase(ws: &[Word], cue: &Range<usize>) -> Range<usize> {
    let mut s = cue.start;
    while s > 0 && s + CUE_MODIFIERS > cue.start && {
        let w = &ws[s - 1];
        // Names, possessives and adjectives of kind ("primary", "gubernatorial").
        let modifier = w.capital
            || w.lower.ends_with("'s")
            || w.lower.ends_with("al")
            || w.lower.ends_with("ary");
        modifier && !w.pause && !skip(w) && !is_qualifier(w) && !w.is(List::Stop)
    } {
        s -= 1;
    }
    let mut e = cue.end;
    if !ws[e - 1].pause
        && ws
            .get(e)
            .is_some_and(|w| matches!(w.lower, "election" | "elections" | "vote"))
    {
        e += 1;
    }
    // Who or where it is held: "runoff *against the mayor*", "recount *in Ohio*".
    let qualified = !ws[e - 1].pause && ws.get(e).is_some_and(is_qualifier);
    let Some(object) = phrase_at(ws, e + 1).filter(|_| qualified) else {
        return s..e;
    };
    // The object's own qualifying phrase is left off ("in South Carolina *in contests*").
    let end = (object.start + 1..object.end)
        .find(|&k| is_qualifier(&ws[k]))
        .unwrap_or(object.end);
    s..end.min(s + MAX_WORDS + 2)
}

/// The start of the words before `start` that only modify the cue ("have been *a major*
/// stumbling block"): where the subject's verb group ends.
fn past_modifiers(ws: &[Word], start: usize) -> usize {
    let mut s = start;
    while s > 0 && !ws[s - 1].pause && (skip(&ws[s - 1]) || ws[s - 1].is(List::Generic)) {
        s -= 1;
    }
    s
}

/// The noun phrase of `ws` outside `cue` that says most, by `weight` per lowercase word.
fn most_specific(
    ws: &[Word],
    cue: &Range<usize>,
    weight: &dyn Fn(&str) -> f32,
) -> Option<Range<usize>> {
    let mut best: Option<(f32, Range<usize>)> = None;
    // Each word's weight, asked once: the phrases at neighbouring words overlap, and a
    // weight is a lookup of each of the word's terms.
    let mut weights: Vec<Option<f32>> = vec![None; ws.len()];
    for k in 0..ws.len() {
        let Some(r) = phrase_at(ws, k).filter(|r| r.start == k || !cue.contains(&k)) else {
            continue;
        };
        // "hoped *to open* the new bridge": an infinitive's verb opens no phrase.
        let opener = &ws[r.start];
        let infinitive = r.start > 0 && ws[r.start - 1].lower == "to" && !opener.capital;
        if (r.start < cue.end && cue.start < r.end) || infinitive {
            continue;
        }
        let score: f32 = r
            .clone()
            .map(|j| *weights[j].get_or_insert_with(|| weight(ws[j].lower)))
            .sum();
        if best.as_ref().is_none_or(|(b, _)| score > *b) {
            best = Some((score, r));
        }
    }
    best.map(|(_, r)| r)
}

/// The topic of a statement (its [`words()`] `ws`) whose cue covers words `cue`; `weight`
/// tells how specific a lowercase word is, for statements whose cue is about no phrase
/// ("but that is now in doubt"): their topic is their most specific phrase.
pub fn topic(ws: &[Word], cue: Range<usize>, weight: &dyn Fn(&str) -> f32) -> Option<Topic> {
    let last = ws.get(cue.end.checked_sub(1)?)?.lower;
    let is = |list: Words| list.iter().any(|w| last.starts_with(w));
    // A state said of something ("deadlocked *over* the budget") is about that thing,
    // not about who is in it.
    let about = ws[cue.end - 1].pause || !ws.get(cue.end).is_some_and(|w| of_matter(w.lower));
    // "did not say *when Iran would send envoys*": the cue ends with the question's opener.
    let found = if let Some(q) = question(ws, cue.end - 1, false) {
        Some(q)
    } else if let Some(q) = question_after_verb(ws, cue.end) {
        Some(q)
    } else if is(NAMING_CUES) {
        Some(own_phrase(ws, &cue))
    } else if is(NOUN_CUES) {
        after(ws, cue.end, true).or_else(|| before(ws, cue.start))
    } else if last == "pending" && !ws[cue.end - 1].pause {
        // What is pending follows: "held pending *a review*", "aware of *the pending
        // lawsuits*" (the word kept before a noun it describes).
        let describes = ws.get(cue.end).is_some_and(|w| !skip(w));
        phrase_at(ws, if describes { cue.end - 1 } else { cue.end })
            .or_else(|| before(ws, cue.start))
    } else if is(OBJECT_CUES) || !about {
        after(ws, cue.end, false)
            .map(|r| {
                if about && !of_matter(last) {
                    r
                } else {
                    without_partner(ws, r)
                }
            })
            // "said *an appeal* would be filed": a cue that is a noun phrase with
            // nothing after it is the matter, not the clause's subject.
            .or_else(|| matches!(ws[cue.start].lower, "a" | "an").then(|| own_phrase(ws, &cue)))
            .or_else(|| before(ws, cue.start))
    } else {
        before(ws, cue.start)
            .or_else(|| before(ws, past_modifiers(ws, cue.start)))
            .or_else(|| after(ws, cue.end, false))
    };
    match found
        .and_then(|r| beyond_bare_verb(ws, r))
        .map(|r| whose_state(ws, r))
    {
        Some(r) => Some(Topic {
            words: with_purpose(ws, cue.end, r.clone()),
            matter: r.start,
            direct: true,
        }),
        None => most_specific(ws, &cue, weight).map(|r| Topic {
            matter: r.start,
            words: r,
            direct: false,
        }),
    }
}

/// The topic of an open-issue statement, as [`topic()`] finds it.
pub struct Topic {
    /// The words of the topic, a range of the statement's [`words()`].
    pub words: Range<usize>,
    /// The first word of the matter itself, after the missing thing the topic may name
    /// first ("agreement to halt *the war*").
    pub matter: usize,
    /// True when the topic is the phrase the cue is about, not the statement's most
    /// specific phrase.
    pub direct: bool,
}

#[cfg(test)]
mod tests;

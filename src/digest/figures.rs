//! Figures in a sentence: counts, amounts of money, shares, durations and ages, each with
//! its unit and the range its wording allows ("nearly four hours" is 3.4 to 4 hours,
//! "four and a half hours" about 4.5). Years are left to the "first ... since" check;
//! dates and times of day are not figures.

use super::numerals::{is_month, number_at, parse_digits, tokens, Token};
use super::terms::{is_stopword, stem};
use crate::ids::Side;
use crate::lexicon::discourse::SPEECH_VERBS;
use crate::lexicon::numbers::{
    CURRENCIES, DURATIONS, INCREMENT_CUES, JOURNEY_WORDS, NEGATION_CUES, NOT_SUPERLATIVES,
    ORDINALS, PART_CUES, PERCENT, POSSIBILITY_CUES, QUALIFIERS, RATE_CUES, SCALES_BEFORE,
    YEAR_LINKS,
};
use crate::lexicon::Words;
use crate::people::names::is_meeting_word;
use std::ops::Range;

/// Words on each side of a figure that say what it counts.
const CONTEXT: usize = 4;

/// What a figure counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unit {
    /// A length of time (the range is in seconds).
    Duration,
    /// An amount of the named currency.
    Money(&'static str),
    /// A share in hundredths.
    Percent,
    /// A count of the thing the stem names ("peopl", "seat").
    Count(String),
}

/// One figure.
#[derive(Debug, Clone)]
pub struct Figure {
    /// The lowest and highest value its wording allows.
    pub range: (f64, f64),
    /// What it counts.
    pub unit: Unit,
    /// Byte span of the figure with its qualifier and unit.
    pub span: Range<usize>,
    /// The terms of the words around it, function words and figures left out.
    pub context: Vec<u32>,
    /// True when the clause before the figure makes it a possibility rather than a fact
    /// ("could face five years", "if the figure was $29 million").
    pub possible: bool,
    /// True when the word before it makes it an amount added to another ("an additional 9
    /// percent").
    pub increment: bool,
    /// True when the word before it makes it a part of a sequence or of a longer period
    /// ("the last two years", "the first 100 days").
    pub part: bool,
    /// True when the words after it in its clause make it a rate ("20 years on each
    /// count", "$5 per share"), or when it is an amount of money that each of the things
    /// named right after it is worth ("$100 million deals").
    pub rate: bool,
    /// True when a meeting word stands shortly before it in its clause ("met for nearly
    /// six hours", "talks in Geneva, which lasted five hours"), or a meeting or journey
    /// word right after it ("a three-day visit", "a four-day trip"): a duration of talks
    /// or of a visit.
    pub of_meeting: bool,
    /// The year the figure is given for ("2.6 percent in 1999"), when the words after it
    /// name one.
    pub year: Option<u16>,
    /// The countries its sentence names ("49 percent of Cambodian children").
    pub places: Vec<Side>,
    /// For an amount of money, the term of the noun right after it that it is the size
    /// of ("a $40 billion *fund*").
    pub thing: Option<u32>,
}

/// Most tokens between a figure and the year it is given for ("a surplus of 2.6 percent
/// of output in 1999").
const YEAR_WITHIN: usize = 5;

/// Most tokens before a figure read for what makes it a possibility.
const POSSIBLE_WITHIN: usize = 8;

/// True when a word of the clause before token `start` makes the figure a possibility:
/// a modal verb, a condition or a penalty faced ([`POSSIBILITY_CUES`]), or a threshold not
/// reached: a negation ([`NEGATION_CUES`], "didn't"), within
/// [`POSSIBLE_WITHIN`] tokens and after the last punctuation.
fn possible_before(ts: &[Token], start: usize) -> bool {
    ts[..start]
        .iter()
        .rev()
        .take(POSSIBLE_WITHIN)
        .enumerate()
        .take_while(|(i, t)| *i == 0 || !t.pause)
        .any(|(_, t)| {
            let w = t.text.as_ref();
            POSSIBILITY_CUES.contains(w) || NEGATION_CUES.contains(w) || w.ends_with("n't")
        })
}

/// True when a speech verb before token `start` reports the clause of the figure
/// ("officials *said* 45 goods would see lower tariffs"): a "would" the figure is the
/// subject of is the future told in the past, a plan reported, not a figure supposed.
fn reported_before(ts: &[Token], start: usize) -> bool {
    ts[..start]
        .iter()
        .any(|t| SPEECH_VERBS.contains(t.text.as_ref()))
}

/// Most tokens after a figure read for a modal verb it is the subject of.
const MODAL_WITHIN: usize = 3;

/// True when the figure ending before token `end` is the subject of a modal verb ("the
/// 63-percent figure *would* have to come down"): a figure supposed, not reported. In a
/// clause a speech verb reports, "would" is the future told in the past.
fn modal_after(ts: &[Token], start: usize, end: usize) -> bool {
    if end == 0 || ts.get(end - 1).is_some_and(|t| t.pause) {
        return false;
    }
    for t in ts.iter().skip(end).take(MODAL_WITHIN) {
        let w = t.text.as_ref();
        if matches!(w, "could" | "might") || (w == "would" && !reported_before(ts, start)) {
            return true;
        }
        if t.pause {
            return false;
        }
    }
    false
}

/// Most tokens after a figure read for what makes it a rate.
const RATE_WITHIN: usize = 8;

/// True when a word after the figure ending before token `end`, within [`RATE_WITHIN`]
/// tokens and before any punctuation, makes it a rate ([`RATE_CUES`]).
fn rate_after(ts: &[Token], end: usize) -> bool {
    if end == 0 || ts.get(end - 1).is_some_and(|t| t.pause) {
        return false;
    }
    for t in ts.iter().skip(end).take(RATE_WITHIN) {
        if RATE_CUES.contains(t.text.as_ref()) {
            return true;
        }
        if t.pause {
            return false;
        }
    }
    false
}

/// Fewest letters of a plural noun read after an amount of money.
const PLURAL_LETTERS: usize = 4;

/// True when the word at token `end`, right after an amount of money, is a plural noun:
/// each of those things is worth the amount ("$100 million deals", "$5 tickets"), so the
/// amount is no total.
fn plural_after(ts: &[Token], end: usize) -> bool {
    let (Some(last), Some(t)) = (end.checked_sub(1).and_then(|i| ts.get(i)), ts.get(end)) else {
        return false;
    };
    let w = t.text.as_ref();
    !last.pause
        && !t.digits
        && w.len() >= PLURAL_LETTERS
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && !is_stopword(w)
}

/// The term of the noun right after the figure ending before token `end`, in its clause:
/// the thing whose size it gives ("a $40 billion *fund*"). Not a function word or a
/// figure's token.
fn thing_after(ts: &[Token], end: usize, term: &dyn Fn(&str) -> Option<u32>) -> Option<u32> {
    let last = ts.get(end.checked_sub(1)?)?;
    let t = ts.get(end)?;
    let w = t.text.as_ref();
    let word = w.len() > 2 && w.bytes().all(|b| b.is_ascii_lowercase());
    if last.pause || !word || is_stopword(w) {
        return None;
    }
    term(w)
}

/// The year named after the figure ending before token `end`: "in 1999", "for 2000",
/// "by 2003", within [`YEAR_WITHIN`] tokens and before any punctuation but a hyphen.
fn year_after(ts: &[Token], end: usize) -> Option<u16> {
    let mut prev: Option<&Token> = ts.get(end.checked_sub(1)?);
    for t in ts.iter().skip(end).take(YEAR_WITHIN) {
        if prev.is_some_and(|p| p.pause) {
            return None;
        }
        let year =
            t.digits && t.text.len() == 4 && (t.text.starts_with("19") || t.text.starts_with("20"));
        if year && prev.is_some_and(|p| YEAR_LINKS.contains(p.text.as_ref())) {
            return t.text.parse().ok();
        }
        prev = Some(t);
    }
    None
}

/// "almost *a* month", "more than *an* hour": one of a unit of time after a qualifier, as
/// a number (its value, the token after it, no rounding); without a qualifier "a month"
/// measures nothing worth comparing ("a month ago", "for a month or so").
fn one_of_a_unit(ts: &[Token], at: usize) -> Option<(f64, usize, f64)> {
    if !matches!(ts.get(at)?.text.as_ref(), "a" | "an") || qualifier_before(ts, at).is_none() {
        return None;
    }
    let unit = ts.get(at + 1)?;
    let duration = !unit.digits && DURATIONS.iter().any(|(d, _)| *d == stem(&unit.text));
    duration.then_some((1.0, at + 1, 0.0))
}

/// The unit of a number at tokens `at..j` that a scale's noun right before it names
/// ("magnitude 7.1"), with the token after the number: not for an amount of money.
fn scale_before(
    ts: &[Token],
    at: usize,
    j: usize,
    money: Option<&str>,
) -> Option<(Unit, usize, f64)> {
    let noun = ts.get(at.checked_sub(1)?)?;
    if money.is_some() || noun.pause || !SCALES_BEFORE.contains(noun.text.as_ref()) {
        return None;
    }
    Some((Unit::Count(stem(&noun.text)), j, 1.0))
}

/// The unit named at token `j` (after a figure), with the token after it.
fn unit_at(ts: &[Token], j: usize, money: Option<&'static str>) -> Option<(Unit, usize, f64)> {
    if let Some(cur) = money {
        return Some((Unit::Money(cur), j, 1.0));
    }
    let t = ts.get(j)?;
    if PERCENT.contains(t.text.as_ref()) {
        return Some((Unit::Percent, j + 1, 1.0));
    }
    if t.text == "per" && ts.get(j + 1).is_some_and(|n| n.text == "cent") {
        return Some((Unit::Percent, j + 2, 1.0));
    }
    if t.digits || !t.text.chars().all(char::is_alphabetic) || is_stopword(&t.text) {
        return None;
    }
    if is_month(&t.text) {
        return None;
    }
    // "45,000 *cancelled* operations", "12 *wounded* soldiers": a participle before the
    // noun counted; the noun is the unit.
    if t.text.len() > 4 && t.text.ends_with("ed") && !t.pause {
        let noun = ts.get(j + 1).filter(|n| {
            !n.digits
                && n.text.chars().all(char::is_alphabetic)
                && !is_stopword(&n.text)
                && !is_month(&n.text)
        });
        if let Some(n) = noun {
            return Some((Unit::Count(stem(&n.text)), j + 2, 1.0));
        }
    }
    let s = stem(&t.text);
    // "a 72-year-old": an age; "1-year-olds": children of an age, no figure.
    if s == "year" && ts.get(j + 1).is_some_and(|n| n.text == "olds") {
        return None;
    }
    if s == "year" && ts.get(j + 1).is_some_and(|n| n.text == "old") {
        return Some((Unit::Count("year-old".to_string()), j + 2, 1.0));
    }
    if let Some((_, secs)) = DURATIONS.iter().find(|(d, _)| *d == s) {
        return Some((Unit::Duration, j + 1, *secs));
    }
    if let Some((_, cur)) = CURRENCIES.iter().find(|(c, _)| *c == s) {
        return Some((Unit::Money(cur), j + 1, 1.0));
    }
    Some((Unit::Count(s), j + 1, 1.0))
}

/// The range a qualifier before token `k` gives a figure, when there is one.
fn qualifier_before(ts: &[Token], k: usize) -> Option<(f64, f64, usize)> {
    let before = ts.get(k.checked_sub(1)?)?.text.as_ref();
    QUALIFIERS.iter().find_map(|(q, lo, hi)| {
        // Most figures have no qualifier: a qualifier's last word is matched first.
        let last = q.len().checked_sub(before.len())?;
        if !(q.ends_with(before) && (last == 0 || q.as_bytes()[last - 1] == b' ')) {
            return None;
        }
        let n = q.split(' ').count();
        let start = k.checked_sub(n)?;
        let words = ts[start..k].iter().map(|t| t.text.as_ref());
        words.eq(q.split(' ')).then_some((*lo, *hi, start))
    })
}

/// True when the figure at tokens `k..j` is a year, a date or a time of day.
fn not_a_figure(ts: &[Token], k: usize, j: usize, text: &str) -> bool {
    let t = &ts[k];
    let month_near =
        |i: Option<usize>| i.and_then(|i| ts.get(i)).is_some_and(|x| is_month(&x.text));
    let year = t.digits
        && t.text.len() == 4
        && (1800.0..=2100.0).contains(&parse_digits(&t.text).unwrap_or(0.0));
    let clock = text[t.span.end..].starts_with(':')
        || ts
            .get(j)
            .is_some_and(|n| matches!(n.text.as_ref(), "a" | "p" | "am" | "pm"));
    year || clock || month_near(k.checked_sub(1)) || month_near(Some(j))
}

/// Fewest letters of a superlative after a rank ("largest", not "est" alone).
const SUPERLATIVE_LETTERS: usize = 5;

/// A rank at token `k` before a superlative ("eighth-largest", "third most populous"):
/// the rank, the token after it and its unit, the superlative with the noun it ranks
/// ("#largest econom"): a rank of one thing is no rank of another ("the second-largest
/// city", "the third-largest party").
fn rank_at(ts: &[Token], k: usize) -> Option<(f64, usize, Unit)> {
    // Every ordinal ends in "d" or "h": most tokens are passed by without a lookup.
    if ts[k].digits || !ts[k].text.ends_with(['d', 'h']) {
        return None;
    }
    let rank = ORDINALS
        .iter()
        .find(|(w, _)| *w == ts[k].text.as_ref())
        .map(|(_, r)| *r)?;
    let next = ts.get(k + 1).filter(|_| !ts[k].pause)?;
    let word = next.text.as_ref();
    let (superlative, end) = if word.ends_with("est") && word.len() >= SUPERLATIVE_LETTERS {
        (word.to_string(), k + 2)
    } else {
        let adjective = ts.get(k + 2).filter(|_| !next.pause)?;
        if !matches!(word, "most" | "least") {
            return None;
        }
        (format!("{word} {}", adjective.text), k + 3)
    };
    let noun = noun_at(ts, end)
        .or_else(|| elided_noun(ts, k))
        .map_or(String::new(), stem);
    Some((rank, end, Unit::Count(format!("#{superlative} {noun}"))))
}

/// The noun at token `end`, right after a superlative: a word, not a figure or a function
/// word, with no pause before it.
fn noun_at<'t>(ts: &'t [Token], end: usize) -> Option<&'t str> {
    ts.get(end)
        .filter(|n| end > 0 && !ts[end - 1].pause && !n.digits && !is_stopword(&n.text))
        .map(|n| n.text.as_ref())
}

/// For a rank with no noun after it ("… the biggest economy and the eighth-largest in the
/// world"), the noun of the superlative before it in the sentence, which it shares.
fn elided_noun<'t>(ts: &'t [Token], k: usize) -> Option<&'t str> {
    let i = (1..k).rev().find(|&i| {
        let (t, det) = (&ts[i], ts[i - 1].text.as_ref());
        // A superlative stands after "the", "its" or a possessive ("America's biggest");
        // "the interest rate" has a noun in "-est" there.
        !t.digits
            && !t.pause
            && t.text.len() >= SUPERLATIVE_LETTERS
            && t.text.ends_with("est")
            && !NOT_SUPERLATIVES.contains(&t.text.as_ref())
            && (matches!(det, "the" | "its" | "their" | "s") || det.ends_with("'s"))
    })?;
    noun_at(ts, i + 1)
}

/// The figures of sentence `text`; `term` gives the term of a lowercase word, when the
/// corpus holds it.
pub fn figures(text: &str, term: &dyn Fn(&str) -> Option<u32>) -> Vec<Figure> {
    let ts = tokens(text);
    let mut out = Vec::new();
    let mut named: Option<Vec<Side>> = None;
    let mut k = 0;
    while k < ts.len() {
        if let Some((rank, end, unit)) = rank_at(&ts, k) {
            let places = named.get_or_insert_with(|| super::places::places(&ts));
            out.push(figure(&ts, (k, end), (rank, rank), unit, term, places));
            k = end;
            continue;
        }
        // A currency sign: a token of one character that is a currency of one character.
        let mut chars = ts[k].text.chars();
        let money = chars
            .next()
            .filter(|_| chars.next().is_none())
            .and_then(|c| {
                CURRENCIES
                    .iter()
                    .find(|(s, _)| s.len() == c.len_utf8() && s.starts_with(c))
            })
            .map(|(_, cur)| *cur);
        let at = if money.is_some() { k + 1 } else { k };
        let Some((value, j, off)) = one_of_a_unit(&ts, at).or_else(|| number_at(&ts, at)) else {
            k += 1;
            continue;
        };
        // "an hour", "a day": one of a unit of time.
        if not_a_figure(&ts, at, j, text) {
            k = j.max(k + 1);
            continue;
        }
        let Some((unit, end, scale)) =
            scale_before(&ts, at, j, money).or_else(|| unit_at(&ts, j, money))
        else {
            k = j.max(k + 1);
            continue;
        };
        // "two weeks ago" dates an event rather than measuring anything.
        if unit == Unit::Duration && ts.get(end).is_some_and(|t| t.text == "ago") {
            k = end;
            continue;
        }
        // A share is rounded to its last place: "84 percent" may be 83.9.
        let off = if unit == Unit::Percent && off == 0.0 {
            super::numerals::half_place(&ts[at])
        } else {
            off
        };
        // "magnitude 7.1": the scale's noun is the figure's as written.
        let first = if scale_before(&ts, at, j, money).is_some() {
            k - 1
        } else {
            k
        };
        let (lo, hi, start) = match qualifier_before(&ts, first) {
            Some(q) => q,
            None if value > 0.0 => (1.0 - off / value, 1.0 + off / value, first),
            None => (1.0, 1.0, first),
        };
        let v = value * scale;
        let places = named.get_or_insert_with(|| super::places::places(&ts));
        out.push(figure(
            &ts,
            (start, end),
            (v * lo, v * hi),
            unit,
            term,
            places,
        ));
        k = end;
    }
    out
}

/// The figure at tokens `start..end` of `ts`, with the values its wording allows (`range`),
/// its unit and the countries its sentence names.
fn figure(
    ts: &[Token],
    (start, end): (usize, usize),
    range: (f64, f64),
    unit: Unit,
    term: &dyn Fn(&str) -> Option<u32>,
    places: &[Side],
) -> Figure {
    let context = ts[start.saturating_sub(CONTEXT)..(end + CONTEXT).min(ts.len())]
        .iter()
        .enumerate()
        .filter(|(i, t)| {
            let i = i + start.saturating_sub(CONTEXT);
            !(start..end).contains(&i) && !t.digits && t.text.len() > 2 && !is_stopword(&t.text)
        })
        .filter_map(|(_, t)| term(&t.text))
        .collect();
    let money = matches!(unit, Unit::Money(_));
    Figure {
        range,
        unit,
        span: ts[start].span.start..ts[end - 1].span.end,
        context,
        year: year_after(ts, end),
        possible: possible_before(ts, start) || modal_after(ts, start, end),
        increment: word_before_in(ts, start, INCREMENT_CUES),
        part: word_before_in(ts, start, PART_CUES),
        rate: rate_after(ts, end) || (money && plural_after(ts, end)),
        of_meeting: meeting_before(ts, start) || event_after(ts, end),
        places: places.to_vec(),
        thing: if money {
            thing_after(ts, end, term)
        } else {
            None
        },
    }
}

/// Most tokens before a figure read for a meeting word.
const MEETING_WITHIN: usize = 6;

/// True when a meeting word ("met", "talks", "summit") stands within [`MEETING_WITHIN`]
/// tokens before token `start`, in its sentence up to a stop, not another figure's.
fn meeting_before(ts: &[Token], start: usize) -> bool {
    ts[..start]
        .iter()
        .rev()
        .take(MEETING_WITHIN)
        .take_while(|t| !t.digits)
        .any(|t| is_meeting_word(t.text.as_ref()))
}

/// True when the token at `end`, right after a figure, is a meeting or journey noun that
/// the figure gives the length of ("three-day *visit*", "four-day *trip*").
fn event_after(ts: &[Token], end: usize) -> bool {
    ts.get(end).is_some_and(|t| {
        let w = t.text.as_ref();
        is_meeting_word(w) || JOURNEY_WORDS.contains(w)
    })
}

/// True when the token before token `start` is one of `cues`.
fn word_before_in(ts: &[Token], start: usize, cues: Words) -> bool {
    start
        .checked_sub(1)
        .and_then(|i| ts.get(i))
        .is_some_and(|t| cues.contains(t.text.as_ref()))
}

/// The year of "the first ... since <year>" in `text`, with the byte span of the phrase.
pub fn first_since(text: &str) -> Option<(String, Range<usize>)> {
    // A year is digits: a sentence without any is not read.
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let ts = tokens(text);
    let first = ts.iter().position(|t| t.text == "first")?;
    ts[first..].windows(2).take(16).find_map(|p| {
        let y = &p[1];
        (p[0].text == "since" && y.digits && y.text.len() == 4)
            .then(|| (y.text.to_string(), ts[first].span.start..y.span.end))
    })
}

#[cfg(test)]
mod tests;

//! Whether a sentence reads well on its own: no dangling "He added", no quote cut in
//! two, not too short or too long.
//!
//! The texts read here are normalized (see `crate::normalize`): every space is an ASCII
//! one, so words are split at ASCII spaces.

use crate::clean::bytes::{ascii_range, equal_bytes, HIGH_BITS};
use crate::fasthash::LexiconSet;
use crate::lexicon::discourse::{DEPENDENT_OPENERS, QUOTE_LEAD_INS, SPEECH_VERBS};
use std::borrow::Cow;
use std::sync::OnceLock;

/// Fewest words of a sentence that stands on its own.
const MIN_WORDS: usize = 7;
/// Most words of a takeaway.
pub const MAX_WORDS: usize = 45;

/// First characters of a sentence that carries on from a cut one.
const FRAGMENT_OPENERS: &[char] = &['…', '.', ',', ';', ':', '-', '–', '—'];

/// True when the quotation marks of `text` pair up.
pub fn quotes_balanced(text: &str) -> bool {
    text.bytes().filter(|&b| b == b'"').count() % 2 == 0
}

fn dependent_openers() -> &'static LexiconSet<&'static str> {
    static SET: OnceLock<LexiconSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| DEPENDENT_OPENERS.iter().collect())
}

/// True when `text` can be shown alone as a takeaway.
#[cfg(test)]
pub fn stands_alone(text: &str) -> bool {
    opens_alone(text) && complete(text).is_some()
}

/// True when the opening of `text` does not lean on another sentence: no lowercase,
/// ellipsis, dash or quotation mark first, no dependent opener ("He added", "But").
/// A clause cut from the end of a sentence opens as the sentence does.
pub fn opens_alone(text: &str) -> bool {
    let opens_fragment = text
        .chars()
        .next()
        .is_none_or(|c| c.is_lowercase() || FRAGMENT_OPENERS.contains(&c));
    if opens_fragment || text.starts_with('"') {
        return false;
    }
    let mut words = text.split_ascii_whitespace();
    let (Some(w0), Some(w1)) = (words.next(), words.next()) else {
        return false;
    };
    !opens_dependent(
        w0.trim_matches(|c: char| !c.is_alphanumeric()),
        w1.trim_matches(|c: char| !c.is_alphanumeric()),
    )
}

/// The number of words of `text` when it ends as a sentence, has a takeaway's length and
/// its quotation marks pair up.
pub fn complete(text: &str) -> Option<usize> {
    if !ends_as_sentence(text) {
        return None;
    }
    complete_counted(text, words_and_quotes(text.as_bytes()))
}

/// As [`complete`], with the words and quotation marks of `text` counted already
/// (`counts`, as [`words_and_quotes`] gives them).
pub fn complete_counted(text: &str, (count, quotes): (usize, usize)) -> Option<usize> {
    (ends_as_sentence(text)
        && (MIN_WORDS..=MAX_WORDS).contains(&count)
        && quotes % 2 == 0
        && !single_quote_unclosed(text))
    .then_some(count)
}

/// True when `text` opens a quotation in single marks that it does not close: more
/// opening marks (' or ‘ at a word's start, before a letter) than closing ones (' or ’ at
/// a word's end). "He said: 'The door is not closed." is the first sentence of a
/// quotation, not a statement of its own. Apostrophes ("don't", "the '90s", "Steak 'n
/// Shake", "'em") open nothing,
/// and those that end a plural possessive ("the players' union") only count as closing,
/// so a sentence is never cut for them.
fn single_quote_unclosed(text: &str) -> bool {
    // Most sentences hold neither mark: one byte search each.
    if !text.as_bytes().contains(&b'\'') && !text.contains('\u{2018}') {
        return false;
    }
    let mut open = 0usize;
    let mut prev: Option<char> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let word_start =
            prev.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '"' | '\u{201c}'));
        let word_end = next.is_none_or(|n| {
            n.is_whitespace() || matches!(n, ',' | '.' | ';' | ':' | '!' | '?' | ')')
        });
        match c {
            '\u{2018}' => open += 1,
            '\'' if word_start
                && next.is_some_and(char::is_alphabetic)
                && !super::quotes::marks::elided(&text[i + 1..]) =>
            {
                open += 1
            }
            '\'' | '\u{2019}' if word_end && prev.is_some_and(|p| !p.is_whitespace()) => {
                open = open.saturating_sub(1);
            }
            _ => {}
        }
        prev = Some(c);
    }
    open > 0
}

/// True when `text` ends with a full stop, an exclamation or a question mark, before any
/// closing quotation marks and parentheses.
fn ends_as_sentence(text: &str) -> bool {
    text.trim_end_matches(['"', ')']).ends_with(['.', '!', '?'])
}

/// The words of `bytes` apart by ASCII white space (`u8::is_ascii_whitespace`) and its
/// quotation marks, counted in one pass, eight bytes at a time (the text is normalized:
/// every space is an ASCII one).
pub fn words_and_quotes(bytes: &[u8]) -> (usize, usize) {
    let (mut count, mut quotes, mut in_word) = (0usize, 0usize, false);
    let mut eights = bytes.chunks_exact(8);
    for eight in &mut eights {
        let mut buf = [0u8; 8];
        buf.copy_from_slice(eight);
        let v = u64::from_le_bytes(buf);
        // Tab, line feed, form feed, carriage return and space: not the vertical tab.
        let spaces = (ascii_range(v, b'\t', b'\r') & !equal_bytes(v, 0x0B)) | equal_bytes(v, b' ');
        // A byte after white space (or, for the first, after the bytes before).
        let after_space = (spaces << 8) | (u64::from(!in_word) << 7);
        count += (!spaces & HIGH_BITS & after_space).count_ones() as usize;
        quotes += equal_bytes(v, b'"').count_ones() as usize;
        in_word = spaces >> 63 == 0;
    }
    for &b in eights.remainder() {
        if b.is_ascii_whitespace() {
            in_word = false;
        } else {
            count += usize::from(!in_word);
            quotes += usize::from(b == b'"');
            in_word = true;
        }
    }
    (count, quotes)
}

/// Most bytes of a dependent opener: a longer word, or pair of words, is none.
const OPENER_BYTES: usize = 32;

/// True when the first word, or the first two, of a sentence are a dependent opener (the
/// openers are ASCII words). The words are lowercased in a buffer on the stack.
fn opens_dependent(first: &str, second: &str) -> bool {
    let mut buf = [0u8; OPENER_BYTES];
    let n = first.len();
    if !first.is_ascii() || n > buf.len() {
        return false;
    }
    let openers = dependent_openers();
    buf[..n].copy_from_slice(first.as_bytes());
    buf[..n].make_ascii_lowercase();
    if std::str::from_utf8(&buf[..n]).is_ok_and(|w| openers.contains(w)) {
        return true;
    }
    let pair = n + 1 + second.len();
    if !second.is_ascii() || pair > buf.len() {
        return false;
    }
    buf[n] = b' ';
    buf[n + 1..pair].copy_from_slice(second.as_bytes());
    buf[n + 1..pair].make_ascii_lowercase();
    std::str::from_utf8(&buf[..pair]).is_ok_and(|w| openers.contains(w))
}

/// Most words between a lead-in participle and its quote ("telling reporters").
const LEAD_IN_GAP: usize = 2;

/// The clause of `text` before a closing direct quote it hands over to ("X criticised the
/// ruling, saying, \"…\"" gives "X criticised the ruling"), when the sentence ends
/// with that quote. The quote itself is listed among who said what.
pub fn before_closing_quote(text: &str) -> Option<&str> {
    let open = text.find('"')?;
    let rest = &text[open + 1..];
    let close = rest.find('"')?;
    if !rest[close + 1..]
        .trim_end_matches(['.', '!', '?', ')', ' '])
        .is_empty()
    {
        return None;
    }
    let head = text[..open].trim_end_matches([' ', ',', ':']);
    let comma = head.rfind(", ")?;
    let mut words = head[comma + 2..]
        .split_whitespace()
        .map(|w| w.trim_end_matches([',', ':']));
    let lead_in = crate::case::lower(words.next()?);
    if !QUOTE_LEAD_INS.contains(lead_in.as_str()) || words.count() > LEAD_IN_GAP {
        return None;
    }
    Some(&text[..comma])
}

/// Most words of a closing attribution ("…, the provincial government said Monday").
const ATTRIBUTION_WORDS: usize = 14;
/// Most words before the verb of a closing attribution.
const ATTRIBUTION_SUBJECT: usize = 8;
/// Fewest words of the claim left when an attribution is taken off.
const CLAIM_WORDS: usize = 6;

/// True when lowercase `word` reports speech in a finite form ("said", "told", "adds").
fn is_reporting_verb(word: &str) -> bool {
    static SET: OnceLock<LexiconSet<&'static str>> = OnceLock::new();
    !word.ends_with("ing")
        && SET
            .get_or_init(|| SPEECH_VERBS.iter().collect())
            .contains(word)
}

/// Lowercase words that open a clause rather than name a source.
const CLAUSE_OPENERS: &[&str] = &[
    "but", "and", "or", "yet", "so", "while", "as", "although", "though", "because", "since",
    "when", "if", "then", "who", "which", "whose", "that", "where", "after", "before",
];

/// The claim of `text` before a closing attribution: "Prices rose sharply, officials
/// said." gives "Prices rose sharply"; so do "…, said Jane Doe, a spokeswoman." and
/// "…, according to the ministry.". The source is shown with the evidence.
pub fn before_attribution(text: &str) -> Option<&str> {
    let body = text.strip_suffix('.')?;
    if body.ends_with(['"', ')', '.']) {
        return None;
    }
    // The attribution follows one of the last two commas (a comma and a space, found
    // from the end).
    let mut end = body.len();
    let mut commas = std::iter::from_fn(|| {
        while let Some(at) = body.get(..end)?.rfind(',') {
            end = at;
            if body.as_bytes().get(at + 1) == Some(&b' ') {
                return Some(at);
            }
        }
        None
    })
    .take(2);
    commas.find_map(|at| {
        let (head, tail) = (&body[..at], &body[at + 2..]);
        attribution(tail)?;
        // A relative clause the comma would close ("X, who …, said") is not a claim.
        let relative = [", who ", ", which ", ", whose "]
            .iter()
            .any(|r| head.contains(r));
        let claim_ok =
            crate::clean::bytes::word_count(head) >= CLAIM_WORDS && quotes_balanced(head);
        (claim_ok && !relative).then_some(head)
    })
}

/// `Some(())` when `tail` (what follows the comma) names who said the sentence:
/// "officials said (on Monday)", "X told reporters", "said Jane Doe, a spokeswoman",
/// "according to the ministry".
fn attribution(tail: &str) -> Option<()> {
    if tail.contains('"') {
        return None;
    }
    // The words, at most as many as an attribution has, without allocating.
    let mut raw = [""; ATTRIBUTION_WORDS];
    let mut n = 0;
    for w in tail.split_ascii_whitespace() {
        *raw.get_mut(n)? = w;
        n += 1;
    }
    let raw = raw.get(..n).filter(|r| !r.is_empty())?;
    let word = |k: usize| -> Cow<'_, str> {
        let w = raw
            .get(k)
            .map_or("", |w| w.trim_matches(|c: char| !c.is_alphanumeric()));
        if w.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        {
            Cow::Borrowed(w)
        } else {
            Cow::Owned(crate::case::lower(w))
        }
    };
    let first = word(0);
    if first == "according" && n > 1 && word(1) == "to" {
        return Some(());
    }
    if CLAUSE_OPENERS.contains(&first.as_ref()) {
        return None;
    }
    let verb = (0..n).position(|k| is_reporting_verb(&word(k)))?;
    // What follows the verb adds when, where or to whom, never what was said.
    if verb > 0 && (verb + 1..n).any(|k| matches!(word(k).as_ref(), "that" | "to")) {
        return None;
    }
    // "the league announced the cancellation": an object after the verb is what was
    // announced, not a source ("told the newspaper" names whom it was told).
    let object = raw.get(verb + 1).is_some_and(|_| {
        !matches!(word(verb).as_ref(), "told" | "tells")
            && matches!(
                word(verb + 1).as_ref(),
                "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "this" | "these"
            )
    });
    if verb > 0 && object {
        return None;
    }
    if verb == 0 {
        // "said Jane Doe, a spokeswoman": a name or title follows the verb.
        return raw
            .get(1)
            .is_some_and(|w| w.starts_with(char::is_uppercase))
            .then_some(());
    }
    // "officials said": no comma between the source and its verb.
    let subject = tail
        .split(", ")
        .next()
        .unwrap_or(tail)
        .split_ascii_whitespace()
        .count();
    (verb <= ATTRIBUTION_SUBJECT && verb < subject).then_some(())
}

/// Share of the words of `text` (`total` of them) that stand inside quotation marks.
pub fn quoted_share(text: &str, total: usize) -> f32 {
    if total == 0 {
        return 0.0;
    }
    let quoted: usize = text
        .split('"')
        .skip(1)
        .step_by(2)
        .map(|q| q.split_ascii_whitespace().count())
        .sum();
    quoted as f32 / total as f32
}

#[cfg(test)]
mod tests;

//! Attendee lists: the cue that opens one ("was joined by", "the delegation included",
//! "led by"), its subject (whose side the list is) and its items, each a person with a
//! title and a side.

use super::Listing;
use crate::digest::phrases::Openings;
use crate::fasthash::LexiconMap;
use crate::ids::{PersonId, SentenceId, Side};
use crate::lexicon::cues::{DELEGATION_CUES, HEAD_CUES, LIST_ENDERS, NEGATIONS};
use crate::people::names::{
    in_side_name, inside_longer_side, may_name_side, name_runs, side_of_words,
};
use crate::people::titles;
use crate::people::People;
use crate::sorted::SortedSet;
use crate::tokens::{words, Word};
use std::ops::Range;
use std::sync::OnceLock;

/// Words of a cue's subject that make a "led by" name a delegation's head.
const DELEGATION_NOUNS: &[&str] = &[
    "delegation",
    "delegations",
    "team",
    "negotiators",
    "side",
    "talks",
    "negotiations",
    "mission",
    "round",
];

/// Prepositions that open a phrase after a list: "..., among others", "... in Geneva".
const PREPOSITIONS: &[&str] = &[
    "among", "in", "at", "on", "for", "to", "with", "during", "after", "before", "from", "by",
    "into", "over", "under", "about", "since", "until", "amid", "despite", "against",
];

/// Prepositions before a place the subject of a cue is in or went to: "arrived *in*
/// Madrid accompanied by", not the subject's side.
const DESTINATION_WORDS: &[&str] = &["in", "to", "at", "into", "toward", "towards", "inside"];

/// Words of a list item before its name beyond its title: a country, an owner, "the".
const MAX_LOOSE_WORDS: usize = 3;

/// A cue as its words, and whether the first person after it heads the delegation.
type Cue = (Vec<&'static str>, bool);

/// The cues by first word, and the first two bytes of those words.
type CueWords = (LexiconMap<&'static str, Vec<Cue>>, Openings);

/// The cues by first word.
fn cue_words() -> &'static CueWords {
    static CUES: OnceLock<CueWords> = OnceLock::new();
    CUES.get_or_init(|| {
        let mut m: LexiconMap<&'static str, Vec<Cue>> = LexiconMap::default();
        let mut openings = Openings::default();
        let all = DELEGATION_CUES
            .iter()
            .map(|c| (c, false))
            .chain(HEAD_CUES.iter().map(|c| (c, true)));
        for (cue, head) in all {
            let ws: Vec<&str> = cue.split(' ').collect();
            openings.add(ws[0]);
            m.entry(ws[0]).or_default().push((ws, head));
        }
        (m, openings)
    })
}

/// The first cue in the words `ws` of a sentence from word `from` on, matched on whole
/// words (the longest cue where several start at one word); `opening` holds the indices
/// of the words that may open one, in order.
fn find_cue(ws: &[Word], opening: &[usize], from: usize) -> Option<FoundCue> {
    let (by_first, openings) = cue_words();
    for &i in opening.iter().filter(|&&i| i >= from) {
        let key = ws[i].key();
        if !openings.may_open(key) {
            continue;
        }
        let Some(cues) = by_first.get(key) else {
            continue;
        };
        let next = ws.get(i + 1).map(Word::text);
        let found = cues
            .iter()
            .filter(|(cue, _)| {
                // Most words opening a cue ("was", "the") are followed by none of its words.
                let second = cue
                    .get(1)
                    .is_none_or(|c| next.is_some_and(|n| c.eq_ignore_ascii_case(n)));
                second
                    && cue.len() <= ws.len() - i
                    && cue
                        .iter()
                        .zip(&ws[i..])
                        .all(|(c, w)| c.eq_ignore_ascii_case(w.text()))
                    && ws[i..i + cue.len() - 1].iter().all(|w| !w.breaks_after())
            })
            .max_by_key(|(cue, _)| cue.len());
        if let Some((cue, head)) = found {
            return Some(FoundCue {
                word: i,
                words: cue.len(),
                end: ws[i + cue.len() - 1].raw_span().end,
                head: *head,
            });
        }
    }
    None
}

/// An attendee cue found in a sentence's words.
#[derive(Clone, Copy)]
struct FoundCue {
    /// Index of its first word.
    word: usize,
    /// Number of its words.
    words: usize,
    /// Byte offset of its end in the sentence.
    end: usize,
    /// True when the first person after it heads the delegation ("led by").
    head: bool,
}

/// The side named by the words `ws[i..]`: a country or an international body, in one to
/// three words ("Brazil", "United States", "African Union"), not inside a longer one.
fn side_at(ws: &[Word], i: usize) -> Option<Side> {
    if !may_name_side(ws.get(i)?.key()) || inside_longer_side(ws, i) {
        return None;
    }
    // A name of several words starts with a word of such a name: one lookup rules most
    // words out of all but the name of one word.
    let several = ws.get(i).is_some_and(|w| in_side_name(w.key()));
    let longest = if several { 3 } else { 1 };
    (1..=longest)
        .rev()
        .find_map(|n| side_of_words(ws.get(i..i + n)?))
}

/// The person or side that a cue's subject names, with its side: the last one named.
fn subject_side(ws: &[Word], people: &People) -> Option<(Option<PersonId>, Option<Side>)> {
    let person = name_runs(ws).into_iter().rev().find_map(|r| {
        let surface = ws[r.clone()]
            .iter()
            .map(|w| w.text())
            .collect::<Vec<_>>()
            .join(" ");
        people.resolve(&surface).map(|p| (r.start, p))
    });
    // A place the subject went to or is in ("arrived *in* Madrid") is not its side.
    let destination = |i: usize| i > 0 && DESTINATION_WORDS.contains(&ws[i - 1].key());
    let place = (0..ws.len())
        .rev()
        .filter(|&i| !destination(i))
        .find_map(|i| side_at(ws, i).map(|c| (i, c)));
    match (person, place) {
        (Some((pi, p)), Some((ci, c))) if ci > pi => Some((Some(p), Some(c))),
        (Some((_, p)), _) => Some((Some(p), people.side(p))),
        (None, Some((_, c))) => Some((None, Some(c))),
        (None, None) => None,
    }
}

/// Reads the attendee cue of one sentence (`text`, its words `ws`), adding the people it
/// lists to `out` and its subject, when the cue lists someone, to `subjects`.
/// `talks` tells whether the articles report talks; when they do not, only a list whose
/// subject is an official, a country or a delegation counts ("The president was joined
/// by", not "The racing legend was joined by"). Returns true when the sentence lists
/// people who attended something, delegates or not.
pub fn read(
    text: &str,
    (ws, opening): (&[Word], &[usize]),
    ((sentence, base), talks): ((SentenceId, usize), bool),
    people: &People,
    out: &mut Vec<Listing>,
    subjects: &mut SortedSet<PersonId>,
) -> bool {
    let mut listed = false;
    // A sentence may hold a list for each side: "X was joined by A and B, while Y's
    // delegation included C". Each cue's subject opens after the pause that ends the list
    // before it, and that list ends there.
    let mut subject_start = 0;
    let mut subject = 0..0;
    let mut next = find_cue(ws, opening, 0);
    while let Some(cue) = next {
        next = find_cue(ws, opening, cue.word + cue.words);
        let pause = next.and_then(|n| {
            (cue.word + cue.words..n.word)
                .rev()
                .find(|&k| ws[k].breaks_after())
        });
        let list_end = pause.map_or(text.len(), |k| ws[k].raw_span().end);
        let place = ((sentence, base), talks);
        // A cue right after the pause has the subject of the one before: "The delegation,
        // led by X, included Y".
        if subject_start < cue.word {
            subject = subject_start..cue.word;
        }
        let words = (ws, subject.clone());
        listed |= read_cue(text, words, (cue, list_end), place, people, out, subjects);
        // Without a pause between them, a later cue is read as part of this list.
        let Some(k) = pause else { break };
        subject_start = k + 1;
    }
    listed
}

/// Reads one attendee cue (`cue`) of sentence `text`, whose subject is the words
/// `subject` of `ws` and whose list ends at byte `list_end`: see [`read`].
fn read_cue(
    text: &str,
    (ws, subject): (&[Word], Range<usize>),
    (cue, list_end): (FoundCue, usize),
    ((sentence, base), talks): ((SentenceId, usize), bool),
    people: &People,
    out: &mut Vec<Listing>,
    subjects: &mut SortedSet<PersonId>,
) -> bool {
    let head_cue = cue.head;
    // The words before the cue: its subject.
    let subject_words = &ws[subject];
    let negated = subject_words
        .iter()
        .rev()
        .take(3)
        .any(|w| NEGATIONS.contains(w.key()));
    if negated {
        return false;
    }
    let subject = subject_side(subject_words, people);
    let official = subject
        .is_some_and(|(p, side)| side.is_some() || p.is_some_and(|p| !people[p].titles.is_empty()))
        || subject_words
            .iter()
            .any(|w| DELEGATION_NOUNS.contains(&w.key()));
    // Not delegates: the list is read, its people kept apart.
    let mut elsewhere = Vec::new();
    let out = if !talks && !official {
        &mut elsewhere
    } else {
        out
    };
    // "led by" names a head only right after a delegation ("the delegation, led by",
    // "negotiators headed by"): not "the march, which was led by".
    if head_cue {
        let delegation = subject_words
            .iter()
            .rev()
            .take(3)
            .any(|w| DELEGATION_NOUNS.contains(&w.key()));
        if !delegation {
            return false;
        }
    }
    let subject_side = subject.and_then(|(_, s)| s);
    let before = out.len();
    let list_start = cue.end;
    let list = text.get(list_start..list_end.max(list_start)).unwrap_or("");
    for (n, (offset, item)) in list_items(list).into_iter().enumerate() {
        let ws = words(item);
        let Some(run) = name_runs(&ws).into_iter().rfind(|r| r.end == ws.len()) else {
            continue;
        };
        let surface = ws[run.clone()]
            .iter()
            .map(|w| w.text())
            .collect::<Vec<_>>()
            .join(" ");
        let Some(person) = people.resolve(&surface) else {
            continue;
        };
        let info = titles::before(&ws, run.start);
        // An item is a title and a name: many more words before the name make it a clause
        // ("... stumbled on the tomb of Kim").
        let title_words = info
            .title
            .as_deref()
            .map_or(0, crate::clean::bytes::word_count);
        if run.start > title_words + MAX_LOOSE_WORDS {
            continue;
        }
        let owner_side = info
            .owner
            .as_deref()
            .and_then(|o| people.resolve(o))
            .and_then(|o| people.side(o));
        let side = info
            .side
            .or(owner_side)
            .or(subject_side)
            .or(info.body)
            .or_else(|| people.side(person));
        let name_at = base + list_start + offset + ws[run.start].span().start;
        out.push(Listing {
            person,
            side,
            sentence,
            head: head_cue && n == 0,
            at: name_at,
        });
    }
    // The subject attended only when the cue really lists people ("X was joined by ...").
    let listed = out.len() > before;
    if let Some((Some(p), _)) = subject.filter(|_| listed && !head_cue && elsewhere.is_empty()) {
        subjects.insert(p);
    }
    listed
}

/// The items of an attendee list with their byte offsets: split at commas, semicolons,
/// "and", "as well as" and "including", ended by a clause ("..., who"), a preposition
/// ("..., among others") or a participle ("..., arriving ...").
fn list_items(list: &str) -> Vec<(usize, &str)> {
    let end = list.find(['(', ':']).unwrap_or(list.len());
    let mut out = Vec::new();
    let mut rest = &list[..end];
    let mut offset = 0;
    while !rest.is_empty() {
        let cut = next_separator(rest);
        let (item, skip) = cut.unwrap_or((rest.len(), 0));
        let piece = &rest[..item];
        let lead = piece.len() - piece.trim_start().len();
        let trimmed = piece.trim().trim_end_matches(['.', '"', '\'']);
        // A clause word, a preposition or a participle ends the item and the list: at its
        // start, or after a name ("envoy Tom Reed in Geneva", not "envoy to Peru Tom Reed").
        let mut stop = None;
        let mut at = 0;
        let mut after_name = true;
        for word in trimmed.split(' ') {
            let key = crate::case::lower(word.trim_matches(|c: char| !c.is_alphanumeric()));
            // A participle is lowercase: a capital "-ing" word is a title's or a name's
            // ("Mining Minister", "Alan Fleming").
            let participle = key.len() >= 6
                && key.ends_with("ing")
                && key != "including"
                && !word.starts_with(char::is_uppercase);
            let ends = LIST_ENDERS.contains(key.as_str())
                || PREPOSITIONS.contains(&key.as_str())
                || participle;
            if ends && after_name {
                stop = Some(at);
                break;
            }
            after_name = word.starts_with(char::is_uppercase);
            at += word.len() + 1;
        }
        let kept = stop.map_or(trimmed, |s| trimmed[..s].trim_end());
        if !kept.is_empty() {
            out.push((offset + lead, kept));
        }
        if stop.is_some() {
            break;
        }
        let step = (item + skip).min(rest.len());
        offset += step;
        rest = &rest[step..];
        if cut.is_none() {
            break;
        }
    }
    out
}

/// Where the next list separator starts in `text`, and its length: read once up to it, so
/// that a list of thousands of names is split in linear time.
fn next_separator(text: &str) -> Option<(usize, usize)> {
    const WORDS: [&str; 3] = [" and ", " as well as ", " including "];
    let bytes = text.as_bytes();
    (0..bytes.len()).find_map(|i| match bytes[i] {
        b',' | b';' => Some((i, 1)),
        b' ' => WORDS
            .iter()
            .find(|w| bytes[i..].starts_with(w.as_bytes()))
            .map(|w| (i, w.len())),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::list_items;

    #[test]
    fn list_items_end_at_clauses_prepositions_and_participles() {
        let cases: &[(&str, &[&str])] = &[
            (
                " Finance Minister Otto Braun and adviser Jan Roe, arriving by train from Bern.",
                &["Finance Minister Otto Braun", "adviser Jan Roe"],
            ),
            (
                " envoy Tom Reed, aide Ana Ruiz, among others.",
                &["envoy Tom Reed", "aide Ana Ruiz"],
            ),
            (
                " envoy Tom Reed as well as aide Ana Ruiz, who arrived late.",
                &["envoy Tom Reed", "aide Ana Ruiz"],
            ),
            (" envoy Tom Reed in Geneva.", &["envoy Tom Reed"]),
            // A capital "-ing" word is a title's or a name's, not a participle.
            (
                " Mining Minister Clara Rojas and adviser Alan Fleming, visiting Lima.",
                &["Mining Minister Clara Rojas", "adviser Alan Fleming"],
            ),
        ];
        for (list, want) in cases {
            let got: Vec<&str> = list_items(list).into_iter().map(|(_, s)| s).collect();
            assert_eq!(got, *want, "list: {list:?}");
        }
    }
}

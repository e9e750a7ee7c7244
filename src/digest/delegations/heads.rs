//! Who took part, beyond attendee lists: the people a sentence has meeting across sides
//! ("Kim met Lee", "Kim and Lee held talks"), the bodies and groups of countries named
//! as parties, and the leaders who headed their sides.

use super::Listing;
use crate::digest::phrases::Openings;
use crate::fasthash::LexiconMap;
use crate::ids::{PersonId, SentenceId, Side};
use crate::lexicon::cues::{MEETING_NOUNS, MEETING_VERBS, MODALS, NEGATIONS, NOT_YET, SOUGHT};
use crate::lexicon::Words;
use crate::people::names::{
    body, country, in_side_name, inside_longer_side, is_meeting_word, may_name_side, name_runs,
    side_of_words,
};
use crate::people::titles;
use crate::people::People;
use crate::sorted::{SortedMap, SortedSet};
use crate::tokens::Tokens;
use crate::tokens::Word;
use std::ops::Range;
use std::sync::OnceLock;

/// Words before a meeting verb that may say it did not happen ("did not meet").
const NEGATION_REACH: usize = 3;
/// Most words after a meeting verb read for who was met.
const OBJECT_WORDS: usize = 12;

/// Words before a meeting noun read for a meeting only sought ("called for talks with").
const SOUGHT_REACH: usize = 4;

/// The meeting verb or noun of a sentence (`opening`: the indices of the words that may
/// open one, in order): the word range it spans, and whether it is a noun ("talks with").
fn meeting_verb(ws: &[Word], opening: &[usize]) -> Option<(Range<usize>, bool)> {
    type Phrases = LexiconMap<&'static str, Vec<(Vec<&'static str>, bool)>>;
    static VERBS: OnceLock<(Phrases, Openings)> = OnceLock::new();
    let (verbs, openings) = VERBS.get_or_init(|| {
        let mut m: Phrases = LexiconMap::default();
        let mut openings = Openings::default();
        let all = MEETING_VERBS.iter().map(|v| (v, false));
        for (v, noun) in all.chain(MEETING_NOUNS.iter().map(|v| (v, true))) {
            let parts: Vec<&'static str> = v.split(' ').collect();
            openings.add(parts[0]);
            m.entry(parts[0]).or_default().push((parts, noun));
        }
        (m, openings)
    });
    opening.iter().find_map(|&i| {
        let key = ws[i].key();
        if !openings.may_open(key) {
            return None;
        }
        verbs.get(key)?.iter().find_map(|(parts, noun)| {
            let hit = parts.len() <= ws.len() - i
                && parts.iter().zip(&ws[i..]).all(|(p, w)| w.key() == *p);
            hit.then_some((i..i + parts.len(), *noun))
        })
    })
}

/// A person named with a side, and the body offset of the name within the sentence.
pub(super) type Named = (PersonId, Option<Side>, usize);
/// A side named outright, and whether it is a body or group (not a country).
pub(super) type Party = (Side, bool);

/// The people of the words `ws[range]` with their sides, and the sides named outright.
pub(super) fn named(ws: &[Word], range: Range<usize>, people: &People) -> (Vec<Named>, Vec<Party>) {
    let part = &ws[range.clone()];
    let mut persons = Vec::new();
    for r in name_runs(part) {
        let after_preposition =
            r.start > 0 && matches!(part[r.start - 1].key(), "of" | "for" | "from" | "by");
        if part[r.end - 1].possessive || after_preposition {
            continue;
        }
        let surface = part[r.clone()]
            .iter()
            .map(|w| w.text())
            .collect::<Vec<_>>()
            .join(" ");
        if let Some(p) = people.resolve(&surface) {
            let info = titles::before(ws, range.start + r.start);
            let side = info.side.or(info.body).or_else(|| people.side(p));
            let at = part[r.start].span().start;
            persons.push((p, side, at));
        }
    }
    // Sides named outright: bodies and groups ("the six world powers"), and countries as
    // nouns ("Iran's delegation", "with Iran"), not as adjectives ("U.S. mediation").
    let parties = (0..part.len())
        .filter(|&i| may_name_side(part[i].key()) && !inside_longer_side(part, i))
        .filter_map(|i| {
            // A name of several words starts with a word of such a name.
            let several = part.get(i).is_some_and(|w| in_side_name(w.key()));
            (1..=if several { 3 } else { 1 }).rev().find_map(|n| {
                let words = part.get(i..i + n)?;
                let side = side_of_words(words)?;
                if !side.is_country() {
                    return Some((side, true));
                }
                let last = words.last()?;
                let noun = last.possessive
                    || last.breaks_after()
                    || part
                        .get(i + n)
                        .is_none_or(|next| PARTY_LINKS.contains(&next.key()));
                noun.then_some((side, false))
            })
        })
        .collect();
    (persons, parties)
}

/// Words after a country named as a party, not as an adjective: "Iran and ...".
const PARTY_LINKS: &[&str] = &[
    "and", "or", "in", "on", "at", "for", "with", "to", "over", "about",
];

/// The people a sentence has meeting across sides, as listings, and the bodies or groups
/// it names as parties to the talks.
pub fn participants(
    (ws, opening): (&[Word], &[usize]),
    (sentence, base): (SentenceId, usize),
    people: &People,
    out: &mut Vec<Listing>,
    parties: &mut SortedSet<Side>,
) {
    let Some((verb, noun)) = meeting_verb(ws, opening) else {
        return;
    };
    let not_yet = ws[verb.start.saturating_sub(NEGATION_REACH)..verb.start]
        .iter()
        .any(|w| NOT_YET.contains(w.key()) || NEGATIONS.contains(w.key()));
    let sought = noun
        && ws[verb.start.saturating_sub(SOUGHT_REACH)..verb.start]
            .iter()
            .any(|w| SOUGHT.contains(w.key()));
    if not_yet || sought {
        return;
    }
    // The subject: back from the verb to the start of its clause; for a noun, to the
    // start of a clause opened by "that" too ("X said that members backed him during a
    // meeting with Y": X was not at it).
    let clause = ws[..verb.start]
        .iter()
        .rposition(|w| {
            w.after().contains([';', ':']) || w.key() == "while" || (noun && w.key() == "that")
        })
        .map_or(0, |c| c + 1);
    // A meeting noun after a modal is one that may happen ("X can help during talks with Y").
    if noun
        && ws[clause..verb.start]
            .iter()
            .any(|w| MODALS.contains(w.key()))
    {
        return;
    }
    let object_end = ws[verb.end..]
        .iter()
        .take(OBJECT_WORDS)
        .position(|w| w.breaks_after() && !w.text().ends_with('.'))
        .map_or((verb.end + OBJECT_WORDS).min(ws.len()), |e| {
            verb.end + e + 1
        });
    let (subjects, mut named_parties) = named(ws, clause..verb.start, people);
    let (objects, object_parties) = named(ws, verb.end..object_end, people);
    // Someone or some side was met: "welcomed the plan" meets no one; after a meeting
    // noun, someone by name ("a meeting with party leaders" says not who was there).
    let none_met = if noun {
        objects.is_empty()
    } else {
        objects.is_empty() && object_parties.is_empty() && subjects.len() + named_parties.len() < 2
    };
    if none_met {
        return;
    }
    named_parties.extend(object_parties);
    let all: Vec<_> = subjects.iter().chain(&objects).collect();
    let sides: SortedSet<Side> = all
        .iter()
        .filter_map(|(_, s, _)| *s)
        .chain(named_parties.iter().map(|(p, _)| *p))
        .collect();
    if sides.len() < 2 {
        return;
    }
    for (person, side, at) in all {
        if side.is_some() {
            out.push(Listing {
                person: *person,
                side: *side,
                sentence,
                head: false,
                at: base + at,
            });
        }
    }
    for (p, _) in named_parties.into_iter().filter(|(_, is_body)| *is_body) {
        parties.insert(p);
    }
}

/// The leaders who headed their sides: the subjects of attendee cues ("Kim was joined
/// by"), and those who met across sides (`met`) and were named in meeting sentences with
/// a leader of another side about as often as the most prominent leader was; none for a
/// side whose head a cue already names (`headed`).
pub fn leaders(
    people: &People,
    tokens: &Tokens,
    (subjects, met): (&SortedSet<PersonId>, &SortedSet<PersonId>),
    headed: &SortedSet<Side>,
) -> Vec<PersonId> {
    let leaders: Vec<PersonId> = people
        .ids()
        .filter(|&i| {
            people[i].is_leader()
                && (subjects.contains(&i) || met.contains(&i))
                && people.side(i).is_some_and(|s| !headed.contains(&s))
        })
        .collect();
    let mut in_sentence: SortedMap<SentenceId, Vec<PersonId>> = SortedMap::new();
    for &l in &leaders {
        for m in &people[l].mentions {
            in_sentence.get_or_default(*m).push(l);
        }
    }
    let mut score: SortedMap<PersonId, usize> = SortedMap::new();
    // Leaders of two sides are two leaders at least: a sentence naming one is passed.
    for (s, here) in in_sentence.iter().filter(|(_, here)| here.len() >= 2) {
        let meeting = tokens
            .sentence(*s)
            .is_some_and(|t| t.words.iter().any(|w| is_meeting_word(w.key())));
        let sides: SortedSet<_> = here.iter().filter_map(|&p| people.side(p)).collect();
        if meeting && sides.len() >= 2 {
            for &p in here {
                *score.get_or_default(p) += 1;
            }
        }
    }
    let best = score.values().copied().max().unwrap_or(0);
    let mut out: Vec<PersonId> = leaders
        .into_iter()
        .filter(|l| subjects.contains(l) || score.get(l).is_some_and(|&s| s * 2 >= best))
        .collect();
    crate::sorted::sort_by_key(&mut out, |&l| std::cmp::Reverse(people[l].mentions.len()));
    let mut seen = SortedSet::new();
    out.retain(|&l| people.side(l).is_some_and(|s| seen.insert(s)));
    out
}

/// The countries a group side is made of, as the articles name them: those of its
/// members named in a sentence after the group ("the six world powers: the United
/// States, Russia, ...").
pub fn group_includes(
    group: Side,
    members: Words,
    tokens: &Tokens,
    mentions: impl Iterator<Item = SentenceId>,
) -> Vec<String> {
    let mut named: SortedSet<&'static str> = SortedSet::new();
    for s in mentions {
        let Some(t) = tokens.sentence(s) else {
            continue;
        };
        let ws = &t.words;
        let Some(at) = (0..ws.len()).find(|&i| {
            (1..=3).any(|n| {
                ws.get(i..i + n).is_some_and(|w| {
                    body(&w.iter().map(Word::key).collect::<Vec<_>>().join(" ")) == Some(group)
                })
            })
        }) else {
            continue;
        };
        let here: Vec<&'static str> = (at..ws.len())
            .filter_map(|i| {
                let two = ws
                    .get(i..i + 2)
                    .map(|w| format!("{} {}", w[0].key(), w[1].key()));
                two.and_then(|k| country(&k))
                    .or_else(|| country(ws[i].key()))
            })
            .map(Side::name)
            .filter(|c| members.contains(c))
            .collect();
        if here.len() >= 2 {
            for c in here {
                named.insert(c);
            }
        }
    }
    members
        .iter()
        .filter(|m| named.contains(m))
        .map(|m| m.to_string())
        .collect()
}

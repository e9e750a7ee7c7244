//! Delegations: who attended, for which side, from attendee cues ("was joined by",
//! "the delegation included", "brought", "was represented by") and from the leaders who
//! met. People only quoted, discussed or absent are not delegates.

use crate::article::Article;
use crate::fasthash::LexiconMap;
use crate::lexicon::cues::{DELEGATION_CUES, LIST_ENDERS, MEETING_WORDS, NEGATIONS};
use crate::model::{Delegation, Evidence, Member};
use crate::people::names::{country, name_runs};
use crate::people::titles;
use crate::people::tokens::Tokens;
use crate::people::words::{words, Word};
use crate::people::People;
use crate::sorted::{SortedMap, SortedSet};
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// A person listed as attending in one article.
struct Listing {
    person: usize,
    side: Option<&'static str>,
    article: usize,
    segment: usize,
}

/// The delegations, and the sentences that list attendees: (article, segment).
pub struct Delegations {
    /// One entry per side.
    pub sides: Vec<Delegation>,
    /// The sentences that list attendees; they belong here, not among the takeaways.
    pub list_sentences: HashSet<(usize, usize)>,
}

/// Builds the delegations of `articles` from the `people` found in them.
#[inline(never)]
pub fn build(articles: &[Article], people: &People, tokens: &Tokens) -> Delegations {
    let mut listings = Vec::new();
    let mut subjects = SortedSet::new();
    let mut list_sentences = HashSet::new();
    for (ai, a) in articles.iter().enumerate() {
        for si in a.sentence_indices() {
            let Some(sentence) = tokens.sentence(ai, si) else {
                continue;
            };
            let before = listings.len();
            let text = a.text(si);
            let place = (ai, si);
            read_cue_sentence(
                text,
                &sentence.words,
                place,
                people,
                &mut listings,
                &mut subjects,
            );
            if listings.len() > before {
                list_sentences.insert((ai, si));
            }
        }
    }
    let heads = heads(people, tokens, &subjects);
    Delegations {
        sides: assemble(articles, people, &listings, &heads),
        list_sentences,
    }
}

/// The attendee cues as their words, by first word.
fn cue_words() -> &'static LexiconMap<&'static str, Vec<Vec<&'static str>>> {
    static CUES: OnceLock<LexiconMap<&'static str, Vec<Vec<&'static str>>>> = OnceLock::new();
    CUES.get_or_init(|| {
        let mut m: LexiconMap<&'static str, Vec<Vec<&'static str>>> = LexiconMap::default();
        for cue in DELEGATION_CUES {
            let ws: Vec<&str> = cue.split(' ').collect();
            m.entry(ws[0]).or_default().push(ws);
        }
        m
    })
}

/// Byte offset and length of the first attendee cue in the sentence of words `ws`, matched
/// on whole words (the longest cue where several start at one word).
fn find_cue(ws: &[Word]) -> Option<(usize, usize)> {
    for i in 0..ws.len() {
        let Some(cues) = cue_words().get(ws[i].key()) else {
            continue;
        };
        let found = cues
            .iter()
            .filter(|cue| {
                cue.len() <= ws.len() - i
                    && cue
                        .iter()
                        .zip(&ws[i..])
                        .all(|(c, w)| c.eq_ignore_ascii_case(w.text))
                    && ws[i..i + cue.len() - 1].iter().all(|w| !w.breaks_after())
            })
            .max_by_key(|cue| cue.len());
        if let Some(cue) = found {
            let start = ws[i].span.start + ws[i].before.len();
            let last = &ws[i + cue.len() - 1];
            return Some((
                start,
                last.span.start + last.before.len() + last.raw.len() - start,
            ));
        }
    }
    None
}

fn read_cue_sentence(
    text: &str,
    sentence_words: &[Word],
    (article, segment): (usize, usize),
    people: &People,
    listings: &mut Vec<Listing>,
    subjects: &mut SortedSet<usize>,
) {
    let Some((at, len)) = find_cue(sentence_words) else {
        return;
    };
    let subject_words = words(&text[..at]);
    let negated = subject_words
        .iter()
        .rev()
        .take(3)
        .any(|w| NEGATIONS.contains(&w.key()));
    if negated {
        return;
    }
    let subject = subject_side(&subject_words, people);
    let subject_side = subject.and_then(|(_, s)| s);
    let before = listings.len();
    for item in list_items(&text[at + len..]) {
        let ws = words(item);
        let Some(run) = name_runs(&ws).into_iter().rfind(|r| r.end == ws.len()) else {
            continue;
        };
        let surface = ws[run.clone()]
            .iter()
            .map(|w| w.text)
            .collect::<Vec<_>>()
            .join(" ");
        let Some(person) = people.resolve(&surface) else {
            continue;
        };
        let info = titles::before(&ws, run.start);
        let owner_side = info
            .owner
            .as_deref()
            .and_then(|o| people.resolve(o))
            .and_then(|o| people.side(o));
        let side = info
            .side
            .or(owner_side)
            .or(subject_side)
            .or_else(|| people.side(person));
        listings.push(Listing {
            person,
            side,
            article,
            segment,
        });
    }
    // The subject attended only when the cue really lists people ("X was joined by ...").
    if let Some((Some(p), _)) = subject.filter(|_| listings.len() > before) {
        subjects.insert(p);
    }
}

/// The person or country that a cue's subject names, with its side: the last one named.
fn subject_side(ws: &[Word], people: &People) -> Option<(Option<usize>, Option<&'static str>)> {
    let person = name_runs(ws).into_iter().rev().find_map(|r| {
        let surface = ws[r.clone()]
            .iter()
            .map(|w| w.text)
            .collect::<Vec<_>>()
            .join(" ");
        people.resolve(&surface).map(|p| (r.start, p))
    });
    let place = ws.iter().enumerate().rev().find_map(|(i, w)| {
        let two = ws.get(i + 1).map(|n| format!("{} {}", w.key(), n.key()));
        two.and_then(|k| country(&k))
            .or_else(|| country(w.key()))
            .map(|c| (i, c))
    });
    match (person, place) {
        (Some((pi, p)), Some((ci, c))) if ci > pi => Some((Some(p), Some(c))),
        (Some((_, p)), _) => Some((Some(p), people.side(p))),
        (None, Some((_, c))) => Some((None, Some(c))),
        (None, None) => None,
    }
}

/// The items of an attendee list: split at commas and "and", ended by a clause opener
/// ("..., reflecting", "among others") or the sentence's end.
fn list_items(list: &str) -> Vec<&str> {
    let end = list.find([';', '(', ':']).unwrap_or(list.len());
    let list = &list[..end];
    let mut out = Vec::new();
    'outer: for part in list.split(',') {
        for item in split_and(part) {
            let trimmed = item.trim().trim_end_matches(['.', '"', '\'']);
            let lower = trimmed.to_ascii_lowercase();
            if trimmed.is_empty() {
                continue;
            }
            if let Some(cut) = ender_at(&lower) {
                if cut > 0 {
                    out.push(trimmed[..cut].trim_end());
                }
                break 'outer;
            }
            out.push(trimmed);
        }
    }
    out
}

/// Splits at the word "and".
fn split_and(part: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = part;
    while let Some(i) = rest.find(" and ") {
        out.push(&rest[..i]);
        rest = &rest[i + 5..];
    }
    out.push(rest.strip_prefix("and ").unwrap_or(rest));
    out
}

/// Byte offset in an item where a clause opener starts, ending the list.
fn ender_at(lower: &str) -> Option<usize> {
    let starts = std::iter::once(0).chain(lower.match_indices(' ').map(|(i, _)| i + 1));
    starts.into_iter().find(|&at| {
        let rest = &lower[at..];
        LIST_ENDERS.iter().any(|e| {
            rest.starts_with(e)
                && rest[e.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| c == ' ' || c == ',')
        })
    })
}

/// The leaders who attended: cue subjects, and leaders mentioned in meeting sentences with
/// a leader of another side about as often as the most prominent leader is.
fn heads(people: &People, tokens: &Tokens, subjects: &SortedSet<usize>) -> Vec<usize> {
    let leaders: Vec<usize> = (0..people.persons.len())
        .filter(|&i| people.persons[i].is_leader() && people.side(i).is_some())
        .collect();
    let mut in_sentence: HashMap<(usize, usize), Vec<usize>> = HashMap::new();
    for &l in &leaders {
        for m in &people.persons[l].mentions {
            in_sentence.entry(*m).or_default().push(l);
        }
    }
    let mut score: SortedMap<usize, usize> = SortedMap::new();
    for ((a, s), present) in &in_sentence {
        let meeting = tokens
            .sentence(*a, *s)
            .is_some_and(|t| t.words.iter().any(|w| MEETING_WORDS.contains(&w.key())));
        let sides: SortedSet<_> = present.iter().filter_map(|&p| people.side(p)).collect();
        if meeting && sides.len() >= 2 {
            for &p in present {
                *score.get_or_default(p) += 1;
            }
        }
    }
    let best = score.values().copied().max().unwrap_or(0);
    let mut out: Vec<usize> = leaders
        .into_iter()
        .filter(|l| subjects.contains(l) || score.get(l).is_some_and(|&s| s >= 2 && s * 2 >= best))
        .collect();
    crate::sorted::sort_by_key(&mut out, |&l| {
        std::cmp::Reverse(people.persons[l].mentions.len())
    });
    let mut seen = SortedSet::new();
    out.retain(|&l| people.side(l).is_some_and(|s| seen.insert(s)));
    out
}

fn ids(articles: &SortedSet<usize>) -> Vec<String> {
    articles.iter().map(|a| format!("a{}", a + 1)).collect()
}

/// One sentence per article, from (article, segment) pairs: the first given for each.
fn evidence(
    articles: &[Article],
    places: impl IntoIterator<Item = (usize, usize)>,
) -> Vec<Evidence> {
    let mut first: SortedMap<usize, usize> = SortedMap::new();
    for (a, s) in places {
        first.get_or_insert_with(a, || s);
    }
    first
        .into_iter()
        .filter_map(|(a, s)| {
            let art = articles.get(a)?;
            Some(Evidence {
                source: art.id.clone(),
                text: art.shown(s),
                ..Evidence::default()
            })
        })
        .collect()
}

fn member(
    people: &People,
    p: usize,
    head: bool,
    sources: &SortedSet<usize>,
    evidence: Vec<Evidence>,
) -> Member {
    let person = &people.persons[p];
    let title = person.title().unwrap_or_default();
    let title = crate::case::capitalize(title);
    Member {
        name: person.name().to_string(),
        title,
        head,
        aliases: person.aliases(),
        sources: ids(sources),
        evidence,
    }
}

fn assemble(
    articles: &[Article],
    people: &People,
    listings: &[Listing],
    heads: &[usize],
) -> Vec<Delegation> {
    let mut votes: SortedMap<usize, SortedMap<&'static str, usize>> = SortedMap::new();
    let mut sources: SortedMap<usize, SortedSet<usize>> = SortedMap::new();
    for l in listings {
        if let Some(s) = l.side {
            *votes.get_or_default(l.person).get_or_default(s) += 1;
        }
        sources.get_or_default(l.person).insert(l.article);
    }
    let mut out: Vec<Delegation> = Vec::new();
    let side_of =
        |out: &mut Vec<Delegation>, side: &str| match out.iter().position(|d| d.side == side) {
            Some(i) => i,
            None => {
                out.push(Delegation {
                    side: side.to_string(),
                    members: Vec::new(),
                });
                out.len() - 1
            }
        };
    for &h in heads {
        let Some(side) = people.side(h) else { continue };
        let i = side_of(&mut out, side);
        let person = &people.persons[h];
        let ev = evidence(articles, person.mentions.iter().copied());
        out[i]
            .members
            .push(member(people, h, true, &person.articles(), ev));
    }
    let mut listed: Vec<(usize, &'static str)> = votes
        .iter()
        .filter(|(p, _)| !heads.contains(p))
        .filter_map(|(p, v)| v.iter().max_by_key(|(_, c)| **c).map(|(s, _)| (*p, *s)))
        .collect();
    crate::sorted::sort_by_key(&mut listed, |(p, _)| {
        (
            std::cmp::Reverse(sources.get(p).map_or(0, SortedSet::len)),
            *p,
        )
    });
    for (p, side) in listed {
        let i = side_of(&mut out, side);
        let src = sources.get(&p).cloned().unwrap_or_default();
        let places = listings
            .iter()
            .filter(|l| l.person == p)
            .map(|l| (l.article, l.segment));
        out[i]
            .members
            .push(member(people, p, false, &src, evidence(articles, places)));
    }
    out
}

//! Delegations: who attended, for which side. A side is a country, an international body
//! ("IAEA", "African Union") or a group of countries ("P5+1", with its members when the
//! articles name them); there may be any number. People come from attendee cues ("was
//! joined by", "the delegation included"), from sentences that have them meet people of
//! another side ("Kim met Lee"), and heads from "led by", "headed by", a head's title
//! ("chief negotiator") or, for leaders who met, their prominence. People only quoted,
//! discussed or absent are not delegates.

mod cues;
mod heads;

use crate::article::Article;
use crate::lexicon::titles::DELEGATION_HEAD_TITLES;
use crate::model::{Delegation, Evidence, Member};
use crate::people::names::is_meeting_word;
use crate::people::People;
use crate::sorted::{SortedMap, SortedSet};
use crate::tokens::Tokens;
use std::collections::HashSet;

/// Bytes of the sentence kept on either side of a name in a member's evidence.
const CONTEXT: usize = 80;

/// A person listed as attending in one article.
pub struct Listing {
    person: usize,
    side: Option<&'static str>,
    article: usize,
    segment: usize,
    /// True when a cue names the person as the delegation's head ("led by").
    head: bool,
    /// Body offset of the name, for the evidence.
    at: usize,
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
    let mut parties = SortedSet::new();
    let mut list_sentences = HashSet::new();
    let mut met = Vec::new();
    let talks = reports_talks(articles, tokens);
    for (ai, a) in articles.iter().enumerate() {
        for si in a.sentence_indices() {
            let Some(sentence) = tokens.sentence(ai, si) else {
                continue;
            };
            let base = a.segments[si].span.start;
            let place = (ai, si, base);
            let listed = cues::read(
                a.text(si),
                &sentence.words,
                (place, talks),
                people,
                &mut listings,
                &mut subjects,
            );
            if listed {
                list_sentences.insert((ai, si));
            }
            heads::participants(&sentence.words, place, people, &mut met, &mut parties);
        }
    }
    // Leaders head their side when they took part: listed subjects or met across sides.
    let present: SortedSet<usize> = met.iter().map(|l| l.person).collect();
    let titled: SortedSet<usize> = listings
        .iter()
        .chain(&met)
        .map(|l| l.person)
        .collect::<SortedSet<usize>>()
        .iter()
        .copied()
        .filter(|&p| has_head_title(people, p))
        .collect();
    let headed: SortedSet<&'static str> = listings
        .iter()
        .chain(&met)
        .filter(|l| l.head || titled.contains(&l.person))
        .filter_map(|l| l.side)
        .collect();
    let leaders = heads::leaders(people, tokens, (&subjects, &present), &headed);
    // Those who met across sides attend too, unless only leaders met.
    listings.extend(
        met.into_iter()
            .filter(|l| !people.persons[l.person].is_leader()),
    );
    let mut sides = assemble(articles, people, &listings, (&leaders, &titled));
    add_groups(&mut sides, &parties, articles, tokens);
    Delegations {
        sides,
        list_sentences,
    }
}

/// Fewest sentences about a meeting for articles to report talks, whose attendee
/// lists are delegations (not a launch "joined by" a driver, an arrest "alongside" a friend).
const MEETING_SENTENCES: usize = 2;

/// True when the articles report talks: sentences about a meeting or a delegation.
fn reports_talks(articles: &[Article], tokens: &Tokens) -> bool {
    articles
        .iter()
        .enumerate()
        .flat_map(|(ai, a)| a.sentence_indices().map(move |si| (ai, si)))
        .filter(|&(ai, si)| {
            tokens.sentence(ai, si).is_some_and(|t| {
                t.words.iter().any(|w| {
                    let k = w.key();
                    is_meeting_word(k) || k.starts_with("delegation") || k == "negotiators"
                })
            })
        })
        .nth(MEETING_SENTENCES - 1)
        .is_some()
}

/// True when person `p`'s title makes them the head of a delegation ("chief negotiator").
fn has_head_title(people: &People, p: usize) -> bool {
    people.persons.get(p).is_some_and(|x| {
        x.titles.iter().any(|t| {
            let t = crate::case::lower(t);
            DELEGATION_HEAD_TITLES.iter().any(|h| t.contains(h))
        })
    })
}

/// The ids of `sources` (article indices), as the articles give them.
fn ids(articles: &[Article], sources: &SortedSet<usize>) -> Vec<String> {
    sources
        .iter()
        .filter_map(|&a| Some(articles.get(a)?.id.clone()))
        .collect()
}

/// The words around body offset `at` of segment `s` of article `a`: the sentence, cut to
/// [`CONTEXT`] bytes either side at word boundaries.
fn clause(a: &Article, s: usize, at: usize) -> Evidence {
    match a.segments.get(s) {
        Some(seg) => a.evidence_around(seg.span.clone(), at..at, CONTEXT),
        None => a.evidence(s),
    }
}

/// One clause per article, from (article, segment, name offset) places: the first given
/// for each article.
fn evidence(
    articles: &[Article],
    places: impl IntoIterator<Item = (usize, usize, usize)>,
) -> Vec<Evidence> {
    let mut first: SortedMap<usize, (usize, usize)> = SortedMap::new();
    for (a, s, at) in places {
        first.get_or_insert_with(a, || (s, at));
    }
    first
        .into_iter()
        .filter_map(|(a, (s, at))| {
            let art = articles.get(a)?;
            Some(clause(art, s, at))
        })
        .collect()
}

fn member(
    articles: &[Article],
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
        sources: ids(articles, sources),
        evidence,
    }
}

/// The index of `side` in `out`, added when new.
fn side_of(out: &mut Vec<Delegation>, side: &str) -> usize {
    match out.iter().position(|d| d.side == side) {
        Some(i) => i,
        None => {
            out.push(Delegation {
                side: side.to_string(),
                ..Delegation::default()
            });
            out.len() - 1
        }
    }
}

/// Where a person's first mention in article `a` stands: (article, segment, offset).
fn first_mention(articles: &[Article], people: &People, p: usize) -> Vec<(usize, usize, usize)> {
    let mut seen = SortedSet::new();
    people.persons[p]
        .mentions
        .iter()
        .filter(|(a, _)| seen.insert(*a))
        .filter_map(|&(a, s)| {
            let art = articles.get(a)?;
            let seg = art.segments.get(s)?;
            let name = people.persons[p].name();
            let last = name.split_whitespace().last().unwrap_or(name);
            let at = art.body[seg.span.clone()]
                .find(last)
                .map_or(seg.span.start, |i| seg.span.start + i);
            Some((a, s, at))
        })
        .collect()
}

fn assemble(
    articles: &[Article],
    people: &People,
    listings: &[Listing],
    (leaders, titled): (&[usize], &SortedSet<usize>),
) -> Vec<Delegation> {
    let mut votes: SortedMap<usize, SortedMap<&'static str, usize>> = SortedMap::new();
    let mut sources: SortedMap<usize, SortedSet<usize>> = SortedMap::new();
    let mut places: SortedMap<usize, Vec<(usize, usize, usize)>> = SortedMap::new();
    let mut heads: SortedSet<usize> = SortedSet::new();
    for l in listings {
        if let Some(s) = l.side {
            *votes.get_or_default(l.person).get_or_default(s) += 1;
        }
        sources.get_or_default(l.person).insert(l.article);
        places
            .get_or_default(l.person)
            .push((l.article, l.segment, l.at));
        if l.head || titled.contains(&l.person) {
            heads.insert(l.person);
        }
    }
    let mut out: Vec<Delegation> = Vec::new();
    for &h in leaders {
        let Some(side) = people.side(h) else { continue };
        let i = side_of(&mut out, side);
        let person = &people.persons[h];
        let ev = evidence(articles, first_mention(articles, people, h));
        out[i]
            .members
            .push(member(articles, people, h, true, &person.articles(), ev));
    }
    let mut listed: Vec<(usize, &'static str)> = votes
        .iter()
        .filter(|(p, _)| !leaders.contains(p))
        .filter_map(|(p, v)| v.iter().max_by_key(|(_, c)| **c).map(|(s, _)| (*p, *s)))
        .collect();
    crate::sorted::sort_by_key(&mut listed, |(p, _)| {
        (
            !heads.contains(p),
            std::cmp::Reverse(sources.get(p).map_or(0, SortedSet::len)),
            *p,
        )
    });
    for (p, side) in listed {
        let i = side_of(&mut out, side);
        let src = sources.get(&p).cloned().unwrap_or_default();
        let at = places.get(&p).cloned().unwrap_or_default();
        let head = heads.contains(&p) && !out[i].members.iter().any(|m| m.head);
        out[i].members.push(member(
            articles,
            people,
            p,
            head,
            &src,
            evidence(articles, at),
        ));
    }
    out
}

/// Adds the bodies and groups named as parties to the talks, and the members of group
/// sides as the articles name them.
fn add_groups(
    out: &mut Vec<Delegation>,
    parties: &SortedSet<&'static str>,
    articles: &[Article],
    tokens: &Tokens,
) {
    for p in parties.iter() {
        side_of(out, p);
    }
    for d in out.iter_mut() {
        let Some(members) = crate::people::names::group_members(&d.side) else {
            continue;
        };
        let all = articles
            .iter()
            .enumerate()
            .flat_map(|(ai, a)| a.sentence_indices().map(move |si| (ai, si)));
        let group: &'static str = crate::people::names::group_name(&d.side).unwrap_or("");
        d.includes = heads::group_includes(group, members, tokens, all);
    }
    // A side named as a party but with no one and no member country named says nothing.
    out.retain(|d| !d.members.is_empty() || !d.includes.is_empty());
}

#[cfg(test)]
mod tests;

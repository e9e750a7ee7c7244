//! Delegations: who attended, for which side. A side is a country, an international body
//! ("IAEA", "African Union") or a group of countries ("P5+1", with its members when the
//! articles name them); there may be any number. People come from attendee cues ("was
//! joined by", "the delegation included"), from sentences that have them meet people of
//! another side ("Kim met Lee"), and heads from "led by", "headed by", a head's title
//! ("chief negotiator") or, for leaders who met, their prominence. People only quoted,
//! discussed or absent are not delegates.

mod attendance;
mod companions;
mod cues;
mod heads;
mod openers;

use crate::article::{by_id, Article};
use crate::ids::{source_ids, ArticleId, PersonId, SentenceId, Side};
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
    person: PersonId,
    side: Option<Side>,
    sentence: SentenceId,
    /// True when a cue names the person as the delegation's head ("led by").
    head: bool,
    /// Body offset of the name, for the evidence.
    at: usize,
}

/// The delegations, and the sentences that list attendees.
pub struct Delegations {
    /// One entry per side.
    pub sides: Vec<Delegation>,
    /// The sentences that list attendees; they belong here, not among the takeaways.
    pub list_sentences: HashSet<SentenceId>,
}

/// Builds the delegations of `articles` from the `people` found in them.
pub fn build(articles: &[Article], people: &People, tokens: &Tokens) -> Delegations {
    let mut listings = Vec::new();
    let mut subjects = SortedSet::new();
    let mut parties = SortedSet::new();
    let mut list_sentences = HashSet::new();
    let mut met = Vec::new();
    let talks = reports_talks(articles, tokens);
    let mut opening = Vec::new();
    for a in articles {
        for id in a.sentence_ids() {
            let Some(sentence) = tokens.sentence(id) else {
                continue;
            };
            let base = a.segments[id.segment()].span.start;
            let place = (id, base);
            let ws = &sentence.words;
            openers::openers(ws, &mut opening);
            let listed = cues::read(
                a.text(id.segment()),
                (ws, &opening),
                (place, talks),
                people,
                &mut listings,
                &mut subjects,
            );
            if listed {
                list_sentences.insert(id);
            }
            heads::participants((ws, &opening), place, people, &mut met, &mut parties);
            if talks {
                companions::companions((ws, &opening), place, people, &mut listings);
                if attendance::attendance((ws, &opening), place, people, &mut listings) {
                    list_sentences.insert(id);
                }
            }
        }
    }
    // Leaders head their side when they took part: listed subjects or met across sides.
    let present: SortedSet<PersonId> = met.iter().map(|l| l.person).collect();
    let titled: SortedSet<PersonId> = listings
        .iter()
        .chain(&met)
        .map(|l| l.person)
        .collect::<SortedSet<PersonId>>()
        .iter()
        .copied()
        .filter(|&p| has_head_title(people, p))
        .collect();
    let headed: SortedSet<Side> = listings
        .iter()
        .chain(&met)
        .filter(|l| l.head || titled.contains(&l.person))
        .filter_map(|l| l.side)
        .collect();
    let leaders = heads::leaders(people, tokens, (&subjects, &present), &headed);
    // Negotiators attend by office; their title alone makes none a head.
    if talks {
        negotiators(articles, people, &mut listings);
    }
    // Those who met across sides attend too, unless only leaders met; a leader listed by
    // a cue also takes the articles that have them meet, as sources.
    let cued: SortedSet<PersonId> = listings.iter().map(|l| l.person).collect();
    listings.extend(
        met.into_iter()
            .filter(|l| !people[l.person].is_leader() || cued.contains(&l.person)),
    );
    let mut sides = assemble(articles, people, &listings, (&leaders, &titled));
    add_groups(&mut sides, &parties, articles, tokens);
    Delegations {
        sides: sides.into_iter().map(|(_, d)| d).collect(),
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
        .flat_map(Article::sentence_ids)
        .filter(|&id| {
            tokens.sentence(id).is_some_and(|t| {
                t.words.iter().any(|w| {
                    let k = w.key();
                    is_meeting_word(k) || k.starts_with("delegation") || k == "negotiators"
                })
            })
        })
        .nth(MEETING_SENTENCES - 1)
        .is_some()
}

/// Words before a name that are read for its standing ("former Kenyan negotiator X").
const STANDING_WORDS: usize = 5;

/// Lists the negotiators of a side: in talks, "Palestinian negotiator X", "X, the chief
/// negotiator for Y" takes part by their office. Not one called a former negotiator.
fn negotiators(articles: &[Article], people: &People, listings: &mut Vec<Listing>) {
    for p in people.ids() {
        let Some(side) = people.side(p) else { continue };
        let negotiates = people[p].titles.iter().any(|t| {
            crate::case::lower(t)
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == "negotiator")
        });
        if !negotiates {
            continue;
        }
        let places = first_mention(articles, people, p);
        let former = places.iter().any(|&(s, at)| {
            by_id(articles, s.article()).is_some_and(|a| {
                let first = people[p].name().split_whitespace().next().unwrap_or("");
                let before = a.body.get(..at).unwrap_or("");
                let before = before.rfind(first).map_or(before, |i| &before[..i]);
                before
                    .split_whitespace()
                    .rev()
                    .take(STANDING_WORDS)
                    .any(|w| crate::case::lower(w) == "former")
            })
        });
        if former {
            continue;
        }
        for (sentence, at) in places {
            listings.push(Listing {
                person: p,
                side: Some(side),
                sentence,
                head: false,
                at,
            });
        }
    }
}

/// True when person `p`'s title makes them the head of a delegation ("chief negotiator").
fn has_head_title(people: &People, p: PersonId) -> bool {
    people.get(p).is_some_and(|x| {
        x.titles.iter().any(|t| {
            let t = crate::case::lower(t);
            DELEGATION_HEAD_TITLES.iter().any(|h| t.contains(h))
        })
    })
}

/// The words around body offset `at` of segment `s` of article `a`: the sentence, cut to
/// [`CONTEXT`] bytes either side at word boundaries.
fn clause(a: &Article, s: usize, at: usize) -> Evidence {
    match a.segments.get(s) {
        Some(seg) => a.evidence_around(seg.span.clone(), at..at, CONTEXT),
        None => a.evidence(s),
    }
}

/// One clause per article, from (sentence, name offset) places: the first given for each
/// article.
fn evidence(
    articles: &[Article],
    places: impl IntoIterator<Item = (SentenceId, usize)>,
) -> Vec<Evidence> {
    let mut first: SortedMap<ArticleId, (SentenceId, usize)> = SortedMap::new();
    for (s, at) in places {
        first.get_or_insert_with(s.article(), || (s, at));
    }
    first
        .into_iter()
        .filter_map(|(a, (s, at))| Some(clause(by_id(articles, a)?, s.segment(), at)))
        .collect()
}

fn member(
    people: &People,
    p: PersonId,
    head: bool,
    sources: &SortedSet<ArticleId>,
    evidence: Vec<Evidence>,
) -> Member {
    let person = &people[p];
    let title = person.title().unwrap_or_default();
    let title = crate::case::capitalize(title);
    Member {
        name: person.name().to_string(),
        title,
        head,
        aliases: person.aliases(),
        sources: source_ids(sources),
        evidence,
    }
}

/// The delegation of `side` in `out`, added when new.
fn side_of(out: &mut Vec<(Side, Delegation)>, side: Side) -> &mut Delegation {
    let i = match out.iter().position(|(s, _)| *s == side) {
        Some(i) => i,
        None => {
            let d = Delegation {
                side: side.name().to_string(),
                ..Delegation::default()
            };
            out.push((side, d));
            out.len() - 1
        }
    };
    &mut out[i].1
}

/// Where a person's first mention in each article stands: (sentence, offset).
fn first_mention(articles: &[Article], people: &People, p: PersonId) -> Vec<(SentenceId, usize)> {
    let mut seen = SortedSet::new();
    people[p]
        .mentions
        .iter()
        .filter(|s| seen.insert(s.article()))
        .filter_map(|&s| {
            let art = by_id(articles, s.article())?;
            let seg = art.segments.get(s.segment())?;
            let name = people[p].name();
            let last = name.split_whitespace().last().unwrap_or(name);
            let at = art.body[seg.span.clone()]
                .find(last)
                .map_or(seg.span.start, |i| seg.span.start + i);
            Some((s, at))
        })
        .collect()
}

fn assemble(
    articles: &[Article],
    people: &People,
    listings: &[Listing],
    (leaders, titled): (&[PersonId], &SortedSet<PersonId>),
) -> Vec<(Side, Delegation)> {
    let mut votes: SortedMap<PersonId, SortedMap<Side, usize>> = SortedMap::new();
    let mut sources: SortedMap<PersonId, SortedSet<ArticleId>> = SortedMap::new();
    let mut places: SortedMap<PersonId, Vec<(SentenceId, usize)>> = SortedMap::new();
    let mut heads: SortedSet<PersonId> = SortedSet::new();
    for l in listings {
        if let Some(s) = l.side {
            *votes.get_or_default(l.person).get_or_default(s) += 1;
        }
        sources
            .get_or_default(l.person)
            .insert(l.sentence.article());
        places.get_or_default(l.person).push((l.sentence, l.at));
        if l.head || titled.contains(&l.person) {
            heads.insert(l.person);
        }
    }
    let mut out: Vec<(Side, Delegation)> = Vec::new();
    for &h in leaders {
        let Some(side) = people.side(h) else { continue };
        let ev = evidence(articles, first_mention(articles, people, h));
        side_of(&mut out, side)
            .members
            .push(member(people, h, true, &people[h].articles(), ev));
    }
    let mut listed: Vec<(PersonId, Side)> = votes
        .iter()
        .filter(|(p, _)| !leaders.contains(p))
        .filter_map(|(p, v)| {
            // The side most listed with; of equals, the last by name.
            v.iter()
                .max_by_key(|(s, c)| (**c, s.name()))
                .map(|(s, _)| (*p, *s))
        })
        .collect();
    crate::sorted::sort_by_key(&mut listed, |(p, _)| {
        (
            !heads.contains(p),
            std::cmp::Reverse(sources.get(p).map_or(0, SortedSet::len)),
            *p,
        )
    });
    for (p, side) in listed {
        let src = sources.get(&p).cloned().unwrap_or_default();
        let at = places.get(&p).cloned().unwrap_or_default();
        let d = side_of(&mut out, side);
        let head = heads.contains(&p) && !d.members.iter().any(|m| m.head);
        d.members
            .push(member(people, p, head, &src, evidence(articles, at)));
    }
    out
}

/// Adds the bodies and groups named as parties to the talks, and the members of group
/// sides as the articles name them.
fn add_groups(
    out: &mut Vec<(Side, Delegation)>,
    parties: &SortedSet<Side>,
    articles: &[Article],
    tokens: &Tokens,
) {
    // After the sides of the people, in order of name (a few parties at most).
    let mut rest: Vec<Side> = parties.iter().copied().collect();
    while let Some(i) = (0..rest.len()).min_by_key(|&i| rest[i].name()) {
        side_of(out, rest.swap_remove(i));
    }
    for (side, d) in out.iter_mut() {
        let Some(members) = crate::people::names::group_members(*side) else {
            continue;
        };
        let all = articles.iter().flat_map(Article::sentence_ids);
        d.includes = heads::group_includes(*side, members, tokens, all);
    }
    // A side named as a party but with no one and no member country named says nothing.
    out.retain(|(_, d)| !d.members.is_empty() || !d.includes.is_empty());
}

/// A reader of one sentence's listings: its words and opening words, its place, the people.
#[cfg(test)]
type SentenceReader =
    dyn Fn((&[crate::tokens::Word], &[usize]), (SentenceId, usize), &People, &mut Vec<Listing>);

/// The names `read` lists from the sentences of `text`, in order: for the readers' tests.
#[cfg(test)]
fn names_listed(text: &str, read: &SentenceReader) -> Vec<String> {
    let articles = crate::article::read_texts(&[text]);
    let mut tokens = Tokens::new(&articles);
    let people = crate::people::find_people_in(&articles, &mut tokens);
    let mut out = Vec::new();
    for id in articles[0].sentence_ids() {
        if let Some(s) = tokens.sentence(id) {
            let mut opening = Vec::new();
            openers::openers(&s.words, &mut opening);
            read((&s.words, &opening), (id, 0), &people, &mut out);
        }
    }
    out.iter()
        .map(|l| people[l.person].name().to_string())
        .collect()
}

/// Checks that `read` lists, from each text of `cases`, the names given with it.
#[cfg(test)]
fn check_listed(cases: &[(&str, &[&str])], read: &SentenceReader) {
    for (text, want) in cases {
        assert_eq!(names_listed(text, read), *want, "{text:?}");
    }
}

#[cfg(test)]
mod tests;

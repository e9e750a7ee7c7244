//! Finds the people of a set of articles and merges their mentions: one [`Person`] per
//! human being, across articles, spellings, short forms and surname-only references.

use super::names::{skeleton, skeletons_match};
use super::titles::{self, TitleInfo};
use super::tokens::Tokens;
use crate::article::Article;
use crate::lexicon::titles::LEADER_TITLES;
use crate::sorted::SortedSet;
use std::collections::HashMap;

/// One person across all articles.
#[derive(Debug, Clone, Default)]
pub struct Person {
    /// Spellings seen, with how often each was seen.
    pub names: Vec<(String, usize)>,
    /// Titles seen, as written.
    pub titles: Vec<String>,
    /// Sides stated for the person, with counts.
    pub sides: Vec<(&'static str, usize)>,
    /// Names of people this one was called the aide of ("Carter's envoy").
    pub owners: Vec<String>,
    /// Every mention: (article index, segment index).
    pub mentions: SortedSet<(usize, usize)>,
    /// The first name, folded by [`skeleton`], once a full name is seen.
    first: Option<String>,
}

impl Person {
    /// The fullest spelling: most words, then most often seen.
    pub fn name(&self) -> &str {
        self.names
            .iter()
            .enumerate()
            .max_by_key(|(i, (n, c))| (n.split_whitespace().count(), *c, usize::MAX - i))
            .map_or("", |(_, (n, _))| n.as_str())
    }

    /// The other spellings and short forms.
    pub fn aliases(&self) -> Vec<String> {
        let name = self.name();
        self.names
            .iter()
            .map(|(n, _)| n.clone())
            .filter(|n| n != name)
            .collect()
    }

    /// The fullest title: most words, then most often seen.
    pub fn title(&self) -> Option<&str> {
        let mut counts: HashMap<String, usize> = HashMap::new();
        for t in &self.titles {
            *counts.entry(titles::fold(t)).or_default() += 1;
        }
        let count = |t: &str| counts.get(&titles::fold(t)).copied().unwrap_or(0);
        self.titles
            .iter()
            .enumerate()
            .max_by_key(|(i, t)| {
                (
                    t.split_whitespace().count().min(8),
                    count(t),
                    usize::MAX - i,
                )
            })
            .map(|(_, t)| t.as_str())
    }

    /// The side most often stated.
    pub fn stated_side(&self) -> Option<&'static str> {
        self.sides
            .iter()
            .enumerate()
            .max_by_key(|(i, (_, c))| (*c, usize::MAX - i))
            .map(|(_, (s, _))| *s)
    }

    /// True when a title makes the person a head of state or government.
    pub fn is_leader(&self) -> bool {
        self.titles.iter().any(|t| {
            let t = crate::case::lower(t);
            !t.contains("vice")
                && !t.contains("former")
                && LEADER_TITLES.iter().any(|l| t.ends_with(l))
        })
    }

    /// Indices of the articles that mention the person.
    pub fn articles(&self) -> SortedSet<usize> {
        self.mentions.iter().map(|(a, _)| *a).collect()
    }

    fn add(&mut self, article: usize, segment: usize, surface: &str, info: &TitleInfo) {
        match self.names.iter_mut().find(|(n, _)| n == surface) {
            Some((_, c)) => *c += 1,
            None => self.names.push((surface.to_string(), 1)),
        }
        if let Some(t) = &info.title {
            self.titles.push(t.clone());
        }
        if let Some(s) = info.side {
            match self.sides.iter_mut().find(|(x, _)| *x == s) {
                Some((_, c)) => *c += 1,
                None => self.sides.push((s, 1)),
            }
        }
        if let Some(o) = &info.owner {
            self.owners.push(o.clone());
        }
        self.mentions.insert((article, segment));
    }
}

/// Everyone the articles mention.
#[derive(Debug, Clone, Default)]
pub struct People {
    /// The people, in order of first mention.
    pub persons: Vec<Person>,
    by_surname: HashMap<String, Vec<usize>>,
}

impl People {
    /// The person a written name refers to: a full name, or a surname alone when it
    /// names one person only (the one mentioned most, when several share it).
    pub fn resolve(&self, name: &str) -> Option<usize> {
        let tokens: Vec<&str> = name.split_whitespace().collect();
        let surname = skeleton(tokens.last()?);
        let candidates = self.by_surname.get(&surname)?;
        let first = (tokens.len() > 1).then(|| skeleton(tokens[0]));
        candidates
            .iter()
            .map(|&i| (i, &self.persons[i]))
            .filter(|(_, p)| match (&first, &p.first) {
                (Some(a), Some(b)) => skeletons_match(a, b),
                _ => true,
            })
            .max_by_key(|(i, p)| (p.mentions.len(), usize::MAX - i))
            .map(|(i, _)| i)
    }

    /// The side of person `i`: stated, or that of the person it was called the aide of.
    pub fn side(&self, i: usize) -> Option<&'static str> {
        let p = self.persons.get(i)?;
        p.stated_side().or_else(|| {
            p.owners.iter().find_map(|o| {
                self.resolve(o)
                    .filter(|&j| j != i)
                    .and_then(|j| self.persons[j].stated_side())
            })
        })
    }
}

struct Run {
    article: usize,
    segment: usize,
    surface: String,
    info: TitleInfo,
    words: usize,
}

/// Finds the people of `articles`.
pub fn find_people(articles: &[Article]) -> People {
    find_people_in(articles, &Tokens::new(articles))
}

/// Finds the people of `articles`, whose sentences `tokens` holds tokenized.
#[inline(never)]
pub fn find_people_in(articles: &[Article], tokens: &Tokens) -> People {
    let mut runs = Vec::new();
    for (ai, a) in articles.iter().enumerate() {
        for si in a.sentence_indices() {
            let Some(sentence) = tokens.sentence(ai, si) else {
                continue;
            };
            let ws = &sentence.words;
            for r in sentence.runs.iter().cloned() {
                let mut info = titles::before(ws, r.start);
                if info.title.is_none() {
                    let after = titles::after(ws, r.end);
                    if after.title.is_some() {
                        info = TitleInfo {
                            side: after.side.or(info.side),
                            ..after
                        };
                    }
                }
                let surface = ws[r.clone()]
                    .iter()
                    .map(|w| w.text)
                    .collect::<Vec<_>>()
                    .join(" ");
                runs.push(Run {
                    article: ai,
                    segment: si,
                    surface,
                    info,
                    words: r.len(),
                });
            }
        }
    }
    let mut people = People::default();
    // Full names first, then titled surnames, then bare surnames (which only attach).
    let full = runs.iter().filter(|r| r.words > 1);
    let titled = runs
        .iter()
        .filter(|r| r.words == 1 && r.info.title.is_some());
    for r in full.chain(titled) {
        let i = people.resolve(&r.surface).unwrap_or_else(|| {
            let tokens: Vec<&str> = r.surface.split_whitespace().collect();
            let surname = skeleton(tokens.last().copied().unwrap_or_default());
            people
                .by_surname
                .entry(surname)
                .or_default()
                .push(people.persons.len());
            people.persons.push(Person {
                first: (tokens.len() > 1).then(|| skeleton(tokens[0])),
                ..Person::default()
            });
            people.persons.len() - 1
        });
        let p = &mut people.persons[i];
        if p.first.is_none() && r.words > 1 {
            p.first = r.surface.split_whitespace().next().map(skeleton);
        }
        p.add(r.article, r.segment, &r.surface, &r.info);
    }
    for r in runs
        .iter()
        .filter(|r| r.words == 1 && r.info.title.is_none())
    {
        if let Some(i) = people.resolve(&r.surface) {
            people.persons[i].add(r.article, r.segment, &r.surface, &r.info);
        }
    }
    people
}

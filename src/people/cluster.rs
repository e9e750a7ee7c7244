//! Finds the people of a set of articles and merges their mentions: one [`Person`] per
//! human being, across articles, spellings, short forms and surname-only references.

use super::keys::{NameKey, Names};
use super::names::{skeleton, skeletons_match};
use super::person::push;
pub use super::person::{Gender, Person};
use super::titles::{self, TitleInfo};
use crate::article::Article;
use crate::ids::{PersonId, SentenceId, Side};
use crate::tokens::Tokens;
use std::cell::RefCell;
use std::collections::HashMap;

/// Everyone the articles mention.
#[derive(Debug, Clone, Default)]
pub struct People {
    /// The people, in order of first mention.
    pub persons: Vec<Person>,
    by_surname: HashMap<Box<str>, Vec<PersonId>>,
    /// People of names of two words or more by their first word, which some languages put
    /// first as the family name ("Lee" for "Lee Myung-bak").
    by_first: HashMap<Box<str>, Vec<PersonId>>,
    /// Names already resolved, once everyone is found: the later stages resolve the same
    /// names again and again.
    resolved: RefCell<Option<HashMap<String, Option<PersonId>>>>,
    /// Most names kept resolved: as many as people may be found (see [`BYTES_PER_PERSON`]).
    max_cached: usize,
    /// Per article id, the person each name run of each sentence names.
    named: Vec<Named>,
}

/// The people the sentences of one article name, all in one list: (index of the name run
/// in the sentence's runs, person) for each run that names someone, segment `s` holding
/// `list[starts[s]..starts[s + 1]]`. Kept until the last stage.
#[derive(Debug, Clone, Default)]
struct Named {
    starts: Box<[u32]>,
    list: Box<[(usize, PersonId)]>,
}

impl std::ops::Index<PersonId> for People {
    type Output = Person;

    /// The person `p`, which must be one of these people.
    fn index(&self, p: PersonId) -> &Person {
        &self.persons[p.index()]
    }
}

impl People {
    /// The person `p`, if one of these people.
    pub fn get(&self, p: PersonId) -> Option<&Person> {
        self.persons.get(p.index())
    }

    /// Every person's id, in order of first mention.
    pub fn ids(&self) -> impl Iterator<Item = PersonId> {
        (0..self.persons.len()).map(PersonId::new)
    }

    /// The person a written name refers to: a full name, or a surname alone when it
    /// names one person only (the one mentioned most, when several share it).
    pub fn resolve(&self, name: &str) -> Option<PersonId> {
        if let Some(cache) = self.resolved.borrow().as_ref() {
            if let Some(&hit) = cache.get(name) {
                return hit;
            }
        }
        let found = self.resolve_uncached(name);
        if let Some(cache) = self.resolved.borrow_mut().as_mut() {
            if cache.len() < self.max_cached {
                cache.insert(name.to_string(), found);
            }
        }
        found
    }

    fn resolve_uncached(&self, name: &str) -> Option<PersonId> {
        self.find(&NameKey::of(name)?)
    }

    /// The person a written name, folded into `key`, refers to (see [`People::resolve`]).
    fn find(&self, key: &NameKey) -> Option<PersonId> {
        let given = &key.given;
        let pick = |candidates: &Vec<PersonId>| {
            candidates
                .iter()
                .take(MAX_NAMESAKES)
                .map(|&i| (i, &self[i]))
                .filter(|(_, p)| {
                    given.is_empty()
                        || p.given.is_empty()
                        || given
                            .iter()
                            .any(|g| p.given.iter().any(|h| skeletons_match(g, h)))
                })
                .max_by_key(|(i, p)| (p.mentions.len(), usize::MAX - i.index()))
                .map(|(i, _)| i)
        };
        match self.by_surname.get(key.surname.as_str()).and_then(pick) {
            Some(i) => Some(i),
            None if key.words == 1 => self.by_first.get(key.surname.as_str()).and_then(pick),
            None => None,
        }
    }

    /// The people sentence `s` names, in order: (index of the name run among the
    /// sentence's runs, person).
    pub fn named_in(&self, s: SentenceId) -> &[(usize, PersonId)] {
        let Some(n) = self.named.get(s.article().index()) else {
            return &[];
        };
        let from = n.starts.get(s.segment()).copied().unwrap_or(0) as usize;
        let to = n.starts.get(s.segment() + 1).copied().unwrap_or(0) as usize;
        n.list.get(from..to).unwrap_or(&[])
    }

    /// The side of person `i`: the country stated, that of the person it was called the
    /// aide of, or the international body its title names.
    pub fn side(&self, i: PersonId) -> Option<Side> {
        let p = self.get(i)?;
        p.stated_side()
            .or_else(|| {
                p.owners().iter().take(MAX_OWNERS_TRIED).find_map(|o| {
                    self.resolve(o)
                        .filter(|&j| j != i)
                        .and_then(|j| self[j].stated_side())
                })
            })
            .or_else(|| p.bodies().iter().max_by_key(|(_, c)| *c).map(|(b, _)| *b))
    }
}

/// Bytes of text per person beyond which a text is a roster rather than news: the people
/// found are at most one per this many bytes of the articles (and at least
/// [`MIN_PEOPLE`]); later new names are not taken as people. News names far fewer: the
/// 200 CNN stories of the dev corpus, each on another event, about one per 500 bytes.
/// This bounds the memory of the people stage by the size of the input.
const BYTES_PER_PERSON: usize = 256;
/// Fewest people found in any text, however short.
const MIN_PEOPLE: usize = 2048;
/// Most people sharing one surname that a name is compared with.
const MAX_NAMESAKES: usize = 16;
/// Most spellings, titles and given names kept for one person: a text that names one
/// person a thousand ways costs no more per mention.
pub(super) const MAX_SPELLINGS: usize = 32;
pub(super) const MAX_TITLES: usize = 64;
const MAX_GIVEN: usize = 8;
/// Most owners ("Carter's envoy") looked up for a person's side.
const MAX_OWNERS_TRIED: usize = 4;

/// A name run of a sentence, as the people are found from it: 20 bytes, the name and
/// what the words around it say kept once each.
struct Run {
    sentence: SentenceId,
    /// The name, as its index in [`Names`].
    name: u32,
    /// What the words around the name say, as its index in [`Infos`].
    info: u32,
    words: u32,
}

/// What the words around the names say, each distinct one once: a text names the same
/// people with the same titles again and again. Index 0 says nothing.
struct Infos {
    list: Vec<TitleInfo>,
    index: HashMap<InfoKey, u32>,
}

/// A [`TitleInfo`] as a hash key.
type InfoKey = (Option<String>, Option<Side>, Option<String>, Option<Side>);

impl Infos {
    fn new() -> Infos {
        Infos {
            list: vec![NO_INFO.clone()],
            index: HashMap::new(),
        }
    }

    /// The index of `info`, added when new.
    fn add(&mut self, info: TitleInfo) -> u32 {
        if info == NO_INFO {
            return 0;
        }
        let TitleInfo {
            title,
            side,
            owner,
            body,
        } = info;
        let next = u32::try_from(self.list.len()).unwrap_or(0);
        let list = &mut self.list;
        *self
            .index
            .entry((title, side, owner, body))
            .or_insert_with_key(|(title, side, owner, body)| {
                list.push(TitleInfo {
                    title: title.clone(),
                    side: *side,
                    owner: owner.clone(),
                    body: *body,
                });
                next
            })
    }

    /// The info of index `i`.
    fn get(&self, i: u32) -> &TitleInfo {
        self.list.get(i as usize).unwrap_or(&NO_INFO)
    }
}

/// What the words around a name say when they say nothing.
static NO_INFO: TitleInfo = TitleInfo {
    title: None,
    side: None,
    owner: None,
    body: None,
};

/// Finds the people of `articles` (the digest tokenizes them once for all its stages and
/// calls [`find_people_in`]; the tests call this).
#[cfg(test)]
pub fn find_people(articles: &[Article]) -> People {
    find_people_in(articles, &mut Tokens::new(articles))
}

/// Finds the people of `articles`, whose sentences `tokens` holds tokenized, and marks
/// the name runs of those sentences in it.
pub fn find_people_in(articles: &[Article], tokens: &mut Tokens) -> People {
    super::runs::mark(tokens);
    let tokens: &Tokens = tokens;
    let count = tokens.sentences().iter().map(|s| s.runs.len()).sum();
    let mut runs = Vec::with_capacity(count);
    let mut infos = Infos::new();
    let text_bytes: usize = articles.iter().map(|a| a.body.len()).sum();
    let max_people = (text_bytes / BYTES_PER_PERSON).max(MIN_PEOPLE);
    // Room for every distinct name a text of news names (a roster's grow as needed).
    let mut names = Names::with_capacity(count.min(max_people));
    let mut buf = String::new();
    // Every sentence in table order, as the people each names are listed below.
    for a in articles {
        for si in 0..a.segments.len() {
            let id = SentenceId::new(a.id, si);
            let Some(sentence) = tokens.sentence(id) else {
                continue;
            };
            let ws = &sentence.words;
            for r in sentence.runs.iter().cloned() {
                let mut info = titles::before(ws, r.start);
                if info.title.is_some() && info.side.is_none() && info.body.is_none() {
                    info.side = titles::country_after(ws, r.end);
                }
                if info.title.is_none() {
                    let after = titles::after(ws, r.end);
                    if after.title.is_some() {
                        info = TitleInfo {
                            side: after.side.or(info.side),
                            ..after
                        };
                    }
                }
                runs.push(Run {
                    sentence: id,
                    name: names.add(&ws[r.clone()], &mut buf),
                    info: infos.add(info),
                    words: r.len() as u32,
                });
            }
        }
    }
    let mut people = People::default();
    // Full names first, then titled surnames, then bare surnames (which only attach).
    let full = runs.iter().filter(|r| r.words > 1);
    let titled = runs
        .iter()
        .filter(|r| r.words == 1 && infos.get(r.info).title.is_some());
    for r in full.chain(titled) {
        let Some(key) = names.key(r.name) else {
            continue;
        };
        let surface = names.surface(r.name);
        let found = people.find(key);
        if found.is_none() && people.persons.len() >= max_people {
            continue;
        }
        let i = found.unwrap_or_else(|| {
            let id = PersonId::new(people.persons.len());
            people
                .by_surname
                .entry(key.surname.as_str().into())
                .or_default()
                .push(id);
            if key.words >= 2 {
                let first = skeleton(surface.split_whitespace().next().unwrap_or_default());
                people.by_first.entry(first.into()).or_default().push(id);
            }
            people.persons.push(Person::default());
            id
        });
        let p = &mut people.persons[i.index()];
        for g in &key.given {
            if p.given.len() < MAX_GIVEN && !p.given.contains(g) {
                push(&mut p.given, g.clone());
            }
        }
        p.add(r.sentence, surface, infos.get(r.info));
    }
    for r in runs
        .iter()
        .filter(|r| r.words == 1 && infos.get(r.info).title.is_none())
    {
        if let Some(i) = names.key(r.name).and_then(|k| people.find(k)) {
            people.persons[i.index()].add(r.sentence, names.surface(r.name), infos.get(r.info));
        }
    }
    // Everyone is found: what the words around the names say is done with, and the lists
    // grow no more.
    drop(infos);
    people.persons.iter_mut().for_each(Person::shrink_to_fit);
    people.persons.shrink_to_fit();
    for ids in people
        .by_surname
        .values_mut()
        .chain(people.by_first.values_mut())
    {
        ids.shrink_to_fit();
    }
    // Each name resolved once, and kept resolved for the later stages.
    let mut found = Vec::with_capacity(names.keys.len());
    let mut cache = HashMap::with_capacity(names.keys.len().min(max_people));
    // The names as written are done with but as the cache's keys.
    let surfaces = std::mem::take(&mut names.surfaces);
    for (k, surface) in names.keys.iter().zip(surfaces) {
        let person = k.as_ref().and_then(|k| people.find(k));
        found.push(person);
        if cache.len() < max_people {
            cache.insert(surface.into_string(), person);
        }
    }
    *people.resolved.borrow_mut() = Some(cache);
    people.max_cached = max_people;
    let ids = crate::article::id_bound(articles);
    people.named = (0..ids).map(|_| Named::default()).collect();
    let mut run_names = runs.iter().map(|r| r.name);
    for a in articles {
        let mut starts = Vec::with_capacity(a.segments.len() + 1);
        let mut list = Vec::new();
        // An offset in a list of fewer items than the input has bytes.
        let offset = |list: &Vec<_>| u32::try_from(list.len()).unwrap_or(u32::MAX);
        for si in 0..a.segments.len() {
            starts.push(offset(&list));
            let Some(t) = tokens.sentence(SentenceId::new(a.id, si)) else {
                continue;
            };
            // The runs were listed in this same order above.
            for k in 0..t.runs.len() {
                let name = run_names.next();
                if let Some(&Some(p)) = name.and_then(|n| found.get(n as usize)) {
                    list.push((k, p));
                }
            }
        }
        starts.push(offset(&list));
        if let Some(slot) = people.named.get_mut(a.id.index()) {
            *slot = Named {
                starts: starts.into_boxed_slice(),
                list: list.into_boxed_slice(),
            };
        }
    }
    drop(runs);
    drop(names);
    super::gender::assign(&mut people, articles, tokens);
    people
}

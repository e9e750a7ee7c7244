//! A person's sex as the text tells it, so that "he" and "she" find the right person: a
//! title or noun ("Mrs", "spokeswoman", "his wife" after the name), or the pronoun that
//! follows the person as the subject of a sentence before anyone else is named ("Kernc
//! ended her testimony").

use super::cluster::{Gender, People};
use crate::article::Article;
use crate::ids::PersonId;
use crate::lexicon::attribution::{FEMALE_PRONOUNS, FEMALE_WORDS, MALE_PRONOUNS, MALE_WORDS};
use crate::lexicon::names::{FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES};
use crate::lexicon::Hashed;
use crate::tokens::Tokens;

/// Weight of a title against one pronoun.
const TITLE_VOTE: i32 = 2;

/// The titles and nouns that tell a man or a woman, hashed: every title of every person
/// is asked about.
static MALE_NOUNS: Hashed = Hashed::new(MALE_WORDS);
static FEMALE_NOUNS: Hashed = Hashed::new(FEMALE_WORDS);
static MALE_NAMES: Hashed = Hashed::new(MALE_GIVEN_NAMES);
static FEMALE_NAMES: Hashed = Hashed::new(FEMALE_GIVEN_NAMES);

/// The sex a given name tells, if any: the first word of a name of two words or more.
fn told_by_given_name(name: &str) -> Option<Gender> {
    let mut words = name.split_whitespace();
    let first = crate::case::lower(words.next()?);
    words.next()?;
    if MALE_NAMES.contains(&first) {
        Some(Gender::Male)
    } else if FEMALE_NAMES.contains(&first) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// The sex a title's word or a noun tells, if any.
fn told_by_word(key: &str) -> Option<Gender> {
    if MALE_NOUNS.contains(key) {
        Some(Gender::Male)
    } else if FEMALE_NOUNS.contains(key) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// Per byte, whether a pronoun starts with it: most words of a sentence start otherwise,
/// and are passed without a search.
struct Openers([bool; 256]);

impl Openers {
    fn new() -> Openers {
        let mut first = [false; 256];
        for w in MALE_PRONOUNS.iter().chain(FEMALE_PRONOUNS.iter()) {
            if let Some(&b) = w.as_bytes().first() {
                first[usize::from(b)] = true;
            }
        }
        Openers(first)
    }

    /// The sex a pronoun tells, if any.
    fn told_by(&self, key: &str) -> Option<Gender> {
        if !key
            .as_bytes()
            .first()
            .is_none_or(|&b| self.0[usize::from(b)])
        {
            None
        } else if MALE_PRONOUNS.contains(key) {
            Some(Gender::Male)
        } else if FEMALE_PRONOUNS.contains(key) {
            Some(Gender::Female)
        } else {
            None
        }
    }
}

fn vote(votes: &mut [i32], person: PersonId, g: Gender, weight: i32) {
    if let Some(v) = votes.get_mut(person.index()) {
        *v += match g {
            Gender::Male => weight,
            Gender::Female => -weight,
        };
    }
}

/// Sets each person's gender from the votes of titles and pronouns.
pub fn assign(people: &mut People, articles: &[Article], tokens: &Tokens) {
    let mut votes = vec![0i32; people.persons.len()];
    let pronouns = Openers::new();
    for (i, p) in people.ids().zip(&people.persons) {
        // A given name weighs as one pronoun: a title outweighs it, a contrary pronoun
        // cancels it.
        if let Some(g) = told_by_given_name(p.name()) {
            vote(&mut votes, i, g, 1);
        }
        for t in &p.titles {
            for w in t.split_whitespace() {
                if let Some(g) = told_by_word(&crate::case::lower(w.trim_end_matches('.'))) {
                    vote(&mut votes, i, g, TITLE_VOTE);
                }
            }
        }
    }
    for a in articles {
        // The one person the sentence before named, for a sentence opening with "He".
        let mut only: Option<PersonId> = None;
        for id in a.sentence_ids() {
            let Some(s) = tokens.sentence(id) else {
                continue;
            };
            let ws = &s.words;
            let found: Vec<(std::ops::Range<usize>, PersonId)> = people
                .named_in(id)
                .iter()
                .filter_map(|&(k, p)| Some((s.runs.get(k)?.clone(), p)))
                .collect();
            if let (Some(p), Some(first)) = (only, ws.first()) {
                if let Some(g) = pronouns.told_by(first.key()) {
                    vote(&mut votes, p, g, 1);
                }
            }
            // The subject: the first person named, when not after a preposition or possessive.
            if let Some((r, p)) = found.first() {
                let plain =
                    !ws[r.end - 1].possessive && (r.start == 0 || !ws[r.start - 1].possessive);
                let next_name = found.get(1).map_or(ws.len(), |(n, _)| n.start);
                let pronoun = ws[r.end..next_name]
                    .iter()
                    .find_map(|w| pronouns.told_by(w.key()));
                if let (true, Some(g)) = (plain, pronoun) {
                    vote(&mut votes, *p, g, 1);
                }
                // "Kim, his wife, ...", "Kim, a mother of three": a noun right after the name.
                if ws[r.end - 1].after().starts_with(',') {
                    let noun = ws
                        .get(r.end..)
                        .and_then(|rest| rest.iter().take(2).find_map(|w| told_by_word(w.key())));
                    if let Some(g) = noun {
                        vote(&mut votes, *p, g, 1);
                    }
                }
            }
            let first = found.first().map(|(_, p)| *p);
            only = first.filter(|f| found.iter().all(|(_, p)| p == f));
        }
    }
    for (p, v) in people.persons.iter_mut().zip(votes) {
        p.gender = match v {
            v if v > 0 => Some(Gender::Male),
            v if v < 0 => Some(Gender::Female),
            _ => None,
        };
    }
}

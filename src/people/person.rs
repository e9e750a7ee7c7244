//! One person across all articles: spellings, titles, sides and mentions, as the people
//! stage gathers them ([`super::cluster`]).

use super::cluster::{MAX_SPELLINGS, MAX_TITLES};
use super::titles::{self, TitleInfo};
use crate::ids::{ArticleId, SentenceId, Side};
use crate::lexicon::titles::LEADER_TITLES;
use crate::sorted::SortedSet;

/// One person across all articles. A text may name tens of thousands of people: every
/// list is kept at its length once everyone is found, and the strings boxed.
#[derive(Debug, Clone, Default)]
pub struct Person {
    /// Spellings seen, with how often each was seen.
    pub names: Vec<(Box<str>, u32)>,
    /// Titles seen, as written.
    pub titles: Vec<Box<str>>,
    /// Every sentence that mentions the person.
    pub mentions: SortedSet<SentenceId>,
    /// The person's sex, when a title or a pronoun tells it.
    pub gender: Option<Gender>,
    /// The given names (first and middle, initials left out), folded by
    /// [`super::names::skeleton`].
    pub(super) given: Vec<Box<str>>,
    /// The sides, owners and bodies, boxed: most people of a text of many names have none.
    links: Option<Box<Links>>,
}

/// What ties a person to a side.
#[derive(Debug, Clone, Default)]
struct Links {
    /// Sides stated for the person, with counts.
    sides: Vec<(Side, usize)>,
    /// Names of people this one was called the aide of ("Carter's envoy").
    owners: Vec<Box<str>>,
    /// International bodies the person's titles name ("IAEA chief"), with counts.
    bodies: Vec<(Side, usize)>,
}

/// A person's sex as the text tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// Told by "he", "his", "Mr", "spokesman".
    Male,
    /// Told by "she", "her", "Mrs", "spokeswoman".
    Female,
}

impl Person {
    /// The fullest spelling: most words, then most often seen.
    pub fn name(&self) -> &str {
        self.names
            .iter()
            .enumerate()
            .max_by_key(|(i, (n, c))| (crate::clean::bytes::word_count(n), *c, usize::MAX - i))
            .map_or("", |(_, (n, _))| n)
    }

    /// The other spellings and short forms.
    pub fn aliases(&self) -> Vec<String> {
        let name = self.name();
        self.names
            .iter()
            .filter(|(n, _)| &**n != name)
            .map(|(n, _)| n.to_string())
            .collect()
    }

    /// The fullest title: most words, then most often seen (as folded by
    /// [`titles::fold`]). A person is mostly given the same few titles again and again:
    /// each distinct spelling is folded and its words counted once.
    pub fn title(&self) -> Option<&str> {
        // Per distinct spelling, the index of the first title of the same fold and the
        // spelling's words (eight at most); per title, those of its spelling.
        let mut spellings: Vec<(&str, usize, usize)> = Vec::new();
        let mut folds: Vec<(String, usize)> = Vec::new();
        let mut group = Vec::with_capacity(self.titles.len());
        for (i, t) in self.titles.iter().enumerate() {
            let seen = spellings.iter().find(|(s, _, _)| *s == &**t);
            let (first, words) = match seen {
                Some(&(_, first, words)) => (first, words),
                None => {
                    let folded = titles::fold(t);
                    let first = match folds.iter().find(|(f, _)| *f == folded) {
                        Some(&(_, first)) => first,
                        None => {
                            folds.push((folded, i));
                            i
                        }
                    };
                    let words = crate::clean::bytes::word_count(t).min(8);
                    spellings.push((t, first, words));
                    (first, words)
                }
            };
            group.push((first, words));
        }
        // Per first title of a fold, how many fold as it does.
        let mut counts = vec![0usize; self.titles.len()];
        for &(g, _) in &group {
            counts[g] += 1;
        }
        self.titles
            .iter()
            .zip(&group)
            .enumerate()
            .max_by_key(|(i, (_, &(g, words)))| (words, counts[g], usize::MAX - i))
            .map(|(_, (t, _))| &**t)
    }

    /// The side most often stated.
    pub fn stated_side(&self) -> Option<Side> {
        self.links
            .as_ref()?
            .sides
            .iter()
            .enumerate()
            .max_by_key(|(i, (_, c))| (*c, usize::MAX - i))
            .map(|(_, (s, _))| *s)
    }

    /// True when a title makes the person a head of state or government.
    pub fn is_leader(&self) -> bool {
        self.titles.iter().any(|t| is_leader_title(t))
    }

    /// The articles that mention the person.
    pub fn articles(&self) -> SortedSet<ArticleId> {
        self.mentions.iter().map(|s| s.article()).collect()
    }

    pub(super) fn add(&mut self, sentence: SentenceId, surface: &str, info: &TitleInfo) {
        let room = self.names.len() < MAX_SPELLINGS;
        match self.names.iter_mut().find(|(n, _)| &**n == surface) {
            Some((_, c)) => *c += 1,
            None if room => push(&mut self.names, (surface.into(), 1)),
            None => {}
        }
        if let Some(t) = info
            .title
            .as_ref()
            .filter(|_| self.titles.len() < MAX_TITLES)
        {
            push(&mut self.titles, t.as_str().into());
        }
        if info.side.is_some() || info.body.is_some() || info.owner.is_some() {
            let links = self.links.get_or_insert_with(Box::default);
            if let Some(s) = info.side {
                match links.sides.iter_mut().find(|(x, _)| *x == s) {
                    Some((_, c)) => *c += 1,
                    None => push(&mut links.sides, (s, 1)),
                }
            }
            if let Some(b) = info.body {
                match links.bodies.iter_mut().find(|(x, _)| *x == b) {
                    Some((_, c)) => *c += 1,
                    None => push(&mut links.bodies, (b, 1)),
                }
            }
            if let Some(o) = info
                .owner
                .as_ref()
                .filter(|_| links.owners.len() < MAX_TITLES)
            {
                push(&mut links.owners, o.as_str().into());
            }
        }
        if self.mentions.is_empty() {
            self.mentions.reserve_exact(1);
        }
        self.mentions.insert(sentence);
    }

    /// Names of people this one was called the aide of ("Carter's envoy").
    pub fn owners(&self) -> &[Box<str>] {
        self.links.as_ref().map_or(&[], |l| &l.owners)
    }

    /// International bodies the person's titles name ("IAEA chief"), with counts.
    pub fn bodies(&self) -> &[(Side, usize)] {
        self.links.as_ref().map_or(&[], |l| &l.bodies)
    }

    /// Lets go of the room the lists were given as they grew.
    pub(super) fn shrink_to_fit(&mut self) {
        self.names.shrink_to_fit();
        self.titles.shrink_to_fit();
        if let Some(l) = &mut self.links {
            l.sides.shrink_to_fit();
            l.owners.shrink_to_fit();
            l.bodies.shrink_to_fit();
        }
        self.mentions.shrink_to_fit();
        self.given.shrink_to_fit();
    }
}

/// True when title `t` makes its holder a head of state or government: it ends with a
/// leader's title and is not a deputy's or a former holder's. The lists are in lowercase
/// ASCII: a title in ASCII, nearly every one, is compared without case, not lowercased.
fn is_leader_title(t: &str) -> bool {
    // Beyond ASCII the title is lowercased first: it then holds no ASCII capital.
    let lowered;
    let b = if t.is_ascii() {
        t.as_bytes()
    } else {
        lowered = crate::case::lower(t);
        lowered.as_bytes()
    };
    let ends = |l: &str| {
        b.len()
            .checked_sub(l.len())
            .is_some_and(|at| b[at..].eq_ignore_ascii_case(l.as_bytes()))
    };
    let has = |w: &[u8]| b.windows(w.len()).any(|x| x.eq_ignore_ascii_case(w));
    LEADER_TITLES.iter().any(ends) && !has(b"vice") && !has(b"former")
}

/// Pushes `x` onto `v`, the first item given room for itself alone: most people of a
/// text of many names are named once, with one spelling and one title.
pub(super) fn push<T>(v: &mut Vec<T>, x: T) {
    if v.capacity() == 0 {
        v.reserve_exact(1);
    }
    v.push(x);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leader_titles_are_told_in_any_case() {
        let cases = [
            ("President", true),
            ("PRIME MINISTER", true),
            ("Vice President", false),
            ("former Prime Minister", false),
            ("Former president", false),
            ("Foreign Minister", false),
            ("Crown Prince", true),
            ("Président", false),
            ("VICEPRÉSIDENT", false),
            ("Premier", true),
            ("", false),
        ];
        for (title, leader) in cases {
            let t = crate::case::lower(title);
            let lowered = !t.contains("vice")
                && !t.contains("former")
                && LEADER_TITLES.iter().any(|l| t.ends_with(l));
            assert_eq!(is_leader_title(title), lowered, "{title:?}");
            assert_eq!(is_leader_title(title), leader, "{title:?}");
        }
        assert!(LEADER_TITLES
            .iter()
            .all(|l| l.bytes().all(|b| b.is_ascii_lowercase() || b == b' ')));
    }
}

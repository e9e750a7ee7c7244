//! Who a speaker's phrase names: a person by name, "he" or "she" or "the minister"
//! resolved to the last person who fits, or an unnamed source kept as the article
//! describes it ("a senior US official", "police").

use crate::ids::PersonId;
use crate::lexicon::attribution::{
    FEMALE_PRONOUNS, GROUP_PRONOUNS, MALE_PRONOUNS, PERSON_NOUNS, STANDING_WORDS, STATEMENT_NOUNS,
};
use crate::lexicon::verb_forms::PAST_FORMS;
use crate::people::names::{is_phrase_break, is_stopword, is_title_word, name_runs};
use crate::people::{Gender, People};
use crate::tokens::Word;
use std::ops::Range;

/// Most people kept as candidates for "he", "she" and "the minister".
const RECENT: usize = 32;
/// Most words of an unnamed source's description.
const MAX_DESCRIPTION: usize = 10;
/// Prepositions after which a name is not the speaker ("the head of X").
const PREPOSITIONS: &[&str] = &["of", "for", "from", "at", "with", "by", "to", "in", "on"];

/// The speaker of a quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Who {
    /// A person of the people stage.
    Person(PersonId),
    /// A source the article does not name, as it describes it.
    Unnamed(String),
}

/// A person seen lately in an article.
#[derive(Debug, Clone, Copy)]
struct Seen {
    person: PersonId,
    /// The sentence (a running count) last seen in.
    time: usize,
    /// 1 named, 2 the subject of a sentence, 3 a speaker.
    weight: u8,
    paragraph: usize,
}

/// What an article has said so far about who is speaking: the people to whom "he", "she"
/// and "the minister" may refer, most recent last.
#[derive(Debug, Default)]
pub struct Discourse {
    /// The running count of sentences.
    time: usize,
    /// People seen, one entry each, most recent last.
    recent: Vec<Seen>,
    /// Unnamed sources quoted, most recent last.
    described: Vec<String>,
    /// The last speaker of a quote, its paragraph and sentence.
    last: Option<(Who, usize, usize)>,
    /// The last speaker of reported speech without quotes, its paragraph and sentence.
    reported: Option<(Who, usize, usize)>,
    /// The last unnamed person a sentence was about ("a tour guide was giving ..."), and
    /// its sentence.
    someone: Option<(String, usize)>,
}

/// Sentences back within which "he" prefers someone the text has called a man.
const WINDOW: usize = 4;

impl Discourse {
    /// A new sentence begins.
    pub fn tick(&mut self) {
        self.time += 1;
    }

    fn see(&mut self, person: PersonId, weight: u8, paragraph: usize) {
        let time = self.time;
        let mut seen = Seen {
            person,
            time,
            weight,
            paragraph,
        };
        if let Some(i) = self.recent.iter().position(|s| s.person == person) {
            let old = self.recent.remove(i);
            if old.time == time {
                seen.weight = seen.weight.max(old.weight);
            }
        }
        self.recent.push(seen);
        if self.recent.len() > RECENT {
            self.recent.remove(0);
        }
    }

    /// Person `p` is named in paragraph `para`.
    pub fn mention(&mut self, p: PersonId, para: usize) {
        self.see(p, 1, para);
    }

    /// Person `p` is the subject of a sentence of paragraph `para`.
    pub fn subject(&mut self, p: PersonId, para: usize) {
        self.see(p, 2, para);
    }

    /// An unnamed person, as described, is the subject of the current sentence; "the
    /// guide" after "a tour guide" is that one.
    pub fn someone(&mut self, described: String) {
        let described = self.earlier(&described).unwrap_or(described);
        self.someone = Some((described, self.time));
    }

    /// An earlier description with the head of the definite one `d` ("the official" after
    /// "a senior official").
    fn earlier(&self, d: &str) -> Option<String> {
        let head = d.strip_prefix("the ")?.split_whitespace().last()?;
        let head = crate::case::lower(head);
        let same = |e: &String| {
            e.split_whitespace()
                .last()
                .is_some_and(|l| crate::case::lower(l) == head)
        };
        self.someone
            .as_ref()
            .map(|(e, _)| e)
            .filter(|e| same(e))
            .or_else(|| self.described.iter().rev().find(|e| same(e)))
            .cloned()
    }

    /// `who` spoke in paragraph `para`: a quote, or reported speech when `quoted` is false.
    pub fn spoke(&mut self, who: &Who, para: usize, quoted: bool) {
        match who {
            Who::Person(p) => self.see(*p, 3, para),
            Who::Unnamed(d) => {
                if let Some(i) = self.described.iter().position(|x| x == d) {
                    self.described.remove(i);
                }
                self.described.push(d.clone());
                if self.described.len() > RECENT {
                    self.described.remove(0);
                }
            }
        }
        if quoted {
            self.last = Some((who.clone(), para, self.time));
        } else {
            self.reported = Some((who.clone(), para, self.time));
        }
    }

    /// The speaker of a quote that has no cue of its own in paragraph `para`: the last
    /// speaker, quoted or reported ("..., a columnist wrote. "..."), or the last subject,
    /// of this paragraph or the one before.
    pub fn carried(&self, para: usize) -> Option<Who> {
        let near = |q: usize| q + 1 >= para;
        let quoted = self.last.as_ref().filter(|(_, q, _)| near(*q));
        let reported = self.reported.as_ref().filter(|(_, q, _)| near(*q));
        // The later of the two; a quote's speaker when both spoke in one sentence.
        let latest = match (quoted, reported) {
            (Some(x), Some(y)) if y.2 > x.2 => Some(y),
            (Some(x), _) => Some(x),
            (None, y) => y,
        };
        if let Some((who, _, _)) = latest {
            return Some(who.clone());
        }
        self.recent
            .iter()
            .rev()
            .find(|s| s.weight >= 2 && near(s.paragraph))
            .map(|s| Who::Person(s.person))
    }

    /// The last speaker of a quote, when it spoke in paragraph `para` and no one has
    /// spoken since in reported speech ("..., a columnist wrote").
    pub fn last_in(&self, para: usize) -> Option<Who> {
        let since = |t: usize| self.reported.as_ref().is_some_and(|(_, _, r)| *r > t);
        self.last
            .as_ref()
            .filter(|(_, q, t)| *q == para && !since(*t))
            .map(|(w, _, _)| w.clone())
    }

    fn pronoun(&self, key: &str, people: &People) -> Option<Who> {
        let gender = if MALE_PRONOUNS.contains(key) {
            Gender::Male
        } else if FEMALE_PRONOUNS.contains(key) {
            Gender::Female
        } else if GROUP_PRONOUNS.contains(key) {
            return match &self.last {
                Some((Who::Unnamed(d), _, _)) => Some(Who::Unnamed(d.clone())),
                _ => None,
            };
        } else {
            return None;
        };
        let gender_of = |p: PersonId| people.get(p).and_then(|x| x.gender);
        let fits = |s: &&Seen| gender_of(s.person).is_none_or(|g| g == gender);
        // Someone surely a person: the text gives a sex or a title.
        let sure = |p: PersonId| {
            people
                .get(p)
                .is_some_and(|x| x.gender.is_some() || !x.titles.is_empty())
        };
        // Among those seen lately, who spoke or was the subject last, then someone surely a
        // person; further back, the latest who fits.
        let near = self
            .recent
            .iter()
            .filter(fits)
            .filter(|s| s.time + WINDOW >= self.time)
            .max_by_key(|s| (s.weight >= 2, s.time, sure(s.person), s.weight));
        let person = near.or_else(|| self.recent.iter().rev().find(fits));
        // An unnamed person ("a tour guide") the text turned to after anyone named.
        if let Some((d, t)) = &self.someone {
            if person.is_none_or(|s| s.time < *t) {
                return Some(Who::Unnamed(d.clone()));
            }
        }
        // An unnamed source ("a senior official") who spoke after anyone else was subject.
        if let Some((Who::Unnamed(d), _, t)) = &self.last {
            // "He" is a man: an official, a witness; not "the statement" or "police".
            let someone = d.split_whitespace().last().is_some_and(|h| {
                let h = crate::case::lower(h);
                is_title_word(&h) || PERSON_NOUNS.contains(h.as_str())
            });
            if someone && person.is_none_or(|s| s.weight < 2 || s.time <= *t) {
                return Some(Who::Unnamed(d.clone()));
            }
        }
        person.map(|s| Who::Person(s.person))
    }

    /// The last person seen with a title that has `head` ("the minister") and each of the
    /// title words `office` that name the office ("the prime minister" is not the foreign
    /// minister named since), or the last subject for "the 65-year-old".
    fn role(&self, head: &str, office: &[&str], people: &People) -> Option<PersonId> {
        if head.ends_with("-old") {
            return self
                .recent
                .iter()
                .rev()
                .find(|s| s.weight >= 2)
                .map(|s| s.person);
        }
        self.recent.iter().rev().map(|s| s.person).find(|&p| {
            people.get(p).is_some_and(|x| {
                x.titles.iter().any(|t| {
                    let has = |k: &str| {
                        t.split_whitespace()
                            .any(|w| crate::case::lower(w.trim_end_matches(['.', ','])) == k)
                    };
                    has(head) && office.iter().all(|k| has(k))
                }) || (head == "leader" && office.is_empty() && x.is_leader())
            })
        })
    }
}

/// The written words of a phrase: `shown(range of words)`.
pub trait Shown: Fn(Range<usize>) -> String {}
impl<F: Fn(Range<usize>) -> String> Shown for F {}

/// True when the name run `r` of the phrase `p` names the speaker: not an affiliation
/// ("Panthers coach Jane Doe", "a Romney ad"), a possessive ("Deitsch's editor", but
/// "Kim's statement" is Kim's), or after a preposition ("the head of X").
fn names_speaker(p: &[Word], r: &Range<usize>) -> bool {
    let last = &p[r.end - 1];
    // "Lewis' lawyer": a possessive in "s'" is one too.
    let possessive = last.possessive || last.after().starts_with(['\'', '\u{2019}']);
    let next = p.get(r.end);
    let modifier = next.is_some_and(|w| {
        !last.breaks_after()
            && (is_title_word(w.key())
                || (!w.is_capitalized()
                    && !PREPOSITIONS.contains(&w.key())
                    && !STATEMENT_NOUNS.contains(w.key())))
    });
    let states = next.is_some_and(|w| STATEMENT_NOUNS.contains(w.key()));
    let after_preposition = r.start > 0 && PREPOSITIONS.contains(&p[r.start - 1].key());
    !modifier && (!possessive || states) && !after_preposition
}

/// The description of an unnamed person that the words `phrase` are ("a tour guide", "the
/// witness"): its head is a title or a noun for a person.
pub fn someone(ws: &[Word], phrase: Range<usize>, shown: &impl Shown) -> Option<String> {
    let p = ws.get(phrase.clone())?;
    let first = p.first()?;
    if !matches!(first.key(), "a" | "an" | "the" | "one") || p.len() > MAX_DESCRIPTION {
        return None;
    }
    let end = p
        .iter()
        .position(|w| w.after().contains([',', ';', ':', '(', ')']))
        .map_or(p.len(), |c| c + 1);
    let head = p[end - 1].key();
    let person = is_title_word(head) || PERSON_NOUNS.contains(head);
    let text = shown(phrase.start..phrase.start + end);
    person.then(|| lower_article(text.trim_end_matches([',', '.', ';', ':'])))
}

/// The person the words `phrase` of a sentence name, from the sentence's name runs already
/// resolved (`named`: run ranges of `ws` and people), or "he" or "she" resolved: the
/// cheap reading of a subject that only needs a person.
pub fn person(
    ws: &[Word],
    phrase: Range<usize>,
    named: &[(Range<usize>, PersonId)],
    people: &People,
    d: &Discourse,
) -> Option<PersonId> {
    let p = ws.get(phrase.clone())?;
    if let [only] = p {
        if matches!(only.key(), "he" | "she") {
            return match d.pronoun(only.key(), people)? {
                Who::Person(i) => Some(i),
                Who::Unnamed(_) => None,
            };
        }
    }
    named
        .iter()
        .filter(|(r, _)| r.start >= phrase.start && r.end <= phrase.end)
        .find(|(r, _)| names_speaker(p, &(r.start - phrase.start..r.end - phrase.start)))
        .map(|(_, i)| *i)
}

/// Who the words `phrase` of `ws` name.
pub fn classify(
    ws: &[Word],
    phrase: Range<usize>,
    people: &People,
    d: &Discourse,
    shown: &impl Shown,
) -> Option<Who> {
    let mut phrase = phrase;
    while phrase.start < phrase.end && matches!(ws[phrase.start].key(), "and" | "but" | "as") {
        phrase.start += 1;
    }
    let p = ws.get(phrase.clone())?;
    let first = p.first()?;
    // "him" and "her" too: "his office quoted him as saying".
    if p.len() == 1
        && matches!(
            first.key(),
            "he" | "she" | "it" | "they" | "i" | "we" | "him" | "her"
        )
    {
        return d.pronoun(first.key(), people);
    }
    let runs = name_runs(p);
    for r in &runs {
        if !names_speaker(p, r) {
            continue;
        }
        let mut surface = String::new();
        for (i, w) in p[r.clone()].iter().enumerate() {
            if i > 0 {
                surface.push(' ');
            }
            surface.push_str(w.text());
        }
        if let Some(i) = people.resolve(&surface) {
            return Some(Who::Person(i));
        }
    }
    // The description up to its first comma.
    let mut end = p
        .iter()
        .position(|w| w.after().contains([',', ';', ':', '(', ')']))
        .map_or(p.len(), |c| c + 1);
    // "the letter faxed (to ...)", "court documents given (to ...)": a participle after
    // the noun starts a clause of its own.
    while end > 2 && ends_in_participle(&p[..end]) {
        end -= 1;
    }
    let desc = &p[..end];
    if desc.len() > MAX_DESCRIPTION || !desc.iter().any(|w| w.text().len() > 1) {
        return None;
    }
    let head = desc.last()?.key();
    // A description names someone by a noun: not "in", "progress on", "saying".
    let nounless = |w: &Word| {
        let k = w.key();
        super::attribution::is_participle(k) || is_stopword(k) || is_phrase_break(k)
    };
    if nounless(&desc[desc.len() - 1]) {
        return None;
    }
    let definite = first.key() == "the" || first.possessive;
    if definite && (is_title_word(head) || head.ends_with("-old")) {
        // The title words before the head that name the office ("prime", "foreign"), not
        // the determiner, a possessive or the person's standing ("former").
        let office: Vec<&str> = desc[..desc.len() - 1]
            .iter()
            .skip(1)
            .map(Word::key)
            .filter(|k| is_title_word(k) && !STANDING_WORDS.contains(k))
            .collect();
        if let Some(i) = d.role(head, &office, people) {
            return Some(Who::Person(i));
        }
    }
    if definite {
        if let Some(earlier) = d.described.iter().rev().find(|e| {
            e.split_whitespace()
                .last()
                .is_some_and(|l| crate::case::lower(l) == head)
        }) {
            return Some(Who::Unnamed(earlier.clone()));
        }
    }
    let text = shown(phrase.start..phrase.start + end);
    let mut text = text.trim_end_matches([',', '.', ';', ':']);
    // "the Engineering Center (NSRDEC": a bracket the phrase does not close is cut off.
    if let Some(open) = text.rfind('(').filter(|&o| !text[o..].contains(')')) {
        text = text[..open].trim_end();
    }
    let text = text.to_string();
    Some(Who::Unnamed(lower_article(&text)))
}

/// True when the phrase `p` ends in a past participle after a noun: "the letter faxed",
/// "documents given"; not "the newly elected" (an adverb before it), "the injured" or "a
/// letter the lawmakers sent".
fn ends_in_participle(p: &[Word]) -> bool {
    let [_, middle @ .., before, last] = p else {
        return false;
    };
    // "a letter the lawmakers sent": the verb of a clause with its own subject.
    if middle
        .iter()
        .chain([before])
        .any(|w| matches!(w.key(), "the" | "a" | "an"))
    {
        return false;
    }
    let k = last.key();
    let participle = (k.len() > 4 && k.ends_with("ed")) || PAST_FORMS.contains(k);
    let b = before.key();
    let modifier = b.ends_with("ly") || is_stopword(b) || before.possessive;
    participle && !last.is_capitalized() && !before.after().contains([',', ';', ':']) && !modifier
}

/// "The ministry" as "the ministry": a capital that only opened the sentence.
fn lower_article(text: &str) -> String {
    for a in ["The ", "A ", "An "] {
        if let Some(rest) = text.strip_prefix(a) {
            return format!("{}{rest}", crate::case::lower(a));
        }
    }
    text.to_string()
}

//! Personal names: which words can be part of one, where a name runs in a sentence, and
//! how two spellings of a name compare (accents, transliterations, short forms).

use crate::lexicon::names::PARTICLES;
use crate::lexicon::titles::TITLE_CONNECTORS;
use crate::tokens::Word;
use std::ops::Range;

use super::classes::{classes, Classes, List};
pub use super::lookup::{
    body, country, group_members, in_side_name, inside_longer_side, is_abbreviated_title,
    is_auxiliary, is_meeting_word, is_phrase_break, is_speech_verb, is_stopword, is_title_head,
    is_title_word, may_name_side, side_of_words,
};
use super::lookup::{is_barred_from_names, is_barred_in, is_organisation_word};
pub use super::skeleton::{skeleton, skeletons_match};
use crate::lexicon::countries::PLACE_PREPOSITIONS;

/// Most words in one name.
const MAX_NAME_WORDS: usize = 4;

/// A word that can stand in a person's name.
pub fn is_name_word(w: &Word) -> bool {
    w.is_capitalized() && has_name_shape(w.text()) && !is_barred_from_names(w)
}

/// True when word `i` of `words` can stand in a name: a name's word, or a place's name
/// used as a first name ([`is_place_first_name`]). The word is looked up once.
fn takes_name_word(words: &[Word], i: usize) -> bool {
    let w = &words[i];
    // A place's name used as a first name has a name's shape too.
    if !w.is_capitalized() || !has_name_shape(w.text()) {
        return false;
    }
    let c = classes(w.key());
    !is_barred_in(w, c) || is_place_first_name(words, i, c)
}

/// True when `t` is one to three initials ("J.", "P.J.", "J.R.R."): capitals, each with
/// its full stop.
fn is_initials(t: &str) -> bool {
    let b = t.as_bytes();
    (2..=6).contains(&b.len())
        && b.len() % 2 == 0
        && b.chunks(2)
            .all(|p| p[0].is_ascii_uppercase() && p[1] == b'.')
}

/// True when word `i` opens a name with initials: "P.J. Crowley", "J. Crowley", not
/// "U.S. Marines" or "U.N. envoy" (a country's or a body's short name), nor before a
/// bracket ("W.J. (Billy) Tauzin" is read from its surname).
fn opens_with_initials(words: &[Word], i: usize) -> bool {
    let w = &words[i];
    is_initials(w.text())
        && !w.breaks_after()
        && side_of_words(&words[i..=i]).is_none()
        && words.get(i + 1).is_some_and(|n| {
            n.before().is_empty()
                && !is_initials(n.text())
                && n.is_capitalized()
                && takes_name_word(words, i + 1)
        })
}

/// Per byte, what it tells of a name's shape: [`LOWER`], [`STOP`], [`NOT_LETTER`] or
/// [`NOT_ASCII`].
static SHAPE: [u8; 256] = shape_table();
/// A lowercase ASCII letter.
const LOWER: u8 = 1;
/// A full stop.
const STOP: u8 = 2;
/// Neither a letter, a hyphen, an apostrophe nor a full stop.
const NOT_LETTER: u8 = 4;
/// A byte of a character beyond ASCII.
const NOT_ASCII: u8 = 8;

const fn shape_table() -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if !c.is_ascii() {
            NOT_ASCII
        } else if c.is_ascii_lowercase() {
            LOWER
        } else if c == b'.' {
            STOP
        } else if c.is_ascii_alphabetic() || c == b'-' || c == b'\'' {
            0
        } else {
            NOT_LETTER
        };
        b += 1;
    }
    t
}

/// The letters of a name's word, or an initial ("J."): some lowercase, no full stop but
/// an initial's or a short abbreviation's, nothing but letters, hyphens and apostrophes.
/// ASCII, nearly every word, is told in one pass over its bytes.
fn has_name_shape(t: &str) -> bool {
    let seen = t.bytes().fold(0, |seen, b| seen | SHAPE[usize::from(b)]);
    if seen & NOT_ASCII == 0 {
        let (lower, stop, letters) = (seen & LOWER != 0, seen & STOP != 0, seen & NOT_LETTER == 0);
        let initial = t.len() == 2 && t.ends_with('.');
        let short = t.len() <= 3 && t.ends_with('.');
        return (initial || lower) && (!stop || short) && letters;
    }
    has_name_shape_by_chars(t)
}

/// [`has_name_shape`] told character by character, for any script.
fn has_name_shape_by_chars(t: &str) -> bool {
    let initial = t.ends_with('.') && t.chars().count() == 2;
    if !initial && !t.chars().any(char::is_lowercase) {
        return false;
    }
    if t.contains('.') && !(t.len() <= 3 && t.ends_with('.')) {
        return false;
    }
    t.chars()
        .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '.' | '\u{2019}'))
}

/// A country's name, short form or capital used as a first name: directly before another
/// name word ("Sofia Ramos", "Chad Miller", "Israel Katz"). A capital used as a metonym
/// stands alone ("Sofia said"); a demonym before a name stays one ("Bulgarian Ivan
/// Petrov"); a place the words before point to stays one ("in Sofia Ramos said",
/// "ambassador to Japan Tom Reed"). `c` holds the classes of the word's key.
fn is_place_first_name(words: &[Word], i: usize, c: Classes) -> bool {
    let w = &words[i];
    if w.breaks_after() || w.possessive || !c.has(List::PlaceName) {
        return false;
    }
    let t = w.text();
    let shaped = w.is_capitalized()
        && t.chars().any(char::is_lowercase)
        && t.chars().all(|ch| ch.is_alphabetic() || ch == '-');
    if !shaped {
        return false;
    }
    if !words.get(i + 1).is_some_and(is_name_word) {
        return false;
    }
    let Some(prev) = i.checked_sub(1).map(|p| &words[p]) else {
        return true;
    };
    if prev.breaks_after() {
        return true;
    }
    let title_before = i
        .checked_sub(2)
        .is_some_and(|k| is_title_word(words[k].key()));
    !(PLACE_PREPOSITIONS.contains(prev.key())
        || TITLE_CONNECTORS.contains(prev.key()) && title_before)
}

/// A surname joined to its particle by a hyphen ("al-Sharaa", "el-Sisi", "bin-Salman"):
/// a name's word after its given name, where it closes the name as "Sharaa" would.
fn is_particle_compound(t: &str) -> bool {
    t.split_once('-').is_some_and(|(particle, rest)| {
        PARTICLES.contains(particle)
            && rest.starts_with(|c: char| c.is_uppercase())
            && rest
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
            && rest.chars().count() >= 2
    })
}

/// A word in lowercase with a capital inside ("deJesus", "al-Assad"): a name's word only
/// between two other words of the name.
fn is_inner_name_word(w: &Word) -> bool {
    let t = w.text();
    t.chars().next().is_some_and(char::is_lowercase)
        && t.chars().skip(1).any(char::is_uppercase)
        && t.chars().all(|c| c.is_alphabetic() || c == '-')
}

/// A capitalized word that makes the proper name next to it an institution or a place
/// ("Sam Rainsy Party", "Camp ...").
fn names_a_place(w: &Word) -> bool {
    w.is_capitalized() && is_organisation_word(w.key())
}

/// Most capitalized words between "and" and the word that names an organisation ("the
/// Truth and Reconciliation Commission").
const JOINED_WORDS: usize = 3;

/// True when the run `start..end` opens an organisation's name joined by "and": "the
/// (South African) Truth and Reconciliation Commission", but not "Mandela and African
/// National Congress leaders", whose run has no "the" before it.
fn joined_organisation(words: &[Word], start: usize, end: usize) -> bool {
    let last = &words[end - 1];
    if last.breaks_after()
        || !words
            .get(end)
            .is_some_and(|w| matches!(w.key(), "and" | "&"))
    {
        return false;
    }
    // "the", with only capitalized words ("South African") between it and the run.
    let mut b = start;
    while b > 0 && words[b - 1].is_capitalized() && !words[b - 1].breaks_after() {
        b -= 1;
    }
    let the = b
        .checked_sub(1)
        .is_some_and(|k| words[k].key() == "the" && !words[k].breaks_after());
    if !the || words[end].breaks_after() {
        return false;
    }
    let mut k = end + 1;
    while let Some(w) = words.get(k).filter(|_| k <= end + JOINED_WORDS) {
        if !w.is_capitalized() {
            return false;
        }
        if names_a_place(w) {
            return k > end + 1;
        }
        if w.breaks_after() {
            return false;
        }
        k += 1;
    }
    false
}

/// Ranges (word indices) of the name runs in `words`: capitalized name words, with
/// particles inside ("Ursula von der Leyen"), cut at punctuation and possessives.
pub fn name_runs(words: &[Word]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    name_runs_into(words, &mut out);
    out
}

/// [`name_runs`] into `out`, emptied first: the list of a stage reading every sentence
/// is made once.
pub fn name_runs_into(words: &[Word], out: &mut Vec<Range<usize>>) {
    out.clear();
    let mut i = 0;
    while i < words.len() {
        // Both openings are capitalized: a word in lowercase is passed at once.
        let w = &words[i];
        let opens = if w.text().ends_with('.') {
            w.is_capitalized() && opens_with_initials(words, i)
        } else {
            w.is_capitalized() && takes_name_word(words, i)
        };
        if !opens {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + 1;
        while end < words.len() && end - start < MAX_NAME_WORDS {
            let prev = &words[end - 1];
            if prev.breaks_after() || prev.possessive {
                break;
            }
            let w = &words[end];
            // "Stephen King", "John Major": a title word closing a name is its surname.
            let title_surname = w.is_capitalized()
                && is_title_head(w.key())
                && (w.breaks_after()
                    || !words.get(end + 1).is_some_and(|n| {
                        n.is_capitalized()
                            || is_title_word(n.key())
                            || TITLE_CONNECTORS.contains(n.key())
                    }));
            if w.is_capitalized() && takes_name_word(words, end) {
                end += 1;
            } else if title_surname {
                end += 1;
                break;
            } else if is_particle_compound(w.text()) {
                end += 1;
            } else if is_inner_name_word(w)
                && !w.breaks_after()
                && words.get(end + 1).is_some_and(is_name_word)
            {
                end += 2;
            } else if PARTICLES.contains(w.text()) {
                let particles = words[end..]
                    .iter()
                    .take_while(|p| PARTICLES.contains(p.text()) && !p.breaks_after())
                    .count();
                match words.get(end + particles) {
                    Some(next) if is_name_word(next) => end += particles + 1,
                    _ => break,
                }
            } else {
                break;
            }
        }
        // A run may not end on an initial.
        while end > start + 1 && words[end - 1].text().ends_with('.') {
            end -= 1;
        }
        // Next to "Party", "University", "Base" ... the words name no person.
        let before = start
            .checked_sub(1)
            .map(|b| &words[b])
            .is_some_and(|b| !b.breaks_after() && !b.possessive && names_a_place(b));
        let last = &words[end - 1];
        let after = words
            .get(end)
            .is_some_and(|n| !last.breaks_after() && !last.possessive && names_a_place(n));
        // "Buenos Aires", "Tel Aviv": a country's or capital's name of several words.
        let side = end - start > 1 && side_of_words(&words[start..end]).is_some();
        let place = before || after || side || joined_organisation(words, start, end);
        if !place {
            out.push(start..end);
        }
        i = end.max(start + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::words;

    fn runs(s: &str) -> Vec<String> {
        let ws = words(s);
        name_runs(&ws)
            .into_iter()
            .map(|r| ws[r].iter().map(|w| w.text()).collect::<Vec<_>>().join(" "))
            .collect()
    }

    #[test]
    fn finds_name_runs() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Secretary of State Anna Berg met Pavel Orlov.",
                &["Anna Berg", "Pavel Orlov"],
            ),
            (
                "Carter's ambassador to Japan Tom Reed",
                &["Carter", "Tom Reed"],
            ),
            (
                "President Ursula von der Leyen spoke",
                &["Ursula von der Leyen"],
            ),
            ("John Q. Carter and U.S. officials", &["John Q. Carter"]),
            ("Berg, Orlov and Sokolov", &["Berg", "Orlov", "Sokolov"]),
            ("The NATO exercise on Friday", &[]),
            // After DUC 2004 d31001t (NYT19981028.0331): a name joined into a body's name.
            (
                "the South African Truth and Reconciliation Commission said",
                &[],
            ),
            ("the Truth and Reconciliation Commission said", &[]),
            // Outlets and laboratories: after CNN test story 152 and DUC 2004 d31033t.
            ("As the New York Daily News editorial board notes", &[]),
            ("a memo from Intel Architecture Labs said", &[]),
            (
                "Ann Berg and Reconciliation Commission members met",
                &["Ann Berg"],
            ),
            // Initials open a name (after CNN test story 323 and DUC 2004 d30008t), not a
            // country's short name or a bracket's.
            ("spokesman P.J. Crowley said Friday", &["P.J. Crowley"]),
            (
                "President B.J. Habibie met J. Reed",
                &["B.J. Habibie", "J. Reed"],
            ),
            (
                "the U.S. Marines and the U.N. Charter",
                &["Marines", "Charter"],
            ),
            ("Rep. W.J. (Billy) Tauzin said", &["Billy", "Tauzin"]),
            // A surname joined to its particle closes the name (after DUC 2004 d30028t,
            // APW19981004.0296); the word alone opens none.
            (
                "quoted Foreign Minister Farouq al-Sharaa as saying",
                &["Farouq al-Sharaa"],
            ),
            (
                "President Abdel Fattah el-Sisi met al-Assad",
                &["Abdel Fattah el-Sisi"],
            ),
            ("Mohammed al-x and Ali al- said", &["Mohammed", "Ali"]),
            // A dash standing alone ends a name as a comma does (after CNN test story 166).
            (
                "with Michael Kane -- Jackson's business manager -- when",
                &["Michael Kane", "Jackson"],
            ),
            ("Ann Berg \u{2014} Kim Lee's aide", &["Ann Berg", "Kim Lee"]),
        ];
        for (input, want) in cases {
            assert_eq!(runs(input), *want, "input: {input:?}");
        }
    }

    #[test]
    fn ascii_words_have_the_shape_their_characters_give() {
        let words = [
            "Anna",
            "J.",
            "Jr.",
            "U.S.",
            "NATO",
            "O'Neill",
            "Smith-Jones",
            "al-Assad",
            "A",
            "a",
            "mr",
            "Mr.",
            "X.Y",
            "B2",
            "Rock'n'Roll",
            "-",
            ".",
            "..",
            "Ab.",
            "Abc.",
        ];
        for t in words {
            assert_eq!(has_name_shape(t), has_name_shape_by_chars(t), "{t:?}");
        }
        assert!(has_name_shape("Łukasz") && !has_name_shape("ŁUKASZ"));
    }
}

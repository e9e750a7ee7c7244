//! The Snowball English (Porter 2) stemmer, on ASCII lowercase words: "talks", "talked"
//! and "talking" give "talk", "agreements" gives "agreement". A compact port of the
//! published algorithm (snowballstem.org/algorithms/english/stemmer.html) working in place
//! on the word's bytes; the tests check it against the reference implementation.

/// Words the algorithm leaves alone or stems by hand.
const EXCEPTIONS: &[(&str, &str)] = &[
    ("skis", "ski"),
    ("skies", "sky"),
    ("dying", "die"),
    ("lying", "lie"),
    ("tying", "tie"),
    ("idly", "idl"),
    ("gently", "gentl"),
    ("ugly", "ugli"),
    ("early", "earli"),
    ("only", "onli"),
    ("singly", "singl"),
    ("sky", "sky"),
    ("news", "news"),
    ("howe", "howe"),
    ("atlas", "atlas"),
    ("cosmos", "cosmos"),
    ("bias", "bias"),
    ("andes", "andes"),
];

/// Words left as they are once step 1a has run.
const AFTER_1A: &[&str] = &[
    "inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed",
];

/// Step 2: (suffix, replacement), longest first within each ending.
const STEP2: &[(&str, &str)] = &[
    ("ization", "ize"),
    ("ational", "ate"),
    ("fulness", "ful"),
    ("ousness", "ous"),
    ("iveness", "ive"),
    ("tional", "tion"),
    ("biliti", "ble"),
    ("lessli", "less"),
    ("entli", "ent"),
    ("ation", "ate"),
    ("alism", "al"),
    ("aliti", "al"),
    ("ousli", "ous"),
    ("iviti", "ive"),
    ("fulli", "ful"),
    ("enci", "ence"),
    ("anci", "ance"),
    ("abli", "able"),
    ("izer", "ize"),
    ("ator", "ate"),
    ("alli", "al"),
    ("bli", "ble"),
    ("ogi", "og"),
    ("li", ""),
];

/// Step 3: (suffix, replacement); "ative" only in R2.
const STEP3: &[(&str, &str)] = &[
    ("ational", "ate"),
    ("tional", "tion"),
    ("alize", "al"),
    ("icate", "ic"),
    ("iciti", "ic"),
    ("ative", ""),
    ("ical", "ic"),
    ("ness", ""),
    ("ful", ""),
];

/// Step 4: suffixes deleted in R2, longest first.
const STEP4: &[&str] = &[
    "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous",
    "ive", "ize", "ion", "al", "er", "ic",
];

/// The last letters of a table of suffixes, as a set of ASCII bytes: a word ending
/// otherwise is compared with none of them.
const fn last_letters(suffixes: &[&str]) -> u128 {
    let mut set = 0u128;
    let mut k = 0;
    while k < suffixes.len() {
        let s = suffixes[k].as_bytes();
        set |= 1 << (s[s.len() - 1] & 127);
        k += 1;
    }
    set
}

/// The last letters of a table of suffixes with their replacements (see
/// [`last_letters`]).
const fn last_letters_of_pairs(pairs: &[(&str, &str)]) -> u128 {
    let mut set = 0u128;
    let mut k = 0;
    while k < pairs.len() {
        let s = pairs[k].0.as_bytes();
        set |= 1 << (s[s.len() - 1] & 127);
        k += 1;
    }
    set
}

/// True when `w` ends in a letter of `set` (see [`last_letters`]).
fn may_end_in(w: &[u8], set: u128) -> bool {
    w.last().is_some_and(|&b| set >> (b & 127) & 1 == 1)
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

/// The start of the region after the first non-vowel that follows a vowel, from `from`.
fn region(w: &[u8], from: usize) -> usize {
    let mut k = from;
    while k < w.len() && !is_vowel(w[k]) {
        k += 1;
    }
    while k < w.len() && is_vowel(w[k]) {
        k += 1;
    }
    (k + 1).min(w.len())
}

/// True when `w` ends in a short syllable.
fn short_syllable(w: &[u8]) -> bool {
    let n = w.len();
    match n {
        0 | 1 => false,
        2 => is_vowel(w[0]) && !is_vowel(w[1]),
        _ => {
            let (a, b, c) = (w[n - 3], w[n - 2], w[n - 1]);
            !is_vowel(a) && is_vowel(b) && !is_vowel(c) && !matches!(c, b'w' | b'x' | b'Y')
        }
    }
}

/// The stem of ASCII lowercase `word`.
#[cfg(test)]
pub fn stem(word: &str) -> String {
    let mut w = Vec::new();
    stem_into(word, &mut w);
    String::from_utf8(w).unwrap_or_default()
}

/// Writes the stem of `word` (ASCII lowercase; any other word is copied as it is) into
/// `w`: one buffer serves every word.
pub fn stem_into(word: &str, w: &mut Vec<u8>) {
    w.clear();
    if let Some((_, s)) = EXCEPTIONS.iter().find(|(x, _)| *x == word) {
        w.extend_from_slice(s.as_bytes());
        return;
    }
    w.extend_from_slice(word.as_bytes());
    if word.len() <= 2 || !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return;
    }
    // A y that starts the word or follows a vowel is a consonant.
    let mut marked = false;
    for k in 0..w.len() {
        if w[k] == b'y' && (k == 0 || is_vowel(w[k - 1])) {
            w[k] = b'Y';
            marked = true;
        }
    }
    steps(word, w);
    if marked {
        for b in w.iter_mut() {
            if *b == b'Y' {
                *b = b'y';
            }
        }
    }
}

fn steps(word: &str, w: &mut Vec<u8>) {
    let r1 = if word.starts_with("gener") || word.starts_with("arsen") {
        5
    } else if word.starts_with("commun") {
        6
    } else {
        region(w, 0)
    };
    let r2 = region(w, r1);
    step1a(w);
    if AFTER_1A.iter().any(|x| x.as_bytes() == w.as_slice()) {
        return;
    }
    step1b(w, r1);
    // Step 1c: a final y after a non-vowel that is not the first letter becomes i.
    let n = w.len();
    if n > 2 && matches!(w[n - 1], b'y' | b'Y') && !is_vowel(w[n - 2]) {
        w[n - 1] = b'i';
    }
    step2(w, r1);
    step3(w, r1, r2);
    step4(w, r2);
    step5(w, r1, r2);
}

fn ends(w: &[u8], s: &str) -> bool {
    w.ends_with(s.as_bytes())
}

fn replace(w: &mut Vec<u8>, suffix: &str, by: &str) {
    w.truncate(w.len() - suffix.len());
    w.extend_from_slice(by.as_bytes());
}

fn step1a(w: &mut Vec<u8>) {
    // Every suffix of the step ends in s or d.
    if !matches!(w.last(), Some(b's' | b'd')) {
        return;
    }
    if ends(w, "sses") {
        replace(w, "sses", "ss");
    } else if ends(w, "ied") || ends(w, "ies") {
        let by = if w.len() > 4 { "i" } else { "ie" };
        replace(w, "ies", by);
    } else if ends(w, "us") || ends(w, "ss") {
    } else if ends(w, "s") {
        // Deleted when a vowel comes before the letter before the s.
        let n = w.len();
        if n >= 3 && w[..n - 2].iter().any(|&b| is_vowel(b)) {
            w.pop();
        }
    }
}

fn step1b(w: &mut Vec<u8>, r1: usize) {
    // Every suffix of the step ends in d, g or y.
    if !matches!(w.last(), Some(b'd' | b'g' | b'y')) {
        return;
    }
    for s in ["eedly", "eed"] {
        if ends(w, s) {
            if w.len() - s.len() >= r1 {
                replace(w, s, "ee");
            }
            return;
        }
    }
    let Some(s) = ["ingly", "edly", "ing", "ed"]
        .into_iter()
        .find(|s| ends(w, s))
    else {
        return;
    };
    let stem_len = w.len() - s.len();
    if !w[..stem_len].iter().any(|&b| is_vowel(b)) {
        return;
    }
    w.truncate(stem_len);
    if ends(w, "at") || ends(w, "bl") || ends(w, "iz") {
        w.push(b'e');
    } else if w.len() >= 2
        && w[w.len() - 1] == w[w.len() - 2]
        && matches!(
            w[w.len() - 1],
            b'b' | b'd' | b'f' | b'g' | b'm' | b'n' | b'p' | b'r' | b't'
        )
    {
        w.pop();
    } else if r1 >= w.len() && short_syllable(w) {
        w.push(b'e');
    }
}

fn step2(w: &mut Vec<u8>, r1: usize) {
    const LAST: u128 = last_letters_of_pairs(STEP2);
    if !may_end_in(w, LAST) {
        return;
    }
    let Some(&(s, by)) = STEP2.iter().find(|(s, _)| ends(w, s)) else {
        return;
    };
    let at = w.len() - s.len();
    if at < r1 {
        return;
    }
    let before = at.checked_sub(1).map(|k| w[k]);
    match s {
        "ogi" if before != Some(b'l') => {}
        "li" if !before.is_some_and(|b| b"cdeghkmnrt".contains(&b)) => {}
        _ => replace(w, s, by),
    }
}

fn step3(w: &mut Vec<u8>, r1: usize, r2: usize) {
    const LAST: u128 = last_letters_of_pairs(STEP3);
    if !may_end_in(w, LAST) {
        return;
    }
    let Some(&(s, by)) = STEP3.iter().find(|(s, _)| ends(w, s)) else {
        return;
    };
    let at = w.len() - s.len();
    if at >= r1 && (s != "ative" || at >= r2) {
        replace(w, s, by);
    }
}

fn step4(w: &mut Vec<u8>, r2: usize) {
    const LAST: u128 = last_letters(STEP4);
    if !may_end_in(w, LAST) {
        return;
    }
    let Some(&s) = STEP4.iter().find(|s| ends(w, s)) else {
        return;
    };
    let at = w.len() - s.len();
    if at < r2 {
        return;
    }
    if s == "ion" && !(at > 0 && matches!(w[at - 1], b's' | b't')) {
        return;
    }
    w.truncate(at);
}

fn step5(w: &mut Vec<u8>, r1: usize, r2: usize) {
    let n = w.len();
    if ends(w, "e") {
        let at = n - 1;
        if at >= r2 || (at >= r1 && !short_syllable(&w[..at])) {
            w.pop();
        }
    } else if ends(w, "l") && n > r2 && n >= 2 && w[n - 2] == b'l' {
        w.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::stem;

    /// Every plain word of the test fixtures (news articles and web pages): the same stem
    /// as the reference implementation (the rust-stemmers crate, a test-only dependency).
    #[test]
    fn agrees_with_the_reference_on_the_fixtures_vocabulary() {
        let reference = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        let mut words = std::collections::BTreeSet::new();
        let mut dirs = vec![std::path::PathBuf::from(root)];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path);
                } else if let Ok(text) = std::fs::read_to_string(&path) {
                    for w in text.split(|c: char| !c.is_ascii_alphabetic()) {
                        if w.len() > 2 {
                            words.insert(w.to_ascii_lowercase());
                        }
                    }
                }
            }
        }
        assert!(words.len() > 5000, "{} words", words.len());
        let wrong: Vec<String> = words
            .iter()
            .filter(|w| stem(w) != reference.stem(w))
            .map(|w| format!("{w}: {} / {}", stem(w), reference.stem(w)))
            .collect();
        assert!(
            wrong.is_empty(),
            "{} of {}: {wrong:#?}",
            wrong.len(),
            words.len()
        );
    }

    #[test]
    fn published_examples() {
        let cases = [
            ("consign", "consign"),
            ("consigned", "consign"),
            ("consigning", "consign"),
            ("consignment", "consign"),
            ("consist", "consist"),
            ("consisted", "consist"),
            ("consistency", "consist"),
            ("consistent", "consist"),
            ("consistently", "consist"),
            ("consisting", "consist"),
            ("consists", "consist"),
            ("consolation", "consol"),
            ("consolations", "consol"),
            ("consolatory", "consolatori"),
            ("console", "consol"),
            ("consoled", "consol"),
            ("consoles", "consol"),
            ("consolidate", "consolid"),
            ("consolidated", "consolid"),
            ("consolidating", "consolid"),
            ("knack", "knack"),
            ("knackered", "knacker"),
            ("knave", "knave"),
            ("knavish", "knavish"),
            ("kneaded", "knead"),
            ("kneel", "kneel"),
            ("knelt", "knelt"),
            ("generously", "generous"),
            ("communication", "communic"),
            ("cries", "cri"),
            ("ties", "tie"),
            ("hopping", "hop"),
            ("hoping", "hope"),
            ("agreed", "agre"),
            ("talks", "talk"),
        ];
        for (w, want) in cases {
            assert_eq!(stem(w), want, "{w}");
        }
    }
}

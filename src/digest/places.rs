//! The countries a sentence names: figures of sentences about different countries count
//! different things ("49 percent of Cambodian children", "67 percent of North Korean
//! children").

use super::numerals::Token;
use crate::ids::Side;
use crate::people::country;
use std::borrow::Cow;

/// The countries tokens `ts` name, by a two-word name ("north korean") or a one-word one
/// ("u.s."), in the order named.
pub fn places(ts: &[Token]) -> Vec<Side> {
    let mut out: Vec<Side> = Vec::new();
    // The two-word name looked up, built in one buffer for every pair of tokens.
    let mut pair = String::new();
    let mut k = 0;
    while k < ts.len() {
        let two = ts.get(k + 1).and_then(|n| {
            pair.clear();
            pair.push_str(&ts[k].text);
            pair.push(' ');
            pair.push_str(&n.text);
            country(&pair)
        });
        let (found, width) = match two {
            Some(side) => (Some(side), 2),
            None => (country(&without_stops(&ts[k].text)), 1),
        };
        out.extend(found);
        k += width;
    }
    out
}

/// `word` without its full stops ("u.s." gives "us"), borrowed when it has none.
fn without_stops(word: &str) -> Cow<'_, str> {
    if word.contains('.') {
        Cow::Owned(word.replace('.', ""))
    } else {
        Cow::Borrowed(word)
    }
}

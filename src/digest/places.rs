//! The countries a sentence names: figures of sentences about different countries count
//! different things ("49 percent of Cambodian children", "67 percent of North Korean
//! children").

use super::numerals::Token;
use crate::ids::Side;
use crate::people::country;

/// The countries tokens `ts` name, by a two-word name ("north korean") or a one-word one
/// ("u.s."), in the order named.
pub fn places(ts: &[Token]) -> Vec<Side> {
    let mut out: Vec<Side> = Vec::new();
    let mut k = 0;
    while k < ts.len() {
        let two = ts
            .get(k + 1)
            .and_then(|n| country(&format!("{} {}", ts[k].text, n.text)));
        let (found, width) = match two {
            Some(side) => (Some(side), 2),
            None => (country(&ts[k].text.replace('.', "")), 1),
        };
        out.extend(found);
        k += width;
    }
    out
}

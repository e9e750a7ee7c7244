//! Generated articles for the property tests: random mixes of quotes, line breaks of
//! every form, scripts and symbols, markup, page furniture and long lines, from a small
//! seeded generator, so every run sees the same cases. Shared by `tests/properties.rs`
//! (the digest) and the article stage's own tests (`src/article/tests.rs`, through a
//! `#[path]` module).

/// A small xorshift generator: reproducible random input without a dependency.
pub struct Rng(pub u64);

impl Rng {
    /// The next number of the sequence.
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    /// A number below `n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// One of `items`.
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const WORDS: &[&str] = &[
    "The",
    "minister",
    "said",
    "talks",
    "ended",
    "on",
    "Monday",
    "without",
    "a",
    "deal",
    "President",
    "Anna",
    "Berg",
    "was",
    "joined",
    "by",
    "Foreign",
    "Minister",
    "Carl",
    "Lind",
    "and",
    "U.S.",
    "Mr.",
    "Dr.",
    "J.",
    "No.",
    "3.5",
    "2025",
    "Geneva",
    "Oslo's",
    "Ostrovskiy",
    "Dvo\u{159}\u{e1}k",
    "Gen\u{e8}ve",
    "\u{65e5}\u{672c}",
    "\u{645}\u{635}\u{631}",
    "\u{130}stanbul",
    "Stra\u{df}e",
    "e\u{301}te",
    "\u{1f389}",
    "\u{1f468}\u{200d}\u{1f469}",
    "na\u{ef}ve",
    "\u{fffd}",
    "Reuters",
    "(AP)",
    "(CNN)",
    "LONDON",
    "NATO",
    "By",
    "Photo:",
    "(left)",
    "Share",
    "Advertisement",
    "Next",
    "Story",
    "Watch:",
    "Read",
    "more:",
];
const MARKS: &[&str] = &[
    ".",
    ",",
    "!",
    "?",
    ":",
    ";",
    "...",
    "\u{2026}",
    " -",
    " \u{2014}",
    " --",
    "\"",
    "\u{201c}",
    "\u{201d}",
    "'",
    "\u{2019}",
    "(",
    ")",
    "[",
    "]",
    "1.",
    "2)",
    "\u{2022}",
    "- ",
    "<p>",
    "</p>",
    "&amp;",
    "<b>",
    "\u{ad}",
    "\u{200b}",
    "\u{a0}",
];
const BREAKS: &[&str] = &[
    "\n", "\n\n", "\r\n", "\r", "\r\r", "\u{2028}", "\u{2029}", "\u{85}", "\u{c}", "\t",
];

/// One generated article: lines of words and marks, broken by every form of line break.
pub fn generate(rng: &mut Rng) -> String {
    let mut text = String::new();
    let lines = 1 + rng.below(12);
    for _ in 0..lines {
        let most = if rng.below(20) == 0 { 4000 } else { 30 };
        let words = rng.below(most);
        for _ in 0..words {
            match rng.below(10) {
                0..=1 => text.push_str(rng.pick(MARKS)),
                _ => text.push_str(rng.pick(WORDS)),
            }
            if rng.below(6) != 0 {
                text.push(' ');
            }
        }
        text.push_str(rng.pick(BREAKS));
    }
    text
}

/// `text` with every run of white space as one space, as the digest shows text.
pub fn collapsed(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

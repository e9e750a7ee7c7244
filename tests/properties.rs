//! Properties over generated input: random mixes of quotes, line breaks of every form,
//! scripts and symbols, markup, page furniture and long lines (a small seeded generator,
//! so every run sees the same cases). Whatever comes in, reading and digesting it never
//! panics, every sentence shown is the input's own text, every word the digest shows
//! comes from the input, and the counts stay within what the input holds.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use newsdigest::article::Article;
use newsdigest::segment::Kind;
use newsdigest::{digest, ArticleInput, Digest, Options};
use std::collections::HashSet;

/// A small xorshift generator: reproducible random input without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
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
fn generate(rng: &mut Rng) -> String {
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
fn collapsed(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The lowercase words (runs of letters and digits) of `text`.
/// Invisible characters that join the letters around them, as the reader sees them (and
/// as the engine reads them): "Os\u{ad}lo" is "Oslo".
const INVISIBLE: [char; 6] = [
    '\u{200b}', '\u{200c}', '\u{200d}', '\u{2060}', '\u{feff}', '\u{ad}',
];

fn words(text: &str) -> HashSet<String> {
    let text: String = text.chars().filter(|c| !INVISIBLE.contains(c)).collect();
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Every text the digest shows, with where it is shown.
fn shown(d: &Digest) -> Vec<(&'static str, &str)> {
    let mut out: Vec<(&'static str, &str)> = Vec::new();
    for t in &d.takeaways {
        out.push(("takeaway", &t.text));
        out.extend(t.evidence.iter().map(|e| ("evidence", e.text.as_str())));
    }
    for q in &d.quotes {
        out.push(("quote", &q.text));
        out.push(("speaker", &q.speaker));
    }
    out.extend(d.unresolved.iter().map(|u| ("unresolved", u.text.as_str())));
    for c in d.discrepancies.iter().flat_map(|x| &x.claims) {
        out.push(("claim", &c.text));
    }
    for m in d.delegations.iter().flat_map(|s| &s.members) {
        out.push(("member", &m.name));
    }
    out.extend(d.articles.iter().map(|a| ("title", a.title.as_str())));
    out
}

#[test]
fn generated_articles_are_read_as_written() {
    let mut rng = Rng(0x005e_ed0f_a111_dea5);
    for case in 0..1500 {
        let text = generate(&mut rng);
        let input = ArticleInput::text(text.clone(), "generated.txt");
        let read = std::panic::catch_unwind(|| Article::read(&input, 0));
        let Ok(read) = read else {
            panic!("panic on case {case}: {text:?}");
        };
        let a = match read {
            Ok(a) => a,
            Err(e) => {
                let msg = e.to_string();
                assert!(
                    !msg.is_empty() && !msg.contains('\n'),
                    "case {case}: {msg:?}"
                );
                continue;
            }
        };
        let flat = collapsed(&text);
        let mut end = 0;
        for (i, s) in a.segments.iter().enumerate() {
            assert!(
                s.span.start >= end && s.span.end <= a.body.len(),
                "case {case}: spans in order"
            );
            end = s.span.end;
            let shown = a.shown(i);
            assert!(
                flat.contains(&shown),
                "case {case}: segment {i} {shown:?} not in {text:?}"
            );
        }
        let sentences = a
            .segments
            .iter()
            .filter(|s| s.kind == Kind::Sentence)
            .count();
        assert!(
            sentences >= 1,
            "case {case}: an article read has a sentence"
        );
        assert!(sentences <= text.split_whitespace().count(), "case {case}");
        assert!(
            a.word_count() <= text.split_whitespace().count() + sentences,
            "case {case}"
        );
    }
}

#[test]
fn generated_digests_show_only_words_of_the_input() {
    let mut rng = Rng(0x0000_ddba_11c0_ffee);
    for case in 0..300 {
        let texts: Vec<String> = (0..1 + rng.below(3)).map(|_| generate(&mut rng)).collect();
        let inputs: Vec<ArticleInput> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| ArticleInput::text(t.clone(), format!("g{i}.txt")))
            .collect();
        let result = std::panic::catch_unwind(|| digest(&inputs, &Options::default()));
        let Ok(result) = result else {
            panic!("panic on case {case}: {texts:?}");
        };
        let Ok(d) = result else {
            continue;
        };
        let known = words(&texts.concat());
        for (what, text) in shown(&d) {
            for w in words(text) {
                assert!(
                    known.contains(&w),
                    "case {case}: {what} {text:?} has {w:?}, not in the input {texts:?}"
                );
            }
        }
        assert_eq!(d.articles.len(), texts.len(), "case {case}");
        assert!(
            d.takeaways.len() <= Options::default().max_takeaways,
            "case {case}"
        );
        for t in &d.takeaways {
            assert!(
                !t.sources.is_empty() && t.sources.len() <= texts.len(),
                "case {case}"
            );
        }
    }
}

//! Hard cases of the tokenizer: the words of a sentence, its terms, the words of part of
//! it, and the table of a set of articles. Sentences marked `cnn_testN` are from the CNN
//! dev stories (`/work/shared/data/dev/cnn/stories/cnn_testN.txt`).

use super::*;
use crate::ids::{ArticleId, SentenceId};
use crate::model::ArticleInput;

/// A word as the tests compare it: (before, text, raw, after, possessive).
type Parts<'a> = (&'a str, &'a str, &'a str, &'a str, bool);

fn parts<'a>(w: &Word<'a>) -> Parts<'a> {
    (w.before(), w.text(), w.raw(), w.after(), w.possessive)
}

#[test]
fn long_punctuation_around_a_word_is_read_from_the_token() {
    // The lengths of the punctuation around a word are kept in a byte each; longer runs
    // are read again from the token and give the same parts.
    let (open, close) = ("(".repeat(300), "!".repeat(300));
    let text = format!("{open}\u{201c}Reed\u{2019}s{close} {close}xy.{open}");
    let ws = words(&text);
    let want: [Parts; 2] = [
        (
            &format!("{open}\u{201c}"),
            "Reed",
            "Reed\u{2019}s",
            &close,
            true,
        ),
        (&close, "xy", "xy", &format!(".{open}"), false),
    ];
    let got: Vec<Parts> = ws.iter().map(parts).collect();
    assert_eq!(got, want, "{text:?}");
    assert_eq!(ws[0].key(), "reed", "{text:?}");
    assert_eq!(ws[1].span(), 612..1215, "{text:?}");
    // A word is kept in 40 bytes: a long text holds one every six bytes or so.
    assert!(std::mem::size_of::<Word>() <= 40);
}

#[test]
fn words_split_punctuation_possessives_and_initials() {
    let cases: &[(&str, &[Parts])] = &[
        (
            "\"Carter's envoy, Tom J. Reed, met U.S. officials.\"",
            &[
                ("\"", "Carter", "Carter's", "", true),
                ("", "envoy", "envoy", ",", false),
                ("", "Tom", "Tom", "", false),
                ("", "J.", "J.", "", false),
                ("", "Reed", "Reed", ",", false),
                ("", "met", "met", "", false),
                ("", "U.S.", "U.S.", "", false),
                ("", "officials", "officials", ".\"", false),
            ],
        ),
        // cnn_test12: a plural possessive keeps no apostrophe and is not marked.
        (
            "in the constructors' title race.",
            &[
                ("", "in", "in", "", false),
                ("", "the", "the", "", false),
                ("", "constructors", "constructors", "'", false),
                ("", "title", "title", "", false),
                ("", "race", "race", ".", false),
            ],
        ),
        // cnn_test10: initials keep their stops; a stop after a word ("Rep.") is
        // punctuation after it, as a sentence's stop is.
        (
            "U.S. Rep. Buck McKeon, a California Republican",
            &[
                ("", "U.S.", "U.S.", "", false),
                ("", "Rep", "Rep", ".", false),
                ("", "Buck", "Buck", "", false),
                ("", "McKeon", "McKeon", ",", false),
                ("", "a", "a", "", false),
                ("", "California", "California", "", false),
                ("", "Republican", "Republican", "", false),
            ],
        ),
        // cnn_test26: brackets and quotes around a title, a lone comma inside.
        (
            "Jeff Vintar (\"I, Robot\") will",
            &[
                ("", "Jeff", "Jeff", "", false),
                ("", "Vintar", "Vintar", "", false),
                ("(\"", "I", "I", ",", false),
                ("", "Robot", "Robot", "\")", false),
                ("", "will", "will", "", false),
            ],
        ),
        // cnn_test382: a dash without spaces joins two words into one token.
        (
            "the President—he was impeached-- and",
            &[
                ("", "the", "the", "", false),
                ("", "President—he", "President—he", "", false),
                ("", "was", "was", "", false),
                ("", "impeached", "impeached", "--", false),
                ("", "and", "and", "", false),
            ],
        ),
        // cnn_test106 and invented: figures keep their signs.
        (
            "debt equals 83% of GDP, a $1.5 rise - at 10°C.",
            &[
                ("", "debt", "debt", "", false),
                ("", "equals", "equals", "", false),
                ("", "83%", "83%", "", false),
                ("", "of", "of", "", false),
                ("", "GDP", "GDP", ",", false),
                ("", "a", "a", "", false),
                ("$", "1.5", "1.5", "", false),
                ("", "rise", "rise", "", false),
                ("", "at", "at", "", false),
                ("", "10°C", "10°C", ".", false),
            ],
        ),
        // A curly possessive, a name in another script, a token of punctuation only.
        (
            "Nováková’s aide — AT&T's 24/7 pre- and post-war",
            &[
                ("", "Nováková", "Nováková’s", "", true),
                ("", "aide", "aide", "", false),
                ("", "AT&T", "AT&T's", "", true),
                ("", "24/7", "24/7", "", false),
                ("", "pre", "pre", "-", false),
                ("", "and", "and", "", false),
                ("", "post-war", "post-war", "", false),
            ],
        ),
    ];
    for (input, want) in cases {
        let got: Vec<Parts> = words(input).iter().map(parts).collect();
        assert_eq!(got, *want, "words of {input:?}");
    }
}

#[test]
fn word_spans_and_keys() {
    let text = "\"Carter's envoy met U.S. officials.\"";
    let ws = words(text);
    let spans: Vec<&str> = ws.iter().map(|w| &text[w.span()]).collect();
    assert_eq!(
        spans,
        ["\"Carter's", "envoy", "met", "U.S.", "officials.\""],
        "spans of {text:?}"
    );
    assert!(!ws[0].breaks_after() && ws[0].possessive, "{text:?}");
    assert!(!ws[1].breaks_after() && ws[4].breaks_after(), "{text:?}");
    // Keys that borrow, or need their own string.
    let text = "talks Dupont ANTIDISESTABLISHMENTARIANISM Nováková U.S.A.";
    let keys: Vec<String> = words(text).iter().map(|w| w.key().to_string()).collect();
    assert_eq!(
        keys,
        [
            "talks",
            "dupont",
            "antidisestablishmentarianism",
            "nováková",
            "usa"
        ],
        "keys of {text:?}"
    );
}

#[test]
fn capitalized_words_are_told_by_their_first_character() {
    let text = "Anna \u{c9}ric \u{e9}lan \u{ab}Hello\u{bb} \"Quote\" (Sen.) \u{3a9}mega \u{df}x 9am iPhone \u{2014}Next";
    for w in words(text) {
        // The first character of the word, decoded, as the check read it before.
        let first = w.raw().chars().next();
        assert_eq!(
            w.is_capitalized(),
            first.is_some_and(char::is_uppercase),
            "{:?} in {text:?}",
            w.raw()
        );
    }
    let caps: Vec<&str> = words(text)
        .iter()
        .filter(|w| w.is_capitalized())
        .map(|w| w.text())
        .collect();
    assert_eq!(
        caps,
        [
            "Anna",
            "\u{c9}ric",
            "Hello",
            "Quote",
            "Sen",
            "\u{3a9}mega",
            "Next"
        ]
    );
}

#[test]
fn terms_keep_inner_apostrophes_and_hyphens() {
    let cases: &[(&str, &[&str])] = &[
        // cnn_test320.
        (
            "the late '90s teen pop explosion",
            &["the", "late", "90s", "teen", "pop", "explosion"],
        ),
        (
            "A four-hour meeting -- don't 'quote' me",
            &["a", "four-hour", "meeting", "don't", "quote", "me"],
        ),
        (
            "U.S. AT&T 24/7 $1,200",
            &["u", "s", "at", "t", "24", "7", "1", "200"],
        ),
        ("rock 'n' roll", &["rock", "n", "roll"]),
        ("Ελλάδα, Москва; Łódź!", &["ελλάδα", "москва", "łódź"]),
        ("— -- ' \"", &[]),
    ];
    for (input, want) in cases {
        let lowered = crate::case::lower(input);
        assert_eq!(terms(&lowered), *want, "terms of {input:?}");
        // The spans of the terms in the text as written give the same words.
        let written: Vec<String> = term_spans(input)
            .map(|r| crate::case::lower(&input[r]))
            .collect();
        assert_eq!(written, *want, "term spans of {input:?}");
    }
    // A capital whose lowercase is shorter ("İ") moves the spans, not the terms.
    let input = "İSTANBUL's ΑΘΗΝΑ";
    let lowered = crate::case::lower(input);
    let written: Vec<String> = term_spans(input)
        .map(|r| crate::case::lower(&input[r]))
        .collect();
    assert_eq!(terms(&lowered), written, "terms of {input:?}");
}

#[test]
fn runs_take_any_class_of_characters() {
    let text = "l’État n'a rien dit";
    let got: Vec<&str> = runs(text, &Class::new(&['’'])).map(|r| &text[r]).collect();
    assert_eq!(got, ["l’État", "n", "a", "rien", "dit"], "runs of {text:?}");
}

#[test]
fn words_within_a_range_are_the_words_read_again() {
    let sentences = [
        "\"Carter's envoy, Tom J. Reed, met U.S. officials.\"",
        "the President—he was impeached-- and sent (\"I, Robot\") home",
        "He said:\"We will\" and \"dark side\"—left 'em.",
        "Nováková’s aide — AT&T's 24/7 pre- and post-war",
    ];
    for text in sentences {
        let ws = words(text);
        let bounds: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        let mut taken = 0;
        for (k, &from) in bounds.iter().enumerate() {
            for &to in &bounds[k..] {
                let Some(within) = words_within(&ws, from..to) else {
                    continue;
                };
                taken += 1;
                let got: Vec<(Parts, std::ops::Range<usize>)> =
                    within.iter().map(|w| (parts(w), w.span())).collect();
                let want: Vec<(Parts, std::ops::Range<usize>)> = words(&text[from..to])
                    .iter()
                    .map(|w| (parts(w), w.span().start + from..w.span().end + from))
                    .collect();
                assert_eq!(got, want, "words of {:?} in {text:?}", &text[from..to]);
            }
        }
        // Every range between two spaces cuts no word.
        let spaces = text.match_indices(' ').count();
        assert!(
            taken >= (spaces + 1) * (spaces + 2) / 2,
            "{text:?}: {taken}"
        );
        assert_eq!(
            words_within(&ws, 0..text.len()).map(<[Word]>::len),
            Some(ws.len()),
            "{text:?}"
        );
    }
    // A range that cuts a word is read again, not taken from the table.
    let text = "He said:\"We will\"";
    let ws = words(text);
    assert!(words_within(&ws, 0..8).is_none(), "{text:?}");
}

#[test]
fn the_table_holds_every_prose_sentence_once() {
    let text =
        "Talks on Trade\n\nKim met Lee in Geneva. They agreed on tariffs.\n\nLee's aide spoke.";
    let first = ArticleId::new(0);
    let article = crate::article::Article::read(&ArticleInput::text(text, "a.txt"), first);
    let articles = match article {
        Ok(a) => vec![a],
        Err(e) => panic!("{text:?}: {e}"),
    };
    let lowered = Lowered::new(&articles);
    let table = Tokens::new(&articles);
    let a = &articles[0];
    let prose: Vec<usize> = a.sentence_indices().collect();
    assert_eq!(table.sentences().len(), prose.len(), "{text:?}");
    for (k, &si) in prose.iter().enumerate() {
        let s = table.sentence(SentenceId::new(first, si));
        let words_of = s.map(|s| s.words.iter().map(Word::text).collect::<Vec<_>>());
        let want: Vec<&str> = words(a.text(si)).iter().map(Word::text).collect();
        assert_eq!(words_of, Some(want), "words of {:?}", a.text(si));
        let lowered_text = crate::case::lower(a.text(si));
        assert_eq!(
            lowered.sentence(k),
            lowered_text,
            "lowercase of {:?}",
            a.text(si)
        );
    }
    for si in (0..a.segments.len()).filter(|si| !prose.contains(si)) {
        let s = SentenceId::new(first, si);
        assert!(table.sentence(s).is_none(), "segment {:?}", a.text(si));
    }
    let (second, far) = (
        SentenceId::new(ArticleId::new(1), 0),
        SentenceId::new(first, 99),
    );
    assert!(table.sentence(second).is_none() && table.sentence(far).is_none());
    assert_eq!(lowered.sentence(prose.len()), "", "past the last sentence");
    assert_eq!(lowered.sentences().count(), prose.len(), "{text:?}");
}

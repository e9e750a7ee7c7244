use super::{
    before_attribution, before_closing_quote, complete, complete_counted, quoted_share,
    stands_alone, words_and_quotes,
};

#[test]
fn words_and_quotes_are_counted_as_byte_by_byte() {
    // Every kind of ASCII white space (the vertical tab is none), quotation marks and
    // letters beyond ASCII, at every offset against the eight-byte blocks.
    let text = "He said \"no\"\tto\n\x0Bthe  plan\r\x0C, \u{201c}naïve\u{201d} \"x\" ";
    for from in 0..text.len() {
        let t = &text.as_bytes()[from..];
        let words = t.split(u8::is_ascii_whitespace).filter(|w| !w.is_empty());
        let quotes = t.iter().filter(|&&b| b == b'"').count();
        assert_eq!(words_and_quotes(t), (words.count(), quotes), "{t:?}");
    }
}

#[test]
fn the_claim_before_a_closing_quote() {
    let cases = [
        (
            "The mayor rejected the budget on Tuesday, saying, \"We cannot pay for it.\"",
            Some("The mayor rejected the budget on Tuesday"),
        ),
        (
            "The striker left early, telling reporters: \"My knee hurts.\"",
            Some("The striker left early"),
        ),
        ("The mayor said, \"We cannot pay for it.\"", None),
        (
            "The mayor criticised the \"plan\", saying it costs too much.",
            None,
        ),
        (
            "Saying \"no\" to the plan, the mayor left the hall early.",
            None,
        ),
        (
            "The mayor left, saying, \"We cannot pay,\" and then the council voted.",
            None,
        ),
    ];
    for (s, want) in cases {
        assert_eq!(before_closing_quote(s), want, "{s:?}");
    }
}

#[test]
fn the_claim_before_a_closing_attribution() {
    let cases = [
        (
            "Prices rose sharply in the northern provinces, officials said.",
            Some("Prices rose sharply in the northern provinces"),
        ),
        (
            "The factory will close by the end of the year, the company said on Monday.",
            Some("The factory will close by the end of the year"),
        ),
        (
            "The ferry sank near the island of Kos, said Maria Ionescu, a coast guard spokeswoman.",
            Some("The ferry sank near the island of Kos"),
        ),
        (
            "Turnout was the lowest in two decades, according to the election commission.",
            Some("Turnout was the lowest in two decades"),
        ),
        (
            "The coach, who signed a new contract in March, said the squad needed rest.",
            None,
        ),
        (
            "The regulator said the merger could go ahead, but warned that fees would be watched.",
            None,
        ),
        (
            "The senator praised the bill on Monday, and colleagues said the vote would be close.",
            None,
        ),
        ("Rain fell, officials said.", None),
        (
            "The board approved the merger, the chairman told shareholders that day.",
            None,
        ),
        // What the verb announced follows it: the claim is the whole sentence.
        (
            "In a move that will anger fans, the club on Monday announced the sale of its stadium.",
            None,
        ),
        (
            "The mine will close in two years, the union told the newspaper on Friday.",
            Some("The mine will close in two years"),
        ),
    ];
    for (s, want) in cases {
        assert_eq!(before_attribution(s), want, "{s:?}");
    }
}

#[test]
fn every_dependent_opener_fits_the_buffer_it_is_matched_in() {
    for w in super::DEPENDENT_OPENERS.iter() {
        assert!(w.len() <= super::OPENER_BYTES, "{w:?}");
    }
}

#[test]
fn share_of_quoted_words() {
    let share = |t: &str| quoted_share(t, t.split_whitespace().count());
    assert_eq!(share("\"We lost today\" he said then."), 0.5);
    assert_eq!(share("No quotes here."), 0.0);
}

#[test]
fn dependent_or_broken_sentences_do_not_stand_alone() {
    let cases = [
        (
            "Firefighters fought the blaze in the hills on Friday for nearly six hours.",
            true,
        ),
        (
            "He added that the search would continue in the coming weeks and months.",
            false,
        ),
        (
            "But the union did not accept the pay offer in the end today.",
            false,
        ),
        // Two first words longer than the buffer they are lowercased in.
        (
            "However, internationally-recognised observers said the vote was fair.",
            false,
        ),
        (
            "Internationally-recognised observers said the vote was fair and free.",
            true,
        ),
        (
            "So we will appeal the ruling next week,\" he said at the end.",
            false,
        ),
        (
            "\"We played well,\" the coach said after the long match ended.",
            false,
        ),
        ("Too short to stand.", false),
        (
            "… They usually charge way more for everything than anywhere else.",
            false,
        ),
        (
            "officials said the union did not accept the pay offer in the end.",
            false,
        ),
        (
            "The hearing ended without a ruling on whether the evidence could be used.",
            true,
        ),
        // One of two things named before, and speech out of its quotation marks.
        (
            "One would raise the tax on fuel by two cents a litre from March.",
            false,
        ),
        (
            "The other would cut the budget of every ministry by a tenth.",
            false,
        ),
        (
            "I think there is still a lot of work to do before the vote.",
            false,
        ),
        (
            "We're not going to accept a deal that cuts our pensions again.",
            false,
        ),
        (
            "One of the two reactors was shut down for repairs on Tuesday night.",
            true,
        ),
    ];
    for (s, want) in cases {
        assert_eq!(stands_alone(s), want, "{s:?}");
    }
}

#[test]
fn what_the_counts_tell_is_what_the_text_tells() {
    // Complete or not by the counts as by the text; and a text without a quotation mark
    // hands over to no closing quote and has no quoted words. Every cut of each text.
    let texts = [
        "The mayor rejected the budget on Tuesday, saying, \"We cannot pay for it.\"",
        "Prices rose sharply across the region this week, officials said.",
        "The council voted to close the two old schools in the north (after a long debate).",
        "Is the plan, which costs too much, really the only one they have on the table?",
        "The na\u{ef}ve plan \u{2014} \u{201c}a dream\u{201d} \u{2014} was dropped by the council on Monday!",
        "",
        "\"\"",
    ];
    for text in texts {
        for end in (0..=text.len()).filter(|&e| text.is_char_boundary(e)) {
            let t = &text[..end];
            let counts = words_and_quotes(t.as_bytes());
            assert_eq!(complete_counted(t, counts), complete(t), "{t:?}");
            if counts.1 == 0 {
                assert_eq!(before_closing_quote(t), None, "{t:?}");
                assert_eq!(
                    quoted_share(t, counts.0).to_bits(),
                    0.0f32.to_bits(),
                    "{t:?}"
                );
            }
        }
    }
}

#[test]
fn a_sentence_that_opens_a_quotation_in_single_marks_is_not_complete() {
    // The first sentence of a quotation of two, in the style of British papers.
    for text in [
        "Henrik Dahl, the climate commissioner, said: 'The door on coal is not closed.",
        "The minister said: \u{2018}The door on coal is not closed.",
        "The players' union chief said: 'We are not done with this yet.",
    ] {
        assert_eq!(complete(text), None, "{text:?}");
    }
    // Quotations closed, apostrophes and plural possessives.
    for text in [
        "Henrik Dahl said: 'The door on coal is not closed,' and left the hall.",
        "The minister called the plan \u{2018}a step, not a leap\u{2019} on Saturday.",
        "The players' union said the owners' offer was not enough.",
        "Fans of rock 'n' roll from the '90s don't agree on much these days.",
        // CNN dev story cnn_test142.
        "Well, while in Tennessee, a couple sued Steak 'n Shake after their son ingested a sauce.",
    ] {
        assert!(complete(text).is_some(), "{text:?}");
    }
}

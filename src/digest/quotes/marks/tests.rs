use super::passages;

/// The passages of `written` after the marks are normalized as in an article body,
/// each curly mark still telling which way it faces.
fn quoted(written: &str) -> Vec<String> {
    let mut body = String::new();
    let mut curly = Vec::new();
    for c in written.chars() {
        let plain = match c {
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{ab}' | '\u{bb}' => '"',
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '`' => '\'',
            _ => c,
        };
        if plain != c {
            curly.push((body.len(), c));
        }
        body.push(plain);
    }
    let body = body.as_str();
    let written = |i: usize| curly.iter().find(|(at, _)| *at == i).map(|(_, c)| *c);
    passages(body, written, &mut Vec::new())
        .iter()
        .map(|p| p.pieces().map(|r| &body[r]).collect::<Vec<_>>().join(" | "))
        .collect()
}

#[test]
fn quotation_marks_of_every_style() {
    let cases: &[(&str, &[&str])] = &[
        ("\"We will win,\" she said.", &["We will win,"]),
        // A backtick closed by a double mark, then by a single one: after DUC 2004
        // d30006t (NYT19981005.0385) and the typewriter style `...'.
        (
            "Ewing said. `We have been locked out.\u{201d} Besides Ewing, \u{201c}the others \
             came too.\u{201d}",
            &["We have been locked out.", "the others came too."],
        ),
        (
            "He called it `a very good deal' on Monday.",
            &["a very good deal"],
        ),
        ("'We will win,' she said.", &["We will win,"]),
        ("He said 'we don't know' and left.", &["we don't know"]),
        (
            "'The ministers' talks were long,' he said.",
            &["The ministers' talks were long,"],
        ),
        (
            "In the '90s rock 'n' roll was 'dead', they said.",
            &["dead"],
        ),
        (
            "Moreau's view: 'It is not serious.'",
            &["It is not serious."],
        ),
        (
            "\"He told me 'never again' twice,\" she said.",
            &["He told me 'never again' twice,"],
        ),
        (
            "'He told me \"never again\" twice,' she said.",
            &["He told me \"never again\" twice,"],
        ),
        ("A 5\" screen and a 3' board.", &[]),
        ("See the photos \" and more.", &[]),
        ("\"One,\" he said. \"Two.\"", &["One,", "Two."]),
        ("\u{201c}We will win,\u{201d} she said.", &["We will win,"]),
        ("\u{2018}We will win,\u{2019} she said.", &["We will win,"]),
        (
            "\u{201e}Wir gewinnen,\u{201c} sagte sie.",
            &["Wir gewinnen,"],
        ),
        ("\u{ab}Nous gagnerons\u{bb}, dit-elle.", &["Nous gagnerons"]),
        (
            "\u{2018}The ministers\u{2019} talks were long,\u{2019} he said.",
            &["The ministers' talks were long,"],
        ),
        (
            "\u{201c}He told me \u{2018}never again\u{2019} twice,\u{201d} she said.",
            &["He told me 'never again' twice,"],
        ),
        // A curly mark faces its way where a straight one could not: opening right
        // after a letter, closing right before one.
        (
            "He said\u{201c}We will win,\u{201d} and left.",
            &["We will win,"],
        ),
        (
            "He said \u{201c}it went\u{201d}well and left.",
            &["it went"],
        ),
    ];
    for (body, want) in cases {
        assert_eq!(quoted(body), *want, "body: {body:?}");
    }
}

#[test]
fn a_quote_runs_over_paragraphs() {
    let body =
        "\"I played well. I made mistakes.\n\n\"But it was a good day,\" he said.\n\"Next.\"";
    assert_eq!(
        quoted(body),
        vec![
            "I played well. I made mistakes. | But it was a good day,",
            "Next."
        ]
    );
    // Without the repeated mark, the open quote ends with its paragraph.
    let body = "\"I played well.\nHe left.";
    assert_eq!(quoted(body), vec!["I played well."]);
}

#[test]
fn curly_marks_say_which_way_they_face() {
    // As written: “ Why not?” — an opening mark despite the space after it.
    let body = "said, \" Why not?\" and \"it went\"well";
    let written = |i: usize| match i {
        6 => Some('\u{201c}'),
        16 => Some('\u{201d}'),
        22 => Some('\u{201c}'),
        30 => Some('\u{201d}'),
        _ => None,
    };
    let got: Vec<_> = passages(body, written, &mut Vec::new())
        .iter()
        .map(|p| &body[p.pieces().next().unwrap_or_default()])
        .collect();
    assert_eq!(got, vec![" Why not?", "it went"]);
    // Straight marks with space on both sides pair only when a closing mark follows.
    assert_eq!(quoted("said, \" Why not?\" and more"), vec![" Why not?"]);
    assert!(quoted("Photos \" Smith said").is_empty());
}

#[test]
fn the_line_breaks_are_found_on_the_way() {
    for body in [
        "",
        "\n",
        "One line, no break",
        "\"A quote,\" she said.\n\nAnd a line\n",
        "Twelve bytes\n\n\n'tis\n\"x\"\ny",
        "\u{201c}Caf\u{e9}\u{201d} \n\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\n\"",
    ] {
        let mut ends = Vec::new();
        passages(body, |_| None, &mut ends);
        let expected: Vec<u32> = body.match_indices('\n').map(|(i, _)| i as u32).collect();
        assert_eq!(ends, expected, "{body:?}");
    }
}

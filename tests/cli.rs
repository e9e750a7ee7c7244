//! The command-line interface: formats, standard input, the sentences view, and clear
//! one-line errors with non-zero exit codes.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{cli, seed_paths};

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn json_of_all_seeds_lists_each_article_once() {
    let seeds = seed_paths();
    let args: Vec<&str> = seeds
        .iter()
        .map(|p| p.to_str().expect("UTF-8 path"))
        .collect();
    let out = cli(&args, None);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    let articles = v["articles"].as_array().expect("articles array");
    assert_eq!(articles.len(), 5);
    assert_eq!(articles[0]["id"], "a1");
    assert_eq!(articles[0]["source"], "000_4f784b4cfed49461.txt");
    assert!(articles.iter().all(|a| a["wordCount"].as_u64() > Some(100)));
    for key in [
        "takeaways",
        "delegations",
        "unresolved",
        "quotes",
        "discrepancies",
    ] {
        assert!(v[key].is_array(), "{key} is an array");
    }
}

#[test]
fn stdin_is_read_with_a_dash() {
    let out = cli(&["-"], Some(b"Talks ended. Nothing was agreed."));
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(v["articles"][0]["source"], "stdin");
    assert_eq!(v["articles"][0]["sentenceCount"], 2);
}

#[test]
fn markdown_has_the_takeaways_section() {
    let out = cli(
        &["--format", "markdown", "-"],
        Some(b"Talks ended. Nothing was agreed."),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let md = String::from_utf8_lossy(&out.stdout);
    assert!(
        md.contains("## Key takeaways\n\n- Talks ended. [a1]"),
        "{md}"
    );
}

#[test]
fn sentences_view_prints_a_json_array() {
    let out = cli(
        &["sentences", "-"],
        Some(b"Headline here\nMr. Smith left. He came back."),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let v: Vec<String> = serde_json::from_slice(&out.stdout).expect("JSON array of strings");
    assert_eq!(v, vec!["Mr. Smith left.", "He came back."]);
}

#[test]
fn sentences_view_lists_a_dateline_before_its_paragraph() {
    // Datelines come off the story, but they are text of the article: the sentences view
    // lists them on their own, glued or spaced, so nothing of a paragraph goes missing.
    let cases: &[(&[u8], &[&str])] = &[
        (
            b"LONDON (Reuters) - The ministers met on Friday. They agreed.",
            &[
                "LONDON (Reuters) -",
                "The ministers met on Friday.",
                "They agreed.",
            ],
        ),
        (
            b"Lima, Peru (CNN)Ending a long standstill, the talks resumed on Monday.",
            &[
                "Lima, Peru (CNN)",
                "Ending a long standstill, the talks resumed on Monday.",
            ],
        ),
        (
            b"The ministers met on Friday. They agreed.",
            &["The ministers met on Friday.", "They agreed."],
        ),
    ];
    for (input, want) in cases {
        let out = cli(&["sentences", "-"], Some(input));
        assert!(out.status.success(), "{}", stderr(&out));
        let got: Vec<String> = serde_json::from_slice(&out.stdout).expect("JSON array");
        assert_eq!(&got, want, "input: {:?}", String::from_utf8_lossy(input));
    }
}

/// Arguments, standard input, and the words the error must contain.
type BadCase<'a> = (&'a [&'a str], Option<&'a [u8]>, &'a str);

#[test]
fn bad_input_gives_one_line_and_non_zero_exit() {
    let cases: &[BadCase] = &[
        (&[], None, "no input files"),
        (
            &["/nonexistent/file.txt"],
            None,
            "cannot read /nonexistent/file.txt",
        ),
        (&["-"], Some(b"   \n\n 123 ... !!"), "no readable text"),
        (&["-"], Some(b"\x00\x01\x02binary"), "binary file"),
        (
            &["--format", "xml", "-"],
            Some(b"Text."),
            "--format takes json or markdown",
        ),
        (&["--bogus"], None, "unknown option"),
        (
            &["-"],
            Some(b"Talks in Geneva\nLeaders Meet Again\nWhat Comes Next"),
            "no sentences",
        ),
        (
            &["-"],
            Some(b"\xff\xfe\x01\x02\xc3\x28\x90\x91\x1b\x7f\xfa\xfb\x03\x04ab\xfc\xfd\x05"),
            "binary data",
        ),
        (
            &["extract", "-"],
            Some(b"The ministers met in Geneva.\nThey talked for hours."),
            "not an HTML page",
        ),
    ];
    for (args, stdin, want) in cases {
        let out = cli(args, *stdin);
        let err = stderr(&out);
        assert!(!out.status.success(), "args {args:?} should fail");
        assert!(
            err.contains(want),
            "args {args:?}: stderr {err:?} lacks {want:?}"
        );
        assert_eq!(
            err.trim_end().lines().count(),
            1,
            "args {args:?}: one line, got {err:?}"
        );
    }
}

#[test]
fn html_file_is_read_as_html() {
    let page = b"<!DOCTYPE html><html><head><title>Talks end | The Site</title><meta property='og:site_name' content='The Site'></head>\
        <body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><p>The ministers met in Geneva on Monday, \
        and they talked for three hours about trade, energy and the border without reaching a deal.</p></article>\
        <script>var x=1;</script></body></html>";
    let out = cli(&["-"], Some(page));
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert!(v["takeaways"][0]["text"]
        .as_str()
        .unwrap()
        .starts_with("The ministers met in Geneva"));
    assert_eq!(v["articles"][0]["outlet"], "The Site");
    assert!(!v.to_string().contains("Home"));
}

#[test]
fn extract_prints_the_article_and_metadata_or_says_there_is_none() {
    let page = b"<html lang='en'><head><title>Ministers meet | News</title><meta name='author' content='Jo Doe'></head><body>\
        <div class='story'><p>The ministers met in Geneva on Monday, and they talked for three hours about trade, energy and the border.</p>\
        <p>No date was set for the next round of talks, officials said after the meeting ended in the evening.</p></div></body></html>";
    let out = cli(&["extract", "-"], Some(page));
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(v["byline"], "Jo Doe");
    assert_eq!(v["lang"], "en");
    assert!(
        v["text"]
            .as_str()
            .unwrap()
            .contains("Monday, and they talked\n\nNo date")
            || v["text"].as_str().unwrap().contains("border.\n\nNo date")
    );
    let none = cli(
        &["extract", "-"],
        Some(b"<html><body><nav><a href='/'>Home</a></nav></body></html>"),
    );
    assert!(!none.status.success());
    assert!(
        stderr(&none).contains("no article found"),
        "{}",
        stderr(&none)
    );
}

#[test]
fn golden_rules_through_the_sentences_command() {
    #[derive(serde::Deserialize)]
    struct Rules {
        cases: Vec<Case>,
    }
    #[derive(serde::Deserialize)]
    struct Case {
        id: u32,
        input: String,
        expected: Vec<String>,
    }
    let raw = include_str!("fixtures/sentence-golden-rules-en.json");
    let rules: Rules = serde_json::from_str(raw).expect("fixture parses");
    assert_eq!(rules.cases.len(), 48);
    let mut failed = Vec::new();
    for c in &rules.cases {
        let out = cli(&["sentences", "-"], Some(c.input.as_bytes()));
        let got: Vec<String> = serde_json::from_slice(&out.stdout).unwrap_or_default();
        let got: Vec<&str> = got.iter().map(|s| s.trim()).collect();
        let want: Vec<&str> = c.expected.iter().map(|s| s.trim()).collect();
        if got != want {
            failed.push(format!(
                "#{} {:?}\n  want {want:?}\n  got  {got:?} {}",
                c.id,
                c.input,
                stderr(&out)
            ));
        }
    }
    assert!(
        failed.is_empty(),
        "{} of 48 fail:\n{}",
        failed.len(),
        failed.join("\n")
    );
}

#[test]
fn a_closed_output_pipe_ends_the_command_quietly() {
    use std::io::{Read, Write};
    use std::process::{Command, Stdio};
    let text: String = (0..4000)
        .map(|i| format!("Minister number {i} arrived in the capital on Monday. "))
        .collect();
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsdigest"))
        .args(["sentences", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("CLI starts");
    // Each pipe closes at the end of its block: the input once written, the output once
    // its first byte is read.
    {
        let mut stdin = child.stdin.take().expect("stdin");
        stdin.write_all(text.as_bytes()).expect("input written");
    }
    {
        let mut first = [0u8; 1];
        let mut stdout = child.stdout.take().expect("stdout");
        stdout.read_exact(&mut first).expect("output starts");
    }
    let out = child.wait_with_output().expect("CLI ends");
    assert!(
        out.status.success(),
        "status {:?}: {}",
        out.status,
        stderr(&out)
    );
    assert!(out.stderr.is_empty(), "{}", stderr(&out));
}

#[cfg(unix)]
#[test]
fn any_file_name_is_accepted() {
    use std::os::unix::ffi::OsStrExt;
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    let path = dir.join(std::ffi::OsStr::from_bytes(b"caf\xe9 story.txt"));
    std::fs::write(&path, "The ministers met in Geneva. They talked for hours.").expect("written");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_newsdigest"))
        .arg(&path)
        .output()
        .expect("CLI runs");
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(v["articles"][0]["source"], "caf\u{fffd} story.txt");
    let missing = dir.join(std::ffi::OsStr::from_bytes(b"gone\xff.txt"));
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_newsdigest"))
        .arg(&missing)
        .output()
        .expect("CLI runs");
    assert!(!out.status.success());
    assert!(stderr(&out).contains("cannot read"), "{}", stderr(&out));
}

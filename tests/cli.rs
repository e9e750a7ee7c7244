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

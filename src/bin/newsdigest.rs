//! `newsdigest`: the digest of news articles on the command line.
//!
//! ```text
//! newsdigest [--format json|markdown] [--words N] FILE...   digest of all FILEs together
//! newsdigest sentences FILE                      the sentences of one article, as JSON
//! newsdigest extract FILE.html                   the article of a web page and its metadata, as JSON
//! ```
//! A FILE may be plain text or HTML (`.html`, `.htm`, or content that starts with a tag);
//! `-` reads standard input. On bad input it prints one line to standard error and exits
//! with a non-zero code. Any file name is accepted, in any encoding; a reader that closes
//! the output early (`| head`) ends the command quietly.

use newsdigest::{decode_page, digest, to_markdown, ArticleInput, Options};
use std::ffi::{OsStr, OsString};
use std::io::{Read, Write};
use std::path::Path;
use std::process::ExitCode;

const USAGE: &str =
    "usage: newsdigest [--format json|markdown] [--words N] FILE...  |  newsdigest sentences FILE  |  newsdigest extract FILE.html";

enum Format {
    Json,
    Markdown,
}

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    match run(&args) {
        Ok(out) => {
            let mut stdout = std::io::stdout().lock();
            match writeln!(stdout, "{out}").and_then(|()| stdout.flush()) {
                Ok(()) => ExitCode::SUCCESS,
                // The reader has all it wanted (`newsdigest ... | head`): nothing to report.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
                Err(e) => fail(1, &format!("cannot write the output: {e}")),
            }
        }
        Err((code, msg)) => fail(code, &msg),
    }
}

/// Prints `msg` as one line on standard error (if it is still open) and gives `code`.
fn fail(code: u8, msg: &str) -> ExitCode {
    let _ = writeln!(std::io::stderr(), "newsdigest: {msg}");
    ExitCode::from(code)
}

type Failure = (u8, String);

fn run(args: &[OsString]) -> Result<String, Failure> {
    let first = args.first().and_then(|a| a.to_str());
    if first == Some("sentences") {
        return sentences(&args[1..]);
    }
    if first == Some("extract") {
        return extract(&args[1..]);
    }
    let mut format = Format::Json;
    let mut options = Options::default();
    let mut files = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.to_str() {
            Some("--format" | "-f") => {
                format = match it.next().and_then(|f| f.to_str()) {
                    Some("json") => Format::Json,
                    Some("markdown" | "md") => Format::Markdown,
                    _ => return Err((2, format!("--format takes json or markdown; {USAGE}"))),
                }
            }
            Some("--words" | "-w") => {
                options.words = match it.next().and_then(|n| n.to_str()).map(str::parse::<usize>) {
                    Some(Ok(n)) => n,
                    _ => return Err((2, format!("--words takes a number of words; {USAGE}"))),
                }
            }
            Some("-h" | "--help") => return Ok(USAGE.to_string()),
            Some(s) if s.starts_with("--") => {
                return Err((2, format!("unknown option {s}; {USAGE}")))
            }
            _ => files.push(a.clone()),
        }
    }
    if files.is_empty() {
        return Err((2, format!("no input files; {USAGE}")));
    }
    let inputs = files
        .iter()
        .map(|f| read_input(f))
        .collect::<Result<Vec<_>, _>>()?;
    let d = digest(&inputs, &options).map_err(|e| (1, e.to_string()))?;
    match format {
        Format::Json => serde_json::to_string_pretty(&d).map_err(|e| (1, e.to_string())),
        Format::Markdown => Ok(to_markdown(&d)),
    }
}

fn sentences(args: &[OsString]) -> Result<String, Failure> {
    let [file] = args else {
        return Err((2, format!("sentences takes one FILE; {USAGE}")));
    };
    let input = read_input(file)?;
    // A dateline taken off a paragraph is text of the article too: listed on its own,
    // before the paragraph's first sentence.
    let list = newsdigest::sentences(&input).map_err(|e| (1, e.to_string()))?;
    serde_json::to_string_pretty(&list).map_err(|e| (1, e.to_string()))
}

fn extract(args: &[OsString]) -> Result<String, Failure> {
    let [file] = args else {
        return Err((2, format!("extract takes one FILE.html; {USAGE}")));
    };
    let input = read_input(file)?;
    let shown = Path::new(file).display();
    if !input.html {
        return Err((
            1,
            format!("{shown} is not an HTML page: give its text to newsdigest without `extract`"),
        ));
    }
    let page = newsdigest::extract(&input.text).map_err(|e| (1, format!("{shown}: {e}")))?;
    serde_json::to_string_pretty(&page).map_err(|e| (1, e.to_string()))
}

/// Reads one FILE argument (or `-` for standard input) as an article.
fn read_input(file: &OsStr) -> Result<ArticleInput, Failure> {
    let name = Path::new(file).display().to_string();
    let bytes = if file == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| (1, format!("cannot read standard input: {e}")))?;
        buf
    } else {
        std::fs::read(file).map_err(|e| (1, format!("cannot read {name}: {e}")))?
    };
    if bytes.contains(&0) {
        return Err((1, format!("{name} is a binary file, not text or HTML")));
    }
    let text = decode_page(&bytes);
    let ext = Path::new(file)
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    let html = ext == "html" || ext == "htm" || looks_like_html(&text);
    let source = if file == "-" {
        "stdin".to_string()
    } else {
        Path::new(file)
            .file_name()
            .map_or(name.clone(), |f| f.to_string_lossy().into_owned())
    };
    Ok(ArticleInput {
        text,
        source,
        outlet: None,
        html,
    })
}

/// True when `text` starts with a tag ("<!DOCTYPE html>", "<html>", "<div ...>") or a
/// comment, as a web page or a piece of one does.
fn looks_like_html(text: &str) -> bool {
    let head = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    let mut chars = head.chars();
    chars.next() == Some('<')
        && chars
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '!')
}

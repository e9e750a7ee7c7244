//! `newsdigest`: the digest of news articles on the command line.
//!
//! ```text
//! newsdigest [--format json|markdown] [--words N] FILE...   digest of all FILEs together
//! newsdigest sentences FILE                      the sentences of one article, as JSON
//! newsdigest extract FILE.html                   the article of a web page and its metadata, as JSON
//! ```
//! A FILE may be plain text or HTML (`.html`, `.htm`, or content that starts with a tag);
//! `-` reads standard input. On bad input it prints one line to standard error and exits
//! with a non-zero code.

use newsdigest::article::Article;
use newsdigest::{digest, render, ArticleInput, Options};
use std::io::Read;
use std::path::Path;
use std::process::ExitCode;

const USAGE: &str =
    "usage: newsdigest [--format json|markdown] [--words N] FILE...  |  newsdigest sentences FILE  |  newsdigest extract FILE.html";

enum Format {
    Json,
    Markdown,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(out) => {
            println!("{out}");
            ExitCode::SUCCESS
        }
        Err((code, msg)) => {
            eprintln!("newsdigest: {msg}");
            ExitCode::from(code)
        }
    }
}

type Failure = (u8, String);

fn run(args: &[String]) -> Result<String, Failure> {
    if args.first().map(String::as_str) == Some("sentences") {
        return sentences(&args[1..]);
    }
    if args.first().map(String::as_str) == Some("extract") {
        return extract(&args[1..]);
    }
    let mut format = Format::Json;
    let mut options = Options::default();
    let mut files = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--format" | "-f" => {
                format = match it.next().map(String::as_str) {
                    Some("json") => Format::Json,
                    Some("markdown" | "md") => Format::Markdown,
                    _ => return Err((2, format!("--format takes json or markdown; {USAGE}"))),
                }
            }
            "--words" | "-w" => {
                options.words = match it.next().map(|n| n.parse::<usize>()) {
                    Some(Ok(n)) => n,
                    _ => return Err((2, format!("--words takes a number of words; {USAGE}"))),
                }
            }
            "-h" | "--help" => return Ok(USAGE.to_string()),
            s if s.starts_with("--") => return Err((2, format!("unknown option {s}; {USAGE}"))),
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
        Format::Markdown => Ok(render::to_markdown(&d)),
    }
}

fn sentences(args: &[String]) -> Result<String, Failure> {
    let [file] = args else {
        return Err((2, format!("sentences takes one FILE; {USAGE}")));
    };
    let input = read_input(file)?;
    let article = Article::read(&input, 0).map_err(|e| (1, e.to_string()))?;
    let list: Vec<String> = article
        .sentence_indices()
        .map(|i| article.shown(i))
        .collect();
    serde_json::to_string_pretty(&list).map_err(|e| (1, e.to_string()))
}

fn extract(args: &[String]) -> Result<String, Failure> {
    let [file] = args else {
        return Err((2, format!("extract takes one FILE.html; {USAGE}")));
    };
    let input = read_input(file)?;
    let page =
        newsdigest::extract::extract(&input.text).map_err(|e| (1, format!("{file}: {e}")))?;
    serde_json::to_string_pretty(&page).map_err(|e| (1, e.to_string()))
}

/// Reads one FILE argument (or `-` for standard input) as an article.
fn read_input(name: &str) -> Result<ArticleInput, Failure> {
    let bytes = if name == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| (1, format!("cannot read standard input: {e}")))?;
        buf
    } else {
        std::fs::read(name).map_err(|e| (1, format!("cannot read {name}: {e}")))?
    };
    if bytes.contains(&0) {
        return Err((1, format!("{name} is a binary file, not text or HTML")));
    }
    let text = newsdigest::extract::decode_page(&bytes);
    let ext = Path::new(name)
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    let html = ext == "html" || ext == "htm" || looks_like_html(&text);
    let source = if name == "-" {
        "stdin".to_string()
    } else {
        Path::new(name)
            .file_name()
            .map_or(name.to_string(), |f| f.to_string_lossy().into_owned())
    };
    Ok(ArticleInput {
        text,
        source,
        outlet: None,
        html,
    })
}

fn looks_like_html(text: &str) -> bool {
    let head = text.trim_start();
    let start: String = head
        .chars()
        .take(200)
        .collect::<String>()
        .to_ascii_lowercase();
    start.starts_with("<!doctype html") || start.starts_with("<html") || start.starts_with("<body")
}

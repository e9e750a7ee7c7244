//! Helpers shared by the integration tests.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

pub mod generated;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The `tests/` folder.
pub fn tests_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests")
}

/// The seed articles, sorted by file name.
pub fn seed_paths() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(tests_dir().join("fixtures/seeds"))
        .expect("seed fixtures exist")
        .map(|e| e.expect("dir entry").path())
        .collect();
    v.sort();
    v
}

/// Runs the CLI with `args` and optional standard input.
pub fn cli(args: &[&str], stdin: Option<&[u8]>) -> Output {
    use std::io::Write;
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_newsdigest"));
    cmd.args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    cmd.stdin(if stdin.is_some() {
        std::process::Stdio::piped()
    } else {
        std::process::Stdio::null()
    });
    let mut child = cmd.spawn().expect("CLI starts");
    if let (Some(data), Some(mut pipe)) = (stdin, child.stdin.take()) {
        // The CLI may exit on bad arguments before it reads: a closed pipe is no failure here.
        let _ = pipe.write_all(data);
    }
    child.wait_with_output().expect("CLI finishes")
}

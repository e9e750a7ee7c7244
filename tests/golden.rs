//! Golden tests: the CLI's JSON and Markdown for each case under tests/golden/ equal the
//! checked-in expected files. `UPDATE_GOLDEN=1` rewrites them.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{cli, tests_dir};
use std::path::Path;

fn check_case(dir: &Path) {
    let inputs = std::fs::read_to_string(dir.join("inputs")).expect("case has an inputs file");
    let files: Vec<String> = inputs
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| tests_dir().join(l.trim()).to_string_lossy().into_owned())
        .collect();
    for (format, name) in [("json", "expected.json"), ("markdown", "expected.md")] {
        let mut args = vec!["--format", format];
        args.extend(files.iter().map(String::as_str));
        let out = cli(&args, None);
        assert!(
            out.status.success(),
            "{}: CLI failed: {}",
            dir.display(),
            String::from_utf8_lossy(&out.stderr)
        );
        let got = String::from_utf8(out.stdout).expect("UTF-8 output");
        let path = dir.join(name);
        if std::env::var_os("UPDATE_GOLDEN").is_some() {
            std::fs::write(&path, &got).expect("expected file written");
            continue;
        }
        let want = std::fs::read_to_string(&path).unwrap_or_else(|_| {
            panic!(
                "{} missing: run UPDATE_GOLDEN=1 cargo test --test golden",
                path.display()
            )
        });
        assert!(
            got == want,
            "{} differs from the CLI output:\n--- got ---\n{got}",
            path.display()
        );
    }
}

#[test]
fn every_golden_case_matches() {
    let mut cases: Vec<_> = std::fs::read_dir(tests_dir().join("golden"))
        .expect("tests/golden exists")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    assert!(cases.len() >= 2, "golden cases found: {cases:?}");
    for case in cases {
        check_case(&case);
    }
}

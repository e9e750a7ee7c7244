//! Benchmark of article extraction: median time per page over the pages under
//! tests/fixtures/readability-pages. Prints `native extract: <ms> ms per page (median over N pages)`.
//! Run with `cargo bench --bench extract` (or `npm run bench` for every figure).

use newsdigest::extract;
use std::hint::black_box;
use std::time::{Duration, Instant};

fn main() {
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/readability-pages"
    );
    let mut pages: Vec<String> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.path().join("source.html"))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
        .into_iter()
        .filter_map(|p| std::fs::read(p).ok())
        .map(|b| newsdigest::decode_page(&b))
        .collect();
    pages.sort();
    if pages.is_empty() {
        eprintln!("no pages under {dir}");
        return;
    }
    let mut per_page: Vec<Duration> = pages
        .iter()
        .map(|html| {
            let mut times: Vec<Duration> = (0..9)
                .map(|_| {
                    let t = Instant::now();
                    let _ = black_box(extract(black_box(html)));
                    t.elapsed()
                })
                .collect();
            times.sort();
            times[times.len() / 2]
        })
        .collect();
    per_page.sort();
    let median = per_page[per_page.len() / 2];
    let total: Duration = per_page.iter().sum();
    println!(
        "native extract: {:.3} ms per page (median over {} pages; all pages {:.1} ms)",
        median.as_secs_f64() * 1e3,
        pages.len(),
        total.as_secs_f64() * 1e3
    );
}

//! Benchmark of the native digest: median time on the seed articles, then how time,
//! memory and output grow with input up to 1 MB and from 1 to 16 MB for each shape of input:
//!
//! - `realistic`: many articles, the seeds repeated with variations (numbers changed,
//!   paragraphs rotated and left out), as a large set of coverage would be;
//! - `one paragraph`: one article of one paragraph (text pasted without line breaks);
//! - `one speaker`: one article of quotes, each attributed to the same speaker;
//! - `quotes in one sentence`: one sentence holding ever more short quotations;
//! - `many names`: sentences listing ever more distinct people with titles.
//!
//! For each shape: the growth exponent k of time ~ size^k fitted from 1/16 to 1 MB and from
//! 1 to 16 MB (1.0 is linear), the time and throughput at 16 MB, the peak of allocated bytes per MB of input
//! (a counting global allocator) and the JSON output's size per byte of input.
//! Run with `cargo bench --bench digest` (or `npm run bench` for every figure);
//! `NEWSDIGEST_BENCH_MB=4` stops the growth fit at 4 MB; `NEWSDIGEST_BENCH_SHAPE=many`
//! measures only the shapes whose name holds "many".

use newsdigest::{digest, sentences, ArticleInput, Options};
use peak_alloc::PeakAlloc;
use std::hint::black_box;
use std::time::{Duration, Instant};

#[global_allocator]
static ALLOC: PeakAlloc = PeakAlloc;

const MB: usize = 1_000_000;

fn seeds() -> Vec<ArticleInput> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/seeds");
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    names.sort();
    names
        .iter()
        .filter_map(|p| {
            let text = std::fs::read_to_string(p).ok()?;
            let name = p.file_name()?.to_string_lossy().into_owned();
            Some(ArticleInput::text(text, name))
        })
        .collect()
}

/// Median wall time of `f` over at least `min_runs` runs and about `budget` of time.
fn median(min_runs: usize, budget: Duration, mut f: impl FnMut()) -> Duration {
    let mut times = Vec::new();
    let started = Instant::now();
    while times.len() < min_runs || (started.elapsed() < budget && times.len() < 10_000) {
        let t = Instant::now();
        f();
        times.push(t.elapsed());
    }
    times.sort();
    times[times.len() / 2]
}

/// The least-squares slope of `points` (log size, log time): the exponent k of time ~ size^k.
fn slope(points: &[(f64, f64)]) -> f64 {
    let n = points.len() as f64;
    let (mx, my) = (
        points.iter().map(|p| p.0).sum::<f64>() / n,
        points.iter().map(|p| p.1).sum::<f64>() / n,
    );
    points.iter().map(|p| (p.0 - mx) * (p.1 - my)).sum::<f64>()
        / points.iter().map(|p| (p.0 - mx).powi(2)).sum::<f64>()
}

fn report(name: &str, bytes: usize, t: Duration) {
    let ms = t.as_secs_f64() * 1e3;
    let mbs = bytes as f64 / 1e6 / t.as_secs_f64();
    println!("native {name}: {ms:.3} ms, {mbs:.1} MB/s ({bytes} bytes)");
}

/// `text` with every number raised by `k` ("2019" -> "2026" for k = 7): the same story
/// told with other figures.
fn renumbered(text: &str, k: usize) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut digits = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        if !digits.is_empty() {
            let n: u64 = digits.parse().unwrap_or(0);
            out.push_str(&(n + k as u64).to_string());
            digits.clear();
        }
        out.push(c);
    }
    out.pop();
    out
}

/// Variation `k` of an article: numbers changed, paragraphs rotated, one left out.
fn variation(text: &str, k: usize) -> String {
    let paras: Vec<&str> = text.split("\n\n").collect();
    let n = paras.len().max(1);
    let kept: Vec<&str> = (0..n)
        .map(|i| paras[(i + k) % n])
        .enumerate()
        .filter(|(i, _)| n < 3 || *i != k % n)
        .map(|(_, p)| p)
        .collect();
    renumbered(&kept.join("\n\n"), k)
}

/// A made-up name from `i`: syllables no spelling rule folds together.
fn name(i: usize) -> String {
    const SYLLABLES: [&str; 16] = [
        "ba", "de", "fo", "gu", "ka", "le", "mo", "nu", "pa", "re", "so", "tu", "va", "ze", "bo",
        "di",
    ];
    let mut w = String::new();
    let mut i = i;
    for _ in 0..4 {
        w.push_str(SYLLABLES[i % 16]);
        i /= 16;
    }
    let mut chars = w.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// One shape of input at `size` bytes or a little more.
fn shape(kind: &str, seeds: &[ArticleInput], size: usize) -> Vec<ArticleInput> {
    let one = |text: String| vec![ArticleInput::text(text, format!("{kind}.txt"))];
    let mut text = String::with_capacity(size + 4096);
    match kind {
        "realistic" => {
            let mut out = Vec::new();
            let mut bytes = 0;
            while bytes < size {
                let a = &seeds[out.len() % seeds.len()];
                let v = variation(&a.text, out.len() / seeds.len());
                bytes += v.len();
                out.push(ArticleInput::text(v, format!("{}#{}", a.source, out.len())));
            }
            return out;
        }
        "one paragraph" => {
            let flat: String = seeds
                .iter()
                .map(|a| a.text.replace('\n', " "))
                .collect::<Vec<_>>()
                .join(" ");
            let mut k = 0;
            while text.len() < size {
                text.push_str(&renumbered(&flat, k));
                text.push(' ');
                k += 1;
            }
        }
        "one speaker" => {
            let mut k = 0;
            while text.len() < size {
                text.push_str(&format!(
                    "\"We made progress on point {k} of the plan, and we will meet again,\" President Anna Berg said on Monday.\n\n"
                ));
                k += 1;
            }
        }
        "quotes in one sentence" => {
            text.push_str("President Anna Berg said the talks were ");
            let mut k = 0;
            while text.len() < size {
                text.push_str(&format!("\"step {k} done\", "));
                k += 1;
            }
            text.push_str("and \"not yet over\".");
        }
        "many names" => {
            let mut k = 0;
            while text.len() < size {
                text.push_str("President Jean Dupont was joined by ");
                for j in 0..20 {
                    text.push_str(&format!(
                        "Minister {} {}ovich, ",
                        name(k + j),
                        name(k + j + 7)
                    ));
                }
                text.push_str("and the talks went on.\n\n");
                k += 20;
            }
        }
        _ => {}
    }
    one(text)
}

/// Time, peak allocated bytes and JSON bytes of one digest of `input`.
fn measure(input: &[ArticleInput], opts: &Options, runs: usize) -> (Duration, usize, usize) {
    let before = ALLOC.current_usage();
    ALLOC.reset_peak_usage();
    let d = digest(input, opts);
    let peak = ALLOC.peak_usage().saturating_sub(before);
    let json = d
        .as_ref()
        .map_or(0, |d| serde_json::to_string(d).map_or(0, |s| s.len()));
    drop(d);
    let t = median(runs, Duration::from_millis(1), || {
        let _ = black_box(digest(black_box(input), opts));
    });
    (t, peak, json)
}

fn growth(seeds: &[ArticleInput], opts: &Options) {
    let top: usize = std::env::var("NEWSDIGEST_BENCH_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(16);
    let sizes: Vec<usize> = [1, 2, 4, 8, 16].into_iter().filter(|&s| s <= top).collect();
    // The ladder up to 1 MB: 1/16, 1/8, 1/4, 1/2 and 1 MB.
    let small: Vec<usize> = (0..5).map(|i| MB >> (4 - i)).collect();
    println!(
        "native growth (k: time ~ size^k, fitted from 1/16 to 1 MB and from {} to {} MB; memory: peak allocated bytes per byte of input; JSON: output bytes per byte of input)",
        sizes[0],
        sizes[sizes.len() - 1]
    );
    println!(
        "  {:<24} {:>7} {:>7} {:>12} {:>8} {:>12} {:>10}",
        "shape", "k <=1MB", "k 1MB+", "time at top", "MB/s", "memory (max)", "JSON (max)"
    );
    let only = std::env::var("NEWSDIGEST_BENCH_SHAPE").unwrap_or_default();
    for kind in [
        "realistic",
        "one paragraph",
        "one speaker",
        "quotes in one sentence",
        "many names",
    ]
    .into_iter()
    .filter(|k| k.contains(only.as_str()))
    {
        let mut early = Vec::new();
        for &size in &small {
            let input = shape(kind, seeds, size);
            let bytes: usize = input.iter().map(|a| a.text.len()).sum();
            let t = median(9, Duration::from_millis(300), || {
                let _ = black_box(digest(black_box(&input), opts));
            });
            early.push(((bytes as f64).ln(), t.as_secs_f64().ln()));
        }
        let mut points = Vec::new();
        let (mut mem, mut json, mut last) = (0f64, 0f64, (Duration::ZERO, 0usize));
        for &mb in &sizes {
            let input = shape(kind, seeds, mb * MB);
            let bytes: usize = input.iter().map(|a| a.text.len()).sum();
            let (t, peak, out) = measure(&input, opts, if mb >= 8 { 1 } else { 3 });
            points.push(((bytes as f64).ln(), t.as_secs_f64().ln()));
            mem = mem.max(peak as f64 / bytes as f64);
            json = json.max(out as f64 / bytes as f64);
            last = (t, bytes);
        }
        let (t, bytes) = last;
        println!(
            "  {:<24} {:>7.2} {:>7.2} {:>10.0}ms {:>8.1} {:>11.1}x {:>9.2}x",
            kind,
            slope(&early),
            slope(&points),
            t.as_secs_f64() * 1e3,
            bytes as f64 / 1e6 / t.as_secs_f64(),
            mem,
            json
        );
    }
}

fn main() {
    let seeds = seeds();
    if seeds.is_empty() {
        eprintln!("no seed articles under tests/fixtures/seeds");
        return;
    }
    let opts = Options::default();
    // The first call builds the word lists' lookup tables; later calls reuse them.
    let t = Instant::now();
    let _ = black_box(digest(black_box(&seeds[..1]), &opts));
    report(
        "first digest (one article, cold)",
        seeds[0].text.len(),
        t.elapsed(),
    );
    let t = median(20, Duration::from_secs(1), || {
        let _ = black_box(digest(black_box(&seeds[..1]), &opts));
    });
    report("digest one article", seeds[0].text.len(), t);
    let seed_bytes: usize = seeds.iter().map(|a| a.text.len()).sum();
    let t = median(20, Duration::from_secs(2), || {
        let _ = black_box(digest(black_box(&seeds), &opts));
    });
    report("digest seeds", seed_bytes, t);

    let text: String = shape("realistic", &seeds, MB)
        .iter()
        .map(|a| a.text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n");
    // One article's reading into sentences: normalization, cleaning, segmentation.
    let one = ArticleInput::text(text, "realistic.txt");
    let t = median(5, Duration::from_secs(2), || {
        let _ = black_box(sentences(black_box(&one)));
    });
    report("sentences", one.text.len(), t);

    growth(&seeds, &opts);
}

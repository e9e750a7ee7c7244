//! Benchmark of the native digest: median time over repeated runs on the seed articles
//! and on a scaled input (the seeds repeated as separate articles up to about 1 MB).
//! Prints one line per input: `native <name>: <median ms> ms, <MB/s> MB/s (<bytes> bytes)`.
//! Run with `cargo bench --bench digest` (or `npm run bench` for every figure).

use newsdigest::{digest, segment, ArticleInput, Options};
use std::hint::black_box;
use std::time::{Duration, Instant};

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

    let mut scaled = Vec::new();
    let mut bytes = 0;
    while bytes < 1_000_000 {
        for a in &seeds {
            let mut a = a.clone();
            a.source = format!("{}#{}", a.source, scaled.len());
            bytes += a.text.len();
            scaled.push(a);
        }
    }
    let t = median(5, Duration::from_secs(3), || {
        let _ = black_box(digest(black_box(&scaled), &opts));
    });
    report(
        &format!("digest scaled ({} articles)", scaled.len()),
        bytes,
        t,
    );

    // How cost grows with input: the slope of log(time) against log(size), fitted over
    // the first 1/8, 1/4, 1/2 and all of the scaled articles (1.0 is linear).
    let points: Vec<(f64, f64)> = [8, 4, 2, 1]
        .iter()
        .map(|div| {
            let part = &scaled[..scaled.len() / div];
            let bytes: usize = part.iter().map(|a| a.text.len()).sum();
            let t = median(3, Duration::from_secs(2), || {
                let _ = black_box(digest(black_box(part), &opts));
            });
            ((bytes as f64).ln(), t.as_secs_f64().ln())
        })
        .collect();
    println!(
        "native growth exponent (time ~ size^k, 125 KB to 1 MB): k = {:.2}",
        slope(&points)
    );

    // One article of one paragraph (text pasted without line breaks): the same growth fit
    // over 125 KB to 1 MB, so that work per paragraph stays linear too.
    let flat: String = seeds
        .iter()
        .map(|a| a.text.replace('\n', " "))
        .collect::<Vec<_>>()
        .join(" ");
    let points: Vec<(f64, f64)> = [125_000usize, 250_000, 500_000, 1_000_000]
        .iter()
        .map(|&size| {
            let mut text = String::new();
            while text.len() < size {
                text.push_str(&flat);
                text.push(' ');
            }
            let input = [ArticleInput::text(text.clone(), "one-paragraph.txt")];
            let t = median(3, Duration::from_secs(2), || {
                let _ = black_box(digest(black_box(&input), &opts));
            });
            ((text.len() as f64).ln(), t.as_secs_f64().ln())
        })
        .collect();
    println!(
        "native growth exponent, one paragraph (125 KB to 1 MB): k = {:.2}",
        slope(&points)
    );

    let text: String = scaled
        .iter()
        .map(|a| a.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let t = median(5, Duration::from_secs(2), || {
        let _ = black_box(segment::segment(black_box(&text)));
    });
    report("segmentation", text.len(), t);
}

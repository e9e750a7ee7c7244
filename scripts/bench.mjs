// Benchmarks (not tests): the digest's speed natively and as wasm in Chromium, Firefox and
// WebKit (headless, through e2e/driver.mjs), and the size of what the page downloads.
//   npm run bench            (BENCH_ENGINES=chromium,firefox to pick engines)
//
// Native: `cargo bench --bench digest` (median over repeated runs).
// Wasm: the library bundle www/dist/newsdigest.js in each engine; median of repeated runs.
// Chromium also times article extraction against Readability.js, the page read in place
// (web-sys) against outerHTML + parse, and the embed page served over http. Size: gzipped bytes of the wasm, the JS glue, the page bundle and the CSS.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Session, ROOT } from '../e2e/driver.mjs';
import { serve } from './static.mjs';

const seedDir = join(ROOT, 'tests', 'fixtures', 'seeds');
const seeds = readdirSync(seedDir).sort().map((name) => ({ text: readFileSync(join(seedDir, name), 'utf8'), source: name }));
const engines = (process.env.BENCH_ENGINES ?? 'chromium,firefox,webkit').split(',').map((e) => e.trim()).filter(Boolean);
const bundle = readFileSync(join(ROOT, 'www', 'dist', 'newsdigest.js'), 'utf8');

/**
 * The seeds' digest in the page: first call, median of repeated calls, and about 1 MB of
 * articles. Firefox and WebKit give `performance.now()` in whole milliseconds to a page
 * that is not cross-origin isolated, so a call of a few milliseconds is timed in batches
 * (`batch` calls per sample, the sample's time divided by `batch`), the same way in
 * every engine.
 */
async function timeDigest(seeds) {
  const median = (fn, minRuns, budgetMs, batch = 1) => {
    const times = [];
    const start = performance.now();
    while (times.length < minRuns || (performance.now() - start < budgetMs && times.length < 5000)) {
      const t = performance.now();
      for (let k = 0; k < batch; k += 1) fn();
      times.push((performance.now() - t) / batch);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)];
  };
  await NewsDigest.ready; // inflates and compiles the module (timed on the embed page below)
  const t1 = performance.now();
  NewsDigest.digest(seeds); // the first call also compiles the functions it runs
  const first = performance.now() - t1;
  const scaled = [];
  let bytes = 0;
  while (bytes < 1_000_000) for (const a of seeds) { scaled.push({ ...a, source: `${a.source}#${scaled.length}` }); bytes += a.text.length; }
  const seedBytes = seeds.reduce((n, a) => n + new TextEncoder().encode(a.text).length, 0);
  const scaledBytes = scaled.reduce((n, a) => n + new TextEncoder().encode(a.text).length, 0);
  return {
    first,
    seeds: { ms: median(() => NewsDigest.digest(seeds), 15, 3000, 10), bytes: seedBytes },
    scaled: { ms: median(() => NewsDigest.digest(scaled), 5, 3000), bytes: scaledBytes, n: scaled.length },
  };
}

console.log('== native (cargo bench --bench digest)');
execFileSync('cargo', ['bench', '--quiet', '--bench', 'digest', '--bench', 'extract'], { cwd: ROOT, stdio: 'inherit' });

const summary = [];
for (const engine of engines) {
  console.log(`== wasm in headless ${engine}`);
  const session = await Session.start(engine);
  try {
    await session.open('about:blank');
    await session.driver.executeScript(bundle);
    const runs = await session.run(timeDigest, seeds);
    const line = (name, r) => console.log(`${engine} wasm ${name}: ${r.ms.toFixed(3)} ms, ${(r.bytes / 1e6 / (r.ms / 1e3)).toFixed(1)} MB/s (${r.bytes} bytes)`);
    console.log(`${engine} wasm first digest of the seeds (with lazy compilation): ${runs.first.toFixed(1)} ms`);
    line('digest seeds', runs.seeds);
    line(`digest scaled (${runs.scaled.n} articles)`, runs.scaled);
    summary.push(`${engine}: seeds ${runs.seeds.ms.toFixed(2)} ms, about 1 MB ${runs.scaled.ms.toFixed(0)} ms`);
    if (engine === 'chromium') await chromiumOnly(session);
  } finally {
    await session.quit();
  }
}
console.log(`== wasm digest, all engines (same run)\n${summary.map((l) => `  ${l}`).join('\n')}`);

/** Article extraction against Readability.js, and the widget on the embed page served over http. */
async function chromiumOnly(session) {
  // Article extraction: ours (wasm) against Readability.js on the same pages, same browser.
  const pageDir = join(ROOT, 'tests', 'fixtures', 'readability-pages');
  const pages = readdirSync(pageDir).filter((d) => existsSync(join(pageDir, d, 'source.html')))
    .map((d) => readFileSync(join(pageDir, d, 'source.html'), 'utf8'));
  await session.driver.executeScript(`${readFileSync(join(ROOT, 'node_modules', '@mozilla', 'readability', 'Readability.js'), 'utf8')}; window.Readability = Readability;`);
  const ex = await session.run((pages) => {
    const median = (fn) => {
      const times = [];
      for (let k = 0; k < 7; k += 1) {
        const t = performance.now();
        fn();
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      return times[3];
    };
    const ours = [];
    const theirs = [];
    for (const html of pages) {
      ours.push(median(() => { try { NewsDigest.extract(html); } catch { /* no article */ } }));
      theirs.push(median(() => new Readability(new DOMParser().parseFromString(html, 'text/html')).parse()));
    }
    const mid = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const sum = (xs) => xs.reduce((a, b) => a + b, 0);
    return { ours: mid(ours), theirs: mid(theirs), oursTotal: sum(ours), theirsTotal: sum(theirs), n: pages.length };
  }, pages);
  console.log(`extract, wasm: ${ex.ours.toFixed(2)} ms per page (median of ${ex.n}); Readability.js (DOMParser + parse): ${ex.theirs.toFixed(2)} ms; `
    + `ratio ${(ex.theirs / ex.ours).toFixed(1)}x per page, ${(ex.theirsTotal / ex.oursTotal).toFixed(1)}x over all pages`);

  // The page a widget sits on, read two ways (the same pages as documents, same run): the
  // live DOM walked through web-sys (readPage, which also keeps where each character came
  // from), against serializing it (outerHTML) for the wasm parser to read again.
  const live = await session.run((pages) => {
    const median = (fn) => {
      const times = [];
      for (let k = 0; k < 7; k += 1) {
        const t = performance.now();
        fn();
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      return times[3];
    };
    const docs = pages.map((html) => new DOMParser().parseFromString(html, 'text/html'));
    const walked = [];
    const serialized = [];
    for (const doc of docs) {
      walked.push(median(() => { try { NewsDigest.readPage(doc.documentElement, true).free(); } catch { /* no article */ } }));
      serialized.push(median(() => { try { NewsDigest.extract(doc.documentElement.outerHTML); } catch { /* no article */ } }));
    }
    const mid = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const sum = (xs) => xs.reduce((a, b) => a + b, 0);
    return { walked: mid(walked), serialized: mid(serialized), walkedTotal: sum(walked), serializedTotal: sum(serialized), n: docs.length };
  }, pages);
  console.log(`page read in place (readPage: web-sys walk + extract): ${live.walked.toFixed(2)} ms per page (median of ${live.n}), ${live.walkedTotal.toFixed(0)} ms in all; `
    + `outerHTML + parse + extract: ${live.serialized.toFixed(2)} ms, ${live.serializedTotal.toFixed(0)} ms in all`);

  // The widget on the embed page, served as a news site serves it: from the end of loading
  // its script (resource timing) to the rendered digest, with the engine's ready mark between.
  const server = await serve(join(ROOT, 'www'));
  try {
    const loads = [];
    for (let run = 0; run < 15; run += 1) {
      await session.open(`${server.url}/embed.html?run=${run}`);
      loads.push(await session.waitFor(() => {
        const script = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/newsdigest.js'));
        const ready = performance.getEntriesByName('newsdigest:ready')[0];
        const rendered = performance.getEntriesByName('newsdigest:rendered')[0];
        return script && ready && rendered && { total: rendered.startTime - script.responseEnd, ready: ready.startTime - script.responseEnd };
      }));
    }
    const mid = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    console.log(`embed page (http): script loaded to digest rendered: ${mid(loads.map((r) => r.total)).toFixed(1)} ms `
      + `(engine ready after ${mid(loads.map((r) => r.ready)).toFixed(1)} ms; medians of ${loads.length} loads)`);
  } finally {
    server.close();
  }
}

console.log('== download size (gzip -9)');
const gz = (path) => gzipSync(readFileSync(join(ROOT, path)), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const parts = { 'pkg/newsdigest_bg.wasm': gz('pkg/newsdigest_bg.wasm'), 'pkg/newsdigest.js': gz('pkg/newsdigest.js'), 'www/app.css': gz('www/app.css') };
for (const [k, v] of Object.entries(parts)) console.log(`${k}: ${kb(v)}`);
console.log(`wasm + glue js + css: ${kb(Object.values(parts).reduce((a, b) => a + b, 0))}`);
console.log(`page as opened from disk (www/dist/app.js with the wasm inlined + css): ${kb(gz('www/dist/app.js') + parts['www/app.css'])}`);
console.log(`widget, one script tag (www/dist/newsdigest.js with the wasm and css inlined): ${kb(gz('www/dist/newsdigest.js'))}`);
console.log(`ES module for bundlers (www/dist/newsdigest.mjs): ${kb(gz('www/dist/newsdigest.mjs'))}`);

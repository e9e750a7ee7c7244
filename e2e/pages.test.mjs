// The widget on real news pages: the 130 pages of Mozilla Readability's test suite
// (tests/fixtures/readability-pages), each served with <news-digest> and the one-tag script
// added at its end, under a policy that runs no script of the page and loads nothing from
// elsewhere (a page's own policy is set aside). One browser for all pages. On each page:
//   - every source badge of the takeaways, open issues and quotes highlights a range of the
//     page whose text is its evidence sentence, white space aside (all of them, together);
//   - the article the engine reads from the live DOM (readPage) is the one `newsdigest
//     extract` finds in the page's HTML (token F1 >= 0.99 on every page).
// Chromium reads all the pages; Firefox and WebKit every tenth.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Session, engineNames, ROOT } from './driver.mjs';
import { checkBadges } from './badges.mjs';

const DIR = join(ROOT, 'tests', 'fixtures', 'readability-pages');
const NAMES = readdirSync(DIR).filter((d) => existsSync(join(DIR, d, 'source.html'))).sort();
const BUNDLE = join(ROOT, 'www', 'dist', 'newsdigest.js');

/** Words, lowercased, counted with repeats, as src/extract/test_pages.rs counts them. */
function f1(got, want) {
  const count = (s) => {
    const m = new Map();
    for (const w of s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean)) m.set(w, (m.get(w) ?? 0) + 1);
    return m;
  };
  const g = count(got);
  const w = count(want);
  let common = 0;
  for (const [k, n] of g) common += Math.min(n, w.get(k) ?? 0);
  const total = (m) => [...m.values()].reduce((a, b) => a + b, 0);
  if (common === 0) return total(g) === 0 && total(w) === 0 ? 1 : 0;
  const p = common / total(g);
  const r = common / total(w);
  return (2 * p * r) / (p + r);
}

/** Serves each page with the widget added, and the widget's script; resolves to {url, close}. */
function servePages() {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const policy = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'";
    if (url.pathname === '/newsdigest.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript' });
      res.end(readFileSync(BUNDLE));
      return;
    }
    const name = decodeURIComponent(url.pathname.slice(1));
    if (!NAMES.includes(name)) {
      res.writeHead(404).end();
      return;
    }
    const origin = `http://${req.headers.host}`;
    // After the page's end: the parser puts it at the end of the body.
    const widget = `<news-digest></news-digest><script src="${origin}/newsdigest.js"></script>`;
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': policy });
    // A page's own policy that forbids WebAssembly (one does) is renamed away, so that the
    // engine loads there too; this server's policy still runs none of the page's scripts.
    const page = readFileSync(join(DIR, name, 'source.html'), 'latin1')
      .replace(/http-equiv=(["']?)content-security-policy\1/gi, 'http-equiv="x-page-policy"');
    res.end(Buffer.concat([Buffer.from(page, 'latin1'), Buffer.from(widget)]));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() }));
  });
}

/** `newsdigest extract` of every page: the text it finds, or null when it finds none. */
async function cliTexts(names) {
  execFileSync('cargo', ['build', '--quiet', '--bin', 'newsdigest'], { cwd: ROOT, stdio: 'inherit' });
  const cli = join(ROOT, 'target', 'debug', 'newsdigest');
  const run = promisify(execFile);
  const texts = new Map();
  for (let i = 0; i < names.length; i += 4) {
    await Promise.all(names.slice(i, i + 4).map(async (name) => {
      try {
        const { stdout } = await run(cli, ['extract', join(DIR, name, 'source.html')], { maxBuffer: 1 << 26 });
        texts.set(name, JSON.parse(stdout).text);
      } catch {
        texts.set(name, null);
      }
    }));
  }
  return texts;
}

/** In the page: waits for the widget's digest, then reads the article in place. */
async function onPage() {
  const el = document.querySelector('news-digest');
  if (el.digest === undefined) await new Promise((resolve) => el.addEventListener('digest', resolve, { once: true }));
  let text = null;
  try {
    const page = window.NewsDigest.readPage(document.documentElement, true);
    text = page.article.text;
    page.free();
  } catch { /* no article */ }
  return { digested: Boolean(el.digest), text };
}

for (const engine of engineNames()) describe(engine, () => {
  const names = engine === 'chromium' ? NAMES : NAMES.filter((_, i) => i % 10 === 0);
  let s;
  let server;
  let cli;
  before(async () => {
    [s, server, cli] = await Promise.all([Session.start(engine), servePages(), cliTexts(names)]);
  });
  after(async () => {
    server?.close();
    await s?.quit();
  });

  test(`on ${names.length} real pages, every badge highlights its sentence and the live DOM reads as the page's HTML`, async (t) => {
    assert.ok(names.length === 130 || engine !== 'chromium', `${names.length} pages`);
    let badges = 0;
    let matched = 0;
    let digested = 0;
    const misses = [];
    const scores = [];
    let identical = 0;
    for (const name of names) {
      await s.driver.get(`${server.url}/${encodeURIComponent(name)}`);
      const r = await s.run(onPage);
      const checked = r.digested ? await s.run(checkBadges) : { badges: 0, matched: 0, misses: [] };
      badges += checked.badges;
      matched += checked.matched;
      digested += r.digested ? 1 : 0;
      if (checked.misses.length) misses.push({ name, misses: checked.misses });
      const want = cli.get(name);
      if (r.text === want) identical += 1;
      const score = want === null && r.text === null ? 1 : f1(r.text ?? '', want ?? '');
      scores.push({ name, score });
    }
    const low = scores.filter((x) => x.score < 0.99);
    const mean = scores.reduce((a, x) => a + x.score, 0) / scores.length;
    const min = Math.min(...scores.map((x) => x.score));
    t.diagnostic(`pages ${names.length}, digested ${digested}; badges ${badges}, highlighted exactly ${matched} (${((100 * matched) / Math.max(1, badges)).toFixed(1)}%)`);
    t.diagnostic(`live DOM against newsdigest extract: token F1 min ${min.toFixed(4)}, mean ${mean.toFixed(4)}; the same text on ${identical} pages`);
    for (const x of scores.filter((y) => y.score < 0.999)) t.diagnostic(`  ${x.name}: F1 ${x.score.toFixed(4)}`);
    assert.ok(digested >= names.length * 0.9, `${digested} of ${names.length} pages digested`);
    assert.ok(badges > names.length * 5, `${badges} badges`);
    assert.equal(matched, badges, JSON.stringify(misses.slice(0, 5), null, 1));
    assert.deepEqual(low, [], 'pages whose live reading differs from newsdigest extract');
  });
});

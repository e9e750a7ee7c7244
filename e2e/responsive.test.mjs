// The page never freezes: however large the input or the digest, no task on the page's
// thread runs over 100 ms (PerformanceObserver 'longtask', which Chromium has), so the
// page answers and the digest's time limit can always fire.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Session, engineNames, ROOT } from './driver.mjs';

const MAX_TASK_MS = 100;
const seedDir = join(ROOT, 'tests', 'fixtures', 'seeds');
const SEEDS = readdirSync(seedDir).sort().map((f) => readFileSync(join(seedDir, f), 'utf8'));

/** Starts recording the page's long tasks (over 50 ms) into window.__long as {start, ms}. */
function watchLongTasks() {
  window.__long = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__long.push({ start: e.startTime, ms: Math.round(e.duration) });
  }).observe({ type: 'longtask' });
}

/** Waits two frames, so that what the page laid out before the measure is not counted. */
const settle = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50))));

/**
 * About `bytes` of news text: the example articles' paragraphs shuffled (a fixed seed), with
 * the numbers in them varied, as many reports of one story would read.
 */
function newsText(seeds, bytes) {
  let state = 7;
  const random = () => { state = (state * 1103515245 + 12345) % 2147483648; return state / 2147483648; };
  const paragraphs = seeds.flatMap((s) => s.split(/\n\s*\n/)).filter((p) => p.trim());
  const encoder = new TextEncoder();
  const out = [];
  let size = 0;
  for (;;) {
    const p = paragraphs[Math.floor(random() * paragraphs.length)].replace(/\d+/g, (n) => String(Number(n) + Math.floor(random() * 9)));
    const more = encoder.encode(p).length + 2;
    if (size + more > bytes) break;
    out.push(p);
    size += more;
  }
  return out.join('\n\n');
}

/** About `bytes` of one named speaker's quotes: one short sentence said again and again, with variations. */
function quotesText(bytes) {
  const topics = ['the talks', 'the ceasefire', 'the sanctions', 'the border', 'the trade deal', 'the aid package', 'the summit'];
  const words = ['progress', 'patience', 'trust', 'security', 'stability', 'dialogue', 'compromise', 'resolve'];
  const forms = [(q) => `"${q}," Lopez said.`, (q) => `"${q}," said Lopez.`, (q) => `Lopez said: "${q}."`, (q) => `"${q}," she added.`];
  const out = ['Foreign Minister Maria Lopez spoke to reporters in Geneva on Monday after two days of meetings between the delegations.'];
  let size = out[0].length;
  for (let i = 0; size < bytes; i += 1) {
    const q = `We will keep working on ${topics[i % topics.length]} with ${words[i % words.length]} and ${words[(i * 3) % words.length]} until day ${i}`;
    out.push(forms[i % forms.length](q));
    size += out.at(-1).length + 2;
  }
  return out.join('\n\n');
}

if (engineNames().includes('chromium')) describe('chromium', () => {
  let s;
  before(async () => { s = await Session.start('chromium'); });
  after(async () => { await s?.quit(); });

  /**
   * Runs `scenario` (which returns the long tasks it saw) until one run has none over
   * MAX_TASK_MS, three runs at most: a stall of the page's own recurs in every run, while a
   * busy shared machine may now and then hold up one task of an idle page.
   */
  async function withoutStall(t, scenario) {
    const runs = [];
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const long = await scenario();
      runs.push(long);
      if (long.every((ms) => ms <= MAX_TASK_MS)) break;
    }
    t.diagnostic(`long tasks (ms) per run: ${runs.map((r) => `[${r}]`).join(' ')}`);
    assert.ok(runs.at(-1).every((ms) => ms <= MAX_TASK_MS), `a task over ${MAX_TASK_MS} ms in every run: ${runs.map((r) => `[${r}]`).join(' ')}`);
  }

  /**
   * Pastes `make(...args)`'s text in the app (the text is made, put in the box and the box's
   * input event fired in one task, as a paste would), then digests it; returns the long tasks
   * after the paste.
   */
  async function digestInApp(make, args) {
    await s.open('index.html');
    await s.run(settle);
    await s.run(watchLongTasks);
    const { size, pasted } = await s.run((source, args) => {
      const text = new Function(`return (${source})`)()(...args);
      const area = document.querySelector('textarea.text');
      area.value = text;
      area.dispatchEvent(new Event('input', { bubbles: true }));
      return { size: text.length, pasted: performance.now() };
    }, String(make), args);
    await s.clickButton('Analyze');
    await s.waitFor(() => document.getElementById('progress').hidden && /Digest of|stopped|:/.test(document.getElementById('status').textContent),
      [], { timeout: 90_000, message: 'the digest' });
    const status = await s.run(() => document.getElementById('status').textContent);
    assert.match(status, /Digest of 1 article/);
    await s.run(settle);
    const long = await s.run((after) => window.__long.filter((t) => t.start >= after).map((t) => t.ms), pasted);
    return { size, long };
  }

  test('20 MB of news text is digested without a task over 100 ms on the page', async (t) => {
    await withoutStall(t, async () => {
      const { size, long } = await digestInApp(newsText, [SEEDS, 19_900_000]);
      assert.ok(size > 19_000_000, `${size} characters`);
      return long;
    });
  });

  test('2 MB of one speaker\'s quotes is digested without a task over 100 ms on the page', async (t) => {
    await withoutStall(t, async () => {
      const { size, long } = await digestInApp(quotesText, [2_000_000]);
      assert.ok(size > 1_900_000, `${size} characters`);
      return long;
    });
  });

  test('a digest of 20,000 quotes renders its first items, then all of them in parts, without a task over 100 ms', async (t) => {
    await withoutStall(t, async () => {
      await s.open('embed.html');
      await s.run(() => window.NewsDigest.ready);
      // The widget, then in its box the example's digest with its quotes repeated to 20,000
      // (a digest as long as any input gives).
      await s.run(async (seeds) => {
        const articles = seeds.map((text, i) => ({ text, source: `seed-${i}` }));
        window.__host = document.createElement('news-digest');
        document.querySelector('aside').prepend(window.__host);
        const d = await window.NewsDigest.mount(window.__host, { articles });
        const quotes = Array.from({ length: 20_000 }, (_, i) => ({ ...d.quotes[i % d.quotes.length], text: `${d.quotes[i % d.quotes.length].text} (${i})` }));
        window.__big = { ...d, quotes };
      }, SEEDS);
      const quotes = () => window.__host.shadowRoot.querySelector('.digest-quotes');
      await s.run(settle);
      await s.run(watchLongTasks);
      await s.run(() => { window.NewsDigest.renderDigest(window.__host.shadowRoot.querySelector('.nd'), window.__big); });
      const first = await s.run((q) => new Function(`return (${q})`)()().querySelectorAll('li').length, String(quotes));
      await s.click(() => window.__host.shadowRoot.querySelector('.digest-quotes button.show-all'));
      const all = await s.waitFor(() => {
        const list = window.__host.shadowRoot.querySelector('.digest-quotes');
        return !list.querySelector('button.show-all') && list.querySelectorAll('li').length;
      }, [], { timeout: 60_000, message: 'all quotes shown' });
      await s.run(settle);
      assert.equal(first, 50, 'the first 50 quotes at once');
      assert.equal(all, 20_000);
      assert.equal(await s.run(() => window.__host.shadowRoot.activeElement === window.__host.shadowRoot.querySelectorAll('.digest-quotes li')[50]), true,
        'focus on the first quote shown by the button');
      return s.run(() => window.__long.map((t) => t.ms));
    });
  });
});

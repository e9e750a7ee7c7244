// The app's file input, drag and drop, saved input across reloads, the background digest
// and the JSON download, in every engine.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Session, engineNames, ROOT } from './driver.mjs';

const SEED = join(ROOT, 'tests', 'fixtures', 'seeds', '002_a385af989d155fce.txt');
const PAGE = join(ROOT, 'tests', 'golden', 'html-page', 'page.html');

/** Counts the workers the page starts from now on. */
function countWorkers() {
  const Original = window.Worker;
  window.__workers = 0;
  window.Worker = class extends Original {
    constructor(...args) {
      super(...args);
      window.__workers += 1;
    }
  };
}

const digestShown = () => !document.getElementById('digest').hidden;

for (const engine of engineNames()) describe(engine, () => {
  let s;
  before(async () => { s = await Session.start(engine); });
  after(async () => { await s?.quit(); });

  test('picked .txt and .html files become articles, the HTML read as HTML', async () => {
    await s.open('index.html');
    await s.setFiles('#files', [SEED, PAGE]);
    await s.waitFor(() => document.querySelectorAll('fieldset.article').length === 2);
    await s.clickButton('Analyze');
    await s.waitFor(digestShown);
    const sources = await s.run(() => [...document.querySelectorAll('.articles li')].map((li) => li.textContent));
    assert.equal(sources.length, 2);
    assert.match(sources[1], /Ministers meet in Geneva/, 'the HTML file was parsed as a page');
    assert.doesNotMatch(await s.run(() => document.getElementById('digest').textContent), /window\.tracking/, 'its scripts were dropped');
    assert.deepEqual(await s.errors(), []);
  });

  test('files dropped on the articles area become articles', async () => {
    await s.open('index.html');
    await s.run((text) => {
      const dataTransfer = new DataTransfer();
      dataTransfer.items.add(new File([text], 'dropped.txt', { type: 'text/plain' }));
      document.getElementById('input-section').dispatchEvent(new DragEvent('drop', { dataTransfer, bubbles: true, cancelable: true }));
    }, readFileSync(SEED, 'utf8'));
    await s.waitFor(() => document.querySelector('fieldset.article textarea')?.value.length > 100);
    assert.equal(await s.run(() => document.querySelectorAll('fieldset.article').length), 1, 'the empty box was reused');
    assert.deepEqual(await s.errors(), []);
  });

  test('what was typed survives a reload', async () => {
    await s.open('index.html');
    await s.type('input.outlet', 'My Outlet');
    await s.type('textarea.text', 'Typed text that must not be lost on a reload of the page.');
    await s.reload();
    const kept = await s.run(() => [document.querySelector('textarea.text').value, document.querySelector('input.outlet').value]);
    assert.deepEqual(kept, ['Typed text that must not be lost on a reload of the page.', 'My Outlet']);
    assert.deepEqual(await s.errors(), []);
  });

  test('a large input is digested in the background with a progress indicator', async () => {
    await s.open('index.html');
    const text = readFileSync(SEED, 'utf8');
    await s.paste('textarea.text', Array.from({ length: 120 }, () => text).join('\n\n'));
    await s.run(countWorkers);
    // Record whether the progress bar is ever shown, however briefly.
    await s.run(() => {
      const bar = document.getElementById('progress');
      window.__progressShown = false;
      new MutationObserver(() => { if (!bar.hidden) window.__progressShown = true; }).observe(bar, { attributes: true });
    });
    await s.clickButton('Analyze');
    await s.waitFor(digestShown, [], { timeout: 60_000 });
    const state = await s.run(() => ({
      progressShown: window.__progressShown,
      workers: window.__workers,
      progressHidden: document.getElementById('progress').hidden,
      status: document.getElementById('status').textContent,
    }));
    assert.ok(state.progressShown, 'progress shown while digesting');
    assert.equal(state.workers, 1, 'the digest ran in a worker');
    assert.equal(state.progressHidden, true);
    assert.match(state.status, /Digest of 1 article/);
    assert.deepEqual(await s.errors(), []);
  });

  test('every digest runs in the one background worker, and the page\'s timers fire meanwhile', async () => {
    await s.open('index.html');
    await s.run(countWorkers);
    await s.clickButton('Load example');
    await s.clickButton('Analyze');
    await s.waitFor(digestShown);
    // A second, larger digest: the page's timers keep firing while the worker reads.
    const text = (await s.run(() => document.querySelector('textarea.text').value)).repeat(40);
    await s.paste('textarea.text', text);
    await s.run(() => {
      window.__ticks = [];
      window.__ticker = setInterval(() => window.__ticks.push(performance.now()), 10);
    });
    await s.clickButton('Analyze');
    await s.waitFor(() => /Digest of 5 articles/.test(document.getElementById('status').textContent)
      && document.getElementById('progress').hidden);
    const run = await s.run(() => {
      clearInterval(window.__ticker);
      const t = window.__ticks;
      return { workers: window.__workers, ticks: t.length };
    });
    assert.equal(run.workers, 1, 'one worker, started once');
    assert.ok(run.ticks >= 3, `the page's timers ran while digesting (${run.ticks} ticks)`);
    assert.deepEqual(await s.errors(), []);
  });

  test('the digest downloads as JSON', async () => {
    await s.open('index.html');
    // The file the page hands to the browser's download: the link's name and the blob's text.
    await s.run(() => {
      const create = URL.createObjectURL;
      URL.createObjectURL = (blob) => { window.__blob = blob; return create(blob); };
      HTMLAnchorElement.prototype.click = function click() { window.__download = this.download; };
    });
    await s.clickButton('Load example');
    await s.clickButton('Analyze');
    await s.waitFor(digestShown);
    await s.clickButton('Download JSON');
    const file = await s.waitFor(async () => window.__download && { name: window.__download, text: await window.__blob.text() });
    assert.equal(file.name, 'digest.json');
    const json = JSON.parse(file.text);
    assert.equal(json.articles.length, 5);
    assert.ok(json.delegations.length >= 2);
    assert.deepEqual(await s.errors(), []);
  });

  test('the digest copies as Markdown, written by the worker that made it', async () => {
    await s.open('index.html');
    await s.run(() => {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text) => { window.__copied = text; } } });
    });
    await s.clickButton('Load example');
    await s.clickButton('Analyze');
    await s.waitFor(digestShown);
    await s.clickButton('Copy as Markdown');
    const copied = await s.waitFor(() => window.__copied);
    assert.match(copied, /^#+ .*takeaways/im);
    assert.match(copied, /Putin/);
    assert.match(await s.run(() => document.getElementById('status').textContent), /copied as Markdown/);
    assert.deepEqual(await s.errors(), []);
  });
});

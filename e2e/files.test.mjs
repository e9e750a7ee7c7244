// The app's file input, drag and drop, saved input across reloads, and the JSON download.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openPage, wwwUrl, ROOT } from './browser.mjs';

const SEED = join(ROOT, 'tests', 'fixtures', 'seeds', '002_a385af989d155fce.txt');
const PAGE = join(ROOT, 'tests', 'golden', 'html-page', 'page.html');
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('picked .txt and .html files become articles, the HTML read as HTML', async () => {
  const errors = [];
  const page = await openPage(browser, wwwUrl('index.html'), errors);
  await page.locator('#files').setInputFiles([SEED, PAGE]);
  await page.waitForFunction(() => document.querySelectorAll('fieldset.article').length === 2);
  await page.getByRole('button', { name: 'Analyze' }).click();
  await page.locator('#digest').waitFor({ state: 'visible' });
  const sources = await page.locator('.articles li').allTextContents();
  assert.equal(sources.length, 2);
  assert.match(sources[1], /Ministers meet in Geneva/, 'the HTML file was parsed as a page');
  assert.doesNotMatch(await page.locator('#digest').textContent(), /window\.tracking/, 'its scripts were dropped');
  assert.deepEqual(errors, []);
});

test('files dropped on the articles area become articles', async () => {
  const errors = [];
  const page = await openPage(browser, wwwUrl('index.html'), errors);
  const text = readFileSync(SEED, 'utf8');
  const dataTransfer = await page.evaluateHandle((t) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], 'dropped.txt', { type: 'text/plain' }));
    return dt;
  }, text);
  await page.locator('#input-section').dispatchEvent('drop', { dataTransfer });
  await page.waitForFunction(() => document.querySelector('fieldset.article textarea')?.value.length > 100);
  assert.equal(await page.locator('fieldset.article').count(), 1, 'the empty box was reused');
  assert.deepEqual(errors, []);
});

test('what was typed survives a reload', async () => {
  const errors = [];
  const page = await openPage(browser, wwwUrl('index.html'), errors);
  await page.getByLabel('Outlet (optional)').fill('My Outlet');
  await page.getByLabel('Text').fill('Typed text that must not be lost on a reload of the page.');
  await page.reload();
  assert.equal(await page.getByLabel('Text').inputValue(), 'Typed text that must not be lost on a reload of the page.');
  assert.equal(await page.getByLabel('Outlet (optional)').inputValue(), 'My Outlet');
  assert.deepEqual(errors, []);
});

test('a large input is digested in the background with a progress indicator', async () => {
  const errors = [];
  const page = await openPage(browser, wwwUrl('index.html'), errors);
  const text = readFileSync(SEED, 'utf8');
  const big = Array.from({ length: 120 }, () => text).join('\n\n');
  await page.getByLabel('Text').fill(big);
  const workers = [];
  page.on('worker', (w) => workers.push(w));
  // Record whether the progress bar is ever shown, however briefly.
  await page.evaluate(() => {
    const bar = document.getElementById('progress');
    window.__progressShown = false;
    new MutationObserver(() => { if (!bar.hidden) window.__progressShown = true; }).observe(bar, { attributes: true });
  });
  await page.getByRole('button', { name: 'Analyze' }).click();
  await page.locator('#digest').waitFor({ state: 'visible', timeout: 30_000 });
  const progressShown = await page.evaluate(() => window.__progressShown);
  assert.ok(progressShown, 'progress shown while digesting');
  assert.equal(workers.length, 1, 'the digest ran in a worker');
  assert.equal(await page.locator('#progress').isVisible(), false);
  assert.match(await page.locator('#status').textContent(), /Digest of 1 article/);
  assert.deepEqual(errors, []);
});

test('a small input is digested on the page without a worker', async () => {
  const errors = [];
  const page = await openPage(browser, wwwUrl('index.html'), errors);
  const workers = [];
  page.on('worker', (w) => workers.push(w));
  await page.getByRole('button', { name: 'Load example' }).click();
  await page.getByRole('button', { name: 'Analyze' }).click();
  await page.locator('#digest').waitFor({ state: 'visible' });
  assert.equal(workers.length, 0);
  assert.deepEqual(errors, []);
});

test('the digest downloads as JSON', async () => {
  const errors = [];
  const page = await openPage(browser, wwwUrl('index.html'), errors);
  await page.getByRole('button', { name: 'Load example' }).click();
  await page.getByRole('button', { name: 'Analyze' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
  assert.equal(download.suggestedFilename(), 'digest.json');
  const json = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(json.articles.length, 5);
  assert.ok(json.delegations.length >= 2);
  assert.deepEqual(errors, []);
});

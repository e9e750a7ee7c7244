// The local app opened from disk (file://): load the example, analyze, see the digest.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openPage, wwwUrl, ARTIFACTS, ROOT } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); mkdirSync(ARTIFACTS, { recursive: true }); });
after(async () => { await browser?.close(); });

test('the app from file:// digests the example and renders every section', async () => {
  const errors = [];
  const page = await openPage(browser, wwwUrl('index.html'), errors);
  assert.equal(await page.locator('#not-built').count(), 0, 'the bundle loaded and removed the not-built notice');
  await page.getByRole('button', { name: 'Load example' }).click();
  assert.equal(await page.locator('fieldset.article').count(), 5);
  await page.getByRole('button', { name: 'Analyze' }).click();
  await page.locator('#digest').waitFor({ state: 'visible' });
  for (const title of ['Sources', 'Key takeaways', 'Delegations', 'Unresolved issues', 'Who said what', 'Where sources differ']) {
    assert.equal(await page.getByRole('heading', { name: title, exact: true }).count(), 1, `section ${title}`);
  }
  assert.equal(await page.locator('.articles li').count(), 5);
  const takeaways = await page.locator('.digest-takeaways li').allTextContents();
  assert.ok(takeaways.length >= 1, 'at least one takeaway');
  assert.match(takeaways.join(' '), /Putin/);
  assert.match(await page.locator('#status').textContent(), /Digest of 5 articles/);
  await page.screenshot({ path: join(ARTIFACTS, 'app.png'), fullPage: false });
  if (process.env.UPDATE_SCREENSHOTS) copyFileSync(join(ARTIFACTS, 'app.png'), join(ROOT, 'docs', 'app.png'));
  assert.deepEqual(errors, []);
});

test('a source badge shows the sentence that source states the takeaway in', async () => {
  const errors = [];
  const page = await openPage(browser, wwwUrl('index.html'), errors);
  await page.getByRole('button', { name: 'Load example' }).click();
  await page.getByRole('button', { name: 'Analyze' }).click();
  const first = page.locator('.digest-takeaways > ol > li').first();
  const badges = first.locator('button.badge');
  assert.ok(await badges.count() >= 2, 'the first takeaway has several sources');
  await badges.nth(1).click();
  const panel = first.locator('.evidence');
  assert.equal(await panel.isVisible(), true);
  assert.ok((await panel.textContent()).length > 40, 'the sentence is shown');
  await badges.nth(1).press('Enter');
  assert.equal(await panel.isVisible(), false, 'pressing again (keyboard) hides it');
  assert.deepEqual(errors, []);
});

test('bad input shows a clear message and keeps what was typed', async () => {
  const errors = [];
  const page = await openPage(browser, wwwUrl('index.html'), errors);
  await page.getByRole('button', { name: 'Analyze' }).click();
  assert.match(await page.locator('#status').textContent(), /Paste at least one article/);
  const typed = '12345 ... !!! ???';
  await page.getByLabel('Text').fill(typed);
  await page.getByRole('button', { name: 'Analyze' }).click();
  assert.match(await page.getByRole('alert').textContent(), /no readable text/);
  assert.equal(await page.getByLabel('Text').inputValue(), typed);
  assert.deepEqual(errors, []);
});

test('the page enforces its Content-Security-Policy: injected inline script does not run', async () => {
  const errors = [];
  const page = await openPage(browser, wwwUrl('index.html'), errors);
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline = 1';
    document.head.append(s);
  });
  assert.equal(await page.evaluate(() => window.__inline), undefined);
  assert.ok(errors.some((e) => /Content Security Policy/i.test(e)), `a CSP report: ${errors}`);
});

test('article boxes can be added and removed', async () => {
  const errors = [];
  const page = await openPage(browser, wwwUrl('index.html'), errors);
  await page.getByRole('button', { name: 'Add article' }).click();
  assert.equal(await page.locator('fieldset.article').count(), 2);
  await page.getByRole('button', { name: 'Remove article 1' }).click();
  assert.equal(await page.locator('fieldset.article').count(), 1);
  assert.equal(await page.locator('legend').textContent(), 'Article 1');
  assert.deepEqual(errors, []);
});

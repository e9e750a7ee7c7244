// Accessibility: axe-core finds no violations in the app (after a digest) or on the embed page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, wwwUrl, ROOT } from './browser.mjs';

const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A page whose CSP lets the test inject axe (the pages themselves forbid inline scripts). */
async function open(url) {
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

async function violations(page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

test('the app has no axe violations after a digest', async () => {
  const page = await open(wwwUrl('index.html'));
  await page.getByRole('button', { name: 'Load example' }).click();
  await page.getByRole('button', { name: 'Analyze' }).click();
  await page.locator('#digest').waitFor({ state: 'visible' });
  assert.deepEqual(await violations(page), []);
});

test('the embed page with the widget open has no axe violations', async () => {
  const page = await open(wwwUrl('embed.html'));
  await page.waitForFunction(() => document.querySelector('news-digest')?.shadowRoot?.querySelector('.digest-takeaways'));
  await page.locator('news-digest').locator('summary').click();
  assert.deepEqual(await violations(page), []);
});

// Accessibility: axe-core finds no violations in the app (after a digest) or on the embed
// page, in every engine.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Session, engineNames, axeSource } from './driver.mjs';

/** axe's violations on the page: injected through WebDriver, which the page's CSP does not govern. */
async function violations(s) {
  await s.driver.executeScript(axeSource());
  const result = await s.run(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const engine of engineNames()) describe(engine, () => {
  let s;
  before(async () => { s = await Session.start(engine); });
  after(async () => { await s?.quit(); });

  test('the app has no axe violations after a digest', async () => {
    await s.open('index.html');
    await s.clickButton('Load example');
    await s.clickButton('Analyze');
    await s.waitFor(() => !document.getElementById('digest').hidden);
    assert.deepEqual(await violations(s), []);
  });

  test('the embed page with the widget open has no axe violations', async () => {
    await s.open('embed.html');
    await s.waitFor(() => document.querySelector('news-digest')?.shadowRoot?.querySelector('.digest-takeaways'));
    await s.click(() => document.querySelector('news-digest').shadowRoot.querySelector('summary'));
    assert.deepEqual(await violations(s), []);
  });
});

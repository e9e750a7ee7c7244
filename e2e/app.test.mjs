// The local app opened from disk (file://): load the example, analyze, see the digest.
// In every engine (e2e/driver.mjs), one browser per engine for the whole file.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { Session, engineNames, Key, ARTIFACTS, ROOT } from './driver.mjs';

const sectionTitles = () => [...document.querySelectorAll('#digest h3')].map((h) => h.textContent);

for (const engine of engineNames()) describe(engine, () => {
  let s;
  before(async () => { s = await Session.start(engine); mkdirSync(ARTIFACTS, { recursive: true }); });
  after(async () => { await s?.quit(); });

  test('the app from file:// digests the example and renders every section', async () => {
    await s.open('index.html');
    assert.equal(await s.run(() => document.querySelectorAll('#not-built').length), 0, 'the bundle loaded and removed the not-built notice');
    await s.clickButton('Load example');
    assert.equal(await s.run(() => document.querySelectorAll('fieldset.article').length), 5);
    await s.clickButton('Analyze');
    await s.waitFor(() => !document.getElementById('digest').hidden);
    assert.deepEqual(await s.run(sectionTitles),
      ['Sources', 'Key takeaways', 'Delegations', 'Unresolved issues', 'Who said what', 'Where sources differ']);
    assert.equal(await s.run(() => document.querySelectorAll('.articles li').length), 5);
    const takeaways = await s.run(() => [...document.querySelectorAll('.digest-takeaways li')].map((li) => li.textContent));
    assert.ok(takeaways.length >= 1, 'at least one takeaway');
    assert.match(takeaways.join(' '), /Putin/);
    assert.match(await s.run(() => document.getElementById('status').textContent), /Digest of 5 articles/);
    await s.screenshot(join(ARTIFACTS, `app-${engine}.png`));
    if (process.env.UPDATE_SCREENSHOTS && engine === 'chromium') copyFileSync(join(ARTIFACTS, `app-${engine}.png`), join(ROOT, 'docs', 'app.png'));
    assert.deepEqual(await s.errors(), []);
  });

  test('a source badge shows the sentence that source states the takeaway in', async () => {
    await s.open('index.html');
    await s.clickButton('Load example');
    await s.clickButton('Analyze');
    await s.waitFor(() => !document.getElementById('digest').hidden);
    assert.ok(await s.run(() => document.querySelectorAll('.digest-takeaways > ol > li:first-child button.badge').length >= 2),
      'the first takeaway has several sources');
    const badge = await s.element(() => document.querySelector('.digest-takeaways > ol > li').querySelectorAll('button.badge')[1]);
    await badge.click();
    const panel = () => {
      const p = document.querySelector('.digest-takeaways > ol > li .evidence');
      return { visible: !p.hidden && p.getClientRects().length > 0, text: p.textContent };
    };
    const shown = await s.run(panel);
    assert.equal(shown.visible, true);
    assert.ok(shown.text.length > 40, 'the sentence is shown');
    await badge.sendKeys(Key.ENTER);
    assert.equal((await s.run(panel)).visible, false, 'pressing again (keyboard) hides it');
    assert.deepEqual(await s.errors(), []);
  });

  test('bad input shows a clear message and keeps what was typed', async () => {
    await s.open('index.html');
    await s.clickButton('Analyze');
    assert.match(await s.run(() => document.getElementById('status').textContent), /Paste at least one article/);
    const typed = '12345 ... !!! ???';
    await s.type('textarea.text', typed);
    await s.clickButton('Analyze');
    assert.match(await s.waitFor(() => document.querySelector('[role=alert]')?.textContent), /no readable text/);
    assert.equal(await s.run(() => document.querySelector('textarea.text').value), typed);
    assert.deepEqual(await s.errors(), []);
  });

  // The background worker is replaced by one that answers its first `traps` digest requests
  // as a trapped engine does ({ok: false, trap: true}) and passes everything else through.
  const trappingWorkers = (traps) => {
    const Real = window.Worker;
    window.__workers = 0;
    let left = traps;
    window.Worker = class extends Real {
      constructor(...args) {
        super(...args);
        window.__workers += 1;
      }
      postMessage(message, ...rest) {
        if (message?.type === 'digest' && left > 0) {
          left -= 1;
          const data = { id: message.id, ok: false, message: 'unreachable executed', trap: true };
          setTimeout(() => this.dispatchEvent(new MessageEvent('message', { data })), 0);
          return;
        }
        super.postMessage(message, ...rest);
      }
    };
  };

  test('a trap in the engine is retried once in a fresh worker, unseen by the reader', async () => {
    await s.open('index.html');
    await s.run(trappingWorkers, 1);
    await s.clickButton('Load example');
    await s.clickButton('Analyze');
    await s.waitFor(() => !document.getElementById('digest').hidden);
    assert.match(await s.run(() => document.getElementById('status').textContent), /Digest of 5 articles/);
    assert.equal(await s.run(() => window.__workers), 2, 'the trapped worker was replaced by a fresh one');
    assert.equal(await s.run(() => document.querySelectorAll('[role=alert]').length), 0);
    assert.deepEqual(await s.errors(), []);
  });

  test('a trap that comes again is reported, and the articles are kept', async () => {
    await s.open('index.html');
    await s.run(trappingWorkers, 2);
    await s.clickButton('Load example');
    const before = await s.run(() => [...document.querySelectorAll('textarea.text')].map((t) => t.value));
    await s.clickButton('Analyze');
    assert.match(await s.waitFor(() => document.querySelector('[role=alert]')?.textContent), /unreachable/);
    assert.equal(await s.run(() => window.__workers), 2, 'one retry, not more');
    assert.deepEqual(await s.run(() => [...document.querySelectorAll('textarea.text')].map((t) => t.value)), before);
  });

  test('the page enforces its Content-Security-Policy: injected inline script does not run', async () => {
    await s.open('index.html');
    const result = await s.run(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = 1';
      document.head.append(s);
      await new Promise((r) => setTimeout(r, 50));
      return { ran: window.__inline ?? null, violations: window.__nd.csp };
    });
    assert.equal(result.ran, null);
    assert.ok(result.violations.some((d) => /^script-src/.test(d)), `a CSP violation: ${result.violations}`);
  });

  test('a very long text is kept in its box but folded away, and shown on request', async () => {
    await s.open('index.html');
    const text = 'The delegates met again on Tuesday. '.repeat(8000);
    await s.paste('textarea.text', text);
    const folded = () => ({
      area: document.querySelector('textarea.text').getClientRects().length > 0,
      note: document.querySelector('.folded').getClientRects().length > 0 ? document.querySelector('.folded').textContent : null,
      length: document.querySelector('textarea.text').value.length,
    });
    const before = await s.run(folded);
    assert.equal(before.area, false, 'the text box is not laid out');
    assert.match(before.note, /0\.3 million characters/);
    assert.equal(before.length, text.length, 'nothing lost');
    await s.clickButton('Show the text');
    const after = await s.run(folded);
    assert.deepEqual([after.area, after.note, after.length], [true, null, text.length]);
    assert.equal(await s.run(() => document.activeElement === document.querySelector('textarea.text')), true);
    assert.deepEqual(await s.errors(), []);
  });

  test('beside five long articles, the digest stays at the top of the window', async () => {
    // A laptop's width (a window 1100 pixels wide).
    const rect = await s.driver.manage().window().getRect();
    await s.driver.manage().window().setRect({ width: 1100, height: rect.height }).catch(() => {});
    await s.open('index.html');
    await s.clickButton('Load example');
    // Five boxes, each article three times over: a list of boxes taller than the window.
    await s.run(() => {
      for (const area of document.querySelectorAll('textarea.text')) {
        area.value = `${area.value}\n\n`.repeat(3);
        area.rows = 30;
        area.dispatchEvent(new Event('input', { bubbles: true }));
      }
    });
    await s.clickButton('Analyze');
    await s.waitFor(() => !document.getElementById('digest').hidden);
    const place = () => {
      const digest = document.getElementById('digest-heading').getBoundingClientRect();
      const boxes = document.getElementById('articles').getBoundingClientRect();
      return { top: digest.top, beside: digest.left >= boxes.right, tall: boxes.height > innerHeight };
    };
    for (const y of [0, 0.5, 1]) {
      await s.run((y) => window.scrollTo(0, y * (document.documentElement.scrollHeight - innerHeight)), y);
      const at = await s.run(place);
      assert.equal(at.tall, true, 'the article list is taller than the window');
      assert.equal(at.beside, true, 'the digest is a column beside the articles');
      assert.ok(at.top >= 0 && at.top < 200, `the digest's heading in view at the top, scrolled ${y}: ${at.top}`);
    }
    await s.screenshot(join(ARTIFACTS, `app-long-${engine}.png`));
    await s.driver.manage().window().setRect({ width: rect.width, height: rect.height }).catch(() => {});
    assert.deepEqual(await s.errors(), []);
  });

  test('article boxes can be added and removed', async () => {
    await s.open('index.html');
    await s.clickButton('Add article');
    assert.equal(await s.run(() => document.querySelectorAll('fieldset.article').length), 2);
    await s.click('button[aria-label="Remove article 1"]');
    assert.equal(await s.run(() => document.querySelectorAll('fieldset.article').length), 1);
    assert.equal(await s.run(() => document.querySelector('legend').textContent), 'Article 1');
    assert.deepEqual(await s.errors(), []);
  });
});

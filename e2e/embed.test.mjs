// The embed demo (www/embed.html): one script tag and <news-digest> on a realistic news page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openPage, wwwUrl, ARTIFACTS, ROOT } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); mkdirSync(ARTIFACTS, { recursive: true }); });
after(async () => { await browser?.close(); });

/** Text of the widget's shadow root, and the headings it shows. */
const widget = (page) => page.evaluate(async () => {
  const root = document.querySelector('news-digest').shadowRoot;
  return { text: root?.textContent ?? '', headings: [...(root?.querySelectorAll('h2, h3') ?? [])].map((h) => h.textContent) };
});

test('the widget digests the host article inside its shadow root', async () => {
  const errors = [];
  const page = await openPage(browser, wwwUrl('embed.html'), errors);
  await page.waitForFunction(() => document.querySelector('news-digest')?.shadowRoot?.querySelector('.digest-takeaways li'));
  const w = await widget(page);
  assert.ok(w.headings.includes('Key takeaways'), JSON.stringify(w.headings));
  // The engine is ready once the digest is shown: `ready` holds the compiled module.
  assert.equal(await page.evaluate(async () => (await window.NewsDigest.ready) instanceof WebAssembly.Module), true);
  assert.match(w.text, /Putin/);
  assert.doesNotMatch(w.text, /Advertisement|Reader1|Related stories/, 'page furniture around the article stays out');
  await page.setViewportSize({ width: 1300, height: 1000 });
  await page.screenshot({ path: join(ARTIFACTS, 'embed.png') });
  if (process.env.UPDATE_SCREENSHOTS) copyFileSync(join(ARTIFACTS, 'embed.png'), join(ROOT, 'docs', 'embed.png'));
  // Compact mode: the other sections sit behind a disclosure that opens.
  const summary = page.locator('news-digest').locator('summary');
  await summary.click();
  assert.equal(await page.locator('news-digest').locator('details').getAttribute('open'), '');
  // The host's CSS (red Impact headings) does not reach inside.
  const color = await page.evaluate(() => getComputedStyle(document.querySelector('news-digest').shadowRoot.querySelector('h3')).color);
  assert.notEqual(color, 'rgb(139, 0, 0)');
  assert.deepEqual(errors, []);
});

test('a source badge highlights its sentence in the host article without changing it', async () => {
  const errors = [];
  const page = await openPage(browser, wwwUrl('embed.html'), errors);
  await page.waitForFunction(() => document.querySelector('news-digest')?.shadowRoot?.querySelector('.digest-takeaways button.badge'));
  const before = await page.evaluate(() => document.querySelector('article').innerHTML);
  const badge = page.locator('news-digest').locator('.digest-takeaways button.badge').first();
  await badge.click();
  assert.equal(await badge.getAttribute('aria-expanded'), 'true');
  const shown = await page.locator('news-digest').locator('.digest-takeaways .evidence').first().textContent();
  const highlighted = await page.evaluate(async () => {
    const h = CSS.highlights.get('news-digest-source');
    return h ? [...h][0].toString() : null;
  });
  assert.ok(highlighted, 'a highlight was set');
  const fold = (s) => s.replace(/[\u201c\u201d]/g, '"').replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();
  assert.ok(fold(shown).includes(fold(highlighted)), `${highlighted} in ${shown}`);
  assert.equal(await page.evaluate(() => document.querySelector('article').innerHTML), before, 'host article unchanged');
  assert.deepEqual(errors, []);
});

test('mounting leaves the host page unchanged apart from the widget element', async () => {
  const errors = [];
  const page = await openPage(browser, wwwUrl('embed.html'), errors);
  const same = await page.evaluate(async () => {
    const before = document.body.innerHTML;
    const el = document.createElement('news-digest');
    document.querySelector('aside').prepend(el);
    const d = await window.NewsDigest.mount(el, { selector: 'article' });
    el.remove();
    return { equal: document.body.innerHTML === before, takeaways: d?.takeaways.length ?? 0 };
  });
  assert.ok(same.takeaways > 0);
  assert.equal(same.equal, true, 'host DOM changed by mounting');
  assert.deepEqual(errors, []);
});

test('a page that marks no article is digested from the block the extractor finds, without its figure captions', async () => {
  const errors = [];
  const page = await openPage(browser, wwwUrl('embed.html'), errors);
  const caption = 'Delegates walk past the flags of both countries outside the conference hall on a grey morning.';
  const result = await page.evaluate(async (caption) => {
    // The same page with its <article> and <main> unwrapped into unmarked <div>s, and a
    // captioned photo after the first paragraph.
    for (const el of document.querySelectorAll('article, main')) {
      const div = document.createElement('div');
      div.append(...el.childNodes);
      el.replaceWith(div);
    }
    const figure = document.createElement('figure');
    const figcaption = document.createElement('figcaption');
    figcaption.textContent = caption;
    figure.append(document.createElement('img'), figcaption);
    document.querySelector('p').after(figure);
    const page = window.NewsDigest.extract(document.documentElement.outerHTML);
    const host = document.createElement('div');
    document.body.append(host);
    const d = await window.NewsDigest.mount(host, {});
    return {
      captions: page.captions,
      takeaways: d ? d.takeaways.map((t) => t.text) : [],
      text: host.shadowRoot.textContent,
    };
  }, caption);
  assert.deepEqual(result.captions, [caption]);
  assert.ok(result.takeaways.length > 0, result.text);
  assert.match(result.takeaways.join(' '), /Putin/);
  assert.doesNotMatch(result.takeaways.join(' '), /Reader1|Advertisement/);
  assert.doesNotMatch(result.text, /Delegates walk past/);
  assert.deepEqual(errors, []);
});

test('figure captions inside a marked article are left out of the digest', async () => {
  const errors = [];
  const page = await openPage(browser, wwwUrl('embed.html'), errors);
  const text = await page.evaluate(async () => {
    const figure = document.createElement('figure');
    const figcaption = document.createElement('figcaption');
    figcaption.textContent = 'Delegates walk past the flags of both countries outside the conference hall on a grey morning.';
    figure.append(document.createElement('img'), figcaption);
    document.querySelector('article p').after(figure);
    const host = document.createElement('div');
    document.body.append(host);
    await window.NewsDigest.mount(host, {});
    return host.shadowRoot.textContent;
  });
  assert.match(text, /Putin/);
  assert.doesNotMatch(text, /Delegates walk past/);
  assert.deepEqual(errors, []);
});

test('a page without an article gets a clear message, not an exception', async () => {
  const errors = [];
  const page = await openPage(browser, wwwUrl('embed.html'), errors);
  const text = await page.evaluate(async () => {
    const el = document.createElement('div');
    document.body.append(el);
    await window.NewsDigest.mount(el, { selector: '.no-such-thing' });
    return el.shadowRoot.textContent;
  });
  assert.match(text, /No article found/);
  assert.deepEqual(errors, []);
});

const HOSTILE = 'Officials said the delegates rejected the proposal <img src=x onerror="window.__pwned=1"> and left '
  + 'before the <script>window.__pwned=1</script> session ended on Monday.';

test('article text with markup is shown as text and runs nothing, in the widget', async () => {
  const errors = [];
  const page = await openPage(browser, wwwUrl('embed.html'), errors);
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs += 1; d.dismiss(); });
  const result = await page.evaluate(async (text) => {
    const el = document.createElement('div');
    document.body.append(el);
    await window.NewsDigest.mount(el, { articles: [{ text, source: 'hostile' }] });
    return { html: el.shadowRoot.innerHTML, text: el.shadowRoot.textContent, imgs: el.shadowRoot.querySelectorAll('img, script').length };
  }, HOSTILE);
  await page.waitForTimeout(200);
  assert.equal(result.imgs, 0);
  assert.match(result.text, /<img src=x onerror/);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(dialogs, 0);
  assert.deepEqual(errors, []);
});

test('article text with markup is shown as text and runs nothing, in the app', async () => {
  const errors = [];
  const page = await openPage(browser, wwwUrl('index.html'), errors);
  await page.getByLabel('Text').fill(HOSTILE);
  await page.getByRole('button', { name: 'Analyze' }).click();
  await page.locator('#digest').waitFor({ state: 'visible' });
  await page.waitForTimeout(200);
  assert.equal(await page.locator('#digest img, #digest script').count(), 0);
  assert.match(await page.locator('#digest').textContent(), /<script>window.__pwned=1<\/script>/);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(errors, []);
});

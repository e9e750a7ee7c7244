// The embed demo (www/embed.html): one script tag and <news-digest> on a realistic news
// page, in every engine.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Session, engineNames, ARTIFACTS, ROOT } from './driver.mjs';
import { checkBadges } from './badges.mjs';

/** Text of the widget's shadow root, and the headings it shows. */
const widget = () => {
  const root = document.querySelector('news-digest').shadowRoot;
  return { text: root?.textContent ?? '', headings: [...(root?.querySelectorAll('h2, h3') ?? [])].map((h) => h.textContent) };
};
const rendered = () => document.querySelector('news-digest')?.shadowRoot?.querySelector('.digest-takeaways button.badge');
const firstBadge = () => document.querySelector('news-digest').shadowRoot.querySelector('.digest-takeaways button.badge');
const fold = (s) => s.replace(/[\u201c\u201d]/g, '"').replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();

const HOSTILE = 'Officials said the delegates rejected the proposal <img src=x onerror="window.__pwned=1"> and left '
  + 'before the <script>window.__pwned=1</script> session ended on Monday.';

for (const engine of engineNames()) describe(engine, () => {
  let s;
  before(async () => { s = await Session.start(engine); mkdirSync(ARTIFACTS, { recursive: true }); });
  after(async () => { await s?.quit(); });

  test('the widget digests the host article inside its shadow root', async () => {
    await s.open('embed.html');
    await s.waitFor(rendered);
    const w = await s.run(widget);
    assert.ok(w.headings.includes('Key takeaways'), JSON.stringify(w.headings));
    // The engine is ready once the digest is shown: `ready` holds the compiled module.
    assert.equal(await s.run(async () => Object.prototype.toString.call(await window.NewsDigest.ready)), '[object WebAssembly.Module]');
    assert.match(w.text, /Putin/);
    assert.doesNotMatch(w.text, /Advertisement|Reader1|Related stories/, 'page furniture around the article stays out');
    await s.screenshot(join(ARTIFACTS, `embed-${engine}.png`));
    if (process.env.UPDATE_SCREENSHOTS && engine === 'chromium') copyFileSync(join(ARTIFACTS, `embed-${engine}.png`), join(ROOT, 'docs', 'embed.png'));
    // Compact mode: the other sections sit behind a disclosure that opens.
    await s.click(() => document.querySelector('news-digest').shadowRoot.querySelector('summary'));
    assert.equal(await s.run(() => document.querySelector('news-digest').shadowRoot.querySelector('details').open), true);
    // The host's CSS (red Impact headings) does not reach inside.
    const color = await s.run(() => getComputedStyle(document.querySelector('news-digest').shadowRoot.querySelector('h3')).color);
    assert.notEqual(color, 'rgb(139, 0, 0)');
    assert.deepEqual(await s.errors(), []);
  });

  test('a source badge highlights its sentence in the host article without changing it', async () => {
    await s.open('embed.html');
    await s.waitFor(rendered);
    const before = await s.run(() => document.querySelector('article').innerHTML);
    const badge = await s.element(firstBadge);
    await badge.click();
    assert.equal(await badge.getAttribute('aria-expanded'), 'true');
    const shown = await s.run(() => document.querySelector('news-digest').shadowRoot.querySelector('.digest-takeaways .evidence').textContent);
    const highlighted = await s.run(() => {
      const h = CSS.highlights.get('news-digest-source');
      return h ? [...h][0].toString() : null;
    });
    assert.ok(highlighted, 'a highlight was set');
    assert.ok(fold(shown).includes(fold(highlighted)), `${highlighted} in ${shown}`);
    assert.equal(await s.run(() => document.querySelector('article').innerHTML), before, 'host article unchanged');
    assert.deepEqual(await s.errors(), []);
  });

  test('every source badge of the takeaways, open issues and quotes highlights exactly its sentence', async (t) => {
    await s.open('embed.html');
    await s.waitFor(rendered);
    const before = await s.run(() => document.body.innerHTML);
    const result = await s.run(checkBadges);
    t.diagnostic(`badges ${result.badges}, highlighted exactly ${result.matched}`);
    assert.ok(result.badges >= 10, JSON.stringify(result));
    assert.equal(result.matched, result.badges, JSON.stringify(result.misses, null, 1));
    assert.equal(await s.run(() => document.body.innerHTML), before, 'host page unchanged');
    assert.deepEqual(await s.errors(), []);
  });

  test('without the CSS Custom Highlight API the sentence\'s block is outlined and scrolled to instead', async () => {
    await s.open('embed.html');
    await s.waitFor(rendered);
    // An engine without the API: the widget finds no Highlight constructor.
    const before = await s.run(() => { window.Highlight = undefined; return document.querySelector('article').innerHTML; });
    await s.run(() => window.scrollTo(0, document.body.scrollHeight));
    const badges = await s.run(() => document.querySelector('news-digest').shadowRoot.querySelectorAll('.digest-takeaways button.badge').length);
    // The last takeaway's sentence sits further down the article than the top of the page.
    await s.click(() => [...document.querySelector('news-digest').shadowRoot.querySelectorAll('.digest-takeaways button.badge')].at(-1));
    const shown = await s.run(() => document.querySelector('news-digest').shadowRoot.querySelector('.digest-takeaways .evidence:not([hidden]) q').textContent);
    const block = await s.waitFor((sentence) => {
      const fold = (t) => t.replace(/[\u201c\u201d]/g, '"').replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();
      const p = [...document.querySelectorAll('article p, article h2')].find((el) => fold(el.textContent).includes(fold(sentence)));
      if (!p) return { missing: true };
      const r = p.getBoundingClientRect();
      const style = getComputedStyle(p);
      const inView = r.top >= 0 && r.bottom <= innerHeight;
      return inView && style.outlineStyle !== 'none' && { outline: style.outlineStyle, width: style.outlineWidth, inView };
    }, [shown], { message: 'the outlined block in view' });
    assert.ok(badges > 0);
    assert.equal(block.outline, 'solid');
    assert.equal(await s.run(() => [...document.querySelectorAll('article *')].filter((el) => getComputedStyle(el).outlineStyle !== 'none').length), 1,
      'only that block is outlined');
    assert.equal(await s.run(() => document.querySelector('article').innerHTML), before, 'host article unchanged');
    assert.deepEqual(await s.errors(), []);
  });

  test('a long list shows its first 50 items, and all of them on request, the focus on the first new one', async () => {
    await s.open('embed.html');
    await s.waitFor(rendered);
    await s.run(() => {
      const host = document.querySelector('news-digest');
      const d = host.digest;
      const quotes = Array.from({ length: 1234 }, (_, i) => ({ ...d.quotes[i % d.quotes.length], text: `${d.quotes[i % d.quotes.length].text} (${i})` }));
      window.NewsDigest.renderDigest(host.shadowRoot.querySelector('.nd'), { ...d, quotes });
    });
    const list = () => [...document.querySelector('news-digest').shadowRoot.querySelectorAll('.digest-quotes li')].map((li) => li.querySelector('q').textContent);
    const first = await s.run(list);
    assert.equal(first.length, 50);
    const button = await s.element(() => document.querySelector('news-digest').shadowRoot.querySelector('.digest-quotes button.show-all'));
    assert.equal(await button.getText(), 'Show all 1,234 quotes');
    await button.click();
    await s.waitFor(() => !document.querySelector('news-digest').shadowRoot.querySelector('.digest-quotes button.show-all'));
    const all = await s.run(list);
    assert.equal(all.length, 1234);
    assert.deepEqual(all.map((q) => Number(q.match(/\((\d+)\)$/)[1])), Array.from({ length: 1234 }, (_, i) => i), 'every quote once, in order');
    assert.match(await s.run(() => document.querySelector('news-digest').shadowRoot.activeElement?.textContent ?? ''), /\(50\)/);
    assert.deepEqual(await s.errors(), []);
  });

  test('mounting leaves the host page unchanged apart from the widget element', async () => {
    await s.open('embed.html');
    await s.run(() => window.NewsDigest.ready);
    const same = await s.run(async () => {
      const before = document.body.innerHTML;
      const el = document.createElement('news-digest');
      document.querySelector('aside').prepend(el);
      const d = await window.NewsDigest.mount(el, { selector: 'article' });
      el.remove();
      return { equal: document.body.innerHTML === before, takeaways: d?.takeaways.length ?? 0 };
    });
    assert.ok(same.takeaways > 0);
    assert.equal(same.equal, true, 'host DOM changed by mounting');
    assert.deepEqual(await s.errors(), []);
  });

  test('a page that marks no article is digested from the block the extractor finds, without its figure captions', async () => {
    await s.open('embed.html');
    await s.run(() => window.NewsDigest.ready);
    const caption = 'Delegates walk past the flags of both countries outside the conference hall on a grey morning.';
    const result = await s.run(async (caption) => {
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
      return { captions: page.captions, takeaways: d ? d.takeaways.map((t) => t.text) : [], text: host.shadowRoot.textContent };
    }, caption);
    assert.deepEqual(result.captions, [caption]);
    assert.ok(result.takeaways.length > 0, result.text);
    assert.match(result.takeaways.join(' '), /Putin/);
    assert.doesNotMatch(result.takeaways.join(' '), /Reader1|Advertisement/);
    assert.doesNotMatch(result.text, /Delegates walk past/);
    assert.deepEqual(await s.errors(), []);
  });

  test('figure captions inside a marked article are left out of the digest', async () => {
    await s.open('embed.html');
    await s.run(() => window.NewsDigest.ready);
    const text = await s.run(async () => {
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
    assert.deepEqual(await s.errors(), []);
  });

  test('a page without an article gets a clear message, not an exception', async () => {
    await s.open('embed.html');
    const text = await s.run(async () => {
      const el = document.createElement('div');
      document.body.append(el);
      await window.NewsDigest.mount(el, { selector: '.no-such-thing' });
      return el.shadowRoot.textContent;
    });
    assert.match(text, /No article found/);
    assert.deepEqual(await s.errors(), []);
  });

  test('article text with markup is shown as text and runs nothing, in the widget', async () => {
    await s.open('embed.html');
    const result = await s.run(async (text) => {
      window.alert = () => { window.__pwned = 'alert'; };
      const el = document.createElement('div');
      document.body.append(el);
      await window.NewsDigest.mount(el, { articles: [{ text, source: 'hostile' }] });
      await new Promise((r) => setTimeout(r, 200));
      return { text: el.shadowRoot.textContent, imgs: el.shadowRoot.querySelectorAll('img, script').length, pwned: window.__pwned ?? null };
    }, HOSTILE);
    assert.equal(result.imgs, 0);
    assert.match(result.text, /<img src=x onerror/);
    assert.equal(result.pwned, null);
    assert.deepEqual(await s.errors(), []);
  });

  test('article text with markup is shown as text and runs nothing, in the app', async () => {
    await s.open('index.html');
    await s.paste('textarea.text', HOSTILE);
    await s.clickButton('Analyze');
    await s.waitFor(() => !document.getElementById('digest').hidden);
    const result = await s.run(async () => {
      await new Promise((r) => setTimeout(r, 200));
      const digest = document.getElementById('digest');
      return { tags: digest.querySelectorAll('img, script').length, text: digest.textContent, pwned: window.__pwned ?? null };
    });
    assert.equal(result.tags, 0);
    assert.match(result.text, /<script>window.__pwned=1<\/script>/);
    assert.equal(result.pwned, null);
    assert.deepEqual(await s.errors(), []);
  });
});

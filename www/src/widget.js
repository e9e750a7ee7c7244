// The embeddable widget: <news-digest> digests the article of the page it sits on and
// renders the result inside its own shadow root, so the host page's CSS cannot reach in
// and its CSS cannot leak out. The host page's content is only read, never changed.
import { digest } from './core.js';
import { renderDigest } from './render.js';
import { h } from './dom.js';
import css from '../widget.css';

const DEFAULT_SELECTORS = ['article', '[itemprop=articleBody]', 'main'];

/** The elements holding the host page's article(s): those `selector` names, else the first default found. */
export function findArticles(doc, selector) {
  if (selector) return [...doc.querySelectorAll(selector)];
  for (const s of DEFAULT_SELECTORS) {
    const el = doc.querySelector(s);
    if (el) return [el];
  }
  return [];
}

function siteName(doc) {
  const meta = doc.querySelector('meta[property="og:site_name"], meta[name="application-name"]');
  return meta?.getAttribute('content') || doc.location?.hostname || '';
}

/** Articles ({text, source, outlet}) read from the page: visible text of each element. */
export function articlesFrom(doc, selector) {
  const outlet = siteName(doc);
  return findArticles(doc, selector).map((el, i) => ({
    text: el.innerText,
    source: doc.location?.href ? `${doc.location.href}#article-${i + 1}` : `article-${i + 1}`,
    outlet: outlet || null,
  }));
}

let sheet = null;

/** The widget's styles as a constructed stylesheet: allowed under a strict CSP (no inline <style>). */
function styles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  return sheet;
}

function shell(host) {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [styles()];
  const box = h('section', { class: 'nd', 'aria-label': 'News digest' });
  root.replaceChildren(box);
  return box;
}

function render(box, d, compact) {
  const body = h('div', {});
  renderDigest(body, d);
  const sections = [...body.children];
  const title = h('h2', {}, 'News digest');
  if (!compact) {
    box.replaceChildren(title, ...sections);
    return;
  }
  // Compact: the takeaways first, every other section behind a disclosure.
  const takeaways = sections.find((s) => s.classList.contains('digest-takeaways'));
  const rest = sections.filter((s) => s !== takeaways);
  box.replaceChildren(title, ...(takeaways ? [takeaways] : []),
    h('details', {}, h('summary', {}, 'Delegations, open issues, quotes and more'), ...rest));
}

/**
 * Digests `options.articles` (or the page elements `options.selector` names, or the page's
 * article) and renders the digest into `element`'s shadow root. Returns the digest, or
 * null after showing the error inside the widget.
 */
export function mount(element, options = {}) {
  const box = shell(element);
  const articles = options.articles ?? articlesFrom(element.ownerDocument, options.selector);
  if (articles.length === 0) {
    box.replaceChildren(h('p', { class: 'error', role: 'alert' }, 'No article found on this page to digest.'));
    return null;
  }
  try {
    const d = digest(articles);
    render(box, d, options.compact);
    return d;
  } catch (err) {
    box.replaceChildren(h('p', { class: 'error', role: 'alert' }, `Could not digest this page: ${err.message ?? err}`));
    return null;
  }
}

/** `<news-digest selector="article.story" compact>`: mounts itself when connected. */
export class NewsDigestElement extends HTMLElement {
  connectedCallback() {
    const run = () => {
      this.digest = mount(this, { selector: this.getAttribute('selector') || undefined, compact: this.hasAttribute('compact') });
      this.dispatchEvent(new CustomEvent('digest', { detail: this.digest }));
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
    else run();
  }
}

// The embeddable widget: <news-digest> digests the article of the page it sits on and
// renders the result inside its own shadow root, so the host page's CSS cannot reach in
// and its CSS cannot leak out. The engine reads the host page in place (readPage) and turns
// a source badge's evidence into a Range over the page's own words; the host page's content
// is only read, never changed.
import { digest, readPage, ready } from './core.js';
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

/**
 * The host page's articles as the engine reads them in place ({page, source, outlet} each):
 * each element `selector` names (or the first default), or, when the page marks no
 * article, the content block the extractor finds in it. Elements without text are skipped.
 */
function pagesFrom(doc, selector) {
  const outlet = siteName(doc);
  const found = findArticles(doc, selector);
  const href = doc.location?.href;
  if (found.length === 0 && !selector) {
    try {
      const page = readPage(doc.documentElement, true);
      return [{ page, source: href || 'page', outlet: page.article.siteName || outlet || null }];
    } catch {
      return [];
    }
  }
  const pages = [];
  found.forEach((el, i) => {
    try {
      pages.push({ page: readPage(el, false), source: href ? `${href}#article-${i + 1}` : `article-${i + 1}`, outlet: outlet || null });
    } catch { /* no text in this element */ }
  });
  return pages;
}

const sheets = new WeakMap();

/**
 * Puts the widget's styles in `root` as a constructed stylesheet, one per document (allowed
 * under a strict CSP, no inline <style>). A document without a window stays unstyled.
 */
function applyStyles(root) {
  const doc = root.ownerDocument;
  const win = doc.defaultView;
  if (!win) return [];
  if (!sheets.has(doc)) {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(doc, sheet);
  }
  root.adoptedStyleSheets = [sheets.get(doc)];
  return [];
}

function shell(host) {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const box = h('section', { class: 'nd', 'aria-label': 'News digest' });
  root.replaceChildren(...applyStyles(root), box);
  return box;
}

const HIGHLIGHT = 'news-digest-source';
const BLOCK = 'p, li, blockquote, dd, td, h1, h2, h3, h4, h5, h6, figcaption, pre';

/** A CSS selector for `el` from the document's root down (`:nth-child` steps): lets a rule
 * style one host element without touching the host's markup. Null inside a shadow tree. */
function pathTo(el) {
  const steps = [];
  for (let at = el; at && at.parentElement; at = at.parentElement) {
    steps.unshift(`${at.localName}:nth-child(${[...at.parentElement.children].indexOf(at) + 1})`);
  }
  return el.getRootNode() === el.ownerDocument ? `:root > ${steps.join(' > ')}` : null;
}

let hostSheet = null;

/**
 * Marks `ranges` of the host page (the runs of one sentence) and scrolls them into view,
 * without touching the host's text or markup: with the CSS Custom Highlight API where the
 * engine has it (returns 'highlight'), else with an outline around the first one's block,
 * set by a rule in a stylesheet the widget adopts into the page (returns 'outline'). Null
 * for no range.
 */
function showRanges(ranges) {
  if (!ranges.length) return null;
  const start = ranges[0].startContainer;
  const doc = start.ownerDocument;
  const win = doc?.defaultView;
  if (!win) return null;
  const parent = start.nodeType === 1 ? start : start.parentElement;
  const block = parent?.closest(BLOCK) ?? parent;
  const canHighlight = Boolean(win.CSS?.highlights) && typeof win.Highlight === 'function';
  if (!hostSheet) {
    hostSheet = new win.CSSStyleSheet();
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, hostSheet];
  }
  const path = canHighlight || !block ? null : pathTo(block);
  hostSheet.replaceSync(canHighlight
    ? `::highlight(${HIGHLIGHT}) { background-color: #ffe58a; color: #000; }`
    : `${path ?? ':not(*)'} { outline: 3px solid #e0a800; outline-offset: 3px; }`);
  if (canHighlight) win.CSS.highlights.set(HIGHLIGHT, new win.Highlight(...ranges));
  block?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return canHighlight ? 'highlight' : 'outline';
}

/**
 * Marks `sentence` inside the page element `root` and scrolls it into view (see showRanges):
 * the engine reads `root` in place and finds the sentence's words among its text nodes.
 * Null when the sentence is not there.
 */
export function highlightSource(root, sentence) {
  let page = null;
  try {
    page = readPage(root, false);
    return showRanges(page.find(sentence));
  } catch {
    return null;
  } finally {
    page?.free();
  }
}

function render(box, d, compact, onEvidence) {
  const body = h('div', {});
  renderDigest(body, d, { onEvidence });
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
 * article) and renders the digest into `element`'s shadow root, once the engine is ready.
 * Resolves with the digest, or with null after showing the error inside the widget.
 */
export async function mount(element, options = {}) {
  const box = shell(element);
  try {
    await ready;
  } catch (err) {
    box.replaceChildren(h('p', { class: 'error', role: 'alert' }, `The digest engine could not load: ${err.message ?? err}`));
    return null;
  }
  const pages = options.articles ? [] : pagesFrom(element.ownerDocument, options.selector);
  const articles = options.articles ?? pages.map(({ page, source, outlet }) => ({ text: page.text, source, outlet }));
  if (articles.length === 0) {
    box.replaceChildren(h('p', { class: 'error', role: 'alert' }, 'No article found on this page to digest.'));
    return null;
  }
  try {
    const d = digest(articles);
    // A badge of a page article highlights its sentence in the page: the evidence's offsets
    // in the article's text lead back to the page's text nodes.
    const onEvidence = (id, sentence, evidence) => {
      const page = pages[d.articles.findIndex((a) => a.id === id)]?.page;
      if (!page) return;
      showRanges(Number.isInteger(evidence?.start) && Number.isInteger(evidence?.end)
        ? page.ranges(evidence.start, evidence.end) : page.find(sentence));
    };
    render(box, d, options.compact, onEvidence);
    return d;
  } catch (err) {
    box.replaceChildren(h('p', { class: 'error', role: 'alert' }, `Could not digest this page: ${err.message ?? err}`));
    return null;
  }
}

/** `<news-digest selector="article.story" compact>`: mounts itself when connected. */
export class NewsDigestElement extends HTMLElement {
  connectedCallback() {
    const run = async () => {
      this.digest = await mount(this, { selector: this.getAttribute('selector') || undefined, compact: this.hasAttribute('compact') });
      performance.mark?.('newsdigest:rendered');
      this.dispatchEvent(new CustomEvent('digest', { detail: this.digest }));
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
    else run();
  }
}

// The embeddable widget: <news-digest> digests the article of the page it sits on and
// renders the result inside its own shadow root, so the host page's CSS cannot reach in
// and its CSS cannot leak out. The host page's content is only read, never changed.
import { digest, extract, ready } from './core.js';
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

/** `text` without the lines that are one of `captions`: figure captions describe pictures,
 * not the story, so the digest leaves them out. */
function withoutLines(text, captions) {
  const drop = new Set(captions.map((c) => c.trim()).filter(Boolean));
  if (drop.size === 0) return text;
  return text.split('\n').filter((line) => !drop.has(line.trim())).join('\n');
}

/** Articles ({text, source, outlet}) read from the page: visible text of each element, or,
 * when the page marks no article, the content block the extractor finds in it. */
export function articlesFrom(doc, selector) {
  const outlet = siteName(doc);
  const found = findArticles(doc, selector);
  if (found.length === 0 && !selector) {
    try {
      const page = extract(doc.documentElement.outerHTML);
      const text = withoutLines(page.text, page.captions);
      return [{ text, source: doc.location?.href || 'page', outlet: page.siteName || outlet || null }];
    } catch {
      return [];
    }
  }
  return found.map((el, i) => ({
    text: withoutLines(el.innerText, [...el.querySelectorAll('figcaption')].map((f) => f.innerText)),
    source: doc.location?.href ? `${doc.location.href}#article-${i + 1}` : `article-${i + 1}`,
    outlet: outlet || null,
  }));
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
const FOLD = { '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u2018': "'", '\u2019': "'", '\u2013': '\u2013', '\u2012': '\u2013', '\u2014': '\u2014', '\u2015': '\u2014' };

/** The text of `root` with quotes and spaces folded as the digest folds them, and where each character came from. */
function flatText(root) {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let flat = '';
  const where = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let i = 0; i < node.data.length; i += 1) {
      const c = node.data[i];
      if (/\s/.test(c)) {
        if (flat.endsWith(' ') || flat === '') continue;
        flat += ' ';
      } else {
        flat += FOLD[c] ?? c;
      }
      where.push([node, i]);
    }
    if (!flat.endsWith(' ') && flat !== '') {
      flat += ' ';
      where.push([node, node.data.length]);
    }
  }
  return { flat, where };
}

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
 * Marks `sentence` inside `root` of the host page and scrolls it into view, without touching
 * the host's text or markup: with the CSS Custom Highlight API where the engine has it
 * (returns 'highlight'), else with an outline around the sentence's block, set by a rule in
 * a stylesheet the widget adopts into the page (returns 'outline'). Null when not found.
 */
export function highlightSource(root, sentence) {
  const doc = root.ownerDocument;
  const win = doc.defaultView;
  const { flat, where } = flatText(root);
  const target = [...sentence].map((c) => FOLD[c] ?? c).join('').replace(/\s+/g, ' ').trim();
  const at = target ? flat.indexOf(target) : -1;
  if (at < 0 || !win) return null;
  const [startNode, startOffset] = where[at];
  const [endNode, endOffset] = where[at + target.length - 1];
  const block = startNode.parentElement?.closest('p, li, blockquote, dd, td, h1, h2, h3, h4, h5, h6, figcaption, pre') ?? startNode.parentElement;
  const canHighlight = Boolean(win.CSS?.highlights) && typeof win.Highlight === 'function';
  if (!hostSheet) {
    hostSheet = new win.CSSStyleSheet();
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, hostSheet];
  }
  const path = canHighlight ? null : pathTo(block);
  hostSheet.replaceSync(canHighlight
    ? `::highlight(${HIGHLIGHT}) { background-color: #ffe58a; color: #000; }`
    : `${path ?? ':not(*)'} { outline: 3px solid #e0a800; outline-offset: 3px; }`);
  if (canHighlight) {
    const range = doc.createRange();
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, Math.min(endOffset + 1, endNode.data.length));
    win.CSS.highlights.set(HIGHLIGHT, new win.Highlight(range));
  }
  block?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return canHighlight ? 'highlight' : 'outline';
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
  const doc = element.ownerDocument;
  const marked = options.articles ? [] : findArticles(doc, options.selector);
  // Without marked articles, sentences are looked for in the whole body.
  const elements = marked.length || options.articles || options.selector ? marked : [doc.body];
  const articles = options.articles ?? articlesFrom(element.ownerDocument, options.selector);
  if (articles.length === 0) {
    box.replaceChildren(h('p', { class: 'error', role: 'alert' }, 'No article found on this page to digest.'));
    return null;
  }
  try {
    const d = digest(articles);
    // A badge of a page article highlights its sentence in that article.
    const onEvidence = (id, sentence) => {
      const el = elements[Number(id.slice(1)) - 1];
      if (el) highlightSource(el, sentence);
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

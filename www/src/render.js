// Renders a digest object (the CLI's JSON shape) into DOM nodes. Long lists are rendered
// in parts: the first items at once, the rest on request, a slice per task, so that no
// digest, however long its lists, holds up the page.
import { h } from './dom.js';

/** Items of a list rendered at once; a "Show all" button renders the rest. */
export const FIRST_ITEMS = 50;
/** The most time one slice of "Show all" works before it lets the page run. */
const SLICE_MS = 8;
/** Items per list that "Show all" adds. */
const CHUNK = 250;

const SECTIONS = [
  ['takeaways', 'Key takeaways', 'No takeaways found.', 'takeaways'],
  ['delegations', 'Delegations', 'No delegations found.', 'delegations'],
  ['unresolved', 'Unresolved issues', 'No unresolved issues found.', 'unresolved issues'],
  ['quotes', 'Who said what', 'No quotes found.', 'quotes'],
  ['discrepancies', 'Where sources differ', 'No disagreements found.', 'disagreements'],
];

let panels = 0;

/**
 * The source badges of an item: buttons that show the sentence each source states it in
 * (and pass it, with its evidence object, to `onEvidence`, which the widget uses to highlight
 * it in the host page).
 */
function badges(item, articles, onEvidence) {
  const ids = item.sources ?? [];
  const evidence = new Map((item.evidence ?? []).map((e) => [e.source, e]));
  panels += 1;
  const panel = h('p', { class: 'evidence', id: `nd-evidence-${panels}`, hidden: true });
  const buttons = ids.map((id) => {
    const a = articles.get(id);
    const label = a ? [a.outlet, a.title].filter(Boolean).join(': ') : id;
    const button = h('button', {
      type: 'button', class: 'badge', title: label, 'aria-expanded': 'false', 'aria-controls': panel.id,
      'aria-label': `Source ${id}${label !== id ? `, ${label}` : ''}: show the sentence`,
    }, id);
    button.addEventListener('click', () => {
      const open = button.getAttribute('aria-expanded') === 'true';
      for (const b of buttons) b.setAttribute('aria-expanded', 'false');
      if (open) {
        panel.hidden = true;
        return;
      }
      const found = evidence.get(id);
      const text = found?.text;
      panel.replaceChildren(h('span', { class: 'badge' }, id), ' ', text ? h('q', {}, text) : 'No sentence recorded for this source.');
      panel.hidden = false;
      button.setAttribute('aria-expanded', 'true');
      if (text) onEvidence?.(id, text, found);
    });
    return button;
  });
  return [h('span', { class: 'sources', role: 'group', 'aria-label': 'Sources' }, buttons), panel];
}

const ITEM = {
  takeaways: (t, arts, on) => h('li', {}, h('span', { class: 'text' }, t.text), ' ', badges(t, arts, on)),
  unresolved: (u, arts, on) => h('li', {}, h('strong', { class: 'topic' }, u.topic), ': ',
    h('span', { class: 'text' }, u.text), ' ', badges(u, arts, on)),
  quotes: (q, arts, on) => h('li', {}, h('strong', { class: 'speaker' }, q.speaker), ': ',
    h('q', {}, q.text), ' ', badges(q, arts, on)),
  discrepancies: (x, arts, on) => h('li', {}, h('strong', { class: 'topic' }, x.topic),
    partList('ul', x.claims, (c) => h('li', {}, h('span', { class: 'text' }, c.text), ' ', badges(c, arts, on)), 'claims')),
};

/** Lets the page handle input and draw a frame, then goes on (a new task, not a microtask). */
const yieldToPage = () => new Promise((resolve) => { setTimeout(resolve, 0); });

/**
 * Renders `items[from..]` after `list`, a slice per task, counting on `button`; then focuses
 * the first new item. They go into lists of CHUNK items that the page lays out only near the
 * screen (content-visibility), so that each frame costs the same however many are shown.
 */
async function showRest(list, items, renderItem, button, from) {
  button.setAttribute('aria-disabled', 'true');
  let next = from;
  let chunk = list;
  while (next < items.length && list.isConnected) {
    const started = performance.now();
    while (next < items.length && performance.now() - started < SLICE_MS) {
      if ((next - from) % CHUNK === 0) {
        const more = h(list.localName, { class: 'more', start: list.localName === 'ol' ? next + 1 : null });
        chunk.after(more);
        chunk = more;
      }
      chunk.append(renderItem(items[next++]));
    }
    button.textContent = `Showing ${next.toLocaleString('en')} of ${items.length.toLocaleString('en')}…`;
    await yieldToPage();
  }
  const first = list.nextElementSibling?.firstElementChild;
  button.remove();
  if (first) {
    first.tabIndex = -1;
    first.focus();
  }
}

/**
 * A `tag` list of `items`: the first FIRST_ITEMS rendered, then a button that shows the rest
 * without blocking the page. Returns the list, or the list and its button.
 */
function partList(tag, items, renderItem, noun) {
  const list = h(tag, {}, items.slice(0, FIRST_ITEMS).map(renderItem));
  if (items.length <= FIRST_ITEMS) return list;
  const button = h('button', { type: 'button', class: 'show-all' }, `Show all ${items.length.toLocaleString('en')} ${noun}`);
  button.addEventListener('click', () => {
    if (button.getAttribute('aria-disabled') !== 'true') showRest(list, items, renderItem, button, FIRST_ITEMS);
  }, { once: true });
  return [list, button];
}

function delegations(list, arts, on) {
  return h('div', { class: 'sides' }, list.map((side) => h('section', { class: 'side', 'aria-label': side.side },
    h('h4', {}, side.side),
    partList('ul', side.members, (m) => h('li', { class: m.head ? 'head' : null },
      h('span', { class: 'name' }, m.name),
      m.title ? h('span', { class: 'title' }, `, ${m.title}`) : null,
      m.head ? h('span', { class: 'role' }, ' (head)') : null,
      ' ', badges(m, arts, on)), 'members'))));
}

/**
 * Replaces the content of `container` with the rendered `digest`. `options.onEvidence(id,
 * sentence)` is called when a source badge is opened.
 */
export function renderDigest(container, digest, options = {}) {
  const on = options.onEvidence;
  const arts = new Map(digest.articles.map((a) => [a.id, a]));
  const nodes = [
    h('section', { class: 'articles', 'aria-labelledby': 'nd-articles' },
      h('h3', { id: 'nd-articles' }, 'Sources'),
      partList('ul', digest.articles, (a) => h('li', {},
        h('span', { class: 'badge' }, a.id), ' ', h('span', { class: 'title' }, a.title),
        a.outlet ? h('span', { class: 'outlet' }, ` (${a.outlet})`) : null,
        h('span', { class: 'counts' }, ` ${a.wordCount} words, ${a.sentenceCount} sentences`)), 'sources')),
  ];
  for (const [key, title, empty, noun] of SECTIONS) {
    const items = digest[key] ?? [];
    let body;
    if (items.length === 0) body = h('p', { class: 'empty' }, empty);
    else if (key === 'delegations') body = delegations(items, arts, on);
    else body = partList(key === 'takeaways' ? 'ol' : 'ul', items, (item) => ITEM[key](item, arts, on), noun);
    nodes.push(h('section', { class: `digest-${key}`, 'aria-labelledby': `nd-${key}` },
      h('h3', { id: `nd-${key}` }, title), body));
  }
  container.replaceChildren(...nodes);
}

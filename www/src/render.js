// Renders a digest object (the CLI's JSON shape) into DOM nodes.
import { h } from './dom.js';

const SECTIONS = [
  ['takeaways', 'Key takeaways', 'No takeaways found.'],
  ['delegations', 'Delegations', 'No delegations found.'],
  ['unresolved', 'Unresolved issues', 'No unresolved issues found.'],
  ['quotes', 'Who said what', 'No quotes found.'],
  ['discrepancies', 'Where sources differ', 'No disagreements found.'],
];

let panels = 0;

/**
 * The source badges of an item: buttons that show the sentence each source states it in
 * (and pass it to `onEvidence`, which the widget uses to highlight it in the host page).
 */
function badges(item, articles, onEvidence) {
  const ids = item.sources ?? [];
  const evidence = new Map((item.evidence ?? []).map((e) => [e.source, e.text]));
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
      const text = evidence.get(id);
      panel.replaceChildren(h('span', { class: 'badge' }, id), ' ', text ? h('q', {}, text) : 'No sentence recorded for this source.');
      panel.hidden = false;
      button.setAttribute('aria-expanded', 'true');
      if (text) onEvidence?.(id, text);
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
    h('ul', {}, x.claims.map((c) => h('li', {}, h('span', { class: 'text' }, c.text), ' ', badges(c, arts, on))))),
};

function delegations(list, arts, on) {
  return h('div', { class: 'sides' }, list.map((side) => h('section', { class: 'side', 'aria-label': side.side },
    h('h4', {}, side.side),
    h('ul', {}, side.members.map((m) => h('li', { class: m.head ? 'head' : null },
      h('span', { class: 'name' }, m.name),
      m.title ? h('span', { class: 'title' }, `, ${m.title}`) : null,
      m.head ? h('span', { class: 'role' }, ' (head)') : null,
      ' ', badges(m, arts, on)))))));
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
      h('ul', {}, digest.articles.map((a) => h('li', {},
        h('span', { class: 'badge' }, a.id), ' ', h('span', { class: 'title' }, a.title),
        a.outlet ? h('span', { class: 'outlet' }, ` (${a.outlet})`) : null,
        h('span', { class: 'counts' }, ` ${a.wordCount} words, ${a.sentenceCount} sentences`))))),
  ];
  for (const [key, title, empty] of SECTIONS) {
    const items = digest[key] ?? [];
    let body;
    if (items.length === 0) body = h('p', { class: 'empty' }, empty);
    else if (key === 'delegations') body = delegations(items, arts, on);
    else body = h(key === 'takeaways' ? 'ol' : 'ul', {}, items.map((item) => ITEM[key](item, arts, on)));
    nodes.push(h('section', { class: `digest-${key}`, 'aria-labelledby': `nd-${key}` },
      h('h3', { id: `nd-${key}` }, title), body));
  }
  container.replaceChildren(...nodes);
}

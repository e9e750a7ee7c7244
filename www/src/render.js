// Renders a digest object (the CLI's JSON shape) into DOM nodes.
import { h } from './dom.js';

const SECTIONS = [
  ['takeaways', 'Key takeaways', 'No takeaways found.'],
  ['delegations', 'Delegations', 'No delegations found.'],
  ['unresolved', 'Unresolved issues', 'No unresolved issues found.'],
  ['quotes', 'Who said what', 'No quotes found.'],
  ['discrepancies', 'Where sources differ', 'No disagreements found.'],
];

function badges(ids, articles) {
  return h('span', { class: 'sources', 'aria-label': `Sources: ${ids.join(', ')}` },
    ids.map((id) => {
      const a = articles.get(id);
      const label = a ? [a.outlet, a.title].filter(Boolean).join(': ') : id;
      return h('span', { class: 'badge', title: label }, id);
    }));
}

const ITEM = {
  takeaways: (t, arts) => h('li', {}, h('span', { class: 'text' }, t.text), ' ', badges(t.sources, arts)),
  unresolved: (u, arts) => h('li', {}, h('strong', { class: 'topic' }, u.topic), ': ',
    h('span', { class: 'text' }, u.text), ' ', badges(u.sources, arts)),
  quotes: (q, arts) => h('li', {}, h('strong', { class: 'speaker' }, q.speaker), ': ',
    h('q', {}, q.text), ' ', badges(q.sources, arts)),
  discrepancies: (x, arts) => h('li', {}, h('strong', { class: 'topic' }, x.topic),
    h('ul', {}, x.claims.map((c) => h('li', {}, h('span', { class: 'text' }, c.text), ' ', badges(c.sources, arts))))),
};

function delegations(list, arts) {
  return h('div', { class: 'sides' }, list.map((side) => h('section', { class: 'side', 'aria-label': side.side },
    h('h4', {}, side.side),
    h('ul', {}, side.members.map((m) => h('li', { class: m.head ? 'head' : null },
      h('span', { class: 'name' }, m.name),
      m.title ? h('span', { class: 'title' }, `, ${m.title}`) : null,
      m.head ? h('span', { class: 'role' }, ' (head)') : null,
      ' ', badges(m.sources, arts)))))));
}

/** Replaces the content of `container` with the rendered `digest`. */
export function renderDigest(container, digest) {
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
    else if (key === 'delegations') body = delegations(items, arts);
    else body = h(key === 'takeaways' ? 'ol' : 'ul', {}, items.map((item) => ITEM[key](item, arts)));
    nodes.push(h('section', { class: `digest-${key}`, 'aria-labelledby': `nd-${key}` },
      h('h3', { id: `nd-${key}` }, title), body));
  }
  container.replaceChildren(...nodes);
}

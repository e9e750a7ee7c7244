// The local app (www/index.html): article boxes, the example, Analyze, the digest.
import { digest, digestMarkdown } from './core.js';
import { renderDigest } from './render.js';
import { h } from './dom.js';
import { EXAMPLE } from './example.js';

const list = document.getElementById('articles');
const status = document.getElementById('status');
const output = document.getElementById('digest');
const result = document.getElementById('digest-body');
let counter = 0;

function addBox(text = '', outlet = '') {
  counter += 1;
  const id = `article-${counter}`;
  const box = h('fieldset', { class: 'article' },
    h('legend', {}, 'Article'),
    h('label', { for: `${id}-outlet` }, 'Outlet (optional)'),
    h('input', { id: `${id}-outlet`, class: 'outlet', type: 'text', autocomplete: 'off' }),
    h('label', { for: `${id}-text` }, 'Text'),
    h('textarea', { id: `${id}-text`, class: 'text', rows: 6, spellcheck: 'false' }),
    h('button', { type: 'button', class: 'remove', onclick: () => removeBox(box) }, 'Remove'));
  box.querySelector('.outlet').value = outlet;
  box.querySelector('.text').value = text;
  list.append(box);
  renumber();
  return box;
}

function removeBox(box) {
  box.remove();
  if (list.children.length === 0) addBox();
  renumber();
  list.querySelector('textarea')?.focus();
}

function renumber() {
  [...list.children].forEach((box, i) => {
    box.querySelector('legend').textContent = `Article ${i + 1}`;
    box.querySelector('.remove').setAttribute('aria-label', `Remove article ${i + 1}`);
  });
}

function collect() {
  return [...list.children]
    .map((box, i) => ({
      text: box.querySelector('.text').value,
      outlet: box.querySelector('.outlet').value.trim() || null,
      source: box.querySelector('.outlet').value.trim() || `Article ${i + 1}`,
    }))
    .filter((a) => a.text.trim() !== '');
}

function say(message, isError = false) {
  status.textContent = message;
  status.classList.toggle('error', isError);
  status.setAttribute('role', isError ? 'alert' : 'status');
}

let lastArticles = null;

function analyze() {
  const articles = collect();
  if (articles.length === 0) {
    say('Paste at least one article first.', true);
    return;
  }
  const started = performance.now();
  try {
    const d = digest(articles);
    renderDigest(result, d);
    output.hidden = false;
    lastArticles = articles;
    const heading = document.getElementById('digest-heading');
    heading.focus({ preventScroll: true });
    output.scrollIntoView({ block: 'start' });
    say(`Digest of ${articles.length} article${articles.length > 1 ? 's' : ''} in ${Math.max(1, Math.round(performance.now() - started))} ms.`);
  } catch (err) {
    say(err instanceof Error ? err.message : String(err), true);
  }
}

function loadExample() {
  list.replaceChildren();
  for (const a of EXAMPLE) addBox(a.text, a.outlet);
  say('Example loaded: five outlets on one summit. Press Analyze.');
}

async function copyMarkdown() {
  if (!lastArticles) return;
  try {
    await navigator.clipboard.writeText(digestMarkdown(lastArticles));
    say('Digest copied as Markdown.');
  } catch (err) {
    say(`Could not copy: ${err.message}`, true);
  }
}

document.getElementById('add').addEventListener('click', () => addBox().querySelector('textarea').focus());
document.getElementById('example').addEventListener('click', loadExample);
document.getElementById('analyze').addEventListener('click', analyze);
document.getElementById('copy').addEventListener('click', copyMarkdown);
document.getElementById('not-built')?.remove();
addBox();

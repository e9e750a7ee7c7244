// The local app (www/index.html): article boxes, the example, Analyze, the digest.
import { digestInBackground, jsonInBackground, markdownInBackground } from './background.js';
import { renderDigest } from './render.js';
import { h } from './dom.js';
import { EXAMPLE } from './example.js';

const list = document.getElementById('articles');
const status = document.getElementById('status');
const output = document.getElementById('digest');
const result = document.getElementById('digest-body');
const progress = document.getElementById('progress');
let counter = 0;

const STORE = 'newsdigest:articles';
/** Longer input than this (characters) is not kept across reloads: no browser's storage holds it. */
const STORE_LIMIT = 2_000_000;
/** A text longer than this (characters) is folded: a browser takes long to lay out a text box that holds it. */
const FOLD_AT = 200_000;

function addBox(text = '', outlet = '', file = null) {
  counter += 1;
  const id = `article-${counter}`;
  const box = h('fieldset', { class: 'article' },
    h('legend', {}, 'Article'),
    h('label', { for: `${id}-outlet` }, 'Outlet (optional)'),
    h('input', { id: `${id}-outlet`, class: 'outlet', type: 'text', autocomplete: 'off' }),
    h('label', { for: `${id}-text` }, 'Text'),
    h('textarea', { id: `${id}-text`, class: 'text', rows: 6, spellcheck: 'false' }),
    h('p', { class: 'folded', hidden: true }, h('span', {}),
      ' ', h('button', { type: 'button', class: 'unfold', onclick: () => unfold(box) }, 'Show the text')),
    h('button', { type: 'button', class: 'remove', onclick: () => removeBox(box) }, 'Remove'));
  box.querySelector('.outlet').value = outlet;
  box.querySelector('.text').value = text;
  fold(box);
  if (file) {
    box.dataset.source = file.name;
    box.dataset.html = String(file.html);
  }
  list.append(box);
  renumber();
  return box;
}

/**
 * Hides a text box that holds a very long text (until the reader asks for it) and says what
 * it holds instead: the text stays in the box, is saved and digested as any other.
 */
function fold(box) {
  const area = box.querySelector('.text');
  const folded = box.querySelector('.folded');
  const long = area.value.length > FOLD_AT && box.dataset.unfolded !== 'true';
  if (long) {
    const size = (area.value.length / 1e6).toFixed(1);
    folded.firstChild.textContent = `${size} million characters of text, kept here but not shown, as a page lays out so long a text slowly.`;
  }
  if (area.hidden !== long) area.hidden = long;
  if (folded.hidden !== !long) folded.hidden = !long;
}

function unfold(box) {
  box.dataset.unfolded = 'true';
  fold(box);
  box.querySelector('.text').focus();
}

/** The boxes as plain data: what is saved, restored and digested. */
function boxes() {
  return [...list.children].map((box) => ({
    text: box.querySelector('.text').value,
    outlet: box.querySelector('.outlet').value.trim(),
    source: box.dataset.source ?? '',
    html: box.dataset.html === 'true',
  }));
}

function save() {
  clearTimeout(saveTimer);
  try {
    const all = boxes();
    if (all.reduce((n, b) => n + b.text.length, 0) > STORE_LIMIT) localStorage.removeItem(STORE);
    else localStorage.setItem(STORE, JSON.stringify(all));
  } catch {
    // Storage may be full or disabled: the text stays in the page all the same.
  }
}

let saveTimer = 0;
/** Saves once typing pauses, not on every key. */
function saveSoon() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(save, 300);
}

function restore() {
  try {
    const saved = JSON.parse(localStorage.getItem(STORE) ?? '[]');
    for (const b of saved) addBox(b.text ?? '', b.outlet ?? '', b.source ? { name: b.source, html: !!b.html } : null);
    return saved.length > 0;
  } catch {
    return false;
  }
}

const HTML_FILE = /\.html?$/i;

/** Adds one box per .txt or .html file; an empty lone box is reused. */
async function addFiles(files) {
  const usable = [...files].filter((f) => /\.(txt|html?)$/i.test(f.name) || /^text\/(plain|html)/.test(f.type));
  if (usable.length === 0) {
    say('Only .txt and .html files can be added.', true);
    return;
  }
  const only = list.children.length === 1 ? list.children[0] : null;
  if (only && only.querySelector('.text').value.trim() === '') only.remove();
  for (const f of usable) {
    const text = await f.text();
    addBox(text, '', { name: f.name, html: HTML_FILE.test(f.name) || f.type === 'text/html' });
  }
  save();
  say(`Added ${usable.length} file${usable.length > 1 ? 's' : ''}.`);
}

function removeBox(box) {
  box.remove();
  if (list.children.length === 0) addBox();
  renumber();
  save();
  list.querySelector('textarea')?.focus();
}

function renumber() {
  [...list.children].forEach((box, i) => {
    box.querySelector('legend').textContent = `Article ${i + 1}`;
    box.querySelector('.remove').setAttribute('aria-label', `Remove article ${i + 1}`);
  });
}

function collect() {
  return boxes()
    .map((b, i) => ({ text: b.text, outlet: b.outlet || null, source: b.source || b.outlet || `Article ${i + 1}`, html: b.html }))
    .filter((a) => /\S/.test(a.text));
}

function say(message, isError = false) {
  status.textContent = message;
  status.classList.toggle('error', isError);
  status.setAttribute('role', isError ? 'alert' : 'status');
}

let lastArticles = null;
let lastDigest = null;

let busy = false;

async function analyze() {
  if (busy) return;
  const articles = collect();
  if (articles.length === 0) {
    say('Paste at least one article first.', true);
    return;
  }
  const started = performance.now();
  const size = articles.reduce((n, a) => n + a.text.length, 0);
  const analyzeButton = document.getElementById('analyze');
  busy = true;
  lastArticles = null;
  lastDigest = null;
  analyzeButton.setAttribute('aria-disabled', 'true');
  progress.hidden = false;
  say(`Digesting ${(size / 1e6).toFixed(size > 1e5 ? 1 : 2)} MB of text…`);
  try {
    const d = await digestInBackground(articles);
    renderDigest(result, d);
    output.hidden = false;
    lastArticles = articles;
    lastDigest = d;
    const heading = document.getElementById('digest-heading');
    heading.focus({ preventScroll: true });
    // Beside the articles, the digest column is always in view, from its top; below them,
    // the page scrolls down to it.
    output.scrollTop = 0;
    if (getComputedStyle(output).position !== 'sticky') output.scrollIntoView({ block: 'start' });
    say(`Digest of ${articles.length} article${articles.length > 1 ? 's' : ''} in ${Math.max(1, Math.round(performance.now() - started))} ms.`);
  } catch (err) {
    say(err instanceof Error ? err.message : String(err), true);
  } finally {
    busy = false;
    analyzeButton.removeAttribute('aria-disabled');
    progress.hidden = true;
  }
}

async function downloadJson() {
  if (!lastDigest) return;
  // The worker that made a digest writes its JSON too: a long digest takes a while to write.
  let blob;
  try {
    blob = await jsonInBackground() ?? new Blob([JSON.stringify(lastDigest, null, 2)], { type: 'application/json' });
  } catch (err) {
    say(`Could not write the JSON: ${err.message}`, true);
    return;
  }
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: 'digest.json' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function loadExample() {
  list.replaceChildren();
  for (const a of EXAMPLE) addBox(a.text, a.outlet);
  save();
  say('Example loaded: five outlets on one summit. Press Analyze.');
}

async function copyMarkdown() {
  if (!lastArticles) return;
  try {
    await navigator.clipboard.writeText(await markdownInBackground(lastArticles));
    say('Digest copied as Markdown.');
  } catch (err) {
    say(`Could not copy: ${err.message}`, true);
  }
}

document.getElementById('add').addEventListener('click', () => addBox().querySelector('textarea').focus());
document.getElementById('example').addEventListener('click', loadExample);
document.getElementById('analyze').addEventListener('click', analyze);
document.getElementById('copy').addEventListener('click', copyMarkdown);
document.getElementById('download').addEventListener('click', downloadJson);
document.getElementById('files').addEventListener('change', (e) => addFiles(e.target.files).then(() => { e.target.value = ''; }));
const dropZone = document.getElementById('input-section');
dropZone.addEventListener('dragover', (e) => { e.preventDefault(); dropZone.classList.add('dropping'); });
dropZone.addEventListener('dragleave', () => dropZone.classList.remove('dropping'));
dropZone.addEventListener('drop', (e) => {
  e.preventDefault();
  dropZone.classList.remove('dropping');
  if (e.dataTransfer?.files?.length) addFiles(e.dataTransfer.files);
});
list.addEventListener('input', (e) => {
  const box = e.target.closest('fieldset.article');
  if (box && e.target.classList.contains('text')) fold(box);
  saveSoon();
});
document.getElementById('not-built')?.remove();
if (!restore()) addBox();
// A reload or a closed tab right after typing still keeps it.
addEventListener('pagehide', save);

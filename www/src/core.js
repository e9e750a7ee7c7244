// The digest engine: the WebAssembly module, bundled into this script deflate-compressed
// (no fetch, so it also works from file://), inflated and compiled once, as soon as the
// script runs, off the main thread where the browser can.
import { initSync, digest as wasmDigest, digestMarkdown as wasmMarkdown, extract as wasmExtract, readPage as wasmReadPage } from '../../pkg/newsdigest.js';
import packed from '../../pkg/newsdigest_bg.wasm.deflate';

let loaded = false;

async function load() {
  // One chunk in, so the inflater does not wait for the next one task after task.
  const input = new ReadableStream({ start(controller) { controller.enqueue(packed); controller.close(); } });
  const wasm = new Response(input.pipeThrough(new DecompressionStream('deflate-raw')),
    { headers: { 'Content-Type': 'application/wasm' } });
  // Compiling while inflating is faster than one after the other.
  const module = WebAssembly.compileStreaming
    ? await WebAssembly.compileStreaming(wasm)
    : await WebAssembly.compile(await wasm.arrayBuffer());
  initSync({ module });
  loaded = true;
  performance.mark?.('newsdigest:ready');
  return module;
}

/** Resolves with the engine's compiled WebAssembly.Module once it is ready; rejects when it cannot load. */
export const ready = load();
// A page that never awaits `ready` still hears of a failure through the functions below.
ready.catch(() => {});

function check() {
  if (!loaded) throw new Error('The digest engine is still loading: await NewsDigest.ready first.');
}

/**
 * The digest of `articles` ([{text, source, outlet?, html?}]) as a plain object, the same
 * shape as the CLI's JSON. Throws an Error with a clear message on bad input.
 */
export function digest(articles, options) {
  check();
  return wasmDigest(articles, options);
}

/** The article of an HTML page with its metadata. Throws an Error when there is none. */
export function extract(html) {
  check();
  return wasmExtract(html);
}

/** The digest of `articles` as Markdown text. */
export function digestMarkdown(articles, options) {
  check();
  return wasmMarkdown(articles, options);
}

/**
 * The article of the live page, read in place: with `whole`, the content block the
 * extractor finds in `root`'s document; else `root` itself, without figures, captions,
 * asides, navigation, scripts, styles and hidden elements. Returns a Page: `text` (what to
 * digest), `article` (as `extract` gives it), `ranges(start, end)` and `find(sentence)`
 * (arrays of DOM Ranges over the page's own text). Throws an Error when there is no text.
 */
export function readPage(root, whole = false) {
  check();
  return wasmReadPage(root, whole);
}

// The digest engine: the WebAssembly module, instantiated on first use from bytes
// bundled into this script (no fetch, so it also works from file://).
import { initSync, digest as wasmDigest, digestMarkdown as wasmMarkdown, extract as wasmExtract } from '../../pkg/newsdigest.js';
import wasmBytes from '../../pkg/newsdigest_bg.wasm';

export { wasmBytes };

let ready = false;

function init() {
  if (!ready) {
    initSync({ module: wasmBytes });
    ready = true;
  }
}

/**
 * The digest of `articles` ([{text, source, outlet?, html?}]) as a plain object, the same
 * shape as the CLI's JSON. Throws an Error with a clear message on bad input.
 */
export function digest(articles, options) {
  init();
  return wasmDigest(articles, options);
}

/** The article of an HTML page with its metadata. Throws an Error when there is none. */
export function extract(html) {
  init();
  return wasmExtract(html);
}

/** The digest of `articles` as Markdown text. */
export function digestMarkdown(articles, options) {
  init();
  return wasmMarkdown(articles, options);
}

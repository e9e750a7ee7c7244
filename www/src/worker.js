// The background digest: runs the engine off the page's thread. The page sends the compiled
// wasm module once ({type: 'init'}), then requests with an id:
//   {type: 'digest', articles}  -> the digest in parts, so that no one message takes the
//                                  page long to receive: {part: 'head', digest} with each
//                                  list cut to PART items, {part: 'items', key, items} for
//                                  the rest, then {part: 'end'}
//   {type: 'markdown', articles} -> {markdown}
//   {type: 'json'}               -> {blob}: the last digest as indented JSON
// Every answer carries the request's id and ok; a failure is {ok: false, message}.
import { initSync, digest, digestMarkdown } from '../../pkg/newsdigest.js';

const PART = 500;
const LISTS = ['articles', 'takeaways', 'delegations', 'unresolved', 'quotes', 'discrepancies'];
let last = null;

function sendDigest(id, d) {
  const head = { ...d };
  for (const key of LISTS) if (Array.isArray(d[key])) head[key] = d[key].slice(0, PART);
  self.postMessage({ id, ok: true, part: 'head', digest: head });
  for (const key of LISTS) {
    const list = Array.isArray(d[key]) ? d[key] : [];
    for (let i = PART; i < list.length; i += PART) self.postMessage({ id, ok: true, part: 'items', key, items: list.slice(i, i + PART) });
  }
  self.postMessage({ id, ok: true, part: 'end' });
}

self.onmessage = (event) => {
  const { type, module, articles, id } = event.data ?? {};
  try {
    if (type === 'init') {
      initSync({ module });
    } else if (type === 'digest') {
      last = null;
      last = digest(articles);
      sendDigest(id, last);
    } else if (type === 'markdown') {
      self.postMessage({ id, ok: true, markdown: digestMarkdown(articles) });
    } else if (type === 'json') {
      self.postMessage({ id, ok: true, blob: new Blob([JSON.stringify(last, null, 2)], { type: 'application/json' }) });
    }
  } catch (err) {
    self.postMessage({ id, ok: false, message: err instanceof Error ? err.message : String(err), trap: err instanceof WebAssembly.RuntimeError });
  }
};

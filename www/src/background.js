// Digests large inputs in a Web Worker so that the page stays responsive. The worker comes
// from a blob URL (a file:// page may not load worker scripts) and gets the compiled wasm
// module from the page. Where no worker can start, the digest runs on the page's thread instead.
import workerSource from 'newsdigest:worker-source';
import { digest, ready } from './core.js';

/** Inputs larger than this many characters go to the worker. */
export const BACKGROUND_THRESHOLD = 200_000;
/** A digest that takes longer than this is stopped with an error. */
const TIMEOUT_MS = 60_000;

let worker = null;
let next = 0;

function start(module) {
  if (worker) return worker;
  const url = URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }));
  worker = new Worker(url);
  URL.revokeObjectURL(url);
  worker.postMessage({ type: 'init', module });
  return worker;
}

/** The digest of `articles`, in the worker when they are large. Rejects with an Error. */
export async function digestInBackground(articles) {
  const module = await ready;
  const size = articles.reduce((n, a) => n + a.text.length, 0);
  if (size < BACKGROUND_THRESHOLD || typeof Worker === 'undefined') return digest(articles);
  let w;
  try {
    w = start(module);
  } catch {
    return digest(articles);
  }
  const id = ++next;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      w.terminate();
      worker = null;
      reject(new Error('The digest took too long and was stopped: try fewer or shorter articles.'));
    }, TIMEOUT_MS);
    const onMessage = (event) => {
      if (event.data?.id !== id) return;
      clearTimeout(timer);
      w.removeEventListener('message', onMessage);
      if (event.data.ok) resolve(event.data.digest);
      else reject(new Error(event.data.message));
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', (e) => { clearTimeout(timer); reject(new Error(e.message || 'The background digest failed.')); }, { once: true });
    w.postMessage({ type: 'digest', id, articles });
  });
}

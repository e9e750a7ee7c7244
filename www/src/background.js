// Runs the digest in a Web Worker, so that the page stays responsive and the time limit can
// always fire, whatever the input. The worker comes from a blob URL (a file:// page may not
// load worker scripts) and gets the compiled wasm module from the page. Where no worker can
// start, the work runs on the page's thread instead.
import workerSource from 'newsdigest:worker-source';
import { digest, digestMarkdown, ready } from './core.js';

/** A request that takes longer than this is stopped with an error. */
export const TIMEOUT_MS = 60_000;

let worker = null;
let workerWorks = typeof Worker === 'function';
let next = 0;

function start(module) {
  if (worker) return worker;
  const url = URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }));
  try {
    worker = new Worker(url);
  } finally {
    URL.revokeObjectURL(url);
  }
  worker.postMessage({ type: 'init', module });
  return worker;
}

function stop() {
  worker?.terminate();
  worker = null;
}

/**
 * Sends `message` to the worker and resolves with its answer (`collect` folds in the parts
 * of a multi-part answer); null when no worker could do it, so the caller runs it here.
 * A trap (a WebAssembly.RuntimeError) ends that worker, whose engine state is no longer to
 * be trusted, and the request is made once more in a fresh one: an engine fault that comes
 * only after many digests in one instance then costs the reader nothing, while a fault of
 * this input, which comes again, is reported.
 */
async function ask(message, collect = (answer) => answer) {
  try {
    return await askOnce(message, collect);
  } catch (err) {
    if (!err.trap) throw err;
    return askOnce(message, collect);
  }
}

async function askOnce(message, collect) {
  const module = await ready;
  if (!workerWorks) return null;
  let w;
  try {
    w = start(module);
  } catch {
    workerWorks = false;
    return null;
  }
  const id = ++next;
  let answered = false;
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
    };
    const timer = setTimeout(() => {
      done();
      stop();
      reject(new Error('The digest took too long and was stopped: try fewer or shorter articles.'));
    }, TIMEOUT_MS);
    const onMessage = (event) => {
      if (event.data?.id !== id) return;
      answered = true;
      if (!event.data.ok) {
        done();
        const err = new Error(event.data.message);
        if (event.data.trap) {
          stop(); // the engine's state after a trap is not to be trusted
          err.trap = true;
        }
        reject(err);
        return;
      }
      const result = collect(event.data);
      if (result !== undefined) {
        done();
        resolve(result);
      }
    };
    const onError = (event) => {
      done();
      stop();
      if (!answered && event.message === undefined) {
        // The worker never ran (a page policy or engine that forbids blob workers).
        workerWorks = false;
        resolve(null);
      } else {
        reject(new Error(event.message || 'The background digest failed.'));
      }
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.postMessage({ id, ...message });
  });
}

/** The digest of `articles`, computed in the worker. Rejects with an Error. */
export async function digestInBackground(articles) {
  let d = null;
  const result = await ask({ type: 'digest', articles }, (answer) => {
    if (answer.part === 'head') d = answer.digest;
    else if (answer.part === 'items') d[answer.key].push(...answer.items);
    else if (answer.part === 'end') return d;
    return undefined;
  });
  return result ?? digest(articles);
}

/** The digest of `articles` as Markdown, computed in the worker. */
export async function markdownInBackground(articles) {
  const answer = await ask({ type: 'markdown', articles });
  return answer ? answer.markdown : digestMarkdown(articles);
}

/** The last digest the worker made, as a JSON file; null when it was made on this thread. */
export async function jsonInBackground() {
  const answer = await ask({ type: 'json' });
  return answer?.blob ?? null;
}

// The background digest: runs the engine off the page's thread for large inputs. The page
// sends the compiled wasm module once ({init}), then articles ({digest}); answers {ok, digest} or {ok: false, message}.
import { initSync, digest } from '../../pkg/newsdigest.js';

self.onmessage = (event) => {
  const { type, module, articles, id } = event.data ?? {};
  try {
    if (type === 'init') {
      initSync({ module });
      return;
    }
    if (type === 'digest') self.postMessage({ id, ok: true, digest: digest(articles) });
  } catch (err) {
    self.postMessage({ id, ok: false, message: err instanceof Error ? err.message : String(err) });
  }
};

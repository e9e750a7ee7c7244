// The ES module (www/dist/newsdigest.mjs, `import { digest, mount } from 'newsdigest'`):
// the same engine, renderer and widget as the one-tag script, as named exports. Importing
// it defines <news-digest> (once); it sets no global.
import { NewsDigestElement } from './widget.js';

export { ready, digest, digestMarkdown, extract, readPage } from './core.js';
export { renderDigest } from './render.js';
export { mount, highlightSource, NewsDigestElement } from './widget.js';

if (!customElements.get('news-digest')) customElements.define('news-digest', NewsDigestElement);

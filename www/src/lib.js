// The embed bundle (www/dist/newsdigest.js): one script tag gives the page the
// <news-digest> element and a global `NewsDigest` with the engine, the renderer and mount().
import { digest, digestMarkdown, extract, readPage, ready } from './core.js';
import { renderDigest } from './render.js';
import { mount, highlightSource, NewsDigestElement } from './widget.js';

window.NewsDigest = { ready, digest, digestMarkdown, extract, readPage, renderDigest, mount, highlightSource };
if (!customElements.get('news-digest')) customElements.define('news-digest', NewsDigestElement);

// The library bundle (www/dist/newsdigest.js): a global `NewsDigest` with the engine and
// the renderer, for pages that build their own interface around the digest.
import { digest, digestMarkdown } from './core.js';
import { renderDigest } from './render.js';

window.NewsDigest = { digest, digestMarkdown, renderDigest };

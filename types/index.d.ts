// The newsdigest API as TypeScript: the ES module (`import { digest, mount } from
// 'newsdigest'`), the global `window.NewsDigest` of the one-tag script, and the
// `<news-digest>` element. The JSON shapes come from ./digest.d.ts, generated from the Rust
// model (see docs/api.md).
import type { ArticleInput, Digest, Evidence, Extracted, Options } from './digest';

export * from './digest';

/** How `highlightSource` marked the sentence in the page. */
export type HighlightMode = 'highlight' | 'outline';

/** Options of `renderDigest`. */
export interface RenderOptions {
  /** Called when a source badge is opened, with the article id, its sentence and its evidence. */
  onEvidence?: (id: string, sentence: string, evidence: Evidence) => void;
}

/** Options of `mount`: what to digest (the first given), and how to show it. */
export interface MountOptions {
  /** Articles to digest instead of the page's. */
  articles?: ArticleInput[];
  /** CSS selector of the page element(s) holding the article(s). */
  selector?: string;
  /** Show the takeaways, with the other sections behind a disclosure. */
  compact?: boolean;
}

/** Resolves with the compiled engine once it is ready; rejects when it cannot load. */
export declare const ready: Promise<WebAssembly.Module>;

/** The digest of `articles`. Throws an Error with a clear message on bad input, or before `ready`. */
export declare function digest(articles: ArticleInput[], options?: Options | null): Digest;

/** The digest of `articles` as Markdown. */
export declare function digestMarkdown(articles: ArticleInput[], options?: Options | null): string;

/** The article of an HTML page and its metadata. Throws an Error when the page has none. */
export declare function extract(html: string): Extracted;

/** An article read in place from the live page, with the text nodes its characters came from. */
export interface Page {
  /** The article's text as the digest reads it (figure captions left out). */
  readonly text: string;
  /** The article as `extract` gives it. */
  readonly article: Extracted;
  /** The ranges of the page that `text.slice(start, end)` came from (an Evidence's start and end). */
  ranges(start: number, end: number): Range[];
  /** The ranges of the page of the first occurrence of `sentence` in `text`. */
  find(sentence: string): Range[];
  /** Releases the engine's memory at once. */
  free(): void;
}

/**
 * The article of the live page, read in place: with `whole`, the content block the extractor
 * finds in `root`'s document; else `root` itself. Throws an Error when there is no text.
 */
export declare function readPage(root: Node, whole?: boolean): Page;

/** Replaces the content of `container` with the rendered digest (long lists in parts). */
export declare function renderDigest(container: Element, digest: Digest, options?: RenderOptions): void;

/**
 * Digests `options.articles`, or the page elements `options.selector` names, or the page's
 * article, and renders the digest in `element`'s shadow root. Resolves with the digest, or
 * with null after showing the error inside the element.
 */
export declare function mount(element: HTMLElement, options?: MountOptions): Promise<Digest | null>;

/** Marks `sentence` inside `root` and scrolls to it; null when it is not found there. */
export declare function highlightSource(root: Element, sentence: string): HighlightMode | null;

/** The `digest` event of `<news-digest>`: `detail` is the digest, or null after an error. */
export type DigestEvent = CustomEvent<Digest | null>;

/** `<news-digest selector="..." compact>`: digests the page's article when connected. */
export declare class NewsDigestElement extends HTMLElement {
  /** The last digest shown, or null after an error; undefined until the first. */
  digest?: Digest | null;
  addEventListener<K extends keyof NewsDigestElementEventMap>(type: K,
    listener: (this: NewsDigestElement, ev: NewsDigestElementEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
}

/** The events of `<news-digest>`. */
export interface NewsDigestElementEventMap extends HTMLElementEventMap {
  digest: DigestEvent;
}

/** `window.NewsDigest`, set by the one-tag script (www/dist/newsdigest.js). */
export interface NewsDigestGlobal {
  ready: typeof ready;
  digest: typeof digest;
  digestMarkdown: typeof digestMarkdown;
  extract: typeof extract;
  readPage: typeof readPage;
  renderDigest: typeof renderDigest;
  mount: typeof mount;
  highlightSource: typeof highlightSource;
}

declare global {
  interface Window {
    /** Set by the one-tag script; the ES module does not set it. */
    NewsDigest: NewsDigestGlobal;
  }
  interface HTMLElementTagNameMap {
    'news-digest': NewsDigestElement;
  }
}

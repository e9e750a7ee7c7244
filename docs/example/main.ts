// An app that bundles newsdigest as a module (e2e/package.test.mjs builds it with esbuild
// against the packed package and opens it in a browser):
//   import { digest, mount } from 'newsdigest'
import { digest, extract, mount, ready, type Digest } from 'newsdigest';

const result = document.getElementById('result') as HTMLOutputElement;
// <news-digest> in the page digests its article as soon as the module defines it.
const widget = document.querySelector('news-digest')!;
const shown = new Promise<Digest | null>((resolve) => {
  widget.addEventListener('digest', (event) => resolve(event.detail), { once: true });
});

async function main(): Promise<void> {
  await ready;
  // The engine on its own: articles in, the digest JSON out.
  const article = document.querySelector('article')?.textContent ?? '';
  const d: Digest = digest([{ text: article, source: location.href }]);
  const page = extract(document.documentElement.outerHTML);
  // mount() renders into any element's shadow root.
  const mounted = await mount(document.getElementById('more')!, { selector: 'article', compact: true });
  const fromWidget = await shown;
  result.value = JSON.stringify({
    takeaways: d.takeaways.length,
    title: page.title,
    mounted: mounted?.takeaways.length ?? 0,
    widget: fromWidget?.takeaways.length ?? 0,
  });
}

main().catch((err: Error) => { result.value = `error: ${err.message}`; });

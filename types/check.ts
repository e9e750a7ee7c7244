// Type-checked by e2e/package.test.mjs (tsc -p types): the real digest JSON of the example
// articles and of the HTML page case, as the CLI writes it (tests/golden), is a `Digest`;
// and the declarations reject what the engine rejects.
import type { Digest, ArticleInput } from './index';
import { digest, readPage } from './index';
import seeds from '../tests/golden/seeds/expected.json';
import page from '../tests/golden/html-page/expected.json';

export const checked: Digest[] = [seeds, page];

const articles: ArticleInput[] = [{ text: 'An article.', source: 'a.txt' }, { text: '<p>A page.</p>', html: true }];
export const typed = (): Digest => digest(articles, { maxTakeaways: 5 });

// @ts-expect-error: the articles are objects, not text
digest('An article.');
// @ts-expect-error: a digest has no `summary`
export const none = (d: Digest) => d.summary;

// A page read in place: its text digests, and evidence offsets give ranges of the page.
export const ranges = (root: Element): Range[] => {
  const page = readPage(root, true);
  const d = digest([{ text: page.text, source: 'page' }]);
  const e = d.takeaways[0]?.evidence[0];
  return e && e.start != null && e.end != null ? page.ranges(e.start, e.end) : page.find(page.article.text);
};

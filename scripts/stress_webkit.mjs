// Stress test (not part of npm test): digests the example articles 400 times and about
// 1 MB of articles 30 times in one WebKit page, for a number of rounds, each in a new
// browser session, and prints per round how many digests ran and the error, if any, with
// the wasm stack. Build first (node scripts/build.mjs; NEWSDIGEST_KEEP_NAMES=1 keeps the
// function names in the stack).
//   node scripts/stress_webkit.mjs [rounds]     (default 3)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Session, ROOT } from '../e2e/driver.mjs';
const seedDir = join(ROOT, 'tests', 'fixtures', 'seeds');
const seeds = readdirSync(seedDir).sort().map((name) => ({ text: readFileSync(join(seedDir, name), 'utf8'), source: name }));
const bundle = readFileSync(join(ROOT, 'www', 'dist', 'newsdigest.js'), 'utf8');
for (let round = 0; round < Number(process.argv[2] || 3); round += 1) {
  const session = await Session.start('webkit');
  try {
    await session.open('about:blank');
    await session.driver.executeScript(bundle);
    const r = await session.run(async (seeds) => {
      await NewsDigest.ready;
      let n = 0;
      try {
        for (let k = 0; k < 400; k += 1) { NewsDigest.digest(seeds); n += 1; }
        const scaled = [];
        let bytes = 0;
        while (bytes < 1_000_000) for (const a of seeds) { scaled.push({ ...a, source: `${a.source}#${scaled.length}` }); bytes += a.text.length; }
        for (let k = 0; k < 30; k += 1) { NewsDigest.digest(scaled); n += 1; }
        return { n };
      } catch (e) {
        return { n, err: String(e), stack: String(e.stack) };
      }
    }, seeds);
    console.log(round, JSON.stringify(r).slice(0, 1500));
  } finally {
    await session.quit();
  }
}

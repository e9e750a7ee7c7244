// The package a web developer adopts: `npm pack` holds the ES module, the one-tag script
// and the types; an app that imports it type-checks (tsc) and bundles (esbuild), and runs
// in a browser; the declarations accept the real digest JSON and extract() output. Engine-
// independent except the last step, so it runs with Chromium.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { Session, engineNames, ROOT } from './driver.mjs';

const tsc = (project) => execFileSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', project], { encoding: 'utf8', stdio: 'pipe' });

if (engineNames().includes('chromium')) describe('package', () => {
  let dir;
  let app;
  let s;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsdigest-package-'));
    app = join(dir, 'app');
    s = await Session.start('chromium');
  });
  after(async () => {
    await s?.quit();
    rmSync(dir, { recursive: true, force: true });
  });

  test('npm pack holds the module, the script and the types, and nothing else', () => {
    // Built just before by npm test (scripts/build.mjs); `npm pack` alone builds it first.
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' }));
    const files = packed.files.map((f) => f.path).sort();
    assert.deepEqual(files, ['README.md', 'docs/api.md', 'package.json', 'types/digest.d.ts', 'types/index.d.ts',
      'www/dist/newsdigest.js', 'www/dist/newsdigest.mjs']);
    const into = join(app, 'node_modules', 'newsdigest');
    mkdirSync(into, { recursive: true });
    execFileSync('tar', ['-xzf', join(dir, packed.filename), '-C', into, '--strip-components=1']);
    cpSync(join(ROOT, 'docs', 'example'), app, { recursive: true });
  });

  test('the types accept the real digest JSON and reject misuse (tsc --noEmit)', () => {
    assert.doesNotThrow(() => tsc(join(ROOT, 'types')), (err) => err.stdout);
  });

  test('an app importing the package type-checks against its types', () => {
    try {
      tsc(app);
    } catch (err) {
      assert.fail(`tsc: ${err.stdout}`);
    }
  });

  test('the app bundles with esbuild and runs: engine, extract, mount and <news-digest>', async () => {
    const built = await esbuild.build({
      entryPoints: [join(app, 'main.ts')], absWorkingDir: app, bundle: true, format: 'iife', target: 'es2020',
      outfile: join(app, 'out.js'), write: true, logLevel: 'silent', metafile: true,
    });
    assert.deepEqual(built.warnings, []);
    assert.ok(Object.keys(built.metafile.inputs).some((p) => p.endsWith('node_modules/newsdigest/www/dist/newsdigest.mjs')),
      'resolved through the package exports to the ES module');
    await s.open(pathToFileURL(join(app, 'index.html')).href);
    const value = await s.waitFor(() => document.getElementById('result').value);
    const shown = JSON.parse(value);
    assert.ok(shown.takeaways > 0 && shown.mounted > 0 && shown.widget > 0, value);
    assert.match(shown.title, /Alaska summit/);
    assert.deepEqual(await s.errors(), []);
  });

  test('the types accept what extract() returns in the browser', async () => {
    const html = readFileSync(join(ROOT, 'tests', 'golden', 'html-page', 'page.html'), 'utf8');
    // The one-tag script's engine, run in the example page that the previous test opened.
    await s.driver.executeScript(readFileSync(join(ROOT, 'www', 'dist', 'newsdigest.js'), 'utf8'));
    const extracted = await s.run(async (html) => {
      await window.NewsDigest.ready;
      return window.NewsDigest.extract(html);
    }, html);
    writeFileSync(join(app, 'extracted.json'), JSON.stringify(extracted));
    writeFileSync(join(app, 'extracted.ts'), "import type { Extracted } from 'newsdigest';\n"
      + "import page from './extracted.json';\nexport const checked: Extracted = page;\n");
    writeFileSync(join(app, 'tsconfig.extract.json'), JSON.stringify({
      extends: './tsconfig.json', compilerOptions: { resolveJsonModule: true }, files: ['extracted.ts'],
    }));
    try {
      execFileSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', join(app, 'tsconfig.extract.json')], { encoding: 'utf8', stdio: 'pipe' });
    } catch (err) {
      assert.fail(`tsc: ${err.stdout}\n${JSON.stringify(extracted)}`);
    }
    assert.equal(typeof extracted.text, 'string');
  });
});

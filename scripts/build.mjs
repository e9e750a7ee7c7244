// Builds the WebAssembly module and the browser bundles.
//
//   node scripts/build.mjs
//
// 1. cargo builds the crate for wasm32 (profile `wasm`, with the toolchain setup chose;
//    without the default `cli` feature, so the command's code is not linked),
// 2. wasm-bindgen writes the ES-module glue to pkg/, wasm-opt (npm binaryen) shrinks it,
// 3. esbuild bundles www/src into classic scripts under www/dist/ with the wasm inlined
//    (deflate-compressed), so that www/index.html works when opened from disk (file://) as
//    well as served, and into the ES module www/dist/newsdigest.mjs for bundlers.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { deflateAsync } from '@gfx/zopfli';
import { delimiter, dirname, join } from 'node:path';
import { homedir } from 'node:os';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stateFile = join(root, 'target', 'wasm-toolchain');
if (!existsSync(stateFile)) {
  console.error('build: no wasm toolchain recorded: run bash scripts/setup.sh first');
  process.exit(1);
}
const toolchain = readFileSync(stateFile, 'utf8').trim();
// cargo and wasm-bindgen where rustup and cargo install put them, also in a shell that
// has not picked up rustup's PATH yet.
const cargoBin = join(process.env.CARGO_HOME || join(homedir(), '.cargo'), 'bin');
const env = { ...process.env, RUSTUP_TOOLCHAIN: toolchain, PATH: `${cargoBin}${delimiter}${process.env.PATH}` };
const bin = (name) => join(root, 'node_modules', '.bin', name);

function run(label, cmd, args, options = {}) {
  const started = Date.now();
  try {
    execFileSync(cmd, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], ...options });
  } catch (err) {
    console.error(`build: ${label} failed\n${err.stderr?.toString() ?? err.message}`);
    process.exit(1);
  }
  console.log(`build: ${label.padEnd(22)} ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

// The page's module is built with its own std (from the toolchain's rust-src): a panic
// aborts at once, without the message, location and formatting code a panic otherwise
// carries, and Debug formatting is compiled out; std's `optimize_for_size` feature picks
// its smaller sort and search code (6 KB). About 23 KB less to download (gzipped),
// for the same behaviour: the core never panics on input (fuzzed), and should it ever, the
// call still fails with an Error in JS. These are unstable compiler options, enabled on
// the stable toolchain with RUSTC_BOOTSTRAP; the native build and the tests use the
// ordinary std. Its own target folder keeps the two builds from rebuilding each other.
// `-inline-threshold=30` lets the optimiser inline small functions that size-optimised
// code would otherwise call (string and slice helpers called for every word): the seeds'
// digest runs about 15% faster in the browser for 1.2 KB more to download (gzipped).
const bundleTarget = join('target', 'page');
run('cargo (wasm32)', 'cargo', ['build', '--lib', '--no-default-features', '--profile', 'wasm', '--target', 'wasm32-unknown-unknown',
  '--target-dir', bundleTarget, '-Zbuild-std=std,panic_abort', '-Zbuild-std-features=optimize_for_size'], {
  env: {
    ...env,
    RUSTC_BOOTSTRAP: '1',
    RUSTFLAGS: '-Zlocation-detail=none -Zfmt-debug=none -Zunstable-options -Cpanic=immediate-abort -Cllvm-args=-inline-threshold=30',
  },
});
mkdirSync(join(root, 'pkg'), { recursive: true });
// NEWSDIGEST_KEEP_NAMES=1 keeps the function names, for a profile in the browser's devtools.
const keepNames = Boolean(process.env.NEWSDIGEST_KEEP_NAMES);
run('wasm-bindgen', 'wasm-bindgen', [
  '--target', 'web', '--no-typescript', '--out-dir', 'pkg', ...(keepNames ? ['--keep-debug'] : []),
  join(bundleTarget, 'wasm32-unknown-unknown', 'wasm', 'newsdigest.wasm'),
]);
// `--converge` repeats the passes while they still shrink the module, and
// `--low-memory-unused` lets loads and stores fold constant offsets: the module's first
// megabyte is its stack, which grows down from 1 MB, so the lowest kilobyte is never
// touched short of an overflow. Together 2.7 KB less to download (gzipped).
run('wasm-opt', bin('wasm-opt'), ['-Os', '--converge', '--low-memory-unused', ...(keepNames ? ['-g'] : ['--strip-debug']), '--enable-bulk-memory', '--enable-nontrapping-float-to-int',
  '--enable-sign-ext', '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue',
  'pkg/newsdigest_bg.wasm', '-o', 'pkg/newsdigest_bg.wasm']);

// The bundles carry the module deflate-compressed: inlined as base64, raw wasm would not
// compress well a second time on the wire. Zopfli finds a smaller deflate stream than zlib
// (about 6%); the browser inflates either with DecompressionStream('deflate-raw').
{
  const started = Date.now();
  const packed = await deflateAsync(readFileSync(join(root, 'pkg', 'newsdigest_bg.wasm')), { numiterations: 15 });
  writeFileSync(join(root, 'pkg', 'newsdigest_bg.wasm.deflate'), packed);
  console.log(`build: ${'zopfli'.padEnd(22)} ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const started = Date.now();
// The worker is bundled first (without the wasm: the page sends it the bytes) and handed
// to the app bundle as text, to start from a blob URL.
const workerBuild = await esbuild.build({
  entryPoints: ['www/src/worker.js'],
  absWorkingDir: root,
  bundle: true,
  format: 'iife',
  target: ['es2020'],
  minify: true,
  write: false,
  legalComments: 'none',
  logLevel: 'warning',
  logOverride: { 'empty-import-meta': 'silent' },
});
const workerSource = workerBuild.outputFiles[0].text;
const inlineWorker = {
  name: 'inline-worker',
  setup(b) {
    b.onResolve({ filter: /^newsdigest:worker-source$/ }, (args) => ({ path: args.path, namespace: 'inline-worker' }));
    b.onLoad({ filter: /.*/, namespace: 'inline-worker' }, () => ({ contents: workerSource, loader: 'text' }));
  },
};
await esbuild.build({
  entryPoints: { app: 'www/src/app.js', newsdigest: 'www/src/lib.js' },
  outdir: 'www/dist',
  absWorkingDir: root,
  bundle: true,
  format: 'iife',
  target: ['es2020'],
  minify: true,
  legalComments: 'none',
  loader: { '.deflate': 'binary', '.txt': 'text', '.css': 'text' },
  plugins: [inlineWorker],
  logLevel: 'warning',
  // The glue's async init path (a fetch relative to import.meta.url) is unused: bytes are inlined.
  logOverride: { 'empty-import-meta': 'silent' },
});
// The ES module for bundlers (package.json `exports`): the same code, as named exports.
await esbuild.build({
  entryPoints: { newsdigest: 'www/src/module.js' },
  outExtension: { '.js': '.mjs' },
  outdir: 'www/dist',
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  target: ['es2020'],
  minify: true,
  legalComments: 'none',
  loader: { '.deflate': 'binary', '.css': 'text' },
  logLevel: 'warning',
  logOverride: { 'empty-import-meta': 'silent' },
});
console.log(`build: ${'esbuild'.padEnd(22)} ${((Date.now() - started) / 1000).toFixed(1)} s`);

#!/usr/bin/env bash
# Every test: setup, format and lint checks, native tests, wasm tests in Chromium, the
# browser end-to-end tests. Stops at the first failure.    npm test
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"

bash scripts/setup.sh
wasm_tc=$(cat target/wasm-toolchain)

echo "== cargo fmt --check"
cargo fmt --all -- --check
echo "== cargo clippy (native, all targets)"
cargo clippy --all-targets --quiet -- -D warnings
if RUSTUP_TOOLCHAIN="$wasm_tc" cargo clippy --version >/dev/null 2>&1; then
  echo "== cargo clippy (wasm32)"
  RUSTUP_TOOLCHAIN="$wasm_tc" cargo clippy --quiet --lib --tests --target wasm32-unknown-unknown -- -D warnings
else
  echo "== cargo check (wasm32; this toolchain has no clippy)"
  RUSTUP_TOOLCHAIN="$wasm_tc" RUSTFLAGS="-D warnings" cargo check --quiet --lib --tests --target wasm32-unknown-unknown
fi
echo "== cargo test"
cargo test --quiet
echo "== build (wasm + bundles)"
node scripts/build.mjs
echo "== wasm-pack test --headless --chrome"
RUSTUP_TOOLCHAIN="$wasm_tc" wasm-pack test --headless --chrome -- --test web
echo "== e2e (Playwright in Chromium)"
node --test --test-concurrency=1 e2e/

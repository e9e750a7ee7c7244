#!/usr/bin/env bash
# Every test: setup, format and lint checks, native tests, wasm tests in Chromium and
# Firefox, the types and the package, the browser end-to-end tests in Chromium, Firefox and
# WebKit. Stops at the first failure; says how long each part took.    npm test
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"

bash scripts/setup.sh
wasm_tc=$(cat target/wasm-toolchain)

# The WebAssembly module is built without the default `cli` feature (the command's JSON
# writer), as scripts/build.mjs builds it.
echo "== cargo fmt --check"
cargo fmt --all -- --check
echo "== cargo clippy (native, all targets)"
cargo clippy --all-targets --quiet -- -D warnings
if RUSTUP_TOOLCHAIN="$wasm_tc" cargo clippy --version >/dev/null 2>&1; then
  echo "== cargo clippy (wasm32)"
  RUSTUP_TOOLCHAIN="$wasm_tc" cargo clippy --quiet --lib --tests --target wasm32-unknown-unknown --no-default-features -- -D warnings
else
  echo "== cargo check (wasm32; this toolchain has no clippy)"
  RUSTUP_TOOLCHAIN="$wasm_tc" RUSTFLAGS="-D warnings" cargo check --quiet --lib --tests --target wasm32-unknown-unknown --no-default-features
fi
echo "== cargo doc (no warnings)"
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --quiet
timings=()
echo "== cargo test"
started=$SECONDS
cargo test --quiet
timings+=("cargo test: $((SECONDS - started)) s")
echo "== build (wasm + bundles)"
node scripts/build.mjs
for browser in chrome firefox; do
  echo "== wasm-pack test --headless --$browser"
  started=$SECONDS
  RUSTUP_TOOLCHAIN="$wasm_tc" wasm-pack test --headless --$browser -- --no-default-features --test web
  timings+=("wasm tests, $browser: $((SECONDS - started)) s")
done
echo "== e2e (Chromium, Firefox, WebKit through WebDriver)"
# One test process per engine, two at a time (each file shares one browser per engine);
# the page-never-freezes test after them, alone, as it times the page's tasks.
started=$SECONDS
files=$(ls e2e/*.test.mjs | grep -v responsive)
run_engine() { # engine
  local start=$SECONDS status=0
  E2E_ENGINES=$1 node --test --test-concurrency=1 --test-timeout=300000 $files >"target/e2e-$1.log" 2>&1 || status=$?
  echo "e2e, $1: $((SECONDS - start)) s" >"target/e2e-$1.time"
  return $status
}
failed=""
run_engine chromium & first=$!
run_engine firefox & second=$!
wait $first || failed=1
run_engine webkit & third=$!
wait $second || failed=1
wait $third || failed=1
for engine in chromium firefox webkit; do
  grep -E '^# (tests|pass|fail) ' "target/e2e-$engine.log" | sed "s/^# //" | paste -sd ' ' | sed "s/^/  $engine: /"
  timings+=("$(cat "target/e2e-$engine.time")")
  if [ -n "$failed" ] && ! grep -q '^# fail 0' "target/e2e-$engine.log"; then
    echo "== e2e log, $engine"; cat "target/e2e-$engine.log"
  fi
done
[ -z "$failed" ] || exit 1
start=$SECONDS
E2E_ENGINES=chromium node --test --test-timeout=300000 e2e/responsive.test.mjs >target/e2e-responsive.log 2>&1 \
  || { cat target/e2e-responsive.log; exit 1; }
grep -E '^ *# long tasks' target/e2e-responsive.log | sed 's/^ *# /  page never freezes: /'
grep -E '^# (tests|pass|fail) ' target/e2e-responsive.log | sed 's/^# //' | paste -sd ' ' | sed 's/^/  page never freezes: /'
timings+=("e2e, page never freezes (Chromium): $((SECONDS - start)) s" "e2e, all: $((SECONDS - started)) s")
echo "== timings"
printf '  %s\n' "${timings[@]}" "npm test: $SECONDS s"
# The closing line CI reads: the e2e tests of every engine.
echo "e2e: $(cat target/e2e-*.log | awk '/^# pass / {n += $3} END {print n}') passed, 0 failed"

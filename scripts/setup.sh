#!/usr/bin/env bash
# Makes this machine able to build, run and test newsdigest. Idempotent: every step is
# skipped at once when already done. One line per step; on failure, the step's name and
# the end of its log.
#
#   bash scripts/setup.sh          (npm start and npm test run it first)
#
# Steps: Node.js check, Rust (rustup when missing, rustfmt, clippy), browsers (Debian's chromium + chromedriver, firefox-esr, webkit2gtk-driver with
# its MiniBrowser, and xvfb for WebKit's display), geckodriver (crates.io), wasm32 Rust
# target (rustup, else Debian's rustc-web with a std built from source), wasm-bindgen CLI
# at the exact crate version, wasm-pack, npm dependencies (binaryen's wasm-opt, esbuild,
# selenium-webdriver, typescript, ...).
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
logdir="$root/target/setup-logs"
mkdir -p "$logdir"
export PATH="$HOME/.cargo/bin:$PATH"
state="$root/target/wasm-toolchain"   # the rustup toolchain that builds wasm32 here
apt_updated=""

step_ok() { printf 'setup: %-22s %s\n' "$1" "$2"; }
fail() {
  printf 'setup: %-22s FAILED (log: %s)\n' "$1" "$2" >&2
  tail -n 15 "$2" | sed 's/^/  | /' >&2
  exit 1
}
run_logged() { # name log cmd...
  local name=$1 log=$2; shift 2
  "$@" >>"$log" 2>&1 || fail "$name" "$log"
}
apt_install() { # name log packages...
  local name=$1 log=$2; shift 2
  command -v apt-get >/dev/null || fail "$name" "$log"
  if [ -z "$apt_updated" ]; then run_logged "$name" "$log" apt-get update; apt_updated=1; fi
  run_logged "$name" "$log" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@"
}

# 0. Node.js new enough for the test runner (node --test with --test-concurrency), and
#    Rust: rustup's toolchain when there is none, with rustfmt and clippy for the checks,
#    and a compiler recent enough for the page's build flags (-Cpanic=immediate-abort).
node_version=$(node --version 2>/dev/null | tr -d v)
node_major=${node_version%%.*}; node_minor=$(echo "$node_version" | cut -d. -f2)
if [ -z "$node_version" ] || [ "$node_major" -lt 20 ] || { [ "$node_major" -eq 20 ] && [ "$node_minor" -lt 10 ]; }; then
  printf 'setup: %-22s FAILED: Node.js 20.10 or newer is needed (found %s): https://nodejs.org/\n' node "${node_version:-none}" >&2
  exit 1
fi
step_ok node "present ($node_version)"
log="$logdir/rust.log"
if ! command -v cargo >/dev/null; then
  command -v curl >/dev/null || apt_install rust "$log" curl ca-certificates
  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs -o "$logdir/rustup-init.sh" >>"$log" 2>&1 || fail rust "$log"
  run_logged rust "$log" sh "$logdir/rustup-init.sh" -y --profile minimal
  step_ok rust "installed by rustup"
fi
rust_minor=$(rustc --version 2>/dev/null | awk '{split($2, v, "."); print v[2]}')
if [ "${rust_minor:-0}" -lt 92 ] && command -v rustup >/dev/null; then
  run_logged rust "$log" rustup update stable
  rust_minor=$(rustc --version 2>/dev/null | awk '{split($2, v, "."); print v[2]}')
fi
[ "${rust_minor:-0}" -ge 92 ] || { echo "rustc 1.92 or newer is needed: $(rustc --version 2>&1)" >>"$log"; fail rust "$log"; }
if ! cargo fmt --version >/dev/null 2>&1 || ! cargo clippy --version >/dev/null 2>&1; then
  run_logged rust "$log" rustup component add rustfmt clippy
fi
step_ok rust "present ($(rustc --version | awk '{print $2}'), rustfmt, clippy)"

# 1. The three browser engines the tests run in, with their WebDriver servers: Chromium,
#    Firefox (geckodriver comes from crates.io, step 1b) and WebKit (MiniBrowser, driven by
#    WebKitWebDriver, on a virtual X display).
minibrowser=$(ls /usr/lib/*/webkit2gtk-4.1/MiniBrowser 2>/dev/null | head -n 1)
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v firefox-esr >/dev/null || command -v firefox >/dev/null || missing+=(firefox-esr)
{ command -v WebKitWebDriver >/dev/null && [ -n "$minibrowser" ]; } || missing+=(webkit2gtk-driver)
command -v Xvfb >/dev/null || missing+=(xvfb)
# A C compiler and linker: cargo install links with cc, and some tools build C code.
command -v cc >/dev/null || missing+=(gcc libc6-dev)
if [ ${#missing[@]} -eq 0 ]; then
  step_ok browsers "present ($(chromium --version 2>/dev/null | awk '{print $1, $2}'), $( (firefox-esr --version || firefox --version) 2>/dev/null | awk '{print $2, $3}'), WebKitGTK)"
else
  apt_install browsers "$logdir/browsers.log" "${missing[@]}"
  step_ok browsers "installed ${missing[*]}"
fi

# 1b. geckodriver, Firefox's WebDriver server (Debian has none): from crates.io.
gecko_version=0.37.1
if [ "$(geckodriver --version 2>/dev/null | awk 'NR==1 {print $2}')" = "$gecko_version" ]; then
  step_ok geckodriver "present ($gecko_version)"
else
  run_logged geckodriver "$logdir/geckodriver.log" cargo install --locked geckodriver --version "$gecko_version"
  step_ok geckodriver "installed ($gecko_version)"
fi

# 2. A Rust toolchain with the wasm32 standard library.
has_wasm_std() { # toolchain
  local sysroot
  sysroot=$(RUSTUP_TOOLCHAIN="$1" rustc --print sysroot 2>/dev/null) || return 1
  ls "$sysroot"/lib/rustlib/wasm32-unknown-unknown/lib/libstd-*.rlib >/dev/null 2>&1
}
default_tc=$(cd "$root" && rustup show active-toolchain 2>/dev/null | awk '{print $1}')
if [ -f "$state" ] && has_wasm_std "$(cat "$state")"; then
  step_ok wasm32-target "present ($(cat "$state"))"
elif [ -z "${NEWSDIGEST_FORCE_DEBIAN_RUST:-}" ] && has_wasm_std "$default_tc"; then
  echo "$default_tc" >"$state"; step_ok wasm32-target "present ($default_tc)"
elif [ -z "${NEWSDIGEST_FORCE_DEBIAN_RUST:-}" ] && timeout 120 rustup target add wasm32-unknown-unknown >"$logdir/rustup.log" 2>&1 && has_wasm_std "$default_tc"; then
  echo "$default_tc" >"$state"; step_ok wasm32-target "installed by rustup ($default_tc)"
else
  log="$logdir/debian-rust.log"
  if ! [ -x /usr/bin/rustc ] || ! [ -d /usr/lib/rustlib/src/rust ] || ! [ -x /usr/bin/rust-lld ]; then
    apt_install wasm32-target "$log" rustc-web cargo-web rust-web-src rust-web-llvm lld-22
  fi
  if ! ls /usr/lib/rustlib/wasm32-unknown-unknown/lib/libstd-*.rlib >/dev/null 2>&1; then
    tmp=$(mktemp -d); mkdir -p "$tmp/src"
    printf '[package]\nname = "stdbuild"\nversion = "0.0.0"\nedition = "2021"\n[profile.release]\nlto = true\n' >"$tmp/Cargo.toml"
    echo '#![no_std]' >"$tmp/src/lib.rs"
    (cd "$tmp" && PATH=/usr/bin:/bin RUSTC=/usr/bin/rustc RUSTUP_TOOLCHAIN= RUSTC_BOOTSTRAP=1 /usr/bin/cargo build --release -Zbuild-std=std,panic_abort,test \
      --target wasm32-unknown-unknown) >>"$log" 2>&1 || fail wasm32-target "$log"
    mkdir -p /usr/lib/rustlib/wasm32-unknown-unknown/lib
    cp "$tmp"/target/wasm32-unknown-unknown/release/deps/*.rlib /usr/lib/rustlib/wasm32-unknown-unknown/lib/
    rm -f /usr/lib/rustlib/wasm32-unknown-unknown/lib/libstdbuild-*.rlib
    rm -rf "$tmp"
  fi
  rustup toolchain list | grep -q '^debian-web' || run_logged wasm32-target "$log" rustup toolchain link debian-web /usr
  has_wasm_std debian-web || fail wasm32-target "$log"
  echo debian-web >"$state"; step_ok wasm32-target "Debian rustc-web with a std built from source"
fi
wasm_tc=$(cat "$state")

# 2b. The standard library's source, from which the page's build compiles a std without
# panic messages or formatting (see scripts/build.mjs): rustup's rust-src component, or
# Debian's rust-web-src for the Debian toolchain.
has_std_src() { [ -f "$(RUSTUP_TOOLCHAIN="$wasm_tc" rustc --print sysroot 2>/dev/null)/lib/rustlib/src/rust/library/std/Cargo.toml" ]; }
if has_std_src; then
  step_ok std-source "present"
elif timeout 120 rustup component add rust-src --toolchain "$wasm_tc" >"$logdir/rust-src.log" 2>&1 && has_std_src; then
  step_ok std-source "installed by rustup"
else
  apt_install std-source "$logdir/rust-src.log" rust-web-src
  has_std_src || fail std-source "$logdir/rust-src.log"
  step_ok std-source "installed (Debian rust-web-src)"
fi

# 3. wasm-bindgen CLI at exactly the version of the wasm-bindgen crate in Cargo.lock.
log="$logdir/wasm-bindgen.log"
if ! grep -q 'name = "wasm-bindgen"' Cargo.lock 2>/dev/null; then
  RUSTUP_TOOLCHAIN="$wasm_tc" run_logged wasm-bindgen "$log" cargo generate-lockfile
fi
wb_version=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/[^0-9.]/, ""); print; exit}' Cargo.lock)
[ -n "$wb_version" ] || fail wasm-bindgen "$log"
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" = "$wb_version" ] \
  && command -v wasm-bindgen-test-runner >/dev/null; then
  step_ok wasm-bindgen "present ($wb_version)"
else
  run_logged wasm-bindgen "$log" cargo install --force wasm-bindgen-cli --version "$wb_version"
  step_ok wasm-bindgen "installed ($wb_version)"
fi

# 4. wasm-pack, for the wasm tests in the browser.
if command -v wasm-pack >/dev/null; then
  step_ok wasm-pack "present ($(wasm-pack --version | awk '{print $2}'))"
else
  run_logged wasm-pack "$logdir/wasm-pack.log" cargo install wasm-pack --version 0.15.1
  step_ok wasm-pack "installed (0.15.1)"
fi

# 5. npm dependencies (wasm-opt from binaryen, esbuild, selenium-webdriver, typescript, ...).
log="$logdir/npm.log"
if [ -f node_modules/.package-lock.json ] && [ ! package-lock.json -nt node_modules/.package-lock.json ] \
  && [ ! package.json -nt node_modules/.package-lock.json ]; then
  step_ok npm "present"
else
  if [ -f package-lock.json ]; then run_logged npm "$log" npm ci --no-audit --no-fund
  else run_logged npm "$log" npm install --no-audit --no-fund; fi
  touch node_modules/.package-lock.json
  step_ok npm "installed"
fi

#!/usr/bin/env bash
# Fuzzes the digest, the article extractor and the sentence splitter with cargo-fuzz
# (libFuzzer), each from a seed corpus of the test fixtures.
#   npm run fuzz                      every target for 60 s
#   npm run fuzz -- sentences 600     one target for 600 s
# Crashing inputs land in fuzz/artifacts/<target>/; replay one with
#   cargo +nightly fuzz run <target> fuzz/artifacts/<target>/<file>
# Needs a nightly toolchain (or stable with RUSTC_BOOTSTRAP=1, used when no nightly is
# installed) and cargo-fuzz (installed here when missing).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export PATH="$HOME/.cargo/bin:$PATH"

targets=(digest extract sentences)
if [ $# -gt 0 ]; then targets=("$1"); fi
seconds="${2:-60}"

command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
toolchain=()
if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  toolchain=(+nightly)
else
  export RUSTC_BOOTSTRAP=1
fi

# The seed corpus: the example articles, the golden-rule passages, the HTML test pages.
seed() {
  local dir="fuzz/corpus/$1"
  mkdir -p "$dir"
  cp tests/fixtures/seeds/*.txt "$dir/"
  python3 - "$dir" <<'PY'
import json, sys
cases = json.load(open("tests/fixtures/sentence-golden-rules-en.json", encoding="utf-8"))["cases"]
for c in cases:
    open(f"{sys.argv[1]}/golden-{c['id']}.txt", "w", encoding="utf-8").write(c["input"])
PY
  if [ "$1" != sentences ]; then
    for page in tests/fixtures/readability-pages/*/source.html tests/golden/html-page/page.html; do
      cp "$page" "$dir/$(basename "$(dirname "$page")").html"
    done
  fi
}

for t in "${targets[@]}"; do
  seed "$t"
  echo "== fuzz $t for ${seconds} s"
  cargo "${toolchain[@]}" fuzz run "$t" "fuzz/corpus/$t" -- \
    -max_total_time="$seconds" -max_len=200000 -timeout=20 -rss_limit_mb=4096
done

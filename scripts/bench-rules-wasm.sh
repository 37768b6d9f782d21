#!/usr/bin/env bash
# The rule engine's in-browser benchmark (issue 6): the typical and heavy listings of the criterion
# benchmark checked many times in headless Chromium, timed with performance.now(), plus building the
# engine (the term matchers) from the default policy and from the policy grown to 5,000+ terms.
# Prints medians; it measures, it never fails on time.
#
#   scripts/bench-rules-wasm.sh                 # the shipped wasm's profile (wasm-release: opt-level "z", LTO)
#   scripts/bench-rules-wasm.sh release         # the speed-optimised release profile
#
# Runs crates/rules/tests/browser_bench.rs (feature `browser-bench`) through wasm-bindgen-test-runner and
# chromedriver, as the wasm tests do (scripts/test.sh).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
profile="${1:-wasm-release}"
cd "$CARAVAN_ROOT/crates/rules"   # webdriver.json (Chromium flags) is read from here

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! cargo test --locked -p caravan-rules --target wasm32-unknown-unknown --profile "$profile" \
  --features browser-bench --test browser_bench -- --nocapture >"$log" 2>&1; then
  cat "$log" >&2
  exit 1
fi
echo "In-browser benchmark ($(chromium --version 2>/dev/null || echo Chromium), profile $profile, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)):"
grep -o 'rules-bench: .*' "$log" | sed 's/^rules-bench: /  /'

#!/usr/bin/env bash
# What the home route downloads, brotli-compressed: index.html plus every local file it references
# (wasm, JS glue, CSS, preloads). With --check, fails when the total is over the budget.
# With twiggy installed (cargo install twiggy), also lists the largest items of the wasm.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$CARAVAN_ROOT"

BUDGET_BYTES=200000   # 200 KB brotli for everything the home route needs
check=false
[ "${1:-}" = "--check" ] && check=true

[ -f dist/index.html ] || { echo "dist/index.html missing: run scripts/build-app.sh first" >&2; exit 1; }

files=(dist/index.html)
while IFS= read -r ref; do
  [ -f "dist/$ref" ] && files+=("dist/$ref")
done < <(grep -oE '(href|src|module_or_path: )=?["'"'"']?[^"'"'"' >]+' dist/index.html |
         sed -E "s/^(href|src|module_or_path: )=?[\"']?//; s#^/##" | sort -u)
# The wasm is named in the loader script, not in an attribute; the lazy-chunk loader is imported by the glue.
while IFS= read -r wasm; do files+=("$wasm"); done < <(ls dist/*_bg.wasm dist/__wasm_split-*.js 2>/dev/null)
mapfile -t files < <(printf '%s\n' "${files[@]}" | sort -u)

total=0
printf '%-48s %10s %10s\n' "file" "raw B" "brotli B"
for file in "${files[@]}"; do
  raw=$(stat -c %s "$file")
  br=$(brotli -c -q 11 "$file" | wc -c)
  total=$((total + br))
  printf '%-48s %10d %10d\n' "${file#dist/}" "$raw" "$br"
done
printf '%-48s %10s %10d (budget %d)\n' "total" "" "$total" "$BUDGET_BYTES"
# Lazy chunks: fetched when their route first opens, not part of the home route.
for chunk in dist/split_*.wasm dist/chunk_*.wasm; do
  [ -f "$chunk" ] || continue
  printf '%-48s %10d %10d (lazy)\n' "${chunk#dist/}" "$(stat -c %s "$chunk")" "$(brotli -c -q 11 "$chunk" | wc -c)"
done

# twiggy reads the pre-wasm-bindgen module, which still has function names.
named_wasm=target/wasm32-unknown-unknown/wasm-release/caravan.wasm
if command -v twiggy >/dev/null && [ -f "$named_wasm" ]; then
  echo; echo "Largest items of the wasm before wasm-bindgen and wasm-opt (twiggy top):"
  twiggy top -n 20 "$named_wasm" 2>/dev/null | grep -v -e '"function names"' -e '__wasm_bindgen_unstable' || true
fi

if $check && [ "$total" -gt "$BUDGET_BYTES" ]; then
  echo "The home route downloads $total B brotli, over the $BUDGET_BYTES B budget." >&2
  exit 1
fi

#!/usr/bin/env bash
# Builds the shipped app into dist/ (release wasm, size profile, wasm-opt -Oz) and precompresses it so the
# server sends brotli or gzip without compressing on every request.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$CARAVAN_ROOT"

step "Building the app (trunk build --release)"
trunk build --release
step "Precompressing dist/"
find dist -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' -o -name '*.html' -o -name '*.ftl' \
  -o -name '*.json' -o -name '*.svg' -o -name '*.txt' -o -name '*.webmanifest' \) -print0 |
  while IFS= read -r -d '' file; do
    brotli -f -q 11 -o "$file.br" "$file"
    gzip -9 -k -f -n "$file"
  done

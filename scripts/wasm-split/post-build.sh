#!/usr/bin/env bash
# Trunk post_build hook: copies the lazy chunks and their loader, made by scripts/wasm-split/wasm-bindgen,
# into the staged dist (Trunk itself copies only the glue, the main wasm and snippets/). Fails the build when
# the app has lazy routes but was bound without the wrapper, which would break every route at runtime.
# Last, writes the service worker with the release's precache list (scripts/pwa/build-sw.sh).
set -euo pipefail
if grep -qs '__wasm_split_placeholder__' "$TRUNK_STAGING_DIR"/*.js; then
  echo "wasm-split: lazy routes were not split; put scripts/wasm-split first on PATH (source scripts/env.sh)" >&2
  exit 1
fi
target_dir="$(cargo metadata --format-version 1 --no-deps --offline |
  sed -E 's/.*"target_directory":"([^"]*)".*/\1/')"
assets="$target_dir/wasm-bindgen/$TRUNK_PROFILE/split-assets"
if [ -d "$assets" ]; then
  cp "$assets"/* "$TRUNK_STAGING_DIR/"
fi
# The service worker's precache list must name the final files, chunks included: generate it last.
bash "$(dirname "${BASH_SOURCE[0]}")/../pwa/build-sw.sh" "$TRUNK_STAGING_DIR"

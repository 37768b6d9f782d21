#!/usr/bin/env bash
# Trunk pre_build hook: removes Trunk's previous wasm-bindgen and wasm-opt outputs. Both tools write their
# outputs in place, so in a target directory copied with hard links (`cp -al`, as parallel worktrees share a
# warm build) a build would write through to every copy and another worktree would ship this one's wasm.
# Removing the files first makes each build write fresh files of its own.
set -euo pipefail
target_dir="$(cargo metadata --format-version 1 --no-deps --offline |
  sed -E 's/.*"target_directory":"([^"]*)".*/\1/')"
for tool in wasm-bindgen wasm-opt; do
  dir="$target_dir/$tool/$TRUNK_PROFILE"
  [ -d "$dir" ] && find "$dir" -maxdepth 1 -type f -delete
done
exit 0

# Sourced by the other scripts: tool locations and settings that keep every build offline-safe.
# shellcheck shell=bash
CARAVAN_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export CARAVAN_ROOT
# wasm-opt from npm's binaryen comes first, ahead of any system copy (Debian's 108 breaks wasm-bindgen output).
# scripts/wasm-split/ holds a `wasm-bindgen` wrapper that splits lazy routes into chunks before the real one runs.
export PATH="$CARAVAN_ROOT/scripts/wasm-split:$CARAVAN_ROOT/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# Trunk must never reach for the network: no update check, and tools are pinned in Trunk.toml.
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER=/usr/bin/chromedriver
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

# The tool versions the project pins.
TRUNK_VERSION=0.21.14
# The lazy-route splitter (crates.io `wasm_split_cli_support`, binary `wasm-split-cli`); what cargo-leptos uses.
WASM_SPLIT_CLI_VERSION=0.2.4
# wasm-bindgen CLI must match the library version Cargo.lock resolves.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' "$CARAVAN_ROOT/Cargo.lock")"

step() { printf '\n==> %s\n' "$*"; }

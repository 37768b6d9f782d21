#!/usr/bin/env bash
# Installs everything Caravan needs on a fresh Debian machine, from the package registries only
# (crates.io, npm, Debian). Idempotent: a tool already at its pinned version is left alone.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$CARAVAN_ROOT"

sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

step "Checking version pins"
trunk_pin="$(awk -F'"' '/^wasm_bindgen *=/ { print $2 }' Trunk.toml)"
if [ -z "$WASM_BINDGEN_VERSION" ] || [ "$trunk_pin" != "$WASM_BINDGEN_VERSION" ]; then
  echo "Trunk.toml pins wasm_bindgen = \"$trunk_pin\" but Cargo.lock has wasm-bindgen $WASM_BINDGEN_VERSION" >&2
  exit 1
fi
echo "wasm-bindgen $WASM_BINDGEN_VERSION (Cargo.lock = Trunk.toml), trunk $TRUNK_VERSION"

step "Debian packages: chromium, chromium-driver, brotli"
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! command -v brotli >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  sudo_if_needed apt-get update -qq
  sudo_if_needed apt-get install -y -qq --no-install-recommends chromium chromium-driver brotli >/dev/null
fi
# Debian's binaryen (wasm-opt 108) silently breaks the app at runtime; never let it shadow npm's.
if dpkg -s binaryen >/dev/null 2>&1; then
  sudo_if_needed apt-get remove -y -qq binaryen >/dev/null
fi
chromium --version

step "Rust target wasm32-unknown-unknown"
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi

step "Trunk $TRUNK_VERSION"
if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  # Trunk's own fat-LTO release profile takes ~19 min on 2 cores; these overrides bring it to ~8.
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install --locked trunk --version "$TRUNK_VERSION"
fi

step "wasm-bindgen-cli $WASM_BINDGEN_VERSION"
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  # No --locked: its lock file pins a webpki-roots version the registry no longer has.
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

step "wasm-split-cli $WASM_SPLIT_CLI_VERSION (lazy routes)"
if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_CLI_VERSION:"; then
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install --locked wasm_split_cli_support --version "$WASM_SPLIT_CLI_VERSION" --features build-binary
fi

step "npm packages (wasm-opt from binaryen; Playwright without its browser download)"
(cd tools && npm ci --no-audit --no-fund --loglevel=error)
(cd e2e && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
wasm-opt --version
echo "setup complete"

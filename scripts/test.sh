#!/usr/bin/env bash
# One command runs every test on a fresh machine: formatting, clippy, Rust unit/integration/property tests,
# wasm tests in headless Chromium, the release app build and its size budget, and the e2e suite in Chromium.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$CARAVAN_ROOT"

"$CARAVAN_ROOT/scripts/setup.sh"

step "rustfmt"
cargo fmt --all --check

step "clippy (native crates, all targets)"
cargo clippy --locked --workspace --exclude caravan --all-targets -- -D warnings
step "clippy (the app, for wasm32)"
cargo clippy --locked -p caravan --target wasm32-unknown-unknown -- -D warnings

step "Rust tests (native)"
cargo test --locked --workspace --exclude caravan

step "Rust tests (wasm32 in headless Chromium)"
(cd crates/rules && cargo test --locked -p caravan-rules --target wasm32-unknown-unknown)

"$CARAVAN_ROOT/scripts/build-app.sh"

step "Size budget of the home route"
"$CARAVAN_ROOT/scripts/size-report.sh" --check

step "End-to-end tests (Playwright, Debian Chromium)"
cargo build --locked -p caravan-server
(cd e2e && CARAVAN_SERVER_BIN="${CARGO_TARGET_DIR:-$CARAVAN_ROOT/target}/debug/caravan-server" CARAVAN_DIST="$CARAVAN_ROOT/dist" npx playwright test)
step "All tests passed"

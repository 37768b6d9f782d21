#!/usr/bin/env bash
# One command on a fresh machine: install what is missing, build the app and the server, start Caravan with
# the demo catalogue (created on first start in ./data/caravan.db). Extra arguments go to the server,
# e.g. ./scripts/run.sh --addr 0.0.0.0:8080
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$CARAVAN_ROOT"

"$CARAVAN_ROOT/scripts/setup.sh"
"$CARAVAN_ROOT/scripts/build-app.sh"
step "Building the server"
cargo build --release --locked -p caravan-server
step "Starting Caravan (Ctrl+C stops it)"
exec "$CARAVAN_ROOT/target/release/caravan-server" --dist "$CARAVAN_ROOT/dist" "$@"

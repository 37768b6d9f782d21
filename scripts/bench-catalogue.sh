#!/usr/bin/env bash
# Catalogue speed at scale (issue 2): seeds LISTINGS (default 100,000) listings into a fresh SQLite file,
# starts the release server on loopback and measures with wrk (Debian package) at 64 connections:
#   1. a catalogue page of 20 cards (GET /api/listings?limit=20)
#   2. a filtered text search (GET /api/search?q=…&category=…&price_max=…&limit=20)
# The load generator shares the machine's cores with the server, so the figures are a floor.
# A benchmark, not a test: it never fails on speed. Usage: scripts/bench-catalogue.sh [LISTINGS] [SECONDS]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$CARAVAN_ROOT"

listings="${1:-100000}"
seconds="${2:-10}"
command -v wrk >/dev/null || { sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd=sudo; $sudo_cmd apt-get install -y -qq wrk >/dev/null; }

step "Building the release server"
cargo build --release --locked -p caravan-server
bin="$CARAVAN_ROOT/target/release/caravan-server"
work="$(mktemp -d)"
trap 'kill "${server_pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

step "Seeding $listings listings"
start=$(date +%s)
"$bin" seed-bench "$listings" --db "$work/bench.db"
echo "seeded in $(( $(date +%s) - start )) s"

"$bin" --addr 127.0.0.1:0 --db "$work/bench.db" --dist "$work/no-dist" > "$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
  url="$(grep -o 'http://[0-9.:]*' "$work/server.log" | head -1 || true)"
  [ -n "$url" ] && break
  sleep 0.1
done
[ -n "$url" ] || { cat "$work/server.log"; exit 1; }

run() {
  local name="$1" path="$2"
  step "$name: $path"
  curl -fsS "$url$path" > /dev/null
  wrk -t2 -c64 -d"${seconds}s" --latency "$url$path" | grep -E 'Requests/sec|Latency|50%|90%|99%|requests in'
}
run "catalogue page (20 cards)" "/api/listings?limit=20"
run "filtered text search" "/api/search?q=steel%20bottle&category=kitchen&price_max=3000&limit=20"

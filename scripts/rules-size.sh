#!/usr/bin/env bash
# What the rule engine adds to a browser bundle, brotli-compressed (issue 6: at most 60 KB).
#
# Builds two tiny wasm cdylibs that differ only in the engine: both parse a `ListingDraft` from JSON and
# return verdicts as JSON (serde_json and caravan-types, which the app has anyway, standing in for the
# listing form and the verdict list); "with" also builds an `Engine` from a policy document passed in (as
# the app does with what GET /api/policy serves) and runs `check_listing` with a `ListingContext` built in
# Rust, "without" returns a verdict list it makes itself. Each goes through the shipped wasm's
# pipeline: the root Cargo.toml's `wasm-release` profile, `wasm-bindgen --target web`, `wasm-opt -Oz`,
# `brotli -q 11`. Prints both sizes and the difference.
#
#   scripts/rules-size.sh            # sizes and difference
#   scripts/rules-size.sh --twiggy   # also the largest items the engine adds (twiggy diff, before wasm-opt)
#
# The probes live in $CARGO_TARGET_DIR/rules-size (default target/rules-size); they are generated here, so
# the repository holds no second workspace.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$CARAVAN_ROOT"

twiggy=false
[ "${1:-}" = "--twiggy" ] && twiggy=true

work="${CARGO_TARGET_DIR:-$CARAVAN_ROOT/target}/rules-size"
mkdir -p "$work"
# The real wasm-bindgen: scripts/wasm-split/ (first on PATH) wraps it for Trunk.
bindgen="$HOME/.cargo/bin/wasm-bindgen"
command -v wasm-opt >/dev/null || { echo "wasm-opt missing: run scripts/setup.sh (npm binaryen)" >&2; exit 1; }

probe() { # name, lib.rs body
  local dir="$work/$1"
  mkdir -p "$dir/src"
  cat >"$dir/Cargo.toml" <<EOF
[package]
name = "rules-size-$1"
version = "0.0.0"
edition = "2024"
publish = false

[lib]
crate-type = ["cdylib"]
path = "src/lib.rs"

[dependencies]
caravan-rules = { path = "$CARAVAN_ROOT/crates/rules" }
caravan-types = { path = "$CARAVAN_ROOT/crates/types" }
serde_json = "1"
wasm-bindgen = "=0.2.130"

# The shipped wasm's profile (root Cargo.toml).
[profile.wasm-release]
inherits = "release"
opt-level = "z"
lto = true
codegen-units = 1
panic = "abort"

[workspace]
EOF
  printf '%s\n' "$2" >"$dir/src/lib.rs"
  # The workspace's lock file, so the probes build the same dependency versions as the app.
  [ -f "$dir/Cargo.lock" ] || cp "$CARAVAN_ROOT/Cargo.lock" "$dir/Cargo.lock"
  (cd "$dir" && cargo build --quiet --offline --profile wasm-release --target wasm32-unknown-unknown \
    --target-dir "$work/target")
  local wasm="$work/target/wasm32-unknown-unknown/wasm-release/rules_size_$1.wasm"
  "$bindgen" --target web --out-dir "$dir/pkg" "$wasm"
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$dir/pkg/rules_size_$1_bg.wasm" -o "$dir/pkg/opt.wasm"
  brotli -f -q 11 -o "$dir/pkg/opt.wasm.br" "$dir/pkg/opt.wasm"
}

common='use caravan_types::listing_draft::ListingDraft;
use wasm_bindgen::prelude::*;'

probe without "$common
use caravan_types::verdict::{Severity, Verdict};

/// What the app has without the engine: a draft parsed from JSON, verdicts written as JSON.
#[wasm_bindgen]
pub fn check(draft: &str, _context: &str) -> String {
    let draft: ListingDraft = match serde_json::from_str(draft) {
        Ok(draft) => draft,
        Err(error) => return error.to_string(),
    };
    let verdicts = vec![Verdict {
        rule: draft.title.clone(),
        severity: Severity::Warn,
        field: draft.description.clone(),
        message_key: String::new(),
        args: Default::default(),
        policy_version: String::new(),
    }];
    serde_json::to_string(&verdicts).unwrap_or_default()
}"

probe with "$common
use caravan_rules::{Engine, ListingContext};
use std::cell::RefCell;

thread_local! {
    static ENGINE: RefCell<Option<Engine>> = const { RefCell::new(None) };
}

/// Builds the engine from the policy document GET /api/policy serves; returns its version.
#[wasm_bindgen]
pub fn load_policy(json: &str) -> Result<String, String> {
    let engine = Engine::from_json(json).map_err(|error| error.to_string())?;
    let version = engine.version().to_owned();
    ENGINE.with(|cell| *cell.borrow_mut() = Some(engine));
    Ok(version)
}

/// Verdicts on a draft, as JSON. The context is built in Rust, as the app builds it from what it knows
/// (here only the category path, slugs separated by \`/\`).
#[wasm_bindgen]
pub fn check(draft: &str, category_path: &str) -> String {
    let draft: ListingDraft = match serde_json::from_str(draft) {
        Ok(draft) => draft,
        Err(error) => return error.to_string(),
    };
    let context = ListingContext {
        category_path: category_path.split('/').map(str::to_owned).collect(),
        ..ListingContext::default()
    };
    ENGINE.with(|cell| match &*cell.borrow() {
        Some(engine) => serde_json::to_string(&engine.check_listing(&draft, &context)).unwrap_or_default(),
        None => String::new(),
    })
}"

size() { stat -c %s "$1"; }
without_raw=$(size "$work/without/pkg/opt.wasm") with_raw=$(size "$work/with/pkg/opt.wasm")
without_br=$(size "$work/without/pkg/opt.wasm.br") with_br=$(size "$work/with/pkg/opt.wasm.br")
printf '%-10s %10s %12s\n' "probe" "raw B" "brotli B"
printf '%-10s %10d %12d\n' without "$without_raw" "$without_br" with "$with_raw" "$with_br"
printf '%-10s %10d %12d   (the engine; budget 60000 B brotli)\n' added \
  $((with_raw - without_raw)) $((with_br - without_br))

if $twiggy; then
  # The linker's output still has function names; wasm-bindgen and wasm-opt drop them.
  out="$work/target/wasm32-unknown-unknown/wasm-release"
  echo; echo "Largest items the engine adds (twiggy diff of the linker's output, before wasm-opt):"
  twiggy diff -n 40 "$out/rules_size_without.wasm" "$out/rules_size_with.wasm"
fi

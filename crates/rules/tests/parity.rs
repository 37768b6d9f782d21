//! Browser parity: the verdicts for 1,000 generated listings must equal one committed golden file, both
//! natively (`cargo test`) and as wasm32 in headless Chromium
//! (`cargo test --target wasm32-unknown-unknown`), which proves the two builds give identical verdicts.
//!
//! Each golden line is a listing's index, an FNV-1a hash of its full verdict JSON (rules, fields, keys,
//! arguments, version), the verdict count and the rules hit (for readable diffs). Run natively with `BLESS=1` to rewrite the file.

#[path = "parity/corpus.rs"]
mod corpus;

use caravan_rules::Engine;

const SEED: u64 = 0x00C0_FFEE_2026_1123;
const COUNT: usize = 1_000;
const GOLDEN: &str = include_str!("parity/golden.txt");

/// FNV-1a, 64 bits: tiny and identical on every platform.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

fn corpus_lines() -> String {
    let engine = Engine::default_policy();
    let mut out = format!(
        "# policy {} seed {SEED:#x} count {COUNT}\n",
        engine.version()
    );
    for (i, (draft, ctx)) in corpus::corpus(SEED, COUNT).iter().enumerate() {
        let verdicts = engine.check_listing(draft, ctx);
        let json = serde_json::to_string(&verdicts).expect("verdicts serialise");
        let mut rules: Vec<&str> = verdicts.iter().map(|v| v.rule.as_str()).collect();
        rules.dedup();
        out.push_str(&format!(
            "{i} {:016x} {} {}\n",
            fnv1a(json.as_bytes()),
            verdicts.len(),
            rules.join(",")
        ));
    }
    out
}

/// Compares line by line so a failure names the first listing that differs.
fn assert_matches_golden(actual: &str) {
    for (number, (got, want)) in actual.lines().zip(GOLDEN.lines()).enumerate() {
        assert_eq!(
            got,
            want,
            "line {} differs from tests/parity/golden.txt",
            number + 1
        );
    }
    assert_eq!(actual.lines().count(), GOLDEN.lines().count(), "line count");
}

#[cfg(not(target_family = "wasm"))]
#[test]
fn native_verdicts_match_the_golden_file() {
    let actual = corpus_lines();
    if std::env::var_os("BLESS").is_some() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/parity/golden.txt");
        std::fs::write(path, &actual).expect("golden file written");
        return;
    }
    assert_matches_golden(&actual);
}

#[cfg(not(target_family = "wasm"))]
#[test]
fn corpus_exercises_every_listing_rule() {
    let engine = Engine::default_policy();
    let mut rules = std::collections::BTreeSet::new();
    for (draft, ctx) in corpus::corpus(SEED, COUNT) {
        for verdict in engine.check_listing(&draft, &ctx) {
            rules.insert(verdict.rule);
        }
    }
    for n in 1..=16 {
        assert!(
            rules.contains(&format!("LST-{n}")),
            "LST-{n} never fires in the corpus: {rules:?}"
        );
    }
}

#[cfg(target_family = "wasm")]
mod browser {
    use wasm_bindgen_test::*;

    wasm_bindgen_test_configure!(run_in_browser);

    #[wasm_bindgen_test]
    fn wasm_verdicts_match_the_golden_file() {
        super::assert_matches_golden(&super::corpus_lines());
    }
}

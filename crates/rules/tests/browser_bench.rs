#![cfg(all(target_family = "wasm", feature = "browser-bench"))]
//! The in-browser benchmark: the same inputs as the criterion benchmark (`benches/support/listings.rs`),
//! timed with `performance.now()` in real Chromium. It prints figures and asserts only that the checks
//! give the native build's verdict counts; speed is measured, not tested. Behind the `browser-bench`
//! feature so that the ordinary wasm test run does not spend a minute on it.
//!
//! `scripts/bench-rules-wasm.sh` runs it and prints the figures (see the crate README).

#[path = "../benches/support/listings.rs"]
mod listings;

use caravan_rules::{DEFAULT_POLICY_JSON, Engine};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{console_log, wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// `performance.now()` in milliseconds (the browser coarsens it, to 0.1 ms or finer).
fn now_ms() -> f64 {
    let performance =
        js_sys::Reflect::get(&js_sys::global(), &"performance".into()).expect("performance");
    let now: js_sys::Function = js_sys::Reflect::get(&performance, &"now".into())
        .expect("performance.now")
        .unchecked_into();
    now.call0(&performance)
        .expect("now()")
        .as_f64()
        .expect("a number")
}

fn median(mut times: Vec<f64>) -> f64 {
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

/// Median time of one call of `f`, in microseconds, from `batches` batches of `per_batch` calls
/// (batches, because the browser coarsens the clock).
fn median_us(batches: usize, per_batch: usize, mut f: impl FnMut()) -> f64 {
    median(
        (0..batches)
            .map(|_| {
                let start = now_ms();
                for _ in 0..per_batch {
                    f();
                }
                (now_ms() - start) * 1000.0 / per_batch as f64
            })
            .collect(),
    )
}

/// Median time of `f` in milliseconds over `runs` runs.
fn median_ms<T>(runs: usize, mut f: impl FnMut() -> T) -> f64 {
    median(
        (0..runs)
            .map(|_| {
                let start = now_ms();
                std::hint::black_box(f());
                now_ms() - start
            })
            .collect(),
    )
}

#[wasm_bindgen_test]
fn browser_benchmark() {
    // The first build also pays for the browser compiling the wasm code: warm up before timing.
    let default_engine = Engine::from_json(DEFAULT_POLICY_JSON).expect("default policy");
    let default_ms = median_ms(9, || {
        Engine::from_json(DEFAULT_POLICY_JSON).expect("compiles")
    });

    let policy = listings::grown_policy();
    let terms = policy.term_count();
    let grown_json = serde_json::to_string(&policy).expect("serialises");
    let grown_new_ms = median_ms(7, || Engine::new(policy.clone()).expect("compiles"));
    let grown_json_ms = median_ms(7, || Engine::from_json(&grown_json).expect("compiles"));
    let engine = Engine::new(policy).expect("grown policy compiles");

    let ctx = listings::context();
    let typical = listings::typical();
    let heavy = listings::heavy();
    // The verdicts the native build gives (the parity test proves it in general; this keeps the inputs
    // honest).
    assert!(engine.check_listing(&typical, &ctx).is_empty());
    assert_eq!(engine.check_listing(&heavy, &ctx).len(), 3);
    assert!(default_engine.check_listing(&typical, &ctx).is_empty());

    let typical_us = median_us(51, 400, || {
        std::hint::black_box(engine.check_listing(std::hint::black_box(&typical), &ctx));
    });
    let heavy_us = median_us(31, 40, || {
        std::hint::black_box(engine.check_listing(std::hint::black_box(&heavy), &ctx));
    });
    let name_key_us = median_us(31, 2_000, || {
        std::hint::black_box(caravan_rules::shop_name_key(std::hint::black_box(
            "Ѕunny  Phone-Accessories 24",
        )));
    });
    for line in [
        format!("typical listing check (median): {typical_us:.2} µs"),
        format!("heavy listing check (median): {heavy_us:.1} µs"),
        format!("engine from the default policy JSON (median): {default_ms:.2} ms"),
        format!("engine from the grown policy, {terms} terms (median): {grown_new_ms:.1} ms"),
        format!("engine from the grown policy JSON, parse + build (median): {grown_json_ms:.1} ms"),
        format!("shop_name_key (median): {name_key_us:.2} µs"),
    ] {
        console_log!("rules-bench: {line}");
    }
}

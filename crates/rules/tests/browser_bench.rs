#![cfg(target_family = "wasm")]
//! The in-browser benchmark: the same inputs as the criterion benchmark, timed with `performance.now()`
//! in real Chromium. It prints figures and asserts only that the checks agree with the native build's
//! verdict counts; speed is measured, not tested (see the README for the figures).
//!
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test -p caravan-rules --target wasm32-unknown-unknown
//! --release --test browser_bench -- --nocapture`

#[path = "../benches/support/listings.rs"]
mod listings;

use caravan_rules::{Engine, Policy};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{console_log, wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// `performance.now()` in milliseconds (coarsened by the browser to 0.1 ms or finer).
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

/// Median time of one call of `f`, in microseconds, from `batches` batches of `per_batch` calls (batches,
/// because the browser coarsens the clock).
fn median_us(batches: usize, per_batch: usize, mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..batches)
        .map(|_| {
            let start = now_ms();
            for _ in 0..per_batch {
                f();
            }
            (now_ms() - start) * 1000.0 / per_batch as f64
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

#[wasm_bindgen_test]
fn browser_benchmark() {
    // The first build also pays for the browser compiling the wasm code: warm up before timing.
    let default_engine = Engine::default_policy();
    let start = now_ms();
    let _ = Engine::default_policy();
    let default_ms = now_ms() - start;
    let policy = listings::grown_policy();
    let terms = policy.term_count();
    let start = now_ms();
    let engine = Engine::new(policy).expect("grown policy compiles");
    let grown_ms = now_ms() - start;
    let parse_start = now_ms();
    let _ = Policy::default_policy();
    let parse_ms = now_ms() - parse_start;

    let ctx = listings::context();
    let typical = listings::typical();
    let heavy = listings::heavy();
    // Same verdicts as natively (the parity test proves it in general; this keeps the inputs honest).
    assert!(engine.check_listing(&typical, &ctx).is_empty());
    assert_eq!(engine.check_listing(&heavy, &ctx).len(), 3);
    assert!(default_engine.check_listing(&typical, &ctx).is_empty());

    let typical_us = median_us(31, 200, || {
        std::hint::black_box(engine.check_listing(std::hint::black_box(&typical), &ctx));
    });
    let heavy_us = median_us(21, 20, || {
        std::hint::black_box(engine.check_listing(std::hint::black_box(&heavy), &ctx));
    });
    console_log!(
        "browser benchmark: engine from default policy {default_ms:.1} ms; default policy parse {parse_ms:.1} ms; \
         engine from grown policy ({terms} terms) {grown_ms:.1} ms; typical median {typical_us:.1} µs; \
         heavy median {heavy_us:.1} µs"
    );
}

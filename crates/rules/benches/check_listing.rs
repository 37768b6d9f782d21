//! Criterion benchmarks of the listing check against the default policy grown to 5,000+ terms, and of
//! compiling a policy. See the crate README for the figures and how to run them.

#[path = "support/listings.rs"]
mod listings;

use caravan_rules::{Engine, Policy};
use criterion::{Criterion, criterion_group};
use listings::{context, grown_policy, heavy, typical};
use std::hint::black_box;

fn benches(c: &mut Criterion) {
    let policy = grown_policy();
    eprintln!("grown policy: {} terms", policy.term_count());
    let engine = Engine::new(policy.clone()).expect("grown policy compiles");
    let ctx = context();
    let typical = typical();
    let heavy = heavy();
    assert_eq!(typical.skus.len(), 3);
    assert_eq!(heavy.skus.len(), 50);
    eprintln!(
        "typical verdicts: {:?}",
        engine.check_listing(&typical, &ctx)
    );
    eprintln!(
        "heavy verdicts: {} ",
        engine.check_listing(&heavy, &ctx).len()
    );

    let mut group = c.benchmark_group("check_listing");
    group.bench_function("typical", |b| {
        b.iter(|| engine.check_listing(black_box(&typical), black_box(&ctx)))
    });
    group.bench_function("heavy", |b| {
        b.iter(|| engine.check_listing(black_box(&heavy), black_box(&ctx)))
    });
    group.finish();

    let mut group = c.benchmark_group("engine_new");
    group.sample_size(20);
    let default_policy = Policy::default_policy();
    group.bench_function("default_policy", |b| {
        b.iter(|| Engine::new(black_box(default_policy.clone())).expect("compiles"))
    });
    group.bench_function("grown_5000_terms", |b| {
        b.iter(|| Engine::new(black_box(policy.clone())).expect("compiles"))
    });
    group.finish();

    c.bench_function("shop_name_key", |b| {
        b.iter(|| caravan_rules::shop_name_key(black_box("Ѕunny  Phone-Accessories 24")))
    });
}

criterion_group!(check_listing, benches);

/// `CARAVAN_BENCH_LOOPS=typical:100000` (or `heavy:…`) runs that many checks and nothing else, so that
/// `perf stat -e task-clock` can measure CPU time per check on a machine too busy for wall-clock figures.
fn loops(spec: &str) {
    let (which, count) = spec.split_once(':').expect("NAME:COUNT");
    let count: u32 = count.parse().expect("a count");
    let engine = Engine::new(grown_policy()).expect("grown policy compiles");
    let ctx = context();
    let draft = match which {
        "typical" => typical(),
        "heavy" => heavy(),
        other => panic!("unknown listing `{other}`"),
    };
    for _ in 0..count {
        black_box(engine.check_listing(black_box(&draft), black_box(&ctx)));
    }
}

fn main() {
    if let Ok(spec) = std::env::var("CARAVAN_BENCH_LOOPS") {
        loops(&spec);
        return;
    }
    check_listing();
    Criterion::default().configure_from_args().final_summary();
}

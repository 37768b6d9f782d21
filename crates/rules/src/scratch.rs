#[cfg(test)]
mod tests {
    use crate::{text::{fold::skeleton, html, scan, words}, Engine};
    use std::time::Instant;

    fn time<R>(name: &str, n: u32, mut f: impl FnMut() -> R) {
        let start = Instant::now();
        for _ in 0..n {
            std::hint::black_box(f());
        }
        println!("{name}: {:.2} µs", start.elapsed().as_secs_f64() * 1e6 / f64::from(n));
    }

    #[test]
    #[ignore]
    fn scratch() {
        let mut policy = crate::Policy::default_policy();
        for i in 0..5000 {
            policy.term_lists[i % 10].terms.push(format!("zq{}x{}", i * 7919 % 100000, i));
        }
        let engine = Engine::new(policy).unwrap();
        let desc: String = "soft silicone phone case with raised edges that protect the camera and screen from drops ".repeat(6);
        let html_desc = format!("<p>{desc}</p>");
        let title = "Soft silicone phone case with raised edges that protect the";
        time("skeleton desc", 20000, || skeleton(&desc));
        let folded = skeleton(&desc);
        time("matcher desc", 20000, || engine.listing_terms.find(&folded).len());
        time("html scan", 20000, || html::scan(&html_desc));
        time("scannable", 20000, || words::scannable(&desc));
        time("links", 20000, || scan::find_links(&desc, &engine.policy().link_tlds));
        time("phone", 20000, || scan::has_phone(&desc));
        time("email", 20000, || scan::has_email(&desc));
        time("skeleton title", 20000, || skeleton(title));
        time("folded words title", 20000, || words::folded_words(title));
        println!("patterns {}", engine.listing_pattern_count());
    }
}

#![cfg(not(target_family = "wasm"))]
//! Property tests: checks never panic on arbitrary input, verdict order is deterministic, and changing
//! only whitespace does not change a listing's verdicts.

#[path = "parity/corpus.rs"]
mod corpus;

use caravan_rules::{
    Engine, ListingContext, ShopNameContext, sanitize_description, shop_name_key, sort_verdicts,
};
use caravan_types::{
    CategoryId, Currency,
    listing::{Attribute, VariantProperty},
    listing_draft::{DraftImage, DraftSku, ListingDraft, PackageSize},
};
use proptest::prelude::*;
use std::sync::OnceLock;

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(Engine::default_policy)
}

/// Text that mixes arbitrary Unicode with the characters the rules care about.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-zA-Z0-9 .,@$%<>/=\"'&#;:+()\\-]{0,80}",
        "(gun|g u n|9un|大麻|水枪|www\\.x\\.com|a@b\\.co|\\+7 916 123-45-67|<script>|<a href=x>|&#117;| |\u{200b}|е|ß|👍🏽){0,12}",
    ]
}

fn image() -> impl Strategy<Value = DraftImage> {
    (text(), any::<u32>(), any::<u32>(), any::<u64>(), text()).prop_map(
        |(url, width, height, bytes, mime)| DraftImage {
            url,
            width,
            height,
            bytes,
            mime,
        },
    )
}

fn sku() -> impl Strategy<Value = DraftSku> {
    (
        text(),
        prop::collection::vec(text(), 0..4),
        any::<i64>(),
        any::<Option<i64>>(),
        any::<i64>(),
        any::<Option<u16>>(),
    )
        .prop_map(
            |(code, options, price_minor, discount_price_minor, stock, image_index)| DraftSku {
                code,
                options,
                price_minor,
                discount_price_minor,
                stock,
                image_index,
            },
        )
}

fn draft() -> impl Strategy<Value = ListingDraft> {
    let texts = (
        text(),
        any::<Option<i64>>(),
        prop::option::of(text()),
        text(),
        prop::collection::vec(image(), 0..8),
    );
    let structure = (
        prop::collection::vec((text(), text()), 0..4),
        prop::collection::vec((text(), prop::collection::vec(text(), 0..4)), 0..5),
        prop::collection::vec(sku(), 0..6),
        prop::sample::select(vec!["USD", "EUR", "JPY", "KWD"]),
        any::<i64>(),
        any::<(i64, i64, i64)>(),
        any::<i64>(),
        any::<Option<i64>>(),
    );
    (texts, structure).prop_map(
        |(
            (title, category, brand, description, images),
            (attributes, properties, skus, currency, weight_grams, sides, handling_days, template),
        )| ListingDraft {
            title,
            category_id: category.map(CategoryId),
            brand,
            description,
            images,
            attributes: attributes
                .into_iter()
                .map(|(name, value)| Attribute { name, value })
                .collect(),
            variant_properties: properties
                .into_iter()
                .map(|(name, values)| VariantProperty { name, values })
                .collect(),
            skus,
            currency: currency.parse::<Currency>().unwrap(),
            weight_grams,
            package: PackageSize {
                length_cm_hundredths: sides.0,
                width_cm_hundredths: sides.1,
                height_cm_hundredths: sides.2,
            },
            handling_days,
            shipping_template_id: template,
        },
    )
}

fn context() -> impl Strategy<Value = ListingContext> {
    (
        prop::collection::vec(
            prop::sample::select(vec![
                "phones-accessories",
                "phone-cases",
                "kitchen",
                "weapons",
                "cosmetics",
                "nope",
            ]),
            0..4,
        ),
        prop::collection::vec(text(), 0..4),
        any::<Option<i64>>(),
        any::<Option<i64>>(),
    )
        .prop_map(
            |(path, sibling_titles, usd_rate_micros, unit_cost_minor)| ListingContext {
                category_path: path.into_iter().map(str::to_owned).collect(),
                sibling_titles,
                usd_rate_micros,
                unit_cost_minor,
                ..ListingContext::default()
            },
        )
}

/// Replaces every whitespace run of `text` with a run chosen by `picks`, and pads both ends.
fn respace(text: &str, picks: &[u8]) -> String {
    const RUNS: [&str; 5] = [" ", "  ", "\t", "\n \n", " \u{a0} "];
    let mut out = String::from(RUNS[usize::from(picks.first().copied().unwrap_or(0)) % RUNS.len()]);
    for (i, word) in text.split_whitespace().enumerate() {
        if i > 0 {
            out.push_str(
                RUNS[usize::from(picks.get(i % picks.len().max(1)).copied().unwrap_or(0))
                    % RUNS.len()],
            );
        }
        out.push_str(word);
    }
    out.push_str(RUNS[usize::from(picks.last().copied().unwrap_or(0)) % RUNS.len()]);
    out
}

fn base() -> (ListingDraft, ListingContext) {
    let bases: serde_json::Value =
        serde_json::from_str(include_str!("scenarios/base.json")).unwrap();
    (
        serde_json::from_value(bases["draft"].clone()).unwrap(),
        serde_json::from_value(bases["context"].clone()).unwrap(),
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn listing_checks_never_panic_and_are_sorted(draft in draft(), ctx in context()) {
        let verdicts = engine().check_listing(&draft, &ctx);
        let mut sorted = verdicts.clone();
        sort_verdicts(&mut sorted);
        prop_assert_eq!(&sorted, &verdicts);
        prop_assert_eq!(engine().check_listing(&draft, &ctx), verdicts);
    }

    #[test]
    fn text_functions_never_panic(name in text(), html in text()) {
        let key = shop_name_key(&name);
        prop_assert_eq!(shop_name_key(&key), key.clone(), "the key is idempotent");
        engine().check_shop_name(&name, &ShopNameContext::default());
        let clean = sanitize_description(&html, &engine().policy().platform_hosts);
        prop_assert!(!clean.to_ascii_lowercase().contains("<script"));
    }

    #[test]
    fn a_passing_listing_stays_passing_when_only_whitespace_changes(picks in prop::collection::vec(any::<u8>(), 1..16)) {
        let (mut draft, ctx) = base();
        prop_assert!(engine().check_listing(&draft, &ctx).is_empty());
        draft.title = respace(&draft.title, &picks);
        draft.description = respace(&draft.description, &picks);
        prop_assert_eq!(engine().check_listing(&draft, &ctx), Vec::new());
    }

    #[test]
    fn whitespace_changes_never_change_verdicts(seed in 1u64.., picks in prop::collection::vec(any::<u8>(), 1..16)) {
        let (mut draft, ctx) = corpus::corpus(seed, 1).remove(0);
        let before = engine().check_listing(&draft, &ctx);
        draft.title = respace(&draft.title, &picks);
        draft.description = respace(&draft.description, &picks);
        prop_assert_eq!(engine().check_listing(&draft, &ctx), before);
    }
}

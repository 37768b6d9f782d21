//! A deterministic corpus of generated listings for the browser-parity test: a seeded xorshift generator
//! (no `rand` dependency) mixing clean text, listed terms and their evasions, CJK and Cyrillic, contact
//! details, markup and out-of-range numbers, so every rule family is exercised.

use caravan_rules::{ListingContext, ShippingOptionTerms, ShippingTemplate, ShopStatus};
use caravan_types::{
    CategoryId, Currency,
    listing::{Attribute, VariantProperty},
    listing_draft::{DraftImage, DraftSku, ListingDraft, PackageSize},
    logistics::LogisticsClass,
};

/// xorshift64* (Vigna): small, fast and identical on every platform.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }

    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }

    /// Mostly one of `good`, sometimes (`bad_percent`) one of `bad`.
    pub fn mostly<T: Copy>(&mut self, good: &[T], bad: &[T], bad_percent: u64) -> T {
        if self.chance(bad_percent) {
            *self.pick(bad)
        } else {
            *self.pick(good)
        }
    }
}

const WORDS: &[&str] = &[
    "phone",
    "case",
    "slim",
    "clear",
    "shockproof",
    "cotton",
    "summer",
    "dress",
    "women",
    "men",
    "LED",
    "lamp",
    "wireless",
    "charger",
    "fast",
    "USB-C",
    "cable",
    "kitchen",
    "spatula",
    "silicone",
    "garden",
    "hose",
    "yoga",
    "mat",
    "non-slip",
    "dog",
    "leash",
    "reflective",
    "steel",
    "watch",
    "necklace",
    "pendant",
    "gunmetal",
    "grey",
    "classic",
    "Essex",
    "vintage",
    "gift",
    "portable",
    "mini",
    "2024",
    "new",
    "premium",
    "soft",
    "waterproof",
    "outdoor",
    "travel",
    "set",
    "for",
    "with",
    "and",
    "the",
    "sneakers",
    "running",
    "shoes",
    "laptop",
    "stand",
    "lipstick",
    "matte",
    "toy",
    "puzzle",
    "drill",
];
const SPICE: &[&str] = &[
    "gun",
    "g u n",
    "g.u.n",
    "9un",
    "cоcаine",
    "大麻",
    "水枪",
    "hot glue gun",
    "vodka",
    "водка",
    "Nike",
    "for iPhone",
    "Pikachu",
    "replica",
    "free shipping",
    "$9.99",
    "50% OFF",
    "whatsapp",
    "+7 916 123-45-67",
    "shop@mail.example.com",
    "cases-outlet.com",
    "👍🏽",
    "🔥",
    "手机壳",
    "чехол",
    "Straße",
    "ｇｕｎ",
    "spy camera",
    "must buy with",
    "cigarette lighter",
    "tabac",
    "c0caine",
    "brass-knuckles",
];
const CATEGORIES: &[&[&str]] = &[
    &["phones-accessories", "phone-cases"],
    &["phones-accessories"],
    &["electronics"],
    &["electronics", "e-cigarettes"],
    &["womens-fashion"],
    &["shoes"],
    &["kitchen", "knives"],
    &["beauty-health", "cosmetics"],
    &["beauty-health", "medical-devices"],
    &["toys-hobbies"],
    &["sports-outdoors", "weapons"],
    &["pet-supplies"],
    &[],
];
const ATTRIBUTE_NAMES: &[&str] = &[
    "Material",
    "Compatible model",
    "Power source",
    "Shelf life",
    "Ingredients",
    "Recommended age",
    "Upper material",
    "Sole material",
    "Usage",
];
const MIMES: &[&str] = &[
    "image/jpeg",
    "image/png",
    "image/webp",
    "image/gif",
    "IMAGE/JPEG",
];
const DIMENSIONS: &[(u32, u32)] = &[
    (800, 800),
    (1000, 1000),
    (750, 1000),
    (1500, 2000),
    (600, 600),
    (1000, 500),
    (799, 800),
    (0, 0),
];

fn words(rng: &mut Rng, count: u64, spice_percent: u64) -> String {
    let mut out = Vec::new();
    for _ in 0..count {
        if rng.chance(spice_percent) {
            out.push(rng.pick(SPICE).to_string());
        } else {
            out.push(rng.pick(WORDS).to_string());
        }
    }
    let separator = *rng.pick(&[" ", " ", " ", "  ", ", ", "\t"]);
    out.join(separator)
}

fn description(rng: &mut Rng) -> String {
    let mut html = String::new();
    for _ in 0..1 + rng.below(3) {
        let count = 3 + rng.below(25);
        let text = words(rng, count, 2);
        match rng.below(40) {
            0 => html.push_str(&format!("<p onclick=\"go()\">{text}</p>")),
            1 => html.push_str(&format!("<p>{text}</p><script>alert('{text}')</script>")),
            2 => html.push_str(&format!(
                "<p>{text} <a href=\"https://other.example/x\">more</a></p>"
            )),
            3 => html.push_str(&format!(
                "<ul><li>{text}</li><li>g&#117;n &amp; more</li></ul>"
            )),
            4 => html.push_str(&format!(
                "<p style=\"color:red\">{text}</p><iframe src=\"x\"></iframe>"
            )),
            5 => html.push_str(&format!("{text} <a href=\"/item/7\">see</a>")),
            _ => html.push_str(&format!("<p>{text}</p>")),
        }
    }
    html
}

fn listing(rng: &mut Rng) -> (ListingDraft, ListingContext) {
    let title_len = 3 + rng.below(14);
    let mut title = words(rng, title_len, 6);
    if rng.chance(8) {
        title = title.to_uppercase();
    }
    if rng.chance(5) {
        title = title.repeat(6);
    }
    if rng.chance(3) {
        title.clear();
    }
    let images = (0..rng.mostly(&[3, 4, 5, 6], &[0, 1, 7], 10))
        .map(|i| {
            let (width, height) = rng.mostly(&DIMENSIONS[..4], &DIMENSIONS[4..], 5);
            DraftImage {
                url: format!("https://img.caravan.example/{i}.jpg"),
                width,
                height,
                bytes: rng.mostly(&[1_000, 240_000, 5_242_880], &[5_242_881, 9_000_000], 3),
                mime: rng.mostly(&MIMES[..3], &MIMES[3..], 3).to_string(),
            }
        })
        .collect::<Vec<_>>();
    let property_count = rng.mostly(&[0, 1, 1, 2, 3], &[4], 3);
    let variant_properties: Vec<VariantProperty> = (0..property_count)
        .map(|p| VariantProperty {
            name: rng
                .mostly(&["Colour", "Size", "Style", "Pack"], &[""], 3)
                .to_string(),
            values: (0..1 + rng.below(3))
                .map(|v| {
                    if rng.chance(2) {
                        String::new()
                    } else {
                        format!("{}{v}", ["Red", "XL", "Modern", "2pcs"][p % 4])
                    }
                })
                .collect(),
        })
        .collect();
    let sku_count = if property_count == 0 {
        rng.mostly(&[1], &[0, 2], 5)
    } else {
        rng.mostly(&[1, 2, 3, 4], &[0, 6], 5)
    };
    let skus = (0..sku_count)
        .map(|s| {
            let options = variant_properties
                .iter()
                .map(|p| {
                    if rng.chance(2) {
                        "Other".to_owned()
                    } else {
                        rng.pick(&p.values).clone()
                    }
                })
                .collect::<Vec<_>>();
            let options = if rng.chance(2) { Vec::new() } else { options };
            let price_minor = rng.mostly(
                &[99, 399, 1_999, 2_500],
                &[0, 1, 15_000, 100_000_000, -5],
                5,
            );
            DraftSku {
                code: rng
                    .mostly(
                        &["", "SKU1"],
                        &["sku1", "ABC-1", "ABCDEFGHIJKLMNOPQRSTUV"],
                        5,
                    )
                    .replace('1', &s.to_string()),
                options,
                price_minor,
                discount_price_minor: rng.mostly(
                    &[None, None, Some(price_minor / 2)],
                    &[Some(0), Some(price_minor)],
                    5,
                ),
                stock: rng.mostly(&[0, 5, 120, 999_999], &[1_000_000, -1], 3),
                image_index: rng.mostly(&[None, Some(0), Some(2)], &[Some(9)], 3),
            }
        })
        .collect();
    let attributes = (0..rng.mostly(&[2, 3, 4], &[0, 1], 10))
        .map(|_| {
            let name = rng.pick(ATTRIBUTE_NAMES).to_string();
            let count = 1 + rng.below(3);
            Attribute {
                name,
                value: words(rng, count, 3),
            }
        })
        .collect();
    let currency = *rng.pick(&[
        Currency::USD,
        Currency::USD,
        Currency::EUR,
        "JPY".parse().unwrap(),
    ]);
    let draft = ListingDraft {
        title,
        category_id: rng
            .chance(98)
            .then_some(CategoryId(1 + rng.below(40) as i64)),
        brand: rng
            .pick(&[None, None, Some("Nike"), Some("Generic"), Some("Acme")])
            .map(str::to_owned),
        description: description(rng),
        images,
        attributes,
        variant_properties,
        skus,
        currency,
        weight_grams: rng.mostly(&[1, 45, 500_000], &[0, 500_001], 3),
        package: PackageSize {
            length_cm_hundredths: rng.mostly(&[1, 1_800, 70_000], &[0, 70_001], 3),
            width_cm_hundredths: rng.mostly(&[1_000, 1], &[-3], 2),
            height_cm_hundredths: rng.mostly(&[200], &[0], 2),
        },
        handling_days: rng.mostly(&[1, 3, 5, 7, 60], &[0, 61], 3),
        shipping_template_id: rng.chance(95).then_some(7),
    };
    let options = (0..rng.mostly(&[1, 2], &[0], 5))
        .map(|_| {
            let class = *rng.pick(&LogisticsClass::ALL);
            let min_days = rng.mostly(&[15, 16], &[2, 3, 6], 10);
            ShippingOptionTerms {
                class,
                cost_minor: rng.mostly(&[0, 0, 299], &[599, 2_500], 10),
                min_days,
                max_days: min_days + *rng.pick(&[0, 5, 15]),
            }
        })
        .collect();
    let draft_title = draft.title.clone();
    let ctx = ListingContext {
        category_path: rng.pick(CATEGORIES).iter().map(|s| s.to_string()).collect(),
        shop_status: *rng.pick(&[None, Some(ShopStatus::Approved), Some(ShopStatus::Pending)]),
        licences: if rng.chance(20) {
            vec!["alcohol".to_owned(), "tobacco".to_owned()]
        } else {
            Vec::new()
        },
        qualifications: if rng.chance(30) {
            vec!["cosmetics-production-licence".to_owned()]
        } else {
            Vec::new()
        },
        authorised_brands: if rng.chance(20) {
            vec!["nike".to_owned()]
        } else {
            Vec::new()
        },
        sibling_titles: (0..rng.below(4))
            .map(|_| {
                if rng.chance(15) {
                    // The same product again, or a near copy of it.
                    format!("{} {}", draft_title, rng.pick(&["", "2pcs"]))
                        .trim()
                        .to_owned()
                } else {
                    let count = 3 + rng.below(6);
                    words(rng, count, 0)
                }
            })
            .collect(),
        shipping: rng.chance(80).then_some(ShippingTemplate { options }),
        usd_rate_micros: rng
            .chance(70)
            .then_some(*rng.pick(&[1_085_700, 6_700, 500_000])),
        unit_cost_minor: rng.chance(30).then_some(*rng.pick(&[100, 300, 380])),
    };
    (draft, ctx)
}

/// `count` listings from `seed`.
pub fn corpus(seed: u64, count: usize) -> Vec<(ListingDraft, ListingContext)> {
    let mut rng = Rng::new(seed);
    (0..count).map(|_| listing(&mut rng)).collect()
}

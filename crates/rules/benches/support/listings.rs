//! The benchmark inputs, shared by the criterion benchmark and the in-browser benchmark
//! (`tests/browser_bench.rs`): the default policy grown to 5,000+ terms, a typical listing (60-character
//! title, 500-character description, 3 SKUs) and a heavy one (128, 5,000, 50).

use caravan_rules::{ListingContext, Policy, ShippingOptionTerms, ShippingTemplate, ShopStatus};
use caravan_types::{
    CategoryId, Currency,
    listing::{Attribute, VariantProperty},
    listing_draft::{DraftImage, DraftSku, ListingDraft, PackageSize},
    logistics::LogisticsClass,
};

/// Deterministic pseudo-words ("zorvak", "mellith") for synthetic terms that do not occur in real text.
fn pseudo_word(mut n: usize) -> String {
    const ONSETS: [&str; 16] = [
        "z", "qu", "v", "x", "th", "kr", "bl", "dr", "sn", "gl", "pr", "sk", "tr", "fl", "wh", "j",
    ];
    const NUCLEI: [&str; 8] = ["a", "o", "ei", "u", "ya", "oo", "ae", "i"];
    const CODAS: [&str; 8] = ["rk", "ll", "th", "x", "nd", "sk", "mb", "rv"];
    let mut word = String::new();
    for _ in 0..3 {
        word.push_str(ONSETS[n % 16]);
        n /= 16;
        word.push_str(NUCLEI[n % 8]);
        n /= 8;
        word.push_str(CODAS[n % 8]);
        n /= 8;
    }
    word
}

/// The default policy plus synthetic terms: prohibited and restricted lists in Latin, Cyrillic and CJK,
/// brands and allow-phrases, to at least 5,000 terms in all.
pub fn grown_policy() -> Policy {
    let mut policy = Policy::default_policy();
    let lists = policy.term_lists.len();
    let brands = policy.brands.len();
    let mut i = 0;
    while policy.term_count() < 5_200 {
        let word = pseudo_word(i * 7919 + 13);
        let term = match i % 10 {
            0 => format!("{word} {}", pseudo_word(i + 1)),
            1 => format!(
                "{}щ",
                word.chars().take(4).collect::<String>().replace('a', "а")
            ),
            2 => {
                format!("禁{}品", ['药', '枪', '毒', '器'][i % 4]).repeat(1 + i % 3)
                    + &i.to_string()
            }
            _ => word,
        };
        match i % 25 {
            0 => policy.brands[i % brands].terms.push(term),
            1 => policy.allow_phrases.push(format!("{term} holder")),
            _ => policy.term_lists[i % lists].terms.push(term),
        }
        i += 1;
    }
    policy.version = format!("{}-grown", policy.version);
    policy
}

fn image(i: usize) -> DraftImage {
    DraftImage {
        url: format!("https://img.caravan.example/bench-{i}.jpg"),
        width: 1000,
        height: 1000,
        bytes: 300_000,
        mime: "image/jpeg".to_owned(),
    }
}

/// Exactly `len` characters of plausible product text.
fn text_of(len: usize, seed: usize) -> String {
    const WORDS: [&str; 24] = [
        "soft",
        "silicone",
        "phone",
        "case",
        "with",
        "raised",
        "edges",
        "that",
        "protect",
        "the",
        "camera",
        "and",
        "screen",
        "from",
        "drops",
        "scratches",
        "slim",
        "fit",
        "easy",
        "install",
        "wireless",
        "charging",
        "compatible",
        "grip",
    ];
    let mut out = String::new();
    // u64 and wrapping arithmetic: the same words on 32-bit wasm and 64-bit native.
    let mut i = seed as u64;
    while out.len() < len {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(WORDS[(i % WORDS.len() as u64) as usize]);
        i = i.wrapping_mul(31).wrapping_add(7);
    }
    out.truncate(len);
    out
}

pub fn listing(
    title_len: usize,
    description_len: usize,
    colours: usize,
    sizes: usize,
) -> ListingDraft {
    let colour_values: Vec<String> = (0..colours).map(|c| format!("Colour {c}")).collect();
    let size_values: Vec<String> = (0..sizes).map(|s| format!("Size {s}")).collect();
    let mut skus = Vec::new();
    for (c, colour) in colour_values.iter().enumerate() {
        for (s, size) in size_values.iter().enumerate() {
            let options = if sizes > 1 {
                vec![colour.clone(), size.clone()]
            } else {
                vec![colour.clone()]
            };
            skus.push(DraftSku {
                code: format!("SKU{c}X{s}"),
                options,
                price_minor: 399 + (c * 10 + s) as i64,
                discount_price_minor: Some(349),
                stock: 100,
                image_index: Some((c % 3) as u16),
            });
        }
    }
    let mut variant_properties = vec![VariantProperty {
        name: "Colour".to_owned(),
        values: colour_values,
    }];
    if sizes > 1 {
        variant_properties.push(VariantProperty {
            name: "Size".to_owned(),
            values: size_values,
        });
    }
    let paragraph = text_of(description_len.saturating_sub(7), 3);
    ListingDraft {
        title: text_of(title_len, 1),
        category_id: Some(CategoryId(12)),
        brand: None,
        description: format!("<p>{paragraph}</p>"),
        images: (0..3).map(image).collect(),
        attributes: vec![
            Attribute {
                name: "Compatible model".to_owned(),
                value: "Universal".to_owned(),
            },
            Attribute {
                name: "Material".to_owned(),
                value: "TPU".to_owned(),
            },
        ],
        variant_properties,
        skus,
        currency: Currency::USD,
        weight_grams: 45,
        package: PackageSize {
            length_cm_hundredths: 1800,
            width_cm_hundredths: 1000,
            height_cm_hundredths: 200,
        },
        handling_days: 3,
        shipping_template_id: Some(7),
    }
}

pub fn context() -> ListingContext {
    ListingContext {
        category_path: vec!["phones-accessories".to_owned(), "phone-cases".to_owned()],
        shop_status: Some(ShopStatus::Approved),
        sibling_titles: vec![
            "Magnetic leather wallet case with card slots".to_owned(),
            "Tempered glass screen protector two pack".to_owned(),
        ],
        shipping: Some(ShippingTemplate {
            options: vec![ShippingOptionTerms {
                class: LogisticsClass::Economy,
                cost_minor: 0,
                min_days: 15,
                max_days: 30,
            }],
        }),
        ..ListingContext::default()
    }
}

/// The typical listing.
pub fn typical() -> ListingDraft {
    listing(60, 500, 3, 1)
}

/// The heavy listing.
pub fn heavy() -> ListingDraft {
    listing(128, 5_000, 10, 5)
}

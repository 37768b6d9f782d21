//! The deterministic demo catalogue loaded into an empty database.
//!
//! Everything comes from a fixed seed, so every fresh machine gets the same shops, listings and prices and tests
//! can rely on them. Images are generated SVGs (see [`crate::media`]), so no network is needed.

use crate::password;
use caravan_types::logistics::LogisticsClass;
use sqlx::{Sqlite, SqlitePool, Transaction};

/// Demo accounts: (e-mail, password, role, display name). Documented in the README.
pub const DEMO_ACCOUNTS: &[(&str, &str, &str, &str)] = &[
    (
        "buyer@caravan.test",
        "caravan-buyer-2026",
        "buyer",
        "Demo Buyer",
    ),
    (
        "seller@caravan.test",
        "caravan-seller-2026",
        "seller",
        "Demo Seller",
    ),
    (
        "admin@caravan.test",
        "caravan-admin-2026",
        "admin",
        "Platform Admin",
    ),
];

/// Number of shops (the demo seller's shop is the first).
pub const SHOPS: usize = 48;
/// Listings per shop.
pub const LISTINGS_PER_SHOP: usize = 50;

// The demo catalogue promises at least 40 sellers and 2,000 listings.
const _: () = assert!(SHOPS >= 40 && SHOPS * LISTINGS_PER_SHOP >= 2000);

/// 2026-01-01T00:00:00Z; demo timestamps count from here so they do not depend on the clock.
const EPOCH: i64 = 1_767_225_600;

/// Category tree: (slug, name, median price in cents, children as (slug, name, nouns)).
type CategorySpec = (
    &'static str,
    &'static str,
    i64,
    &'static [(&'static str, &'static str, &'static [&'static str])],
);

#[rustfmt::skip]
const CATEGORIES: &[CategorySpec] = &[
    ("electronics", "Electronics", 2500, &[
        ("headphones", "Headphones", &["Wireless Earbuds", "Over-Ear Headphones", "Sport Earphones"]),
        ("smart-home", "Smart Home", &["Smart Plug", "LED Strip Light", "Motion Sensor Lamp"]),
        ("cameras", "Cameras & Photo", &["Action Camera Mount", "Camera Strap", "Lens Cleaning Kit"]),
    ]),
    ("phones-accessories", "Phones & Accessories", 900, &[
        ("phone-cases", "Phone Cases", &["Phone Case", "Card Holder Case", "Shockproof Cover"]),
        ("chargers-cables", "Chargers & Cables", &["USB-C Cable", "Wall Charger", "Magnetic Charging Cable"]),
        ("phone-holders", "Phone Holders", &["Car Phone Holder", "Desk Phone Stand", "Bike Phone Mount"]),
    ]),
    ("computers", "Computers & Office Tech", 2200, &[
        ("keyboards-mice", "Keyboards & Mice", &["Mechanical Keyboard", "Wireless Mouse", "Keycap Set"]),
        ("laptop-accessories", "Laptop Accessories", &["Laptop Sleeve", "Laptop Stand", "Cooling Pad"]),
        ("storage", "Storage", &["USB Flash Drive", "SD Card Reader", "Drive Enclosure"]),
    ]),
    ("home-garden", "Home & Garden", 1500, &[
        ("home-decor", "Home Decor", &["Throw Pillow Cover", "Wall Clock", "Photo Frame"]),
        ("garden", "Garden", &["Plant Pot", "Garden Hose Nozzle", "Solar Garden Light"]),
        ("storage-organisation", "Storage & Organisation", &["Storage Basket", "Drawer Organiser", "Hanging Shelf"]),
    ]),
    ("kitchen", "Kitchen & Dining", 1200, &[
        ("cookware", "Cookware", &["Frying Pan", "Silicone Spatula Set", "Steamer Basket"]),
        ("drinkware", "Drinkware", &["Water Bottle", "Travel Mug", "Glass Teapot"]),
        ("kitchen-tools", "Kitchen Tools", &["Vegetable Peeler", "Measuring Spoons", "Garlic Press"]),
    ]),
    ("womens-fashion", "Women's Fashion", 1800, &[
        ("dresses", "Dresses", &["Summer Dress", "Wrap Dress", "Maxi Dress"]),
        ("womens-tops", "Tops", &["Knit Cardigan", "Linen Blouse", "Cropped Hoodie"]),
        ("bags", "Bags", &["Crossbody Bag", "Canvas Tote Bag", "Mini Backpack"]),
    ]),
    ("mens-fashion", "Men's Fashion", 1900, &[
        ("mens-shirts", "Shirts", &["Oxford Shirt", "Polo Shirt", "Flannel Shirt"]),
        ("mens-outerwear", "Outerwear", &["Windbreaker Jacket", "Fleece Vest", "Rain Jacket"]),
        ("mens-accessories", "Accessories", &["Leather Belt", "Knit Beanie", "Bifold Wallet"]),
    ]),
    ("shoes", "Shoes", 2600, &[
        ("sneakers", "Sneakers", &["Running Sneakers", "Canvas Sneakers", "Slip-On Sneakers"]),
        ("sandals", "Sandals", &["Beach Sandals", "Sport Sandals", "Cork Slides"]),
        ("boots", "Boots", &["Chelsea Boots", "Hiking Boots", "Snow Boots"]),
    ]),
    ("jewelry-watches", "Jewelry & Watches", 1400, &[
        ("necklaces", "Necklaces", &["Pendant Necklace", "Layered Chain Necklace", "Pearl Choker"]),
        ("watches", "Watches", &["Quartz Watch", "Digital Sports Watch", "Watch Strap"]),
        ("earrings", "Earrings", &["Hoop Earrings", "Stud Earrings", "Drop Earrings"]),
    ]),
    ("beauty-health", "Beauty & Health", 800, &[
        ("makeup-tools", "Makeup Tools", &["Makeup Brush Set", "Beauty Sponge", "Eyelash Curler"]),
        ("hair-care", "Hair Care", &["Hair Clip Set", "Wide Tooth Comb", "Silk Scrunchie"]),
        ("nail-art", "Nail Art", &["Nail Art Brushes", "Nail File Set", "Nail Sticker Sheet"]),
    ]),
    ("toys-hobbies", "Toys & Hobbies", 1100, &[
        ("building-toys", "Building Toys", &["Building Block Set", "Magnetic Tiles", "Marble Run"]),
        ("puzzles", "Puzzles", &["Jigsaw Puzzle", "Puzzle Cube", "Wooden Brain Teaser"]),
        ("crafts", "Arts & Crafts", &["Watercolour Set", "Embroidery Kit", "Origami Paper Pack"]),
    ]),
    ("sports-outdoors", "Sports & Outdoors", 1700, &[
        ("camping", "Camping", &["Camping Lantern", "Folding Cup", "Hammock"]),
        ("fitness", "Fitness", &["Resistance Band Set", "Yoga Mat Strap", "Jump Rope"]),
        ("cycling", "Cycling", &["Bike Light Set", "Cycling Gloves", "Saddle Bag"]),
    ]),
    ("automotive", "Automotive", 1300, &[
        ("car-interior", "Car Interior", &["Seat Gap Organiser", "Steering Wheel Cover", "Sun Shade"]),
        ("car-electronics", "Car Electronics", &["Tyre Pressure Gauge", "Dash Cam Mount", "Car Charger"]),
        ("car-care", "Car Care", &["Microfibre Cloth Set", "Detailing Brush Kit", "Wash Mitt"]),
    ]),
    ("pet-supplies", "Pet Supplies", 900, &[
        ("dog-supplies", "Dog Supplies", &["Dog Leash", "Dog Bandana", "Chew Toy"]),
        ("cat-supplies", "Cat Supplies", &["Cat Teaser Wand", "Scratching Pad", "Cat Bed"]),
        ("aquarium", "Aquarium", &["Aquarium Plant", "Fish Net", "Aquarium Thermometer"]),
    ]),
    ("office-school", "Office & School", 600, &[
        ("stationery", "Stationery", &["Gel Pen Set", "Sticky Notes", "Dotted Notebook"]),
        ("desk-organisers", "Desk Organisers", &["Pen Holder", "Desk Mat", "Cable Clips"]),
        ("art-supplies", "Art Supplies", &["Sketch Pencils", "Brush Pen Set", "Drawing Pad"]),
    ]),
    ("tools-hardware", "Tools & Hardware", 1600, &[
        ("hand-tools", "Hand Tools", &["Screwdriver Set", "Tape Measure", "Hex Key Set"]),
        ("power-tool-accessories", "Power Tool Accessories", &["Drill Bit Set", "Sanding Discs", "Tool Belt"]),
        ("lighting", "Work Lighting", &["Head Torch", "Magnetic Work Light", "Clip-On Lamp"]),
    ]),
];

const ADJECTIVES: &[&str] = &[
    "Compact",
    "Lightweight",
    "Foldable",
    "Portable",
    "Classic",
    "Minimalist",
    "Soft",
    "Durable",
    "Vintage",
    "Slim",
    "Cosy",
    "Waterproof",
    "Adjustable",
    "Handmade",
    "Reusable",
    "Breathable",
];
const MATERIALS: &[&str] = &[
    "Cotton",
    "Silicone",
    "Bamboo",
    "Stainless Steel",
    "Linen",
    "Aluminium",
    "Ceramic",
    "Recycled",
    "Wooden",
    "Canvas",
    "Leather-Look",
    "Glass",
];
const SCENES: &[&str] = &[
    "for Travel",
    "for Home",
    "for Office",
    "for Outdoor Use",
    "for Daily Use",
    "for Gifts",
    "for Kids",
    "for Weekend Trips",
    "for Small Spaces",
    "for Students",
];
const COLOURS: &[&str] = &[
    "Black",
    "White",
    "Navy",
    "Sage Green",
    "Sand",
    "Coral",
    "Sky Blue",
    "Charcoal",
    "Burgundy",
    "Mustard",
];
const SIZES: &[&str] = &["S", "M", "L", "XL"];
const SHOP_PREFIXES: &[&str] = &[
    "Lotus",
    "Amber",
    "Harbor",
    "Maple",
    "Cedar",
    "Willow",
    "Coral",
    "Silk Road",
    "Jade",
    "Summit",
    "Lantern",
    "Meadow",
];
const SHOP_SUFFIXES: &[&str] = &[
    "Trading", "Crafts", "Goods", "Supply", "Studio", "House", "Outlet", "Market",
];
const COUNTRIES: &[&str] = &[
    "CN", "CN", "CN", "CN", "US", "TR", "VN", "DE", "BR", "IN", "ES", "KR",
];

/// SplitMix64: a tiny, well-distributed generator; enough for demo data and identical on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        let span = u64::try_from(hi - lo + 1).unwrap_or(1);
        lo + i64::try_from(self.next() % span).unwrap_or(0)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        let i = usize::try_from(self.next() % items.len() as u64).unwrap_or(0);
        &items[i]
    }

    fn chance(&mut self, percent: i64) -> bool {
        self.range(1, 100) <= percent
    }
}

/// A leaf category as the generator uses it.
struct Leaf {
    id: i64,
    top_index: usize,
    nouns: &'static [&'static str],
    median_cents: i64,
}

/// Inserts the whole demo catalogue in one transaction.
pub async fn seed(pool: &SqlitePool) -> Result<(), sqlx::Error> {
    seed_sized(pool, SHOPS, LISTINGS_PER_SHOP).await
}

/// The demo catalogue with `shops` × `per_shop` listings (benchmarks seed 100,000); the first 48 shops and
/// their first 50 listings are exactly the standard demo.
pub async fn seed_sized(
    pool: &SqlitePool,
    shops: usize,
    per_shop: usize,
) -> Result<(), sqlx::Error> {
    let mut tx = crate::db::begin_write(pool).await?;
    let mut rng = Rng(0x00C0_FFEE_CA2A_7A11);
    let demo_seller = seed_accounts(&mut tx).await?;
    let leaves = seed_categories(&mut tx).await?;
    for shop_index in 0..shops {
        let owner = if shop_index == 0 {
            demo_seller
        } else {
            seed_seller_account(&mut tx, shop_index).await?
        };
        let (shop_id, templates) = seed_shop(&mut tx, &mut rng, shop_index, owner).await?;
        for listing_index in 0..per_shop {
            seed_listing(
                &mut tx,
                &mut rng,
                &leaves,
                shop_index,
                listing_index,
                shop_id,
                &templates,
            )
            .await?;
        }
    }
    tx.commit().await
}

/// Creates the documented demo accounts; returns the demo seller's user id.
async fn seed_accounts(tx: &mut Transaction<'_, Sqlite>) -> Result<i64, sqlx::Error> {
    let mut seller_id = 0;
    for &(email, pass, role, name) in DEMO_ACCOUNTS {
        let phc = password::hash(pass).map_err(|e| sqlx::Error::Protocol(e.to_string()))?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO users (email, password_hash, role, display_name, created_at)
             VALUES (?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(email)
        .bind(phc)
        .bind(role)
        .bind(name)
        .bind(EPOCH)
        .fetch_one(&mut **tx)
        .await?;
        if role == "seller" {
            seller_id = id;
        }
    }
    Ok(seller_id)
}

/// Other demo sellers have no password: they exist to own shops, not to sign in.
async fn seed_seller_account(
    tx: &mut Transaction<'_, Sqlite>,
    shop_index: usize,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO users (email, password_hash, role, display_name, created_at)
         VALUES (?, NULL, 'seller', ?, ?) RETURNING id",
    )
    .bind(format!("seller{shop_index:02}@caravan.test"))
    .bind(format!("Seller {shop_index:02}"))
    .bind(EPOCH)
    .fetch_one(&mut **tx)
    .await
}

async fn seed_categories(tx: &mut Transaction<'_, Sqlite>) -> Result<Vec<Leaf>, sqlx::Error> {
    let mut leaves = Vec::new();
    for (top_index, &(slug, name, median_cents, children)) in CATEGORIES.iter().enumerate() {
        let top_id: i64 = sqlx::query_scalar(
            "INSERT INTO categories (parent_id, slug, name, position) VALUES (NULL, ?, ?, ?) RETURNING id",
        )
        .bind(slug)
        .bind(name)
        .bind(top_index as i64)
        .fetch_one(&mut **tx)
        .await?;
        for (child_index, &(child_slug, child_name, nouns)) in children.iter().enumerate() {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO categories (parent_id, slug, name, position) VALUES (?, ?, ?, ?) RETURNING id",
            )
            .bind(top_id)
            .bind(child_slug)
            .bind(child_name)
            .bind(child_index as i64)
            .fetch_one(&mut **tx)
            .await?;
            leaves.push(Leaf {
                id,
                top_index,
                nouns,
                median_cents,
            });
        }
    }
    Ok(leaves)
}

/// Shipping templates a demo shop offers: (name, rates as (class, cost in cents, min days, max days)).
type TemplateSpec = (&'static str, &'static [(LogisticsClass, i64, i64, i64)]);

const TEMPLATES: &[TemplateSpec] = &[
    (
        "Free economy",
        &[
            (LogisticsClass::Economy, 0, 15, 30),
            (LogisticsClass::Standard, 499, 5, 10),
        ],
    ),
    (
        "Economy and standard",
        &[
            (LogisticsClass::Economy, 199, 15, 30),
            (LogisticsClass::Standard, 699, 5, 10),
        ],
    ),
    (
        "Commercial express",
        &[
            (LogisticsClass::Economy, 0, 15, 30),
            (LogisticsClass::Commercial, 1999, 3, 6),
        ],
    ),
    (
        "Overseas warehouse",
        &[
            (LogisticsClass::OverseasWarehouse, 0, 3, 7),
            (LogisticsClass::Standard, 599, 5, 10),
        ],
    ),
];

/// Where the demo overseas warehouses deliver.
const OVERSEAS_WAREHOUSE_COUNTRIES: &str = ",US,DE,FR,ES,IT,GB,PL,BR,";

/// Destinations whose delivery differs from a template's cross-border range, as (country, days added to
/// the fewest, days added to the most): Brazil's customs and Russia's distances are slow, the US and the
/// big EU markets have fast lanes. Delivery within the shop's own country takes a fifth of the time.
const DESTINATION_DAYS: &[(&str, i64, i64)] = &[
    ("BR", 5, 15),
    ("RU", 2, 10),
    ("SA", 2, 5),
    ("US", -3, -8),
    ("GB", -2, -6),
    ("DE", -2, -6),
];

/// A shop's templates: (id, has a free option).
type Templates = Vec<(i64, bool)>;

async fn seed_shop(
    tx: &mut Transaction<'_, Sqlite>,
    rng: &mut Rng,
    shop_index: usize,
    owner: i64,
) -> Result<(i64, Templates), sqlx::Error> {
    let name = if shop_index == 0 {
        "Caravan Demo Store".to_owned()
    } else {
        let prefix = SHOP_PREFIXES[shop_index % SHOP_PREFIXES.len()];
        let suffix =
            SHOP_SUFFIXES[(shop_index / SHOP_PREFIXES.len() + shop_index) % SHOP_SUFFIXES.len()];
        // 96 prefix × suffix pairs; larger benchmark catalogues number the repeats to keep names unique.
        match shop_index / (SHOP_PREFIXES.len() * SHOP_SUFFIXES.len()) {
            0 => format!("{prefix} {suffix}"),
            round => format!("{prefix} {suffix} {}", round + 1),
        }
    };
    let country = *rng.pick(COUNTRIES);
    let return_days = *rng.pick(&[15_i64, 30, 45]);
    let shop_id: i64 = sqlx::query_scalar(
        "INSERT INTO shops (owner_id, name, name_key, status, country, return_policy, created_at)
         VALUES (?, ?, ?, 'approved', ?, ?, ?) RETURNING id",
    )
    .bind(owner)
    .bind(&name)
    .bind(caravan_rules::shop_name_key(&name))
    .bind(country)
    .bind(format!(
        "Returns accepted within {return_days} days of delivery. Items must be unused and in their original \
         packaging. We refund the item price in full; return shipping is free when the item is faulty or not \
         as described."
    ))
    .bind(EPOCH + shop_index as i64 * 3600)
    .fetch_one(&mut **tx)
    .await?;
    let mut templates = Vec::new();
    for &(template_name, rates) in TEMPLATES {
        // Overseas-warehouse stock only reaches the countries the warehouses serve.
        let ships_to = if template_name == "Overseas warehouse" {
            OVERSEAS_WAREHOUSE_COUNTRIES
        } else {
            "*"
        };
        let template_id: i64 = sqlx::query_scalar(
            "INSERT INTO shipping_templates (shop_id, name, ships_to) VALUES (?, ?, ?) RETURNING id",
        )
        .bind(shop_id)
        .bind(template_name)
        .bind(ships_to)
        .fetch_one(&mut **tx)
        .await?;
        for &(class, cost, min_days, max_days) in rates {
            sqlx::query(
                "INSERT INTO shipping_rates (template_id, class, cost_minor, min_days, max_days) VALUES (?, ?, ?, ?, ?)",
            )
            .bind(template_id)
            .bind(class.as_str())
            .bind(cost)
            .bind(min_days)
            .bind(max_days)
            .execute(&mut **tx)
            .await?;
        }
        if ships_to == "*" {
            seed_destination_days(tx, template_id, country, rates).await?;
        }
        templates.push((template_id, rates.iter().any(|rate| rate.1 == 0)));
    }
    Ok((shop_id, templates))
}

/// A template's delivery days per destination (same cost): [`DESTINATION_DAYS`], and the shop's own
/// country as domestic delivery.
async fn seed_destination_days(
    tx: &mut Transaction<'_, Sqlite>,
    template_id: i64,
    home: &str,
    rates: &[(LogisticsClass, i64, i64, i64)],
) -> Result<(), sqlx::Error> {
    for &(class, cost, min_days, max_days) in rates {
        let domestic = (home, (min_days / 5).max(1), (max_days / 5).max(2));
        let abroad = DESTINATION_DAYS
            .iter()
            .filter(|(country, ..)| *country != home)
            .map(|&(country, less, more)| {
                let min = (min_days + less).max(1);
                (country, min, (max_days + more).max(min))
            });
        for (country, min, max) in std::iter::once(domestic).chain(abroad) {
            sqlx::query(
                "INSERT INTO shipping_rate_destinations (template_id, class, country, cost_minor, min_days, max_days)
                 VALUES (?, ?, ?, ?, ?, ?)",
            )
            .bind(template_id)
            .bind(class.as_str())
            .bind(country)
            .bind(cost)
            .bind(min)
            .bind(max)
            .execute(&mut **tx)
            .await?;
        }
    }
    Ok(())
}

/// Initials for a generated image: the first letters of the first two words.
fn initials(title: &str) -> String {
    title
        .split_whitespace()
        .filter_map(|word| word.chars().next())
        .filter(char::is_ascii_alphabetic)
        .take(2)
        .collect::<String>()
        .to_ascii_uppercase()
}

#[allow(clippy::too_many_arguments)]
async fn seed_listing(
    tx: &mut Transaction<'_, Sqlite>,
    rng: &mut Rng,
    leaves: &[Leaf],
    shop_index: usize,
    listing_index: usize,
    shop_id: i64,
    templates: &Templates,
) -> Result<(), sqlx::Error> {
    // Two thirds of a shop's listings sit in its main category, the rest anywhere.
    let main_top = shop_index % CATEGORIES.len();
    let leaf = if rng.chance(66) {
        let own: Vec<&Leaf> = leaves
            .iter()
            .filter(|leaf| leaf.top_index == main_top)
            .collect();
        *rng.pick(&own)
    } else {
        rng.pick(leaves)
    };
    let noun = *rng.pick(leaf.nouns);
    let title = format!(
        "{} {} {} {}",
        rng.pick(ADJECTIVES),
        rng.pick(MATERIALS),
        noun,
        rng.pick(SCENES)
    );
    let material = title.split_whitespace().nth(1).unwrap_or("Mixed");
    // Descriptions are stored as sanitised HTML (LST-15), as published listings are.
    let description = format!(
        "<p>{title}.</p><p>Designed for everyday use and made to last. Each piece is checked before it ships and \
         packed to arrive safely.</p><p>What you get: one {noun_lower} as pictured. Colours may look slightly \
         different on different screens.</p>",
        noun_lower = noun.to_lowercase()
    );
    // Price around the category median: 0.5x to 2x, in whole cents, ending in 9 like real shops.
    let base = leaf.median_cents * rng.range(50, 200) / 100;
    let base = (base / 10) * 10 + 9;
    let (properties, combos) = variant_matrix(rng);
    let template = *rng.pick(templates);
    let created_at = EPOCH + (shop_index * LISTINGS_PER_SHOP + listing_index) as i64 * 1800;
    let rating_count = if rng.chance(85) { rng.range(1, 600) } else { 0 };
    let rating_sum = rating_count * rng.range(35, 50) / 10;
    let orders = rating_count * rng.range(2, 6) + rng.range(0, 40);

    let mut skus = Vec::new();
    for (position, options) in combos.iter().enumerate() {
        let price = base + i64::try_from(position).unwrap_or(0) * 100;
        let discount = rng.chance(30).then(|| price * rng.range(70, 90) / 100);
        let stock = if rng.chance(4) { 0 } else { rng.range(3, 900) };
        skus.push((position, options.clone(), price, discount, stock));
    }
    let min_price = skus
        .iter()
        .map(|(_, _, price, discount, _)| discount.unwrap_or(*price))
        .min()
        .unwrap_or(base);
    let total_stock: i64 = skus.iter().map(|sku| sku.4).sum();

    let listing_id: i64 = sqlx::query_scalar(
        "INSERT INTO listings (shop_id, category_id, status, title, description, currency, weight_grams,
            length_cm_hundredths, width_cm_hundredths, height_cm_hundredths, handling_days, shipping_template_id,
            variant_properties, attributes, min_price_minor, total_stock, free_shipping, rating_sum, rating_count,
            orders_count, created_at, updated_at)
         VALUES (?, ?, 'published', ?, ?, 'USD', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(shop_id)
    .bind(leaf.id)
    .bind(&title)
    .bind(&description)
    .bind(rng.range(40, 2500))
    .bind(rng.range(800, 4000))
    .bind(rng.range(500, 3000))
    .bind(rng.range(100, 1500))
    .bind(rng.range(1, 7))
    .bind(template.0)
    .bind(serde_json::to_string(&properties).unwrap_or_else(|_| "[]".into()))
    .bind(
        serde_json::json!([
            {"name": "Material", "value": material},
            {"name": "Origin", "value": "Made to order"},
        ])
        .to_string(),
    )
    .bind(min_price)
    .bind(total_stock)
    .bind(template.1)
    .bind(rating_sum)
    .bind(rating_count)
    .bind(orders)
    .bind(created_at)
    .bind(created_at)
    .fetch_one(&mut **tx)
    .await?;

    for (position, options, price, discount, stock) in skus {
        sqlx::query(
            "INSERT INTO skus (listing_id, position, code, options, price_minor, discount_price_minor, stock, image_index)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(listing_id)
        .bind(position as i64)
        .bind(format!("S{shop_index:02}L{listing_index:03}V{position:02}"))
        .bind(serde_json::to_string(&options).unwrap_or_else(|_| "[]".into()))
        .bind(price)
        .bind(discount)
        .bind(stock)
        .bind((position < 5).then_some(position as i64))
        .execute(&mut **tx)
        .await?;
    }

    let label = initials(&title);
    let image_count = rng.range(1, 5);
    let hue = rng.range(0, 359);
    for position in 0..image_count {
        let hue = (hue + position * 47) % 360;
        sqlx::query(
            "INSERT INTO listing_images (listing_id, position, url, thumb_url, width, height) VALUES (?, ?, ?, ?, 800, 800)",
        )
        .bind(listing_id)
        .bind(position)
        .bind(format!("/media/demo/{hue}/{label}.svg"))
        .bind(format!("/media/demo/{hue}/{label}.svg?size=thumb"))
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// Variant properties and their combinations: about half the listings have variants.
fn variant_matrix(rng: &mut Rng) -> (serde_json::Value, Vec<Vec<String>>) {
    if rng.chance(45) {
        return (serde_json::json!([]), vec![Vec::new()]);
    }
    let colour_count = usize::try_from(rng.range(2, 4)).unwrap_or(2);
    let start = usize::try_from(rng.range(0, (COLOURS.len() - 1) as i64)).unwrap_or(0);
    let colours: Vec<String> = (0..colour_count)
        .map(|i| COLOURS[(start + i) % COLOURS.len()].to_owned())
        .collect();
    if rng.chance(50) {
        let combos = colours.iter().map(|c| vec![c.clone()]).collect();
        return (
            serde_json::json!([{"name": "Colour", "values": colours}]),
            combos,
        );
    }
    let sizes: Vec<String> = SIZES[..usize::try_from(rng.range(2, 4)).unwrap_or(2)]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    let combos = colours
        .iter()
        .flat_map(|c| sizes.iter().map(move |s| vec![c.clone(), s.clone()]))
        .collect();
    (
        serde_json::json!([{"name": "Colour", "values": colours}, {"name": "Size", "values": sizes}]),
        combos,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generator_is_deterministic() {
        let mut a = Rng(42);
        let mut b = Rng(42);
        for _ in 0..100 {
            assert_eq!(a.next(), b.next());
        }
        assert_eq!(initials("Compact Cotton Phone Case"), "CC");
    }

    #[test]
    fn catalogue_has_enough_categories() {
        let leaves: usize = CATEGORIES.iter().map(|c| c.3.len()).sum();
        assert!(CATEGORIES.len() + leaves >= 12);
    }
}

//! The cart: lines kept in localStorage, so the cart survives reloads, closed tabs and going offline, and
//! every open tab sees the same cart (the browser's `storage` events reach the shopper context, whose
//! trigger re-runs whatever read the cart). Only the product page and the account area use this module, so
//! it lives in their chunks; the header reads just the item count stored beside the lines.
//!
//! A line remembers what the buyer saw when adding it (title, picture, unit price, stock), so the cart draws
//! at once and offline; the server's quote (`POST /api/cart/quote`) is the truth before checkout and
//! reports any change of price or stock.

use crate::{
    api,
    contexts::{CurrencyChoice, Shopper},
    countries, storage,
};
use caravan_types::{
    Currency, ListingId, Money, ShopId, SkuId,
    logistics::LogisticsClass,
    order::{CartLine, MAX_CART_LINES, MAX_LINE_QUANTITY, Quote, QuoteRequest},
};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Key of the country the cart is priced and shipped for.
const DESTINATION_KEY: &str = "caravan.destination";

/// One line of the cart as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CartItem {
    /// The listing.
    pub listing_id: ListingId,
    /// The variant.
    pub sku_id: SkuId,
    /// Units.
    pub quantity: i64,
    /// Listing title when added.
    pub title: String,
    /// The variant's option values, e.g. `Red / XL`; empty for single-variant listings.
    pub sku_label: String,
    /// Thumbnail when added.
    pub image_url: Option<String>,
    /// The shop.
    pub shop_id: ShopId,
    /// The shop's name when added.
    pub shop_name: String,
    /// Unit price the buyer saw (after a running deal), in the settlement currency; the server reports a
    /// different current price instead of charging it.
    pub unit_price: Money,
    /// Units in stock when last seen; caps the quantity until the server quotes again.
    pub stock: i64,
    /// The logistics class chosen at checkout; the cheapest that reaches the destination when `None`.
    #[serde(default)]
    pub shipping_class: Option<LogisticsClass>,
}

impl CartItem {
    /// The line as the quote and order requests carry it.
    pub fn to_line(&self) -> CartLine {
        CartLine {
            listing_id: self.listing_id,
            sku_id: self.sku_id,
            quantity: self.quantity,
            shipping_class: self.shipping_class,
            expected_unit_price: Some(self.unit_price),
        }
    }
}

/// The most units of one line: the stock, within the platform's limit, and at least one.
pub fn max_quantity(stock: i64) -> i64 {
    stock.clamp(1, MAX_LINE_QUANTITY)
}

/// The cart's lines, oldest first; re-runs the caller when the cart changes (tracked).
pub fn items(shopper: Shopper) -> Vec<CartItem> {
    shopper.track();
    load()
}

/// The stored lines; an unreadable cart (edited by hand, an older format) counts as empty.
fn load() -> Vec<CartItem> {
    storage::load(storage::CART_KEY)
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default()
}

/// Stores `items` and their unit count (for the header badge) and tells this tab's views.
fn store(shopper: Shopper, items: &[CartItem]) {
    if items.is_empty() {
        storage::remove(storage::CART_KEY);
        storage::remove(storage::CART_COUNT_KEY);
    } else if let Ok(json) = serde_json::to_string(items) {
        storage::save(storage::CART_KEY, &json);
        let units: i64 = items.iter().map(|i| i.quantity).sum();
        storage::save(storage::CART_COUNT_KEY, &units.to_string());
    }
    shopper.changed();
}

/// Changes the stored lines with `change` and stores the result.
fn update(shopper: Shopper, change: impl FnOnce(&mut Vec<CartItem>)) {
    let mut items = load();
    change(&mut items);
    store(shopper, &items);
}

/// What adding to the cart did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Added {
    /// The line now holds this many units.
    Units(i64),
    /// The cart already has its most lines.
    CartFull,
}

/// Adds `item` (its quantity) to the cart: a variant already in the cart gets more units, never more than
/// its stock; a new variant becomes a new line. The price and stock seen now replace the older ones.
pub fn add(shopper: Shopper, item: CartItem) -> Added {
    let mut result = Added::CartFull;
    update(shopper, |items| {
        if let Some(line) = items.iter_mut().find(|i| i.sku_id == item.sku_id) {
            let quantity = (line.quantity + item.quantity).min(max_quantity(item.stock));
            *line = CartItem { quantity, ..item };
            result = Added::Units(quantity);
        } else if items.len() < MAX_CART_LINES {
            let quantity = item.quantity.clamp(1, max_quantity(item.stock));
            items.push(CartItem { quantity, ..item });
            result = Added::Units(quantity);
        }
    });
    result
}

/// Sets the units of the line of `sku` (1 … its stock).
pub fn set_quantity(shopper: Shopper, sku: SkuId, quantity: i64) {
    update(shopper, |items| {
        if let Some(line) = items.iter_mut().find(|i| i.sku_id == sku) {
            line.quantity = quantity.clamp(1, max_quantity(line.stock));
        }
    });
}

/// Takes the line of `sku` out of the cart.
pub fn remove(shopper: Shopper, sku: SkuId) {
    update(shopper, |items| items.retain(|i| i.sku_id != sku));
}

/// Accepts what the server says now about the line of `sku`: its current unit price and stock (the
/// quantity shrinks to the stock).
pub fn accept_current(shopper: Shopper, sku: SkuId, unit_price: Money, stock: i64) {
    update(shopper, |items| {
        if let Some(line) = items.iter_mut().find(|i| i.sku_id == sku) {
            line.unit_price = unit_price;
            line.stock = stock;
            line.quantity = line.quantity.min(max_quantity(stock));
        }
    });
}

/// Forgets the logistics class chosen for the line of `sku`: the cheapest one that reaches the destination
/// applies again.
pub fn reset_shipping(shopper: Shopper, sku: SkuId) {
    update(shopper, |items| {
        if let Some(line) = items.iter_mut().find(|i| i.sku_id == sku) {
            line.shipping_class = None;
        }
    });
}

/// Ships every line of `skus` with `class` (the buyer's choice for one shop at checkout).
pub fn set_shipping(shopper: Shopper, skus: &[SkuId], class: LogisticsClass) {
    update(shopper, |items| {
        for line in items.iter_mut().filter(|i| skus.contains(&i.sku_id)) {
            line.shipping_class = Some(class);
        }
    });
}

/// Empties the cart (its orders were placed and paid).
pub fn clear(shopper: Shopper) {
    store(shopper, &[]);
}

/// The destination the buyer chose last, else the active locale's region.
pub fn saved_destination(locale: &str) -> String {
    storage::load(DESTINATION_KEY)
        .filter(|c| countries::is_known(c))
        .unwrap_or_else(|| countries::default_destination(locale).to_owned())
}

/// Remembers `country` as the destination for next time (the cart page and checkout share it).
pub fn save_destination(country: &str) {
    storage::save(DESTINATION_KEY, country);
}

/// The server's quote of `items` for `destination` in the display currency, asked again whenever one of
/// them changes; `None` for an empty cart (nothing to ask).
pub fn quote_resource(
    items: Memo<Vec<CartItem>>,
    destination: Signal<String>,
    currency: CurrencyChoice,
) -> LocalResource<Result<Option<Quote>, api::Error>> {
    LocalResource::new(move || {
        let request = QuoteRequest {
            destination: destination.get(),
            display_currency: Some(currency.currency()).filter(|c| *c != Currency::USD),
            lines: items.read().iter().map(CartItem::to_line).collect(),
        };
        async move {
            if request.lines.is_empty() {
                return Ok(None);
            }
            api::orders::quote(&request).await.map(Some)
        }
    })
}

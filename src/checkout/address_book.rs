//! The buyer's address book: delivery addresses used before, newest first, kept in localStorage so checkout
//! offers them again (the server stores an address only with the orders it delivers).

use crate::storage;
use caravan_types::order::ShippingAddress;

/// Key of the saved addresses (JSON).
const ADDRESSES_KEY: &str = "caravan.addresses";
/// Most addresses kept; older ones drop off.
const MAX_ADDRESSES: usize = 5;

/// The saved addresses, newest first; an unreadable list counts as empty.
pub fn addresses() -> Vec<ShippingAddress> {
    storage::load(ADDRESSES_KEY)
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default()
}

/// Puts `address` first in the book (once: an equal one moves up).
pub fn remember(address: &ShippingAddress) {
    let mut all = addresses();
    all.retain(|a| a != address);
    all.insert(0, address.clone());
    all.truncate(MAX_ADDRESSES);
    if let Ok(json) = serde_json::to_string(&all) {
        storage::save(ADDRESSES_KEY, &json);
    }
}

/// Takes `address` out of the book.
pub fn forget(address: &ShippingAddress) {
    let mut all = addresses();
    all.retain(|a| a != address);
    if let Ok(json) = serde_json::to_string(&all) {
        storage::save(ADDRESSES_KEY, &json);
    }
}

/// One line describing `address`, for choosing it: name, street, city and postal code.
pub fn summary(address: &ShippingAddress) -> String {
    [
        address.name.as_str(),
        address.line1.as_str(),
        address.city.as_str(),
        address.postal_code.as_str(),
    ]
    .into_iter()
    .filter(|part| !part.is_empty())
    .collect::<Vec<_>>()
    .join(", ")
}

//! The user's saved state in `localStorage`: preferences (language, currency), who is signed in and the cart.
//! Storage can be missing or refuse writes (private browsing, disabled cookies); then the state simply lasts
//! for the page's lifetime.

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The saved value of `key`, if any.
pub fn load(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

/// Saves `value` under `key`; a refusal is ignored (see the module docs).
pub fn save(key: &str, value: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(key, value);
    }
}

/// Forgets `key`.
pub fn remove(key: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(key);
    }
}

/// Key of the chosen locale's BCP 47 tag.
pub const LOCALE_KEY: &str = "caravan.locale";
/// Key of the chosen display currency's ISO 4217 code.
pub const CURRENCY_KEY: &str = "caravan.currency";
/// Key of the signed-in account's display name, remembered at sign-in so the header needs no request.
pub const ACCOUNT_KEY: &str = "caravan.account";
/// Key of the cart's lines (JSON, written by `crate::cart` in the lazy chunks).
pub const CART_KEY: &str = "caravan.cart";
/// Key of the cart's item count, kept beside the lines so the header badge never parses them.
pub const CART_COUNT_KEY: &str = "caravan.cart.count";

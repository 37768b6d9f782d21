//! The user's saved preferences in `localStorage` (language, currency). Storage can be missing or refuse
//! writes (private browsing, disabled cookies); then preferences simply last for the page's lifetime.

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

/// Key of the chosen locale's BCP 47 tag.
pub const LOCALE_KEY: &str = "caravan.locale";
/// Key of the chosen display currency's ISO 4217 code.
pub const CURRENCY_KEY: &str = "caravan.currency";

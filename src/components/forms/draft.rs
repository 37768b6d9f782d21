use crate::storage;
use leptos::prelude::*;

/// A field's value, starting from its saved draft and saved again on every change, so a reload or a closed
/// tab keeps what was typed. Never use it for passwords or card numbers.
pub fn draft_field(key: &'static str) -> RwSignal<String> {
    let value = RwSignal::new(storage::load(key).unwrap_or_default());
    Effect::new(move |first: Option<()>| {
        let text = value.get();
        // The first run only reads what was just loaded.
        if first.is_some() {
            storage::save(key, &text);
        }
    });
    value
}

/// Forgets the drafts under `keys` once what they held has been sent.
pub fn clear_drafts(keys: &[&str]) {
    for key in keys {
        storage::remove(key);
    }
}

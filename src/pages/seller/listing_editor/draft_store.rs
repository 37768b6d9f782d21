//! Drafts are never lost: every keystroke's draft is kept in `localStorage` under this tab's key until the
//! server has it, and every server save is announced to the other tabs on a `BroadcastChannel`.
//!
//! Keys are per listing and per tab (`caravan.draft.<listing or new>.<tab>`): two tabs editing the same
//! listing keep separate copies, so neither overwrites the other's unsaved work. The tab id lives in
//! `sessionStorage`, which survives a reload of the tab (so a reload finds its own copy) but not a new tab.

use crate::pages::js_dyn;
use caravan_types::{ListingId, listing_draft::ListingDraft};
use serde::{Deserialize, Serialize};
use wasm_bindgen::{JsCast, JsValue, closure::Closure};

/// The channel every seller-center tab listens on.
const CHANNEL: &str = "caravan-listings";
/// Prefix of the draft keys.
const PREFIX: &str = "caravan.draft.";
/// `sessionStorage` key of this tab's id.
const TAB_KEY: &str = "caravan.tab";

/// A draft kept on this device.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LocalDraft {
    /// The server version the draft was edited from (0 for a listing not yet on the server).
    pub base_version: i64,
    /// The draft as last typed.
    pub draft: ListingDraft,
    /// When it was last typed, milliseconds since the epoch.
    pub edited_at: f64,
    /// The tab that typed it.
    pub tab: String,
}

/// A server save, as announced to the other tabs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedNotice {
    /// The listing.
    pub listing: ListingId,
    /// Its new version.
    pub version: i64,
    /// The tab that saved it.
    pub tab: String,
}

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// This tab's id: kept in `sessionStorage` so a reload keeps it; made up the first time.
pub fn tab_id() -> String {
    let session = Some(js_dyn::global("sessionStorage"))
        .filter(|s| !s.is_null() && !s.is_undefined())
        .map(JsCast::unchecked_into::<web_sys::Storage>);
    if let Some(id) = session
        .as_ref()
        .and_then(|s| s.get_item(TAB_KEY).ok().flatten())
    {
        return id;
    }
    let id = format!(
        "{:x}{:x}",
        js_dyn::now() as u64,
        (js_dyn::call0(&js_dyn::global("Math"), "random")
            .as_f64()
            .unwrap_or_default()
            * 4_294_967_296.0) as u64
    );
    if let Some(session) = session {
        let _ = session.set_item(TAB_KEY, &id);
    }
    id
}

fn listing_part(listing: Option<ListingId>) -> String {
    listing.map_or_else(|| "new".to_owned(), |id| id.to_string())
}

fn key(listing: Option<ListingId>, tab: &str) -> String {
    format!("{PREFIX}{}.{tab}", listing_part(listing))
}

/// Keeps `draft` as this tab's unsaved copy of `listing`. A full or refused storage only loses the local
/// copy; the server save still runs.
pub fn keep(listing: Option<ListingId>, tab: &str, base_version: i64, draft: &ListingDraft) {
    let entry = LocalDraft {
        base_version,
        draft: draft.clone(),
        edited_at: js_dyn::now(),
        tab: tab.to_owned(),
    };
    if let (Some(storage), Ok(json)) = (local(), serde_json::to_string(&entry)) {
        let _ = storage.set_item(&key(listing, tab), &json);
    }
}

/// Forgets this tab's copy of `listing` (the server has it, or the seller discarded it).
pub fn forget(listing: Option<ListingId>, tab: &str) {
    if let Some(storage) = local() {
        let _ = storage.remove_item(&key(listing, tab));
    }
}

/// This tab's unsaved copy of `listing`, if any (a reload of the tab finds it).
pub fn own(listing: Option<ListingId>, tab: &str) -> Option<LocalDraft> {
    let text = local()?.get_item(&key(listing, tab)).ok().flatten()?;
    serde_json::from_str(&text).ok()
}

/// The newest unsaved copy of `listing` kept by another tab (one that crashed or was closed), if any.
pub fn newest_from_other_tabs(listing: Option<ListingId>, tab: &str) -> Option<LocalDraft> {
    let storage = local()?;
    let prefix = format!("{PREFIX}{}.", listing_part(listing));
    (0..storage_length(&storage))
        .filter_map(|i| storage_key(&storage, i))
        .filter(|k| k.starts_with(&prefix) && !k.ends_with(&format!(".{tab}")))
        .filter_map(|k| storage.get_item(&k).ok().flatten())
        .filter_map(|text| serde_json::from_str::<LocalDraft>(&text).ok())
        .max_by(|a, b| a.edited_at.total_cmp(&b.edited_at))
}

/// Forgets the copies of `listing` other tabs left behind (after the seller restored or discarded one).
pub fn forget_other_tabs(listing: Option<ListingId>, tab: &str) {
    let Some(storage) = local() else {
        return;
    };
    let prefix = format!("{PREFIX}{}.", listing_part(listing));
    let stale: Vec<String> = (0..storage_length(&storage))
        .filter_map(|i| storage_key(&storage, i))
        .filter(|k| k.starts_with(&prefix) && !k.ends_with(&format!(".{tab}")))
        .collect();
    for k in stale {
        let _ = storage.remove_item(&k);
    }
}

/// How many entries `storage` holds.
fn storage_length(storage: &web_sys::Storage) -> u32 {
    js_dyn::get(storage, "length").as_f64().unwrap_or_default() as u32
}

/// The name of `storage`'s entry number `index`.
fn storage_key(storage: &web_sys::Storage, index: u32) -> Option<String> {
    js_dyn::call1(storage, "key", &JsValue::from(index)).as_string()
}

/// The seller-center tabs' channel: announces this tab's saves and hears the others'.
pub struct SaveChannel {
    channel: Option<JsValue>,
    _on_message: Option<Closure<dyn FnMut(JsValue)>>,
}

impl SaveChannel {
    /// Opens the channel; `on_saved` hears every other tab's save. Without `BroadcastChannel` (very old
    /// browsers) the other tab learns of the save when its own save is refused as stale.
    pub fn open(on_saved: impl Fn(SavedNotice) + 'static) -> SaveChannel {
        let Some(channel) =
            js_dyn::construct("BroadcastChannel", &JsValue::from_str(CHANNEL), None)
        else {
            return SaveChannel {
                channel: None,
                _on_message: None,
            };
        };
        let on_message = Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
            if let Some(notice) = js_dyn::get(&event, "data")
                .as_string()
                .and_then(|text| serde_json::from_str::<SavedNotice>(&text).ok())
            {
                on_saved(notice);
            }
        });
        js_dyn::set(&channel, "onmessage", on_message.as_ref());
        SaveChannel {
            channel: Some(channel),
            _on_message: Some(on_message),
        }
    }

    /// Tells the other tabs that this tab saved `listing` as `version`.
    pub fn announce(&self, notice: &SavedNotice) {
        if let (Some(channel), Ok(text)) = (&self.channel, serde_json::to_string(notice)) {
            js_dyn::call1(channel, "postMessage", &JsValue::from_str(&text));
        }
    }
}

impl Drop for SaveChannel {
    fn drop(&mut self) {
        if let Some(channel) = &self.channel {
            js_dyn::set(channel, "onmessage", &JsValue::NULL);
            js_dyn::call0(channel, "close");
        }
    }
}

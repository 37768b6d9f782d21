//! The order being placed at checkout, kept in localStorage until it is paid: the `Idempotency-Key` sent
//! with `POST /api/orders`, the request it was sent with, and the group the server placed. A retry after a
//! lost answer, a double click, a reload or a declined card reuses the key (or the placed group), so one
//! checkout never becomes two orders. A changed cart or address is a new request and gets a new key: the
//! server would refuse an old key with a different body.

use crate::storage;
use caravan_types::{OrderGroupId, order::PlaceOrderRequest};
use serde::{Deserialize, Serialize};

/// Key of the pending checkout (JSON).
const PENDING_KEY: &str = "caravan.checkout";

/// A checkout sent (or about to be sent) to the server.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pending {
    /// The `Idempotency-Key` of the request.
    pub key: String,
    /// The request as sent.
    pub request: PlaceOrderRequest,
    /// The group the server placed for it, once known.
    pub group: Option<OrderGroupId>,
}

/// The pending checkout for `request`: the stored one when it was made for the same request, else a new
/// one with a fresh key (stored before anything is sent, so a reload mid-request keeps the key).
pub fn for_request(request: &PlaceOrderRequest) -> Pending {
    if let Some(pending) = load().filter(|p| p.request == *request) {
        return pending;
    }
    let pending = Pending {
        key: new_key(),
        request: request.clone(),
        group: None,
    };
    store(&pending);
    pending
}

/// Records the group the server placed for `pending`.
pub fn placed(pending: &Pending, group: OrderGroupId) {
    store(&Pending {
        group: Some(group),
        ..pending.clone()
    });
}

/// Forgets the pending checkout (paid, or its group can no longer be paid).
pub fn clear() {
    storage::remove(PENDING_KEY);
}

fn load() -> Option<Pending> {
    serde_json::from_str(&storage::load(PENDING_KEY)?).ok()
}

fn store(pending: &Pending) {
    if let Ok(json) = serde_json::to_string(pending) {
        storage::save(PENDING_KEY, &json);
    }
}

/// A random UUID from the browser's `crypto.randomUUID()` (every supported browser has it on a secure
/// origin, localhost included); elsewhere two `Math.random` draws, which only need to be unique per buyer.
fn new_key() -> String {
    use js_sys::{Function, Reflect};
    use wasm_bindgen::JsCast;
    let global = js_sys::global();
    Reflect::get(&global, &"crypto".into())
        .ok()
        .and_then(|crypto| {
            let uuid = Reflect::get(&crypto, &"randomUUID".into()).ok()?;
            uuid.dyn_into::<Function>()
                .ok()?
                .call0(&crypto)
                .ok()?
                .as_string()
        })
        .unwrap_or_else(|| {
            let draw = || (js_sys::Math::random() * 1e15) as u64;
            format!("k-{:x}-{:x}", draw(), draw())
        })
}

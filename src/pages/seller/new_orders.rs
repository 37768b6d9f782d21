//! New orders for every open seller-center tab: while a seller page is visible the to-ship queue is looked
//! at every few seconds, and each look is announced on a `BroadcastChannel`, so one tab's request serves
//! all tabs (a tab that heard a fresh look skips its own). Orders newer than the last one the seller saw
//! in the queue (kept in `localStorage`, shared by tabs) are counted on the Orders link's badge.

use super::seller_session::{SellerState, use_seller_session};
use crate::{
    api::seller::orders::{self as seller_orders, OrderQueue},
    pages::js_dyn,
    storage,
};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::time::Duration;
use wasm_bindgen::{JsValue, closure::Closure};

/// `localStorage` key of the highest order id the seller has seen in the queue.
const SEEN_KEY: &str = "caravan.seller.orders-seen";
/// The seller-center tabs' channel for looks at the queue.
const CHANNEL: &str = "caravan-seller-orders";
/// How often the queue is looked at while a seller page is visible.
const POLL_MS: f64 = 10_000.0;
/// The most to-ship orders one look counts.
const POLL_LIMIT: u32 = 100;

/// What tabs tell each other.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Notice {
    /// A fresh look: the ids of the paid orders waiting for shipment.
    Queue(Vec<i64>),
    /// The seller saw the queue up to this order id.
    Seen(i64),
}

/// The channel's `onmessage` handler, kept alive while the seller center is open.
type MessageHandler = Closure<dyn FnMut(JsValue)>;

/// The to-ship queue as the tabs last saw it, shared through context.
#[derive(Clone, Copy)]
pub struct NewOrders {
    /// Ids of the paid orders waiting for shipment at the latest look (any tab's).
    queue: RwSignal<Vec<i64>>,
    /// The highest order id the seller has seen in the queue.
    seen: RwSignal<i64>,
    /// Bumped whenever a look found the queue changed, so an open queue reloads.
    changes: RwSignal<u32>,
    /// When this tab last heard of a look (its own or another tab's), milliseconds.
    last_look: StoredValue<f64>,
    started: StoredValue<bool>,
    channel: StoredValue<Option<JsValue>, LocalStorage>,
    on_message: StoredValue<Option<MessageHandler>, LocalStorage>,
}

impl NewOrders {
    /// How many orders in the queue the seller has not seen yet.
    pub fn count(&self) -> usize {
        let seen = self.seen.get();
        self.queue
            .with(|q| q.iter().filter(|id| **id > seen).count())
    }

    /// The highest order id the seller had seen (untracked).
    pub fn seen_untracked(&self) -> i64 {
        self.seen.get_untracked()
    }

    /// Changes whenever a look found the queue changed (tracked).
    pub fn changes(&self) -> u32 {
        self.changes.get()
    }

    /// The seller has looked at the queue, which held orders up to `up_to`: the badge clears in every tab.
    pub fn mark_seen(&self, up_to: i64) {
        if up_to > self.seen.get_untracked() {
            self.seen.set(up_to);
            storage::save(SEEN_KEY, &up_to.to_string());
            self.announce(&Notice::Seen(up_to));
        }
    }

    fn hear(&self, notice: Notice) {
        match notice {
            Notice::Queue(ids) => self.apply(ids),
            Notice::Seen(up_to) => {
                if up_to > self.seen.get_untracked() {
                    self.seen.set(up_to);
                }
            }
        }
    }

    fn apply(&self, ids: Vec<i64>) {
        self.last_look.set_value(js_dyn::now());
        if self.queue.with_untracked(|q| *q != ids) {
            self.queue.set(ids);
            self.changes.update(|n| *n = n.wrapping_add(1));
        }
    }

    fn announce(&self, notice: &Notice) {
        self.channel.with_value(|channel| {
            if let (Some(channel), Ok(text)) = (channel, serde_json::to_string(notice)) {
                js_dyn::call1(channel, "postMessage", &JsValue::from_str(&text));
            }
        });
    }

    /// Opens the channel and starts looking (once, for a seller with a shop).
    fn start(self) {
        if self.started.get_value() {
            return;
        }
        self.started.set_value(true);
        if let Some(channel) =
            js_dyn::construct("BroadcastChannel", &JsValue::from_str(CHANNEL), None)
        {
            let on_message = Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
                if self.queue.is_disposed() {
                    return;
                }
                if let Some(notice) = js_dyn::get(&event, "data")
                    .as_string()
                    .and_then(|text| serde_json::from_str::<Notice>(&text).ok())
                {
                    self.hear(notice);
                }
            });
            js_dyn::set(&channel, "onmessage", on_message.as_ref());
            self.channel.set_value(Some(channel));
            self.on_message.set_value(Some(on_message));
        }
        self.look();
    }

    /// Looks at the queue unless the page is hidden or another tab just did; then waits for the next turn.
    fn look(self) {
        if self.queue.is_disposed() {
            return;
        }
        let hidden = js_dyn::get(&js_dyn::global("document"), "visibilityState").as_string()
            == Some("hidden".to_owned());
        let heard_lately = js_dyn::now() - self.last_look.get_value() < POLL_MS * 0.8;
        if !hidden && !heard_lately {
            leptos::task::spawn_local(async move {
                if let Ok(page) =
                    seller_orders::list_orders(OrderQueue::ToShip, POLL_LIMIT, None).await
                    && !self.queue.is_disposed()
                {
                    let ids: Vec<i64> = page.items.iter().map(|o| o.id.0).collect();
                    self.announce(&Notice::Queue(ids.clone()));
                    self.apply(ids);
                }
            });
        }
        let _ = set_timeout_with_handle(move || self.look(), Duration::from_millis(POLL_MS as u64));
    }

    fn close(&self) {
        if let Some(Some(channel)) = self.channel.try_get_value() {
            js_dyn::set(&channel, "onmessage", &JsValue::NULL);
            js_dyn::call0(&channel, "close");
        }
    }
}

/// Provides the new-order count to the seller center; looking starts once the visitor is known to be a
/// seller with a shop (nobody else may ask for orders).
pub fn provide_new_orders() {
    let seen = storage::load(SEEN_KEY)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let orders = NewOrders {
        queue: RwSignal::new(Vec::new()),
        seen: RwSignal::new(seen),
        changes: RwSignal::new(0),
        last_look: StoredValue::new(f64::NEG_INFINITY),
        started: StoredValue::new(false),
        channel: StoredValue::new_local(None),
        on_message: StoredValue::new_local(None),
    };
    provide_context(orders);
    let session = use_seller_session();
    Effect::new(move |_| {
        if let Some(Ok(SellerState::Seller { shop: Some(_), .. })) = session.state.get() {
            orders.start();
        }
    });
    on_cleanup(move || orders.close());
}

/// The count provided by [`provide_new_orders`].
pub fn use_new_orders() -> NewOrders {
    expect_context::<NewOrders>()
}

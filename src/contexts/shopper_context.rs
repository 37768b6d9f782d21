//! What the header shows about the shopper on every page: who is signed in and how many items the cart
//! holds. Both live in localStorage (written at sign-in and by the cart in the lazy chunks) and are read
//! from there whenever asked, so the header draws without a request and every open tab follows another's
//! changes through `storage` events. One trigger, rather than a signal per value, keeps this small: it is
//! part of every page's download.

use crate::storage;
use leptos::prelude::*;

/// Handle to the shopper's state; cheap to copy into closures.
#[derive(Clone, Copy)]
pub struct Shopper(Trigger);

impl Shopper {
    /// Display name of the signed-in account as remembered at sign-in; `None` when signed out. Tracked.
    pub fn name(&self) -> Option<String> {
        self.0.track();
        storage::load(storage::ACCOUNT_KEY)
    }

    /// Number of items in the cart, tracked.
    pub fn cart_count(&self) -> u32 {
        self.0.track();
        storage::load(storage::CART_COUNT_KEY)
            .and_then(|n| n.parse().ok())
            .unwrap_or(0)
    }

    /// Makes the caller re-run when the stored state changes (in this tab or another).
    pub fn track(&self) {
        self.0.track();
    }

    /// Tells this tab's views that the stored state changed (other tabs hear it from the browser).
    pub fn changed(&self) {
        self.0.notify();
    }

    /// Remembers who signed in, in this tab and (through storage) every other.
    pub fn signed_in(&self, name: &str) {
        storage::save(storage::ACCOUNT_KEY, name);
        self.changed();
    }

    /// Forgets who was signed in (signed out, or the server no longer knows the session).
    pub fn signed_out(&self) {
        storage::remove(storage::ACCOUNT_KEY);
        self.changed();
    }
}

/// Makes the shopper's state available below the caller.
pub fn provide_shopper() {
    let shopper = Shopper(Trigger::new());
    // Another tab signed in or out or changed the cart. The page never goes away, so neither does this.
    let _ = window_event_listener_untyped("storage", move |_| shopper.changed());
    provide_context(shopper);
}

/// The shopper's state provided by [`provide_shopper`].
pub fn use_shopper() -> Shopper {
    expect_context::<Shopper>()
}

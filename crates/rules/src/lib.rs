//! Caravan's platform rule engine (RULES.md). Pure and synchronous: no I/O, no clock reads, no randomness;
//! time comes in as an argument. The same code runs in the browser (wasm32) and on the server, so the same
//! input and policy version give the same verdicts on both.
//!
//! Start with [`Engine`]: build it once per [`Policy`] version and call its `check_*` methods.

pub mod dispute;
pub mod engine;
pub mod listing;
pub mod order;
pub mod penalty;
pub mod policy;
pub mod promotion;
pub mod registration;
pub mod service;
pub mod shop;
pub(crate) mod sort;
pub mod text;
pub mod time;
pub mod verdicts;

pub use engine::Engine;
pub use listing::{ListingContext, ShippingOptionTerms, ShippingTemplate};
pub use policy::{DEFAULT_POLICY_JSON, Policy, PolicyError};
pub use shop::{ShopNameContext, ShopStatus, shop_name_key};
pub use text::sanitize_description;
pub use verdicts::{MESSAGE_KEYS, MessageKey, keys, message_key, sort_verdicts};

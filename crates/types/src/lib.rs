//! Types both sides of Caravan agree on: money, ids, listings, shops, verdicts and the API payloads.
//!
//! The browser app, the rule engine and the server all depend on this crate, so a payload has exactly one
//! definition. Nothing here does I/O.

pub mod account;
pub mod address;
pub mod api;
pub mod currency;
pub mod decimal;
pub mod dispute;
pub mod fx;
pub mod ids;
pub mod listing;
pub mod listing_draft;
pub mod logistics;
pub mod money;
pub mod notification;
pub mod order;
pub mod penalty;
pub mod promotion;
pub mod review;
pub mod search;
pub mod seller_listing;
pub mod shop;
pub mod upload;
pub mod verdict;

pub use currency::{Currency, CurrencyError};
pub use ids::{CategoryId, ListingId, OrderGroupId, OrderId, ShopId, SkuId, UserId};
pub use money::{Money, MoneyError, Rate, Rounding};

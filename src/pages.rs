//! Routed pages: the buyer shop under `shop`, the seller center under `seller`.

mod not_found_page;
pub mod shop;

pub use not_found_page::NotFoundPage;

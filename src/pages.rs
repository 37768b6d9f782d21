//! Routed pages: the buyer shop under `shop`, the seller center under `seller`, the platform console
//! under `console`.

pub mod console;
mod not_found_page;
mod section;
pub mod seller;
pub mod shop;

pub use not_found_page::NotFoundPage;
pub use section::SectionOutlet;

//! Routed pages: the buyer shop under `shop`, the seller center under `seller`, the platform console
//! under `console`.

pub mod console;
pub(crate) mod js_dyn;
mod not_found_page;
mod section;
pub(crate) mod section_stylesheet;
pub mod seller;
pub mod shop;

pub use not_found_page::NotFoundPage;
pub use section::SectionOutlet;

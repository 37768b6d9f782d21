//! The buyer shop's pages.

mod home_page;
mod product_page;

pub use home_page::HomePage;
pub use product_page::ProductRoute;

//! The buyer shop's pages.

mod account_area;
mod home_page;
mod product_page;
mod search_page;

pub(crate) use account_area::open_account_area;
pub use home_page::HomePage;
pub(crate) use product_page::open_product_page;
pub(crate) use search_page::open_search_page;

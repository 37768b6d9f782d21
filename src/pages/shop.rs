//! The buyer shop's pages.

mod account_area;
mod home_page;
mod product_page;
mod search_page;

pub use account_area::AccountAreaRoute;
pub use home_page::HomePage;
pub use product_page::ProductRoute;
pub use search_page::SearchRoute;

//! The buyer shop's pages.

mod account_area;
mod account_page;
mod cart_page;
mod checkout_done_page;
mod checkout_page;
mod dispute_panel;
mod home_page;
mod notifications_page;
mod order_detail_page;
pub(crate) mod order_words;
mod orders_page;
mod product_page;
mod register_page;
mod review_form;
mod search_page;
mod sign_in_page;

pub(crate) use account_area::open_account_area;
use account_page::AccountPage;
use cart_page::CartPage;
use checkout_done_page::CheckoutDonePage;
use checkout_page::CheckoutPage;
pub use home_page::HomePage;
use notifications_page::NotificationsPage;
use order_detail_page::OrderDetailPage;
use orders_page::OrdersPage;
pub(crate) use product_page::open_product_page;
use register_page::RegisterPage;
pub(crate) use search_page::open_search_page;
use sign_in_page::SignInPage;

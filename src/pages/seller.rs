//! The seller center: its own lazily loaded section under `/seller`. Everything here (and the rule engine it
//! runs) lives in the `seller_center` wasm chunk.

mod documents_page;
mod error_text;
mod form_field;
mod listing_editor;
mod listings_page;
mod onboarding_page;
mod rules_engine;
mod seller_center;
mod seller_home_page;
mod seller_nav;
mod seller_session;
mod shop_gate;
mod verdict_list;

use documents_page::DocumentsPage;
use listing_editor::ListingEditorPage;
use listings_page::ListingsPage;
use onboarding_page::OnboardingPage;
use rules_engine::provide_rules_engine;
pub(crate) use seller_center::open_seller_center;
use seller_home_page::SellerHomePage;
use seller_nav::SellerNav;
use seller_session::provide_seller_session;

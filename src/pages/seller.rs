//! The seller center: its own lazily loaded section under `/seller`. Everything here (and the rule engine it
//! runs) lives in the `seller_center` wasm chunk.

mod deadline;
mod dispute_words;
mod disputes_page;
mod documents_page;
mod error_text;
mod form_field;
mod growth_support;
mod listing_editor;
mod listings_page;
mod new_orders;
mod onboarding_page;
mod order_words;
mod orders_page;
mod penalties_page;
mod promotions_page;
mod rules_engine;
mod seller_center;
mod seller_dispute_page;
mod seller_home_page;
mod seller_nav;
mod seller_order_page;
mod seller_session;
mod service_page;
mod shop_gate;
mod verdict_list;

use disputes_page::SellerDisputesPage;
use documents_page::DocumentsPage;
use listing_editor::ListingEditorPage;
use listings_page::ListingsPage;
use new_orders::provide_new_orders;
use onboarding_page::OnboardingPage;
use orders_page::SellerOrdersPage;
use penalties_page::PenaltiesPage;
use promotions_page::PromotionsPage;
use rules_engine::provide_rules_engine;
pub(crate) use seller_center::open_seller_center;
use seller_dispute_page::SellerDisputePage;
use seller_home_page::SellerHomePage;
use seller_nav::SellerNav;
use seller_order_page::SellerOrderPage;
use seller_session::provide_seller_session;
use service_page::ServicePage;

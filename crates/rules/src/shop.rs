//! Shop rules: SHOP-1 review status, SHOP-2 names, SHOP-3 category qualifications, SHOP-4 brand
//! authorisations.

mod name;
mod qualification;

pub use name::{ShopNameContext, shop_name_key};
pub(crate) use qualification::check_listing_shop;

/// Shop review statuses are a shared payload type; the rules re-export it where it always was.
pub use caravan_types::shop::ShopStatus;

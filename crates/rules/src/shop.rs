//! Shop rules: SHOP-1 review status, SHOP-2 names, SHOP-3 category qualifications, SHOP-4 brand
//! authorisations.

mod name;
mod qualification;

pub use name::{ShopNameContext, shop_name_key};
pub(crate) use qualification::check_listing_shop;

use serde::{Deserialize, Serialize};

/// Where a shop is in the platform's review (SHOP-1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ShopStatus {
    /// Waiting for review.
    Pending,
    /// Reviewed and open; may publish listings.
    Approved,
    /// Reviewed and refused (with a reason).
    Rejected,
}

impl ShopStatus {
    /// The stable identifier used in the API and the database.
    pub fn as_str(&self) -> &'static str {
        match self {
            ShopStatus::Pending => "pending",
            ShopStatus::Approved => "approved",
            ShopStatus::Rejected => "rejected",
        }
    }
}

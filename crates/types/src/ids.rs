//! Typed ids, so a listing id can never be passed where a shop id is expected.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

id_type!(
    /// A product listing.
    ListingId
);
id_type!(
    /// One stock-keeping unit (a variant combination) of a listing.
    SkuId
);
id_type!(
    /// A seller's shop.
    ShopId
);
id_type!(
    /// A category in the category tree.
    CategoryId
);
id_type!(
    /// A buyer, seller or admin account.
    UserId
);
id_type!(
    /// One shop's order: what a buyer bought from one seller in one checkout.
    OrderId
);
id_type!(
    /// One checkout: the orders (one per shop) placed and paid together.
    OrderGroupId
);

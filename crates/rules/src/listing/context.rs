//! What a listing check needs to know beyond the draft itself.

use crate::shop::ShopStatus;
use caravan_types::logistics::LogisticsClass;
use serde::{Deserialize, Serialize};

/// Facts about the shop and catalogue that the listing rules need, gathered by the caller.
///
/// Every field has a neutral default, so the browser can check with what it knows and the server with
/// everything; a `None` means "not known here" and skips the rules that need it (noted per field).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ListingContext {
    /// Slugs of the draft's category from the top level down to the leaf, e.g.
    /// `["phones-accessories", "phone-cases"]`. Empty when the draft has no category; the server sends an
    /// empty path for an unknown `category_id` too, which LST-6 reports.
    pub category_path: Vec<String>,
    /// The shop's review status (SHOP-1); `None` skips the check.
    pub shop_status: Option<ShopStatus>,
    /// Restricted classes the shop is licensed for (LST-3), e.g. `alcohol`, `medical-devices`.
    pub licences: Vec<String>,
    /// Qualification documents on file (SHOP-3), e.g. `cosmetics-production-licence`.
    pub qualifications: Vec<String>,
    /// Brands the shop holds a trademark certificate or authorisation for (SHOP-4, LST-4), by policy brand
    /// id (`nike`) or by name as on the certificate.
    pub authorised_brands: Vec<String>,
    /// Titles of the shop's other listings in the same category (LST-16), excluding this one.
    pub sibling_titles: Vec<String>,
    /// The selected shipping template (LST-9, LST-10, LST-14); `None` skips the template's rules, though a
    /// draft without `shipping_template_id` is still reported.
    pub shipping: Option<ShippingTemplate>,
    /// USD per unit of the draft's currency, in millionths (LST-8 limits are in USD). Not needed for USD
    /// drafts; `None` for another currency skips the USD range and band checks.
    pub usd_rate_micros: Option<i64>,
    /// The seller's unit cost in minor units of the draft's currency (LST-12 margin advice); `None` skips it.
    pub unit_cost_minor: Option<i64>,
}

/// A shipping template as the listing rules see it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShippingTemplate {
    /// Options the template offers.
    pub options: Vec<ShippingOptionTerms>,
}

/// One option of a shipping template.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShippingOptionTerms {
    /// Logistics class.
    pub class: LogisticsClass,
    /// Cost for one unit in minor units of the draft's currency; 0 for free shipping.
    pub cost_minor: i64,
    /// Fewest days the template promises.
    pub min_days: u32,
    /// Most days the template promises.
    pub max_days: u32,
}

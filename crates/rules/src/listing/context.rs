//! What a listing check needs to know beyond the draft itself.

use crate::shop::ShopStatus;
/// Shipping templates are shared payload types; the rules re-export them where they always were.
pub use caravan_types::logistics::{ShippingOptionTerms, ShippingTemplate};
use caravan_types::{
    Currency, ListingId, listing_draft::ListingDraft, seller_listing::ListingFacts,
};
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

impl ListingContext {
    /// The context the server builds for `draft`, assembled from what `GET /api/seller/listing-facts`
    /// answered, so the seller center's verdicts equal the server's. `category_path` is the draft's
    /// category from the top level down (empty without one, or for an unknown id); `this_listing` is the
    /// listing being edited (`None` for a new one), left out of the sibling titles.
    pub fn from_facts(
        facts: &ListingFacts,
        draft: &ListingDraft,
        this_listing: Option<ListingId>,
        category_path: Vec<String>,
    ) -> ListingContext {
        let sibling_titles = match draft.category_id {
            Some(category) => facts
                .titles
                .iter()
                .filter(|t| t.category_id == Some(category) && Some(t.id) != this_listing)
                .map(|t| t.title.clone())
                .collect(),
            None => Vec::new(),
        };
        let shipping = draft.shipping_template_id.and_then(|id| {
            facts
                .shipping_templates
                .iter()
                .find(|t| t.id == id)
                .map(|t| t.template.clone())
        });
        ListingContext {
            category_path,
            shop_status: Some(facts.shop_status),
            licences: facts.licences.clone(),
            qualifications: facts.qualifications.clone(),
            authorised_brands: facts.authorised_brands.clone(),
            sibling_titles,
            shipping,
            // The server knows the rate for USD only; other currencies skip the USD range checks on both.
            usd_rate_micros: (draft.currency == Currency::USD).then_some(1_000_000),
            unit_cost_minor: None,
        }
    }
}

//! Listing rules LST-1 … LST-16, plus the shop checks a listing triggers (SHOP-1, SHOP-3, SHOP-4).

mod category;
mod context;
mod description;
mod duplicates;
mod images;
mod inventory;
mod physical;
mod prepared;
mod pricing;
mod required;
mod shipping;
mod terms;
mod title;

pub use context::{ListingContext, ShippingOptionTerms, ShippingTemplate};
pub(crate) use prepared::Prepared;

use crate::{Engine, verdicts::Report};
use caravan_types::{listing_draft::ListingDraft, verdict::Verdict};

impl Engine {
    /// Every verdict on a listing draft (LST-1 … LST-16, SHOP-1/3/4), sorted.
    ///
    /// Pure: the same draft, context and policy give the same verdicts on every platform. Verdicts with
    /// [`caravan_types::verdict::Severity::Block`] stop publishing.
    pub fn check_listing(&self, draft: &ListingDraft, ctx: &ListingContext) -> Vec<Verdict> {
        let mut report = Report::new(self.version());
        let prepared = Prepared::new(self, draft, ctx);
        crate::shop::check_listing_shop(self, &prepared, &mut report);
        required::check(self, &prepared, &mut report);
        terms::check(self, &prepared, &mut report);
        title::check(self, &prepared, &mut report);
        category::check(self, &prepared, &mut report);
        images::check(self, &prepared, &mut report);
        pricing::check(self, &prepared, &mut report);
        shipping::check(self, &prepared, &mut report);
        inventory::check(self, &prepared, &mut report);
        physical::check(self, &prepared, &mut report);
        description::check(self, &prepared, &mut report);
        duplicates::check(self, &prepared, &mut report);
        report.finish()
    }

    /// Whether a draft may be published: no verdict blocks it.
    pub fn can_publish(&self, draft: &ListingDraft, ctx: &ListingContext) -> bool {
        !self.check_listing(draft, ctx).iter().any(Verdict::blocks)
    }
}

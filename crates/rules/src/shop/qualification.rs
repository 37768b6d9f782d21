//! SHOP-1, SHOP-3 and SHOP-4 as a listing triggers them: only approved shops publish; categories that need
//! a qualification document; branded goods need an authorisation for that brand.

use crate::{
    Engine,
    engine::fold_key,
    listing::Prepared,
    verdicts::{Report, keys, text},
};

pub(crate) fn check_listing_shop(engine: &Engine, p: &Prepared<'_>, report: &mut Report<'_>) {
    if let Some(status) = p.ctx.shop_status
        && status != super::ShopStatus::Approved
    {
        report.push(
            keys::SHOP_1_NOT_APPROVED,
            "shop",
            [("status", text(status.as_str()))],
        );
    }
    for category in &p.categories {
        if let Some(qualification) = &category.qualification
            && !p.ctx.qualifications.contains(qualification)
        {
            report.push(
                keys::SHOP_3_QUALIFICATION_MISSING,
                "category_id",
                [
                    ("category", text(category.slug.as_str())),
                    ("qualification", text(qualification.as_str())),
                ],
            );
        }
    }
    if let Some(brand) = p.draft.brand.as_deref() {
        let key = fold_key(brand);
        if key.is_empty() || engine.unbranded.contains(&key) {
            return;
        }
        let authorised = match engine.policy_brand(brand) {
            Some(i) => engine.brand_authorised(i, &p.ctx.authorised_brands),
            None => p.ctx.authorised_brands.iter().any(|a| fold_key(a) == key),
        };
        if !authorised {
            report.push(
                keys::SHOP_4_BRAND_NOT_AUTHORISED,
                "brand",
                [("brand", text(brand.trim()))],
            );
        }
    }
}

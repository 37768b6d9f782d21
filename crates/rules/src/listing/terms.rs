//! LST-2 prohibited items, LST-3 restricted items, LST-4 intellectual property: terms found in the draft's
//! texts, and categories that are prohibited or need a licence.

use super::Prepared;
use crate::{
    Engine,
    engine::ListingTerm,
    policy::BrandKind,
    verdicts::{Report, keys, text},
};

pub(super) fn check(engine: &Engine, p: &Prepared<'_>, report: &mut Report<'_>) {
    let path = &p.ctx.category_path;
    let policy = engine.policy();
    for category in &p.categories {
        if category.prohibited {
            report.push(
                keys::LST_2_PROHIBITED_CATEGORY,
                "category_id",
                [("category", text(category.slug.as_str()))],
            );
        }
        if let Some(licence) = &category.licence
            && !p.ctx.licences.contains(licence)
        {
            report.push(
                keys::LST_3_CATEGORY_LICENCE_REQUIRED,
                "category_id",
                [
                    ("category", text(category.slug.as_str())),
                    ("licence", text(licence.as_str())),
                ],
            );
        }
    }
    for hit in &p.hits {
        let field = || hit.field.path();
        let term = hit.entry.term.as_str();
        match hit.entry.kind {
            ListingTerm::List(i) if engine.list_applies(i, path) => {
                let list = &policy.term_lists[i];
                if engine.list_prohibited(i) {
                    report.push(
                        keys::LST_2_PROHIBITED_TERM,
                        field(),
                        [("term", text(term)), ("list", text(list.id.as_str()))],
                    );
                } else {
                    let licence = list.licence.as_deref().unwrap_or(list.id.as_str());
                    if !p.ctx.licences.iter().any(|l| l == licence) {
                        report.push(
                            keys::LST_3_LICENCE_REQUIRED,
                            field(),
                            [("term", text(term)), ("licence", text(licence))],
                        );
                    }
                }
            }
            ListingTerm::Brand(i) if !engine.brand_authorised(i, &p.ctx.authorised_brands) => {
                let brand = &policy.brands[i];
                let key = match brand.kind {
                    BrandKind::Trademark => keys::LST_4_TRADEMARK,
                    BrandKind::Character => keys::LST_4_CHARACTER,
                };
                report.push(
                    key,
                    field(),
                    [("term", text(term)), ("brand", text(brand.name.as_str()))],
                );
            }
            _ => {}
        }
    }
}

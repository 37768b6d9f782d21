//! LST-14: package weight, package sides and handling time, with the shorter limit for stock in an
//! overseas warehouse.

use super::Prepared;
use crate::{
    Engine,
    verdicts::{Report, keys, num},
};
use caravan_types::logistics::LogisticsClass;

pub(super) fn check(engine: &Engine, p: &Prepared<'_>, report: &mut Report<'_>) {
    let limits = &engine.policy().listing;
    let draft = p.draft;
    if !(limits.weight_min_grams..=limits.weight_max_grams).contains(&draft.weight_grams) {
        report.push(
            keys::LST_14_WEIGHT_OUT_OF_RANGE,
            "weight_grams",
            [
                ("min", num(limits.weight_min_grams)),
                ("max", num(limits.weight_max_grams)),
            ],
        );
    }
    let sides = [
        (
            "package.length_cm_hundredths",
            draft.package.length_cm_hundredths,
        ),
        (
            "package.width_cm_hundredths",
            draft.package.width_cm_hundredths,
        ),
        (
            "package.height_cm_hundredths",
            draft.package.height_cm_hundredths,
        ),
    ];
    for (field, side) in sides {
        if !(limits.package_side_min..=limits.package_side_max).contains(&side) {
            report.push(
                keys::LST_14_PACKAGE_SIDE_OUT_OF_RANGE,
                field,
                [
                    ("min", num(limits.package_side_min)),
                    ("max", num(limits.package_side_max)),
                ],
            );
        }
    }
    if !(limits.handling_min_days..=limits.handling_max_days).contains(&draft.handling_days) {
        report.push(
            keys::LST_14_HANDLING_OUT_OF_RANGE,
            "handling_days",
            [
                ("min", num(limits.handling_min_days)),
                ("max", num(limits.handling_max_days)),
            ],
        );
    } else {
        let overseas = p.ctx.shipping.as_ref().is_some_and(|t| {
            t.options
                .iter()
                .any(|o| o.class == LogisticsClass::OverseasWarehouse)
        });
        if overseas && draft.handling_days > limits.handling_max_days_overseas {
            report.push(
                keys::LST_14_HANDLING_OVERSEAS,
                "handling_days",
                [("max", num(limits.handling_max_days_overseas))],
            );
        }
    }
}

//! LST-9: a shipping template is required, offers at least one option, and does not promise deliveries
//! faster than its logistics class can make.

use super::Prepared;
use crate::{
    Engine,
    verdicts::{Report, keys, num, text},
};

pub(super) fn check(engine: &Engine, p: &Prepared<'_>, report: &mut Report<'_>) {
    if p.draft.shipping_template_id.is_none() {
        report.push(keys::LST_9_TEMPLATE_REQUIRED, "shipping_template_id", []);
        return;
    }
    let Some(template) = &p.ctx.shipping else {
        return;
    };
    if template.options.is_empty() {
        report.push(keys::LST_9_TEMPLATE_EMPTY, "shipping_template_id", []);
    }
    for option in &template.options {
        let Some(range) = engine.policy().logistics(option.class) else {
            continue;
        };
        if option.min_days < range.min_days || option.max_days < option.min_days {
            report.push(
                keys::LST_9_DELIVERY_DAYS_UNREALISTIC,
                "shipping_template_id",
                [
                    ("class", text(option.class.as_str())),
                    ("min", num(range.min_days)),
                    ("max", num(range.max_days)),
                ],
            );
        }
    }
}

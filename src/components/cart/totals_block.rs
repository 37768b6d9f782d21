use crate::{contexts::use_i18n, money_format::format_money};
use caravan_i18n::Arg;
use caravan_types::{
    Money, Rate,
    order::{DisplayTotals, Totals},
};
use leptos::prelude::*;

/// Items, discounts, shipping and the total: in the buyer's display currency when the server converted
/// them (marked "≈"), with what is actually charged in the settlement currency, the rate and its date
/// (ORD-4); otherwise in the settlement currency.
#[component]
pub fn TotalsBlock(
    /// The figures in the settlement currency.
    totals: Totals,
    /// The same figures converted by the server, if the display currency differs.
    display: Option<DisplayTotals>,
) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.locale();
    let shown = |settlement: Money, converted: Option<Money>| match converted {
        Some(converted) => format!("≈\u{a0}{}", format_money(converted, &locale)),
        None => format_money(settlement, &locale),
    };
    let d = display.as_ref();
    let items = shown(totals.items, d.map(|d| d.items));
    let discount = (totals.discount.minor > 0).then(|| {
        format!(
            "−{}",
            shown(totals.discount, d.map(|d| d.discount))
                .trim_start_matches('≈')
                .trim_start()
        )
    });
    let shipping = if totals.shipping.minor == 0 {
        i18n.t("totals-free")
    } else {
        shown(totals.shipping, d.map(|d| d.shipping))
    };
    let total = shown(totals.total, d.map(|d| d.total));
    let note = display.as_ref().map(|d| charged_note(totals.total, d));
    view! {
        <dl class="cv-totals">
            <dt>{i18n.t("totals-items")}</dt>
            <dd>{items}</dd>
            {discount.map(|discount| view! {
                <dt>{i18n.t("totals-discount")}</dt>
                <dd class="cv-totals__discount">{discount}</dd>
            })}
            <dt>{i18n.t("totals-shipping")}</dt>
            <dd>{shipping}</dd>
            <dt class="cv-totals__total">{i18n.t("totals-total")}</dt>
            <dd class="cv-totals__total">{total}</dd>
        </dl>
        {note.map(|note| view! { <p class="cv-totals__charged">{note}</p> })}
    }
}

/// "Charged in US dollars: $12.34. Converted at 1 USD = 0.92 EUR, the reference rate of 2026-11-20."
fn charged_note(charged: Money, display: &DisplayTotals) -> String {
    let i18n = use_i18n();
    let locale = i18n.locale();
    i18n.t_args(
        "totals-charged",
        &[
            ("amount", Arg::from(format_money(charged, &locale))),
            ("currency", Arg::from(charged.currency.code())),
            ("rate", Arg::from(rate_text(display.rate))),
            ("date", Arg::from(display.rate_date.clone())),
        ],
    )
}

/// `1 USD = 0.921234 EUR`, from the rate's integer millionths, trailing zeros dropped.
fn rate_text(rate: Rate) -> String {
    let whole = rate.micros / 1_000_000;
    let fraction = format!("{:06}", (rate.micros % 1_000_000).abs());
    let fraction = fraction.trim_end_matches('0');
    let number = if fraction.is_empty() {
        whole.to_string()
    } else {
        format!("{whole}.{fraction}")
    };
    format!("1 {} = {number} {}", rate.base.code(), rate.quote.code())
}

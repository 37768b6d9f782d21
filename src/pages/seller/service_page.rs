//! Journey 8, the service score (SRV-1 … SRV-8): the shop's detailed seller ratings (DSR) and service
//! measures over the rolling window, with charts drawn here as inline SVG (no chart library): the DSR week
//! by week as trend lines, the measures' counts as bars, and the orders against the SRV-7 threshold from
//! which a growing shop is assessed. Each figure says what it means. Right-to-left locales get mirrored
//! charts (time runs from right to left, bars grow from the right).

use super::{
    growth_support::{adopt_growth_stylesheet, date_text},
    shop_gate::ShopGate,
    verdict_list::verdict_item,
};
use crate::{api::growth, components::common::ErrorView, contexts::use_i18n};
use caravan_i18n::Arg;
use caravan_types::review::{ServiceScore, ServiceWeek};
use leptos::prelude::*;

/// `/seller/service`.
#[component]
pub fn ServicePage() -> impl IntoView {
    let i18n = use_i18n();
    adopt_growth_stylesheet();
    view! {
        <h2 class="cv-center__title">{i18n.t("seller-service-title")}</h2>
        <p>{i18n.t("seller-service-intro")}</p>
        <ShopGate>
            <Service />
        </ShopGate>
    }
}

#[component]
fn Service() -> impl IntoView {
    let loaded = LocalResource::new(|| async {
        let (score, weeks) =
            futures::future::join(growth::get_service_score(), growth::list_service_weeks()).await;
        Ok::<_, crate::api::Error>((score?, weeks?))
    });
    let retry = Callback::new(move |()| loaded.refetch());
    view! {
        <Transition fallback=|| view! { <div class="cv-center__loading" aria-busy="true"></div> }>
            <ErrorBoundary fallback=move |errors| view! { <ErrorView errors on_retry=retry /> }>
                {move || Suspend::new(async move {
                    loaded.await.map(|(score, weeks)| view! { <Figures score weeks /> })
                })}
            </ErrorBoundary>
        </Transition>
    }
}

/// Tenths of a star as `4.5`.
fn stars(tenths: Option<u8>) -> Option<String> {
    tenths.map(|t| format!("{}.{}", t / 10, t % 10))
}

/// Per mille as a percentage with one decimal (`975` → `97.5`).
fn percent(permille: u32) -> String {
    format!("{}.{}", permille / 10, permille % 10)
}

/// Everything the page shows once the score arrived.
#[component]
fn Figures(score: ServiceScore, weeks: Vec<ServiceWeek>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.locale();
    let none = i18n.t("seller-service-no-ratings");
    let dsr_card = |key: &'static str, help: &'static str, value: Option<u8>| {
        let shown = stars(value)
            .map(|v| i18n.t_args("seller-service-stars", &[("value", Arg::from(v))]))
            .unwrap_or_else(|| none.clone());
        view! {
            <div class="cv-figure" data-figure=key>
                <dt class="cv-figure__label">{i18n.t(key)}</dt>
                <dd class="cv-figure__value"><span dir="ltr">{shown}</span></dd>
                <dd class="cv-figure__help">{i18n.t(help)}</dd>
            </div>
        }
    };
    let positive = score
        .positive_feedback_permille
        .map(|p| {
            i18n.t_args(
                "seller-service-percent",
                &[("value", Arg::from(percent(p)))],
            )
        })
        .unwrap_or_else(|| none.clone());
    let findings = score.findings.clone();
    view! {
        <p class="cv-service__window">{i18n.t_args("seller-service-window", &[
            ("start", Arg::from(date_text(score.window_start, &locale))),
            ("end", Arg::from(date_text(score.window_end, &locale))),
        ])}</p>
        <section class="cv-panel" aria-labelledby="cv-service-assessed">
            <h3 id="cv-service-assessed">{i18n.t("seller-service-assessment")}</h3>
            <ThresholdMeter orders=score.orders min_orders=score.min_orders />
            <p data-assessed=score.assessed.to_string()>{if score.assessed {
                i18n.t("seller-service-assessed")
            } else {
                i18n.t_args("seller-service-not-assessed", &[
                    ("missing", Arg::from(score.min_orders.saturating_sub(score.orders))),
                    ("min", Arg::from(score.min_orders)),
                ])
            }}</p>
            <p class="cv-form-field__hint">{i18n.t_args("seller-service-counted", &[
                ("orders", Arg::from(score.orders)),
                ("counted", Arg::from(score.counted)),
                ("excluded", Arg::from(score.excluded)),
            ])}</p>
        </section>
        <section class="cv-panel" aria-labelledby="cv-service-dsr">
            <h3 id="cv-service-dsr">{i18n.t("seller-service-dsr-title")}</h3>
            <p class="cv-form-field__hint">{i18n.t_args("seller-service-dsr-count", &[("count", Arg::from(score.dsr.ratings))])}</p>
            <dl class="cv-figures">
                {dsr_card("seller-service-described", "seller-service-described-help", score.dsr.described_tenths)}
                {dsr_card("seller-service-communication", "seller-service-communication-help", score.dsr.communication_tenths)}
                {dsr_card("seller-service-shipping", "seller-service-shipping-help", score.dsr.shipping_tenths)}
                <div class="cv-figure" data-figure="seller-service-positive">
                    <dt class="cv-figure__label">{i18n.t("seller-service-positive")}</dt>
                    <dd class="cv-figure__value"><span dir="ltr">{positive}</span></dd>
                    <dd class="cv-figure__help">{i18n.t("seller-service-positive-help")}</dd>
                </div>
            </dl>
            <DsrTrend weeks=weeks.clone() />
        </section>
        <section class="cv-panel" aria-labelledby="cv-service-measures">
            <h3 id="cv-service-measures">{i18n.t("seller-service-measures-title")}</h3>
            <MeasureBars score=score.clone() />
            <dl class="cv-service__help">
                {[
                    ("SRV-1", "seller-service-bad-reviews", "seller-service-bad-reviews-help"),
                    ("SRV-2", "seller-service-bad-dsr", "seller-service-bad-dsr-help"),
                    ("SRV-3", "seller-service-not-shipped", "seller-service-not-shipped-help"),
                    ("SRV-4", "seller-service-arbitration", "seller-service-arbitration-help"),
                    ("SRV-5", "seller-service-timeouts", "seller-service-timeouts-help"),
                    ("SRV-6", "seller-service-excluded", "seller-service-excluded-help"),
                ].into_iter().map(|(rule, term, help)| view! {
                    <dt><span class="cv-verdict__rule">{rule}</span>" "{i18n.t(term)}</dt>
                    <dd>{i18n.t(help)}</dd>
                }).collect_view()}
            </dl>
            {(!findings.is_empty()).then(|| view! {
                <h4>{i18n.t("seller-service-findings")}</h4>
                <ul class="cv-verdicts">{findings.iter().map(|v| verdict_item(&i18n, v)).collect_view()}</ul>
            })}
        </section>
    }
}

/// Whether the page is laid out right to left (the charts mirror).
fn rtl() -> bool {
    use_i18n().active().get_untracked().rtl
}

/// Chart width in SVG units (the SVG scales to its box; text stays readable at 360 px).
const W: f64 = 320.0;

/// Orders in the window against the SRV-7 threshold, as a bar with the threshold marked.
#[component]
fn ThresholdMeter(orders: u32, min_orders: u32) -> impl IntoView {
    let i18n = use_i18n();
    let rtl = rtl();
    let scale = f64::from(min_orders.max(1)) * 1.25;
    let scale = scale.max(f64::from(orders));
    let (left, right) = (8.0, W - 8.0);
    let span = right - left;
    let at = |value: f64| {
        let x = left + span * value / scale;
        if rtl { W - x } else { x }
    };
    let fill_end = at(f64::from(orders));
    let (fill_x, fill_w) = if rtl {
        (fill_end, right - fill_end)
    } else {
        (left, fill_end - left)
    };
    let mark = at(f64::from(min_orders));
    let title = i18n.t_args(
        "seller-service-meter-title",
        &[
            ("orders", Arg::from(orders)),
            ("min", Arg::from(min_orders)),
        ],
    );
    let reached = orders >= min_orders;
    view! {
        <svg class="cv-chart cv-chart--meter" viewBox=format!("0 0 {W} 56") role="img" aria-labelledby="cv-meter-title" direction="ltr">
            <title id="cv-meter-title">{title}</title>
            <rect class="cv-chart__track" x=left y="8" width=span height="18" rx="4" />
            <rect class="cv-chart__fill" class:cv-chart__fill--ok=reached x=fill_x y="8" width=fill_w.max(0.0) height="18" rx="4" />
            <line class="cv-chart__threshold" x1=mark x2=mark y1="2" y2="32" />
            <text class="cv-chart__label" x=mark y="48" text-anchor="middle">
                {i18n.t_args("seller-service-threshold", &[("min", Arg::from(min_orders))])}
            </text>
        </svg>
    }
}

/// One line of the trend chart: its class suffix, its message key and the weekly value it draws.
type Series = (&'static str, &'static str, fn(&ServiceWeek) -> Option<u8>);

/// The three DSR averages week by week, as lines over a 1–5 star scale.
#[component]
fn DsrTrend(weeks: Vec<ServiceWeek>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.locale();
    let rtl = rtl();
    let (top, bottom) = (12.0, 132.0);
    let (left, right) = (30.0, W - 10.0);
    let count = weeks.len().max(2) as f64;
    let x = |i: usize| {
        let x = left + (right - left) * i as f64 / (count - 1.0);
        if rtl { W - x } else { x }
    };
    let y = |tenths: u8| bottom - (bottom - top) * (f64::from(tenths) - 10.0) / 40.0;
    let axis_x = if rtl { W - left + 4.0 } else { left - 4.0 };
    let axis_anchor = if rtl { "start" } else { "end" };
    let series: [Series; 3] = [
        ("described", "seller-service-described", |w| {
            w.dsr.described_tenths
        }),
        ("communication", "seller-service-communication", |w| {
            w.dsr.communication_tenths
        }),
        ("shipping", "seller-service-shipping", |w| {
            w.dsr.shipping_tenths
        }),
    ];
    let rated = weeks.iter().filter(|w| w.dsr.ratings > 0).count();
    // The chart's text runs left to right (its geometry is mirrored instead): bidi marks a right-to-left
    // locale puts into dates would scramble them there.
    let axis_date = |at: i64| {
        date_text(at, &locale)
            .chars()
            .filter(|c| !matches!(c, '\u{200e}' | '\u{200f}' | '\u{61c}'))
            .collect::<String>()
    };
    let first = weeks
        .first()
        .map(|w| axis_date(w.starts_at))
        .unwrap_or_default();
    let last = weeks
        .last()
        .map(|w| axis_date(w.ends_at))
        .unwrap_or_default();
    let desc = i18n.t_args(
        "seller-service-trend-desc",
        &[
            ("weeks", Arg::from(weeks.len())),
            ("rated", Arg::from(rated)),
        ],
    );
    let grid = (1..=5u8).map(|star| {
        let gy = y(star * 10);
        view! {
            <line class="cv-chart__grid" x1=left.min(W - left) x2=right.max(W - right) y1=gy y2=gy />
            <text class="cv-chart__label" x=axis_x y=gy + 4.0 text-anchor=axis_anchor>{star.to_string()}</text>
        }
    }).collect_view();
    let lines = series.iter().map(|&(name, key, value)| {
        let label = i18n.t(key);
        // A week without ratings breaks the line rather than pretending a value.
        let mut d = String::new();
        let mut pen_down = false;
        for (i, week) in weeks.iter().enumerate() {
            match value(week) {
                Some(v) => {
                    d.push_str(&format!("{}{:.1},{:.1} ", if pen_down { "L" } else { "M" }, x(i), y(v)));
                    pen_down = true;
                }
                None => pen_down = false,
            }
        }
        let points = weeks.iter().enumerate().filter_map(|(i, week)| {
            let v = value(week)?;
            let tip = i18n.t_args("seller-service-point", &[
                ("series", Arg::from(label.clone())),
                ("week", Arg::from(date_text(week.starts_at, &locale))),
                ("value", Arg::from(stars(Some(v)).unwrap_or_default())),
            ]);
            Some(view! {
                <circle class=format!("cv-chart__point cv-chart__series--{name}") cx=x(i) cy=y(v) r="3.5">
                    <title>{tip}</title>
                </circle>
            })
        }).collect_view();
        view! {
            <path class=format!("cv-chart__line cv-chart__series--{name}") d=d />
            {points}
        }
    }).collect_view();
    let (first_x, last_x) = (x(0), x(weeks.len().saturating_sub(1)));
    let (first_anchor, last_anchor) = if rtl {
        ("end", "start")
    } else {
        ("start", "end")
    };
    view! {
        <figure class="cv-chart-figure">
            <svg class="cv-chart" viewBox=format!("0 0 {W} 160") role="img" aria-labelledby="cv-trend-title" aria-describedby="cv-trend-desc" direction="ltr">
                <title id="cv-trend-title">{i18n.t("seller-service-trend-title")}</title>
                <desc id="cv-trend-desc">{desc}</desc>
                {grid}
                {lines}
                <text class="cv-chart__label" x=first_x y="152" text-anchor=first_anchor>{first}</text>
                <text class="cv-chart__label" x=last_x y="152" text-anchor=last_anchor>{last}</text>
            </svg>
            <figcaption>
                <p class="cv-chart__caption">{i18n.t("seller-service-trend-title")}</p>
                <ul class="cv-chart__legend">
                    {series.iter().map(|&(name, key, _)| view! {
                        <li><span class=format!("cv-chart__swatch cv-chart__series--{name}") aria-hidden="true"></span>{i18n.t(key)}</li>
                    }).collect_view()}
                </ul>
            </figcaption>
        </figure>
    }
}

/// The measures' counts over the window as horizontal bars (one per SRV measure), each labelled with its
/// name and count.
#[component]
fn MeasureBars(score: ServiceScore) -> impl IntoView {
    let i18n = use_i18n();
    let rtl = rtl();
    let rows = [
        ("SRV-1", "seller-service-bad-reviews", score.bad_reviews),
        ("SRV-2", "seller-service-bad-described", score.bad_described),
        (
            "SRV-2",
            "seller-service-bad-communication",
            score.bad_communication,
        ),
        ("SRV-2", "seller-service-bad-shipping", score.bad_shipping),
        (
            "SRV-3",
            "seller-service-not-shipped",
            score.sold_not_shipped,
        ),
        ("SRV-4", "seller-service-arbitration", score.arbitration),
        ("SRV-5", "seller-service-timeouts", score.response_timeouts),
    ];
    let max = rows.iter().map(|r| r.2.count).max().unwrap_or(0).max(1);
    let row_height = 38.0;
    let height = row_height * rows.len() as f64 + 4.0;
    let (left, right) = (4.0, W - 40.0);
    let label_x = if rtl { W - 4.0 } else { 4.0 };
    let label_anchor = if rtl { "end" } else { "start" };
    let track_x = if rtl { W - right } else { left };
    let bars = rows.iter().enumerate().map(|(i, &(rule, key, measure))| {
        let top = row_height * i as f64;
        let width = (right - left) * f64::from(measure.count) / f64::from(max);
        let bar_x = if rtl { W - left - width } else { left };
        let count_x = if rtl { W - left - width - 4.0 } else { left + width + 4.0 };
        let count_anchor = if rtl { "end" } else { "start" };
        let rate = measure
            .rate_permille
            .map(|r| i18n.t_args("seller-service-rate", &[("rate", Arg::from(percent(r)))]))
            .unwrap_or_default();
        let label = format!("{rule} {}", i18n.t(key));
        let tip = format!("{label}: {} {rate}", measure.count);
        view! {
            <g class="cv-chart__bar-row" data-measure=key>
                <title>{tip}</title>
                <text class="cv-chart__label" x=label_x y=top + 12.0 text-anchor=label_anchor>{label}</text>
                <rect class="cv-chart__track" x=track_x y=top + 17.0 width=right - left height="12" rx="3" />
                <rect class="cv-chart__bar" x=bar_x y=top + 17.0 width=width height="12" rx="3" />
                <text class="cv-chart__value" x=count_x y=top + 27.0 text-anchor=count_anchor>{measure.count.to_string()}</text>
            </g>
        }
    }).collect_view();
    view! {
        <figure class="cv-chart-figure">
            <svg class="cv-chart" viewBox=format!("0 0 {W} {height}") role="img" aria-labelledby="cv-bars-title" direction="ltr">
                <title id="cv-bars-title">{i18n.t("seller-service-bars-title")}</title>
                {bars}
            </svg>
            <figcaption class="cv-chart__caption">{i18n.t("seller-service-bars-title")}</figcaption>
        </figure>
    }
}

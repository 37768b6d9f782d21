//! Promotion review (PRM-1): the seller's discount or flash deal with its period and goods; approve (the
//! server re-checks the goods: PRM-3, PRM-5, PRM-7, and shows the verdicts when it refuses), or reject with
//! the reason the seller will read.

use super::{
    console_gate::AdminGate,
    console_words::{
        ShopNames, date, field_error, form_error, minor, shop_label, shop_names, verdict_lines,
    },
    review_status::StatusFilter,
};
use crate::{api::admin, components::common::ErrorView, contexts::use_i18n};
use caravan_i18n::Arg;
use caravan_types::{
    promotion::{Discount, Promotion, PromotionKind, PromotionStatus},
    shop::ReviewStatus,
};
use leptos::prelude::*;

/// `/admin/promotions`.
#[component]
pub fn PromotionsReviewPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h2 class="cv-center__title">{i18n.t("console-promotions-title")}</h2>
        <AdminGate>
            <PromotionQueue />
        </AdminGate>
    }
}

/// The queue (only for an admin: the gate comes first).
#[component]
fn PromotionQueue() -> impl IntoView {
    let i18n = use_i18n();
    let names = shop_names();
    let status = RwSignal::new(ReviewStatus::Pending);
    let promotions = LocalResource::new(move || admin::list_promotions(status.get()));
    let retry = Callback::new(move |()| promotions.refetch());
    view! {
        <StatusFilter status />
        <Transition fallback=|| view! { <div class="cv-center__loading" aria-busy="true"></div> }>
            <ErrorBoundary fallback=move |errors| view! { <ErrorView errors on_retry=retry /> }>
                {move || Suspend::new(async move {
                    promotions.await.map(|list| {
                        if list.is_empty() {
                            return view! { <p class="cv-empty">{i18n.t("console-queue-empty")}</p> }.into_any();
                        }
                        list.into_iter().map(|promotion| view! { <PromotionCard promotion names /> }).collect_view().into_any()
                    })
                })}
            </ErrorBoundary>
        </Transition>
    }
}

#[component]
fn PromotionCard(promotion: Promotion, names: ShopNames) -> impl IntoView {
    let i18n = use_i18n();
    let id = promotion.id;
    let status = RwSignal::new(promotion.status);
    let rejection = RwSignal::new(promotion.rejection_reason.clone());
    let reason = RwSignal::new(String::new());
    let error = RwSignal::new(None::<crate::api::Error>);
    let busy = RwSignal::new(false);
    let reason_error = Signal::derive(move || {
        error.with(|e| e.as_ref().and_then(|e| field_error(i18n, e, "reason")))
    });
    let decide = move |approve: bool| {
        busy.set(true);
        error.set(None);
        let typed = reason.get_untracked();
        leptos::task::spawn_local(async move {
            match admin::decide_promotion(id, approve, &typed).await {
                Ok(decided) => {
                    status.set(decided.status);
                    rejection.set(decided.rejection_reason);
                }
                Err(e) => error.set(Some(e)),
            }
            busy.set(false);
        });
    };
    let discount = match promotion.discount {
        Discount::Percent { percent } => i18n.t_args(
            "console-discount-percent",
            &[("percent", Arg::from(percent))],
        ),
        Discount::Fixed { amount_minor } => i18n.t_args(
            "console-discount-fixed",
            &[(
                "amount",
                Arg::from(minor(i18n, amount_minor, &promotion.currency)),
            )],
        ),
    };
    let kind = i18n.t(match promotion.kind {
        PromotionKind::Discount => "console-promotion-kind-discount",
        PromotionKind::FlashDeal => "console-promotion-kind-flash-deal",
    });
    let heading_id = format!("cv-promotion-{id}");
    let labelled_by = heading_id.clone();
    let reason_id = format!("cv-promotion-{id}-reason");
    let reason_error_id = format!("cv-promotion-{id}-reason-error");
    let shop = promotion.shop_id.0;
    view! {
        <article class="cv-panel cv-review-card" aria-labelledby=labelled_by data-promotion=id.to_string()>
            <h3 id=heading_id>{promotion.name.clone()} " "
                {move || {
                    let (key, class) = match status.get() {
                        PromotionStatus::Pending => ("console-status-pending", "pending"),
                        PromotionStatus::Approved => ("console-status-approved", "approved"),
                        PromotionStatus::Rejected => ("console-status-rejected", "rejected"),
                        PromotionStatus::Withdrawn => ("console-promotion-withdrawn", "rejected"),
                    };
                    view! { <span class=format!("cv-status cv-status--{class}")>{i18n.t(key)}</span> }
                }}
            </h3>
            <dl class="cv-facts">
                <dt>{i18n.t("console-shop-label")}</dt><dd>{move || shop_label(i18n, names, shop)}</dd>
                <dt>{i18n.t("console-promotion-kind")}</dt><dd>{kind}</dd>
                <dt>{i18n.t("console-promotion-discount")}</dt><dd>{discount}</dd>
                <dt>{i18n.t("console-promotion-period")}</dt>
                <dd>{i18n.t_args("console-promotion-from-to", &[("start", Arg::from(date(i18n, promotion.starts_at))), ("end", Arg::from(date(i18n, promotion.ends_at)))])}</dd>
            </dl>
            <h4 class="cv-case__subtitle">{i18n.t("console-promotion-goods")}</h4>
            <ul class="cv-promotion__goods">
                {promotion.items.iter().map(|item| view! {
                    <li>
                        <a href=format!("/p/{}", item.listing_id.0)>{i18n.t_args("console-listing-number", &[("id", Arg::from(item.listing_id.0.to_string()))])}</a>
                        " · " {i18n.t_args("console-promotion-sku", &[("sku", Arg::from(item.sku_code.clone())), ("stock", Arg::from(item.promo_stock))])}
                        {item.removed_rule.clone().map(|rule| format!(" · {}", i18n.t_args("console-promotion-removed", &[("rule", Arg::from(rule))])))}
                    </li>
                }).collect_view()}
            </ul>
            {move || rejection.get().map(|reason| view! {
                <p class="cv-review__reason">{i18n.t_args("console-rejected-because", &[("reason", Arg::from(reason))])}</p>
            })}
            <Show when=move || status.get() == PromotionStatus::Pending>
                <div class="cv-form-field">
                    <label class="cv-form-field__label" for=reason_id.clone()>{i18n.t("console-reject-reason")}</label>
                    <textarea class="cv-input" id=reason_id.clone() rows="3" aria-describedby=reason_error_id.clone()
                        aria-invalid=move || reason_error.with(Option::is_some).to_string()
                        prop:value=move || reason.get() on:input=move |ev| reason.set(event_target_value(&ev))></textarea>
                    <p class="cv-form-field__error" id=reason_error_id.clone()>{move || reason_error.get()}</p>
                </div>
                <div class="cv-form__actions">
                    <button class="cv-button cv-button--primary" type="button" disabled=move || busy.get()
                        on:click=move |_| decide(true)>{i18n.t("console-approve")}</button>
                    <button class="cv-button cv-button--quiet" type="button" disabled=move || busy.get()
                        on:click=move |_| decide(false)>{i18n.t("console-reject")}</button>
                </div>
            </Show>
            <Show when=move || error.with(Option::is_some)>
                <div class="cv-notice cv-notice--error" role="alert">
                    <p>{move || error.with(|e| e.as_ref().map(|e| form_error(i18n, e)))}</p>
                    <ul>
                        {move || error.with(|e| e.as_ref().map(|e| verdict_lines(i18n, e)).unwrap_or_default())
                            .into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                    </ul>
                </div>
            </Show>
        </article>
    }
}

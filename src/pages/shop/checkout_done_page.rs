use crate::{
    api,
    components::{account::SignedIn, cart::TotalsBlock, common::ErrorView},
    contexts::use_i18n,
    money_format::format_money,
    routes::AppRoute,
};
use caravan_i18n::Arg;
use caravan_types::{
    OrderGroupId,
    order::{OrderDetail, OrderGroup, OrderGroupStatus},
};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The confirmation page of checkout `group`. Built here rather than as an `AppRoute`: the route enum's
/// `path()` is in the home route's download, and only checkout links here.
pub fn checkout_done_path(group: OrderGroupId) -> String {
    format!("/checkout/{group}")
}

/// `/checkout/{group}`: the confirmation of a checkout, its orders (one per shop) and what was paid;
/// reloading it asks the server again, so it also tells where an unpaid checkout stands.
#[component]
pub fn CheckoutDonePage() -> impl IntoView {
    let params = use_params_map();
    let id = move || {
        params
            .read()
            .get("group")
            .and_then(|g| g.parse().ok())
            .map(OrderGroupId)
    };
    view! {
        <SignedIn page=move |_account| {
            let group = LocalResource::new(move || {
                let id = id();
                async move {
                    match id {
                        Some(id) => api::orders::get_order_group(id).await,
                        None => Err(api::Error::Server {
                            status: 404,
                            code: "not_found".to_owned(),
                            message: String::new(),
                            fields: Vec::new(),
                            refusal: api::Refusal::default(),
                        }),
                    }
                }
            });
            let retry = Callback::new(move |()| group.refetch());
            view! {
                <Transition fallback=|| view! { <p class="cv-account__loading" aria-busy="true">{use_i18n().t("loading")}</p> }>
                    <ErrorBoundary fallback=move |errors| view! { <ErrorView errors on_retry=retry /> }>
                        {move || Suspend::new(async move {
                            group.await.map(|group| view! { <GroupView group /> })
                        })}
                    </ErrorBoundary>
                </Transition>
            }
        } />
    }
}

/// A checkout's outcome: thanks and the card when paid, else where it stands; then each shop's order.
#[component]
fn GroupView(group: OrderGroup) -> impl IntoView {
    let i18n = use_i18n();
    let (title, note) = match group.status {
        OrderGroupStatus::Paid => (
            i18n.t("checkout-done-title"),
            group.paid_with.as_ref().map(|card| {
                i18n.t_args(
                    "checkout-done-paid-with",
                    &[
                        ("brand", Arg::from(card.brand.to_uppercase())),
                        ("last4", Arg::from(card.last4.clone())),
                    ],
                )
            }),
        ),
        OrderGroupStatus::AwaitingPayment => (
            i18n.t("checkout-unpaid-title"),
            Some(i18n.t("checkout-unpaid-note")),
        ),
        OrderGroupStatus::Expired | OrderGroupStatus::Cancelled => (
            i18n.t("checkout-closed-title"),
            Some(i18n.t("checkout-closed-note")),
        ),
    };
    let number = i18n.t_args("checkout-done-number", &[("id", Arg::from(group.id.0))]);
    view! {
        <div class="cv-checkout">
            <h1 class="cv-cart__title">{title}</h1>
            <div class="cv-panel">
                <p class="cv-checkout__number">{number}</p>
                {note.map(|note| view! { <p>{note}</p> })}
                <TotalsBlock totals=group.totals display=group.display.clone() />
            </div>
            {group.orders.into_iter().map(|order| view! { <OrderPanel order /> }).collect_view()}
            <a class="cv-button" href=AppRoute::Home.path()>{i18n.t("cart-continue")}</a>
        </div>
    }
}

/// One shop's order in the confirmation: its lines and total, and the way to follow it.
#[component]
fn OrderPanel(order: OrderDetail) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.locale();
    let heading = i18n.t_args(
        "checkout-done-order",
        &[("shop", Arg::from(order.shop.name.clone()))],
    );
    let total = format_money(order.totals.total, &locale);
    // The order pages live beside checkout in the account area.
    let href = format!("/orders/{}", order.id);
    view! {
        <section class="cv-panel" aria-label=heading.clone()>
            <h2 class="cv-panel__title">{heading.clone()}</h2>
            <ul class="cv-checkout__items">
                {order.lines.into_iter().map(|line| view! {
                    <li>{line.title}" × "{line.quantity}</li>
                }).collect_view()}
            </ul>
            <p class="cv-checkout__order-total">{i18n.t("totals-total")}": "{total}</p>
            <a href=href>{i18n.t("checkout-done-view-order")}</a>
        </section>
    }
}

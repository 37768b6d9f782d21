//! Journey 5, the seller's orders: the to-ship queue sorted by shipping deadline with live countdowns
//! (ORD-3, overdue ones on top and marked), every order by status, and the new orders that arrived since
//! the seller last looked.

use super::{
    deadline::use_ticking_now,
    new_orders::use_new_orders,
    order_words::{OrderStatusChip, ShipCountdown, seller_order_path},
    shop_gate::ShopGate,
};
use crate::{
    api::seller::orders::{self as seller_orders, OrderQueue},
    components::common::ErrorView,
    contexts::use_i18n,
    money_format::format_money,
};
use caravan_i18n::Arg;
use caravan_types::order::{OrderPage, OrderStatus, OrderSummary};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

/// Orders per page.
const PAGE: u32 = 20;

/// `/seller/orders` (the to-ship queue) and `/seller/orders?view=all&status=…`.
#[component]
pub fn SellerOrdersPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h2 class="cv-center__title">{i18n.t("seller-orders-title")}</h2>
        <ShopGate>
            <OrdersView />
        </ShopGate>
    }
}

/// The queue chosen by the address: `view=all` with an optional `status`, else the to-ship queue.
fn queue_from(view: Option<String>, status: Option<String>) -> OrderQueue {
    if view.as_deref() == Some("all") {
        OrderQueue::All(status.as_deref().and_then(OrderStatus::from_name))
    } else {
        OrderQueue::ToShip
    }
}

/// Tabs, filter and list (only for a seller with a shop: the gate comes first).
#[component]
fn OrdersView() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let queue = Memo::new(move |_| query.with(|q| queue_from(q.get("view"), q.get("status"))));
    let new_orders = use_new_orders();
    // Orders above this id arrived since the seller last looked: they are marked "new" on this visit.
    let seen_before = new_orders.seen_untracked();
    let orders = LocalResource::new(move || {
        // A look that found the queue changed (in any tab) loads the list again.
        new_orders.changes();
        let queue = queue.get();
        async move { seller_orders::list_orders(queue, PAGE, None).await }
    });
    let retry = Callback::new(move |()| orders.refetch());
    // Only opening the queue counts as seeing it: orders that arrive while it is open are marked new and
    // stay on the badge until the seller opens the queue again.
    let marked = StoredValue::new(false);
    let navigate = use_navigate();
    let on_status = move |ev: leptos::ev::Event| {
        let status = event_target_value(&ev);
        let path = if status.is_empty() {
            "/seller/orders?view=all".to_owned()
        } else {
            format!("/seller/orders?view=all&status={status}")
        };
        navigate(&path, Default::default());
    };
    let to_ship = move || queue.get() == OrderQueue::ToShip;
    let current = move |on: bool| on.then_some("page");
    view! {
        <div class="cv-order-tools">
            <nav class="cv-order-tabs" aria-label=i18n.t("seller-orders-views")>
                <a class="cv-order-tabs__tab" href="/seller/orders" aria-current=move || current(to_ship())>
                    {i18n.t("seller-orders-to-ship")}
                </a>
                <a class="cv-order-tabs__tab" href="/seller/orders?view=all" aria-current=move || current(!to_ship())>
                    {i18n.t("seller-orders-all")}
                </a>
            </nav>
            <Show when=move || !to_ship()>
                <div class="cv-form-field cv-status-filter">
                    <label class="cv-form-field__label" for="f-order-status">{i18n.t("seller-orders-status")}</label>
                    <select class="cv-input" id="f-order-status" on:change=on_status.clone()>
                        <option value="" selected=move || queue.get() == OrderQueue::All(None)>{i18n.t("seller-orders-any-status")}</option>
                        {OrderStatus::ALL.into_iter().map(|s| view! {
                            <option value=s.as_str() selected=move || queue.get() == OrderQueue::All(Some(s))>
                                {super::order_words::order_status_label(i18n, s)}
                            </option>
                        }).collect_view()}
                    </select>
                </div>
            </Show>
        </div>
        <Show when=to_ship>
            <p class="cv-order-hint">{i18n.t("seller-orders-to-ship-hint")}</p>
        </Show>
        <Transition fallback=|| view! { <div class="cv-center__loading" aria-busy="true"></div> }>
            <ErrorBoundary fallback=move |errors| view! { <ErrorView errors on_retry=retry /> }>
                {move || Suspend::new(async move {
                    let queue = queue.get_untracked();
                    orders.await.map(|page| {
                        if queue == OrderQueue::ToShip && !marked.get_value() {
                            // The seller opened the queue: its orders are seen, in every tab.
                            marked.set_value(true);
                            new_orders.mark_seen(page.items.iter().map(|o| o.id.0).max().unwrap_or(0));
                        }
                        view! { <OrderList first=page queue seen_before /> }
                    })
                })}
            </ErrorBoundary>
        </Transition>
    }
}

/// The orders of one queue, with "show more" while the server has more.
#[component]
fn OrderList(
    /// The first page.
    first: OrderPage,
    /// Which orders.
    queue: OrderQueue,
    /// Orders above this id are new to the seller.
    seen_before: i64,
) -> impl IntoView {
    let i18n = use_i18n();
    let now = use_ticking_now();
    let items = RwSignal::new(first.items);
    let cursor = RwSignal::new(first.next_cursor);
    let more = Action::new_local(move |cursor: &String| {
        let cursor = cursor.clone();
        async move { seller_orders::list_orders(queue, PAGE, Some(cursor)).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(page)) = more.value().get() {
            items.update(|list| list.extend(page.items));
            cursor.set(page.next_cursor);
        }
    });
    let empty_key = if queue == OrderQueue::ToShip {
        "seller-orders-none-to-ship"
    } else {
        "seller-orders-none"
    };
    view! {
        <p class="cv-order-count" role="status">
            {move || items.with(|i| !i.is_empty()).then(|| i18n.t_args("seller-orders-count", &[("count", Arg::from(items.with(Vec::len)))]))}
        </p>
        <Show when=move || items.with(|i| !i.is_empty()) fallback=move || view! { <p class="cv-empty">{i18n.t(empty_key)}</p> }>
            <ul class="cv-order-list">
                <For each=move || items.get() key=|o| o.id.0 let:order>
                    <OrderRow order now seen_before />
                </For>
            </ul>
        </Show>
        <Show when=move || cursor.with(Option::is_some)>
            <button class="cv-button cv-button--quiet" type="button" disabled=move || more.pending().get()
                on:click=move |_| if let Some(c) = cursor.get_untracked() { more.dispatch(c); }>
                {i18n.t("seller-orders-more")}
            </button>
        </Show>
    }
}

/// One order: picture, first item, buyer, total, status and, while it waits for shipment, the countdown.
#[component]
fn OrderRow(order: OrderSummary, now: ReadSignal<i64>, seen_before: i64) -> impl IntoView {
    let i18n = use_i18n();
    let new = order.id.0 > seen_before;
    let path = seller_order_path(order.id);
    let more_items = order.units - 1;
    let overdue = order.status == OrderStatus::Paid
        && order.shipment_state == Some(caravan_types::order::ShipmentState::SoldButNotShipped);
    view! {
        <li class="cv-order-row" class:cv-order-row--overdue=overdue data-order=order.id.0.to_string()>
            {match order.first_image_url.clone() {
                Some(src) => view! { <img class="cv-order-row__thumb" src=src alt="" width="56" height="56" loading="lazy" /> }.into_any(),
                None => view! { <span class="cv-order-row__thumb" aria-hidden="true"></span> }.into_any(),
            }}
            <div class="cv-order-row__main">
                <p class="cv-order-row__title">
                    <a class="cv-link" href=path>
                        {i18n.t_args("seller-order-number", &[("id", Arg::from(order.id.0))])}
                    </a>
                    {new.then(|| view! { " " <span class="cv-status cv-status--new">{i18n.t("seller-orders-new")}</span> })}
                </p>
                <p class="cv-order-row__what">
                    {order.first_title.clone()}
                    {(more_items > 0).then(|| view! { " " <span class="cv-muted">{i18n.t_args("seller-orders-units", &[("count", Arg::from(order.units))])}</span> })}
                </p>
                <p class="cv-order-row__who">
                    {order.buyer.as_ref().map(|b| b.name.clone())}
                </p>
            </div>
            <div class="cv-order-row__side">
                <p class="cv-order-row__total">{format_money(order.total, &i18n.locale())}</p>
                <OrderStatusChip status=order.status />
                {(order.status == OrderStatus::Paid).then(|| order.ship_by.map(|ship_by| view! {
                    <ShipCountdown ship_by state=order.shipment_state now />
                }))}
            </div>
        </li>
    }
}

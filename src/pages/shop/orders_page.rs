use super::order_words::{date, money, order_path, status_label};
use crate::{
    api,
    components::{account::SignedIn, common::ErrorView},
    contexts::use_i18n,
};
use caravan_i18n::Arg;
use caravan_types::order::{OrderStatus, OrderSummary};
use leptos::prelude::*;

/// `/orders`: the buyer's orders, newest first, each with its shop, status, total and date; more pages on
/// request.
#[component]
pub fn OrdersPage() -> impl IntoView {
    view! { <SignedIn page=|_| view! { <OrderList /> } /> }
}

#[component]
fn OrderList() -> impl IntoView {
    let i18n = use_i18n();
    let first = LocalResource::new(|| api::purchases::list_orders(None));
    let more = RwSignal::new(Vec::<OrderSummary>::new());
    let next = RwSignal::new(None::<String>);
    let (loading_more, set_loading_more) = signal(false);
    let (more_error, set_more_error) = signal(None::<String>);
    let load_more = move |_| {
        let Some(cursor) = next.get_untracked() else {
            return;
        };
        if loading_more.get_untracked() {
            return;
        }
        set_loading_more.set(true);
        set_more_error.set(None);
        leptos::task::spawn_local(async move {
            match api::purchases::list_orders(Some(&cursor)).await {
                Ok(page) => {
                    more.update(|m| m.extend(page.items));
                    next.set(page.next_cursor);
                }
                Err(error) => {
                    set_more_error.set(Some(crate::components::forms::error_text(i18n, &error)))
                }
            }
            set_loading_more.set(false);
        });
    };
    let retry = Callback::new(move |()| first.refetch());
    view! {
        <div class="cv-orders">
            <h1 class="cv-account__title">{i18n.t("orders-title")}</h1>
            <Suspense fallback=move || view! { <OrderSkeletons /> }>
                <ErrorBoundary fallback=move |errors| view! { <ErrorView errors on_retry=retry /> }>
                    {move || Suspend::new(async move {
                        let page = first.await?;
                        next.set(page.next_cursor.clone());
                        let view = if page.items.is_empty() {
                            view! {
                                <div class="cv-empty">
                                    <p>{i18n.t("orders-empty")}</p>
                                    <a class="cv-button" href="/">{i18n.t("orders-start-shopping")}</a>
                                </div>
                            }
                            .into_any()
                        } else {
                            view! {
                                <ul class="cv-orders__list">
                                    {page.items.into_iter().map(|order| view! { <OrderRow order /> }).collect_view()}
                                    <For each=move || more.get() key=|order| order.id let:order>
                                        <OrderRow order />
                                    </For>
                                </ul>
                            }
                            .into_any()
                        };
                        Ok::<_, api::Error>(view)
                    })}
                </ErrorBoundary>
            </Suspense>
            <Show when=move || next.with(Option::is_some)>
                <button class="cv-button cv-button--secondary cv-orders__more" type="button" on:click=load_more disabled=move || loading_more.get()>
                    {i18n.t("orders-more")}
                </button>
            </Show>
            <p class="cv-form__alert" role="alert">{move || more_error.get()}</p>
        </div>
    }
}

/// One order in the list: a link to its page.
#[component]
fn OrderRow(order: OrderSummary) -> impl IntoView {
    let i18n = use_i18n();
    let more_items = (order.units > 1)
        .then(|| i18n.t_args("orders-units", &[("count", Arg::from(order.units))]));
    let attention = matches!(
        order.status,
        OrderStatus::Delivered | OrderStatus::AwaitingPayment
    );
    view! {
        <li class="cv-order-row">
            <a class="cv-order-row__link" href=order_path(order.id)>
                {order.first_image_url.map(|src| view! {
                    <img class="cv-order-row__image" src=src alt="" width="64" height="64" loading="lazy" />
                })}
                <span class="cv-order-row__main">
                    <span class="cv-order-row__title">{order.first_title}</span>
                    <span class="cv-order-row__meta">
                        {i18n.t_args("order-title", &[("id", Arg::from(order.id.0))])}" · "
                        {order.shop.name}" · "{date(i18n, order.created_at)}
                        {more_items.map(|text| format!(" · {text}"))}
                    </span>
                </span>
                <span class="cv-order-row__side">
                    <span class="cv-status" class:cv-status--attention=attention>
                        {status_label(i18n, order.status)}
                    </span>
                    <span class="cv-order-row__total">{money(i18n, order.total)}</span>
                </span>
            </a>
        </li>
    }
}

/// Placeholders of the list's shape while it loads.
#[component]
fn OrderSkeletons() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ul class="cv-orders__list" aria-busy="true" aria-label=i18n.t("loading")>
            {(0..3).map(|_| view! { <li class="cv-order-row cv-order-row--skeleton"></li> }).collect_view()}
        </ul>
    }
}

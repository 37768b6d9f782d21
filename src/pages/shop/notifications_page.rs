use super::order_words::{date, order_path};
use crate::{
    api,
    components::{account::SignedIn, common::ErrorView, forms::error_text},
    contexts::{I18n, use_i18n},
};
use caravan_i18n::Arg;
use caravan_types::notification::{Notification, NotificationFeed};
use leptos::prelude::*;

/// `/account/notifications`: what happened to the buyer's orders and disputes, newest first, unread ones
/// marked; each links to its order.
#[component]
pub fn NotificationsPage() -> impl IntoView {
    view! { <SignedIn page=|_| view! { <Feed /> } /> }
}

#[component]
fn Feed() -> impl IntoView {
    let i18n = use_i18n();
    let feed = LocalResource::new(api::purchases::list_notifications);
    let retry = Callback::new(move |()| feed.refetch());
    view! {
        <div class="cv-notifications">
            <h1 class="cv-account__title">{i18n.t("notifications-title")}</h1>
            <Suspense fallback=move || view! { <p class="cv-account__loading" aria-busy="true">{i18n.t("loading")}</p> }>
                <ErrorBoundary fallback=move |errors| view! { <ErrorView errors on_retry=retry /> }>
                    {move || Suspend::new(async move {
                        let feed = feed.await?;
                        Ok::<_, api::Error>(view! { <FeedList feed /> })
                    })}
                </ErrorBoundary>
            </Suspense>
        </div>
    }
}

#[component]
fn FeedList(feed: NotificationFeed) -> impl IntoView {
    let i18n = use_i18n();
    let unread = RwSignal::new(feed.unread);
    let read_up_to = RwSignal::new(0_i64);
    let newest = feed.items.first().map(|n| n.id);
    let (error, set_error) = signal(None::<String>);
    let mark_all = move |_| {
        let Some(newest) = newest else { return };
        leptos::task::spawn_local(async move {
            match api::purchases::mark_read(newest).await {
                Ok(count) => {
                    unread.set(count.unread);
                    read_up_to.set(newest);
                }
                Err(failure) => set_error.set(Some(error_text(i18n, &failure))),
            }
        });
    };
    if feed.items.is_empty() {
        return view! { <p class="cv-empty">{i18n.t("notifications-empty")}</p> }.into_any();
    }
    view! {
        <div class="cv-notifications__bar">
            <p role="status">{move || i18n.t_args("notifications-unread", &[("count", Arg::from(unread.get()))])}</p>
            <Show when=move || { unread.get() > 0 }>
                <button class="cv-button cv-button--secondary" type="button" on:click=mark_all>
                    {i18n.t("notifications-mark-read")}
                </button>
            </Show>
        </div>
        <p class="cv-form__alert" role="alert">{move || error.get()}</p>
        <ul class="cv-notifications__list">
            {feed.items.into_iter().map(|item| {
                let id = item.id;
                let was_unread = !item.read;
                let unread_now = move || was_unread && read_up_to.get() < id;
                let (text, href) = words(i18n, &item);
                view! {
                    <li class="cv-notification" class:cv-notification--unread=unread_now>
                        <a class="cv-notification__link" href=href>
                            <span class="cv-notification__text">
                                {move || unread_now().then(|| view! { <span class="cv-visually-hidden">{i18n.t("notifications-new")}" "</span> })}
                                {text}
                            </span>
                            <time class="cv-tracking__time">{date(i18n, item.created_at)}</time>
                        </a>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}

/// What a notification says, and where it leads (its order's page, else the orders list).
fn words(i18n: I18n, item: &Notification) -> (String, String) {
    let order = item.payload.get("order_id").and_then(|v| v.as_i64());
    let href = order.map_or_else(|| "/orders".to_owned(), order_path);
    // Literal keys, so the locale tests see every one of them.
    let key = match item.kind.as_str() {
        "order_placed" => "notification-order-placed",
        "order_paid" => "notification-order-paid",
        "order_shipped" => "notification-order-shipped",
        "order_delivered" => "notification-order-delivered",
        "order_completed" => "notification-order-completed",
        "order_cancelled" => "notification-order-cancelled",
        "order_expired" => "notification-order-expired",
        "order_not_shipped_in_time" => "notification-order-not-shipped-in-time",
        "dispute_opened" => "notification-dispute-opened",
        "dispute_message" => "notification-dispute-message",
        "dispute_offer" => "notification-dispute-offer",
        "dispute_escalated" => "notification-dispute-escalated",
        "dispute_resolved" => "notification-dispute-resolved",
        _ => "notification-other",
    };
    let number = order.unwrap_or(0);
    (i18n.t_args(key, &[("order", Arg::from(number))]), href)
}

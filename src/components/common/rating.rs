use crate::contexts::use_i18n;
use caravan_i18n::Arg;
use leptos::prelude::*;

/// Star rating in tenths (47 = 4.7) with the order count, or "new" before the first review.
#[component]
pub fn Rating(
    /// Average rating in tenths of a star.
    rating_tenths: Option<u8>,
    /// Orders placed so far.
    orders: u32,
) -> impl IntoView {
    let i18n = use_i18n();
    let orders_text = i18n.t_args("listing-orders", &[("count", Arg::from(orders))]);
    let stars = match rating_tenths {
        Some(tenths) => {
            let label = i18n.t_args(
                "listing-rating",
                &[(
                    "rating",
                    Arg::from(format!("{}.{}", tenths / 10, tenths % 10)),
                )],
            );
            view! {
                <span class="cv-rating__stars" aria-label=label.clone() title=label>
                    "★ "
                    {format!("{}.{}", tenths / 10, tenths % 10)}
                </span>
            }
            .into_any()
        }
        None => view! { <span class="cv-rating__new">{i18n.t("listing-new")}</span> }.into_any(),
    };
    view! {
        <span class="cv-rating">
            {stars}
            <span class="cv-rating__orders">{orders_text}</span>
        </span>
    }
}

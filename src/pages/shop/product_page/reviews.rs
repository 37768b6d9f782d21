//! The product page's ratings and reviews (SRV-8): the average, the count and the positive-feedback rate,
//! how many buyers gave each number of stars, and the reviews newest first, a page at a time. Buyers are
//! named as the server names them (shortened, never an e-mail address).

use crate::{
    api::reviews::list_listing_reviews,
    components::common::ErrorView,
    contexts::{I18n, use_i18n},
};
use caravan_i18n::Arg;
use caravan_types::{
    ListingId,
    review::{ListingReviews, ProductReview, RatingSummary},
};
use js_sys::{Array, Date, Intl, Object, Reflect};
use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// The reviews section: a skeleton while the first page loads, the error view with a retry if it fails.
#[component]
pub fn Reviews(
    /// The listing.
    id: ListingId,
) -> impl IntoView {
    let i18n = use_i18n();
    let first_page = LocalResource::new(move || list_listing_reviews(id, None));
    let retry = Callback::new(move |()| first_page.refetch());
    view! {
        <section class="cv-reviews" aria-labelledby="cv-reviews-title">
            <h2 id="cv-reviews-title" class="cv-subtitle">{i18n.t("reviews-title")}</h2>
            <Suspense fallback=move || view! { <ReviewsSkeleton /> }>
                <ErrorBoundary fallback=move |errors| view! { <ErrorView errors on_retry=retry /> }>
                    {move || Suspend::new(async move {
                        first_page.await.map(|page| view! { <ReviewsLoaded id page /> })
                    })}
                </ErrorBoundary>
            </Suspense>
        </section>
    }
}

/// Grey blocks where the summary and the first reviews will be.
#[component]
fn ReviewsSkeleton() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="cv-reviews__skeleton" aria-busy="true">
            <span class="cv-visually-hidden">{i18n.t("reviews-loading")}</span>
            <div class="cv-reviews__skeleton-block cv-reviews__skeleton-block--summary"></div>
            <div class="cv-reviews__skeleton-block"></div>
            <div class="cv-reviews__skeleton-block"></div>
        </div>
    }
}

/// The summary and the reviews loaded so far, with "More reviews" while the server has more.
#[component]
fn ReviewsLoaded(id: ListingId, page: ListingReviews) -> impl IntoView {
    let i18n = use_i18n();
    if page.summary.ratings == 0 {
        return view! {
            <p class="cv-reviews__empty">{i18n.t("reviews-empty")}</p>
        }
        .into_any();
    }
    let items = RwSignal::new(page.items);
    let next = RwSignal::new(page.next_cursor);
    let (loading, set_loading) = signal(false);
    let (failed, set_failed) = signal(false);
    let more = move |_| {
        let Some(cursor) = next.get_untracked() else {
            return;
        };
        if loading.get_untracked() {
            return;
        }
        set_loading.set(true);
        set_failed.set(false);
        leptos::task::spawn_local(async move {
            match list_listing_reviews(id, Some(&cursor)).await {
                Ok(page) => {
                    // Reviews written since the first page came in are not in this one (the cursor goes
                    // back in time), so appending never repeats a review.
                    items.update(|items| items.extend(page.items));
                    next.set(page.next_cursor);
                }
                Err(error) => {
                    leptos::logging::warn!("more reviews: {error}");
                    set_failed.set(true);
                }
            }
            set_loading.set(false);
        });
    };
    view! {
        <Summary summary=page.summary />
        <ol class="cv-reviews__list">
            <For each=move || items.get() key=|review| review.id let:review>
                <ReviewItem review />
            </For>
        </ol>
        {move || failed.get().then(|| view! {
            <p class="cv-reviews__more-failed" role="alert">{i18n.t("reviews-more-failed")}</p>
        })}
        {move || next.get().is_some().then(|| view! {
            <button
                type="button"
                class="cv-reviews__more"
                aria-busy=move || loading.get().to_string()
                disabled=move || loading.get()
                on:click=more
            >
                {i18n.t("reviews-more")}
            </button>
        })}
    }
    .into_any()
}

/// Average, count, positive-feedback rate and the distribution as bars.
#[component]
fn Summary(summary: RatingSummary) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.locale();
    let average = summary.average_tenths.map(|tenths| {
        let text = decimal(&locale, &format!("{}.{}", tenths / 10, tenths % 10), 1);
        let label = i18n.t_args("listing-rating", &[("rating", Arg::from(text.clone()))]);
        view! {
            <p class="cv-reviews__average">
                <span class="cv-reviews__average-number" aria-hidden="true">{text}</span>
                <Stars tenths=tenths label />
            </p>
        }
    });
    let count = i18n.t_args("reviews-count", &[("count", Arg::from(summary.ratings))]);
    let positive = summary.positive_permille.map(|permille| {
        let percent = percent(&locale, permille);
        i18n.t_args("reviews-positive", &[("percent", Arg::from(percent))])
    });
    let total = summary.ratings.max(1);
    let bars = summary
        .by_stars
        .into_iter()
        .map(|row| {
            let label = i18n.t_args("reviews-stars-row", &[("stars", Arg::from(row.stars))]);
            // Whole per cent of the bar's length; a bar with any rating shows at least a sliver.
            let share = (u64::from(row.count) * 100).div_ceil(u64::from(total));
            view! {
                <li class="cv-reviews__bar">
                    <span class="cv-reviews__bar-label">{label}</span>
                    // An SVG's attributes are not inline styles, which the Content-Security-Policy forbids.
                    <svg
                        class="cv-reviews__bar-track"
                        aria-hidden="true"
                        focusable="false"
                        viewBox="0 0 100 1"
                        preserveAspectRatio="none"
                    >
                        <rect class="cv-reviews__bar-fill" width=share.to_string() height="1" />
                    </svg>
                    <span class="cv-reviews__bar-count">{decimal(&locale, &row.count.to_string(), 0)}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="cv-reviews__summary">
            <div class="cv-reviews__figures">
                {average}
                <p class="cv-reviews__count">{count}</p>
                {positive.map(|text| view! { <p class="cv-reviews__positive">{text}</p> })}
            </div>
            <ul class="cv-reviews__bars" aria-label=i18n.t("reviews-distribution")>
                {bars}
            </ul>
        </div>
    }
}

/// Five stars, `tenths` of them filled (rounded to whole stars), read out as `label`.
#[component]
fn Stars(tenths: u8, label: String) -> impl IntoView {
    let full = usize::from((tenths.min(50) + 5) / 10);
    view! {
        <span class="cv-reviews__stars" role="img" aria-label=label>
            {"★".repeat(full)}
            <span class="cv-reviews__stars-off">{"★".repeat(5 - full)}</span>
        </span>
    }
}

/// One review: stars, buyer, date, the variant bought and the text.
#[component]
fn ReviewItem(review: ProductReview) -> impl IntoView {
    let i18n = use_i18n();
    let stars_label = i18n.t_args("reviews-item-stars", &[("count", Arg::from(review.rating))]);
    let variant = (!review.sku_label.is_empty()).then(|| {
        view! {
            <p class="cv-review__variant">
                {i18n.t_args("reviews-variant", &[("variant", Arg::from(review.sku_label))])}
            </p>
        }
    });
    let text =
        (!review.text.is_empty()).then(|| view! { <p class="cv-review__text">{review.text}</p> });
    view! {
        <li class="cv-review">
            <article>
                <header class="cv-review__header">
                    <Stars tenths=review.rating.saturating_mul(10) label=stars_label />
                    <span class="cv-review__author">{review.author}</span>
                    <time class="cv-review__date" datetime=iso_date(review.created_at)>
                        {date(i18n, review.created_at)}
                    </time>
                </header>
                {variant}
                {text}
            </article>
        </li>
    }
}

/// Unix seconds as a date in the active locale, e.g. `Nov 23, 2026`.
fn date(i18n: I18n, at: i64) -> String {
    let options = Object::new();
    let _ = Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    let locales = Array::of1(&JsValue::from_str(&i18n.locale()));
    // Milliseconds since 1970 are exact in a JS number for any date a page shows.
    let when = Date::new(&JsValue::from_f64(at as f64 * 1000.0));
    Intl::DateTimeFormat::new(&locales, &options)
        .format()
        .call1(&JsValue::NULL, &when)
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// Unix seconds as the UTC `YYYY-MM-DD` a `<time>` element carries (the civil-from-days algorithm of
/// H. Hinnant's `chrono`-compatible date algorithms; `Date.toISOString` would add an import to the home
/// route's JavaScript glue).
fn iso_date(at: i64) -> String {
    let z = at.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::iso_date;

    #[test]
    fn dates_are_utc_days() {
        assert_eq!(iso_date(0), "1970-01-01");
        assert_eq!(iso_date(951_782_400), "2000-02-29");
        assert_eq!(iso_date(1_795_391_999), "2026-11-22");
        assert_eq!(iso_date(1_795_392_000), "2026-11-23");
        assert_eq!(iso_date(-1), "1969-12-31");
    }
}

/// A decimal number given exactly as text (`"4.3"`), written with the locale's separators and `digits`
/// fraction digits.
fn decimal(locale: &str, exact: &str, digits: u8) -> String {
    let options = Object::new();
    let _ = Reflect::set(&options, &"minimumFractionDigits".into(), &digits.into());
    let _ = Reflect::set(&options, &"maximumFractionDigits".into(), &digits.into());
    format_number(locale, &options, exact)
}

/// A rate per thousand as a whole percentage in the locale's style (`67%`, `67 %`).
fn percent(locale: &str, permille: u32) -> String {
    let options = Object::new();
    let _ = Reflect::set(&options, &"style".into(), &"percent".into());
    let _ = Reflect::set(&options, &"maximumFractionDigits".into(), &0.into());
    // An exact decimal string: Intl rounds it without a float in between.
    let exact = format!("{}.{:03}", permille / 1000, permille % 1000);
    format_number(locale, &options, &exact)
}

fn format_number(locale: &str, options: &Object, exact: &str) -> String {
    let locales = Array::of1(&JsValue::from_str(locale));
    Intl::NumberFormat::new(&locales, options)
        .format()
        .call1(&JsValue::NULL, &JsValue::from_str(exact))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| exact.to_owned())
}

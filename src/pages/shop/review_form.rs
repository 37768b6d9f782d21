//! Rating a completed order (SRV): stars for the order and the three detailed seller ratings (DSR), each a
//! group of five radio buttons drawn as stars, so keyboards and screen readers use them like any choice.

use super::order_words::{action_error, date};
use crate::{api, contexts::use_i18n, storage};
use caravan_i18n::Arg;
use caravan_types::{
    order::{OrderDetail, OrderStatus},
    review::{DsrRatings, OrderReview, ReviewRequest},
};
use leptos::prelude::*;

/// The order's review once written, else the form, for a completed order.
#[component]
pub fn ReviewPanel(order: RwSignal<OrderDetail>) -> impl IntoView {
    let completed = move || order.with(|o| o.status == OrderStatus::Completed);
    view! {
        <Show when=completed>
            <ReviewLoader order />
        </Show>
    }
}

#[component]
fn ReviewLoader(order: RwSignal<OrderDetail>) -> impl IntoView {
    let i18n = use_i18n();
    let id = order.with_untracked(|o| o.id);
    let review = RwSignal::new(None::<OrderReview>);
    // The order says whether it may still be rated; the review is fetched only when there is one.
    let reviewable = order.with_untracked(|o| o.actions.review);
    let (loaded, set_loaded) = signal(reviewable);
    let (error, set_error) = signal(None::<String>);
    if !reviewable {
        leptos::task::spawn_local(async move {
            match api::purchases::get_review(id).await {
                Ok(found) => review.set(Some(found)),
                Err(failure) => set_error.set(Some(action_error(i18n, &failure))),
            }
            set_loaded.set(true);
        });
    }
    view! {
        <section class="cv-panel cv-review" aria-labelledby="cv-review-title">
            <h2 id="cv-review-title" class="cv-panel__title">{i18n.t("review-title")}</h2>
            {move || match (loaded.get(), review.get()) {
                (false, _) => view! { <p class="cv-account__loading" aria-busy="true">{i18n.t("loading")}</p> }.into_any(),
                (true, Some(done)) => view! { <ReviewShown review=done /> }.into_any(),
                (true, None) if reviewable => view! { <ReviewForm order_id=id on_saved=Callback::new(move |r| review.set(Some(r))) /> }.into_any(),
                (true, None) => view! { <p class="cv-form__alert" role="alert">{move || error.get()}</p> }.into_any(),
            }}
        </section>
    }
}

/// A written review, read only.
#[component]
fn ReviewShown(review: OrderReview) -> impl IntoView {
    let i18n = use_i18n();
    let stars = move |n: u8| {
        let label = i18n.t_args("review-stars", &[("count", Arg::from(n))]);
        view! {
            <span class="cv-stars" role="img" aria-label=label>
                {"★".repeat(usize::from(n))}<span class="cv-stars__off">{"★".repeat(usize::from(5 - n.min(5)))}</span>
            </span>
        }
    };
    view! {
        <p role="status">{i18n.t_args("review-thanks", &[("date", Arg::from(date(i18n, review.created_at)))])}</p>
        <dl class="cv-facts">
            <dt>{i18n.t("review-overall")}</dt><dd>{stars(review.rating)}</dd>
            <dt>{i18n.t("review-dsr-described")}</dt><dd>{stars(review.dsr.described)}</dd>
            <dt>{i18n.t("review-dsr-communication")}</dt><dd>{stars(review.dsr.communication)}</dd>
            <dt>{i18n.t("review-dsr-shipping")}</dt><dd>{stars(review.dsr.shipping)}</dd>
        </dl>
        {(!review.text.is_empty()).then(|| view! { <p class="cv-review__text">{review.text}</p> })}
    }
}

/// Five stars as radio buttons in a fieldset; `name` is also the group's id for errors and focus.
#[component]
fn StarChoice(
    name: &'static str,
    legend: String,
    value: RwSignal<u8>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let error_id = format!("{name}-error");
    let described_by = error_id.clone();
    view! {
        <fieldset class="cv-star-choice" class:cv-form__field--invalid=move || error.get().is_some()
            aria-describedby=described_by>
            <legend class="cv-form__label">{legend}</legend>
            <div class="cv-star-choice__stars">
                {(1..=5_u8).map(|n| {
                    let id = format!("{name}-{n}");
                    let label = i18n.t_args("review-stars", &[("count", Arg::from(n))]);
                    let title = label.clone();
                    // The radio covers its star, transparent: pointer, touch and keyboard all use the real
                    // control, and the label names it.
                    view! {
                        <label class="cv-star-choice__star" class:cv-star-choice__star--on=move || { value.get() >= n } title=title>
                            <input class="cv-star-choice__radio" type="radio" name=name id=id
                                prop:checked=move || value.get() == n
                                on:change=move |_| value.set(n) />
                            <span aria-hidden="true">"★"</span>
                            <span class="cv-visually-hidden">{label}</span>
                        </label>
                    }
                }).collect_view()}
            </div>
            <p class="cv-form__error" id=error_id>{move || error.get()}</p>
        </fieldset>
    }
}

#[component]
fn ReviewForm(order_id: caravan_types::OrderId, on_saved: Callback<OrderReview>) -> impl IntoView {
    let i18n = use_i18n();
    let draft_key = format!("caravan.draft.review.{order_id}");
    let rating = RwSignal::new(0_u8);
    let described = RwSignal::new(0_u8);
    let communication = RwSignal::new(0_u8);
    let shipping = RwSignal::new(0_u8);
    let text = RwSignal::new(storage::load(&draft_key).unwrap_or_default());
    let missing = RwSignal::new(Vec::<&'static str>::new());
    let (busy, set_busy) = signal(false);
    let (error, set_error) = signal(None::<String>);
    {
        let draft_key = draft_key.clone();
        Effect::new(move |first: Option<()>| {
            let value = text.get();
            if first.is_some() {
                storage::save(&draft_key, &value);
            }
        });
    }
    // A group's error stays until a star is chosen there.
    let error_of = move |name: &'static str, value: RwSignal<u8>| {
        Signal::derive(move || {
            (value.get() == 0 && missing.with(|m| m.contains(&name)))
                .then(|| i18n.t("review-choose-stars"))
        })
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        set_error.set(None);
        let values = [
            ("rating", rating.get_untracked()),
            ("described", described.get_untracked()),
            ("communication", communication.get_untracked()),
            ("shipping", shipping.get_untracked()),
        ];
        let unset: Vec<&'static str> = values
            .iter()
            .filter(|(_, v)| *v == 0)
            .map(|(n, _)| *n)
            .collect();
        if let Some(first) = unset.first() {
            if let Some(radio) = document().get_element_by_id(&format!("{first}-1")) {
                use wasm_bindgen::JsCast;
                if let Ok(radio) = radio.dyn_into::<web_sys::HtmlElement>() {
                    let _ = radio.focus();
                }
            }
            missing.set(unset);
            return;
        }
        missing.set(Vec::new());
        let request = ReviewRequest {
            rating: values[0].1,
            text: text.get_untracked().trim().to_owned(),
            dsr: DsrRatings {
                described: values[1].1,
                communication: values[2].1,
                shipping: values[3].1,
            },
        };
        set_busy.set(true);
        let draft_key = draft_key.clone();
        leptos::task::spawn_local(async move {
            match api::purchases::create_review(order_id, &request).await {
                Ok(review) => {
                    storage::remove(&draft_key);
                    on_saved.run(review);
                }
                Err(failure) => {
                    set_error.set(Some(action_error(i18n, &failure)));
                    set_busy.set(false);
                }
            }
        });
    };
    view! {
        <form class="cv-form" novalidate on:submit=submit aria-busy=move || busy.get().to_string()>
            <p class="cv-form__alert" role="alert">{move || error.get()}</p>
            <StarChoice name="rating" legend=i18n.t("review-overall") value=rating error=error_of("rating", rating) />
            <p class="cv-form__hint">{i18n.t("review-dsr-intro")}</p>
            <StarChoice name="described" legend=i18n.t("review-dsr-described") value=described error=error_of("described", described) />
            <StarChoice name="communication" legend=i18n.t("review-dsr-communication") value=communication error=error_of("communication", communication) />
            <StarChoice name="shipping" legend=i18n.t("review-dsr-shipping") value=shipping error=error_of("shipping", shipping) />
            <div class="cv-form__field">
                <label class="cv-form__label" for="review-text">{i18n.t("review-text")}</label>
                <textarea id="review-text" class="cv-form__input cv-form__textarea" maxlength="2000"
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))></textarea>
            </div>
            <button class="cv-button cv-form__submit" type="submit" disabled=move || busy.get()>{i18n.t("review-submit")}</button>
        </form>
    }
}

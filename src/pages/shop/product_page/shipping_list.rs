//! The product page's shipping: the options to the buyer's country, with cost and delivery days, and the
//! choice of that country (shared with the cart and checkout, so the buyer chooses it once).

use crate::{
    api, cart,
    components::{cart::CountrySelect, common::logistics_name},
    contexts::{use_currency, use_i18n},
    countries::CountryNames,
};
use caravan_i18n::Arg;
use caravan_types::{ListingId, listing::ShippingOption};
use leptos::prelude::*;

/// Shipping options to `destination`; choosing another country asks the server for that country's options
/// (each template may have its own days and cost per country) without reloading the rest of the page.
#[component]
pub fn ShippingList(
    /// The listing.
    id: ListingId,
    /// The options that came with the page, for `destination`'s first value.
    options: Vec<ShippingOption>,
    /// The country the options are for.
    destination: RwSignal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let currency = use_currency();
    let options = RwSignal::new(options);
    let (loading, set_loading) = signal(false);
    let (failed, set_failed) = signal(false);
    // Answers can arrive out of order when the buyer changes the country quickly: only the answer for the
    // country chosen last is shown.
    let choose = Callback::new(move |code: String| {
        cart::save_destination(&code);
        set_loading.set(true);
        leptos::task::spawn_local(async move {
            let answer = api::get_listing(id, &code).await;
            if destination.get_untracked() != code {
                return;
            }
            set_loading.set(false);
            match answer {
                Ok(detail) => {
                    options.set(detail.shipping);
                    set_failed.set(false);
                }
                Err(_) => set_failed.set(true),
            }
        });
    });
    let list = move || {
        let locale = i18n.locale();
        let shown = options.get();
        if shown.is_empty() {
            let country = CountryNames::new(&locale).name(&destination.get_untracked());
            let text = i18n.t_args(
                "cart-problem-not-shipped",
                &[("country", Arg::from(country))],
            );
            return view! { <p class="cv-shipping__none">{text}</p> }.into_any();
        }
        view! {
            <ul class="cv-shipping__list">
                {shown.into_iter().map(|option| {
                    let cost = if option.cost.minor == 0 {
                        i18n.t("listing-free-shipping")
                    } else {
                        let shown = currency.show(option.cost, &locale);
                        if shown.approximate { format!("≈\u{a0}{}", shown.text) } else { shown.text }
                    };
                    let days = i18n.t_args("product-delivery-days", &[
                        ("min", Arg::from(option.min_days)),
                        ("max", Arg::from(option.max_days)),
                    ]);
                    view! {
                        <li class="cv-shipping__item">
                            <span class="cv-shipping__class">{logistics_name(option.class)}</span>
                            <span class="cv-shipping__cost">{cost}</span>
                            <span class="cv-shipping__days">{days}</span>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <section class="cv-shipping" aria-labelledby="cv-shipping-title" aria-busy=move || loading.get().to_string()>
            <h2 id="cv-shipping-title" class="cv-subtitle">{i18n.t("product-shipping")}</h2>
            <CountrySelect id="cv-product-destination" label=i18n.t("cart-deliver-to") value=destination on_change=choose />
            <div aria-live="polite">
                {list}
                {move || failed.get().then(|| view! { <p class="cv-shipping__none" role="alert">{i18n.t("error-load-failed")}</p> })}
            </div>
        </section>
    }
}

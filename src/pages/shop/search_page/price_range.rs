//! The price range filter: the lowest and highest price in the currency the buyer sees prices in. The
//! bounds go into the URL as minor units of that currency, and the server converts them (rounding outward),
//! so the range means the same on a shared link.

use super::search_url;
use crate::{api::SearchParams, contexts::use_currency, contexts::use_i18n};
use caravan_i18n::Arg;
use caravan_types::{
    Currency,
    decimal::{format_decimal, parse_decimal},
};
use leptos::prelude::*;
use leptos_router::{NavigateOptions, hooks::use_navigate};

/// Why a bound was not applied, shown at its field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RangeError {
    /// Not an amount in the currency (letters, a sign, too many decimals).
    Unreadable,
    /// The highest price is below the lowest.
    Reversed,
}

/// A bound that was not applied: the field (`min` or `max`) and why.
type WrongBound = (&'static str, RangeError);

/// A range as typed, checked: `Ok((min, max))` in minor units, or the field that is wrong and why.
fn read_range(
    min: &str,
    max: &str,
    currency: Currency,
) -> Result<(Option<i64>, Option<i64>), WrongBound> {
    let read = |text: &str, field: &'static str| -> Result<Option<i64>, WrongBound> {
        if text.trim().is_empty() {
            return Ok(None);
        }
        parse_decimal(text, currency.minor_units())
            .map(Some)
            .ok_or((field, RangeError::Unreadable))
    };
    let (min, max) = (read(min, "min")?, read(max, "max")?);
    if let (Some(low), Some(high)) = (min, max)
        && high < low
    {
        return Err(("max", RangeError::Reversed));
    }
    Ok((min, max))
}

/// Two amount fields and Apply. The bounds are shown in the currency of the URL's range when there is one,
/// else in the display currency.
#[component]
pub fn PriceRange(params: Memo<SearchParams>) -> impl IntoView {
    let i18n = use_i18n();
    let display = use_currency();
    let navigate = use_navigate();
    let currency = Memo::new(move |_| {
        params
            .read()
            .currency
            .as_deref()
            .and_then(|c| c.parse::<Currency>().ok())
            .unwrap_or_else(|| display.currency())
    });
    let shown = move |bound: Option<i64>| {
        bound
            .map(|minor| format_decimal(minor, currency.get().minor_units()))
            .unwrap_or_default()
    };
    // What the fields hold: the URL's bounds, until the buyer types.
    let min = RwSignal::new(String::new());
    let max = RwSignal::new(String::new());
    Effect::new(move |_| {
        let p = params.read();
        min.set(shown(p.price_min));
        max.set(shown(p.price_max));
    });
    let error = RwSignal::new(None::<WrongBound>);
    let message = move || {
        error.get().map(|(_, kind)| match kind {
            RangeError::Unreadable => {
                let example = format_decimal(1250, currency.get().minor_units());
                i18n.t_args("search-price-invalid", &[("example", Arg::from(example))])
            }
            RangeError::Reversed => i18n.t("search-price-order"),
        })
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let currency = currency.get_untracked();
        match read_range(&min.get_untracked(), &max.get_untracked(), currency) {
            Err(wrong) => error.set(Some(wrong)),
            Ok((price_min, price_max)) => {
                error.set(None);
                let next = SearchParams {
                    price_min,
                    price_max,
                    currency: Some(currency.code().to_owned()),
                    ..params.get_untracked()
                };
                navigate(&search_url(&next), NavigateOptions::default());
            }
        }
    };
    let invalid = move |field: &'static str| error.get().is_some_and(|(f, _)| f == field);
    let legend = move || {
        i18n.t_args(
            "search-price",
            &[("currency", Arg::from(currency.get().code().to_owned()))],
        )
    };
    view! {
        <form class="cv-price-range-form" on:submit=on_submit novalidate>
            <fieldset class="cv-price-range">
                <legend>{legend}</legend>
                <div class="cv-price-range__row">
                    <div class="cv-field">
                        <label class="cv-field__label" for="cv-price-min">{i18n.t("search-price-min")}</label>
                        <input
                            id="cv-price-min"
                            class="cv-price-range__input"
                            inputmode="decimal"
                            autocomplete="off"
                            aria-invalid=move || invalid("min").to_string()
                            aria-describedby="cv-price-error"
                            prop:value=move || min.get()
                            on:input=move |ev| min.set(event_target_value(&ev))
                        />
                    </div>
                    <div class="cv-field">
                        <label class="cv-field__label" for="cv-price-max">{i18n.t("search-price-max")}</label>
                        <input
                            id="cv-price-max"
                            class="cv-price-range__input"
                            inputmode="decimal"
                            autocomplete="off"
                            aria-invalid=move || invalid("max").to_string()
                            aria-describedby="cv-price-error"
                            prop:value=move || max.get()
                            on:input=move |ev| max.set(event_target_value(&ev))
                        />
                    </div>
                    <button class="cv-button" type="submit">{i18n.t("search-price-apply")}</button>
                    <p id="cv-price-error" class="cv-price-range__error" role="alert">{message}</p>
                </div>
            </fieldset>
        </form>
    }
}

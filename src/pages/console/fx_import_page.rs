//! Exchange rates: import an ECB daily reference-rate file (ORD-4 charges at the day's rate).

use super::console_gate::{AdminGate, console_error_text};
use crate::{api::admin, contexts::use_i18n};
use caravan_i18n::Arg;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// `/admin/fx`.
#[component]
pub fn FxImportPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h2 class="cv-center__title">{i18n.t("console-fx-title")}</h2>
        <AdminGate>
            <FxImport />
        </AdminGate>
    }
}

#[component]
fn FxImport() -> impl IntoView {
    let i18n = use_i18n();
    let xml = RwSignal::new(String::new());
    let outcome = RwSignal::new(None::<Result<String, String>>);
    let busy = RwSignal::new(false);
    let on_file = move |ev: leptos::ev::Event| {
        use crate::pages::js_dyn;
        let Some(input) = ev.target().map(wasm_bindgen::JsValue::from) else {
            return;
        };
        let file = js_dyn::at(&js_dyn::get(&input, "files"), 0);
        let Ok(reading) = js_dyn::call0(&file, "text").dyn_into::<js_sys::Promise>() else {
            return;
        };
        leptos::task::spawn_local(async move {
            if let Ok(text) = wasm_bindgen_futures::JsFuture::from(reading).await
                && let Some(text) = text.as_string()
            {
                xml.set(text);
            }
        });
    };
    let import = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        busy.set(true);
        let body = xml.get_untracked();
        leptos::task::spawn_local(async move {
            let result = admin::import_fx(body).await;
            outcome.set(Some(match result {
                Ok(rates) => Ok(i18n.t_args(
                    "console-fx-imported",
                    &[
                        ("date", Arg::from(rates.date)),
                        ("count", Arg::from(rates.rates.len())),
                    ],
                )),
                Err(error) => Err(console_error_text(&i18n, &error)),
            }));
            busy.set(false);
        });
    };
    view! {
        <form class="cv-panel cv-form" on:submit=import novalidate>
            <p>{i18n.t("console-fx-intro")}</p>
            <div class="cv-form-field">
                <label class="cv-form-field__label" for="cv-fx-file">{i18n.t("console-fx-file")}</label>
                <input class="cv-input" id="cv-fx-file" type="file" accept=".xml,application/xml,text/xml" on:change=on_file />
            </div>
            <div class="cv-form-field">
                <label class="cv-form-field__label" for="cv-fx-xml">{i18n.t("console-fx-xml")}</label>
                <textarea class="cv-input cv-input--area" id="cv-fx-xml" rows="8"
                    prop:value=move || xml.get() on:input=move |ev| xml.set(event_target_value(&ev))></textarea>
            </div>
            <div class="cv-form__actions">
                <button class="cv-button cv-button--primary" type="submit"
                    disabled=move || busy.get() || xml.with(|x| x.trim().is_empty())>{i18n.t("console-fx-import")}</button>
            </div>
            {move || outcome.get().map(|result| match result {
                Ok(text) => view! { <p class="cv-notice cv-notice--ok" role="status">{text}</p> }.into_any(),
                Err(text) => view! { <p class="cv-notice cv-notice--error" role="alert">{text}</p> }.into_any(),
            })}
        </form>
    }
}

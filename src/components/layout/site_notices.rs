use crate::contexts::{LocaleStatus, use_currency, use_i18n};
use caravan_i18n::Arg;
use leptos::prelude::*;

/// Site-wide notices under the header: a language that could not be loaded, exchange rates that are
/// unavailable. Each can be dismissed.
#[component]
pub fn SiteNotices() -> impl IntoView {
    let i18n = use_i18n();
    let currency = use_currency();
    let locale_failed = move || match i18n.status().get() {
        LocaleStatus::Failed(info) => Some(info),
        _ => None,
    };
    view! {
        <div class="cv-notices" role="status" aria-live="polite">
            {move || locale_failed().map(|info| view! {
                <p class="cv-notice">
                    <span>{i18n.t_args("locale-load-failed", &[("language", Arg::from(info.autonym))])}</span>
                    <button type="button" class="cv-notice__dismiss" on:click=move |_| i18n.dismiss_failure()>
                        {i18n.t("notice-dismiss")}
                    </button>
                </p>
            })}
            {move || currency.fx_failed().then(|| view! {
                <p class="cv-notice">
                    <span>{i18n.t("fx-unavailable")}</span>
                    <button type="button" class="cv-notice__dismiss" on:click=move |_| currency.dismiss_fx_notice()>
                        {i18n.t("notice-dismiss")}
                    </button>
                </p>
            })}
        </div>
    }
}

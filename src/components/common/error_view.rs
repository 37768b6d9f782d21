use crate::{api, contexts::use_i18n};
use leptos::prelude::*;

/// The one way the app shows a failed load: what happened in the user's words, and a way to try again.
#[component]
pub fn ErrorView(
    /// The errors caught by the surrounding `ErrorBoundary`.
    errors: ArcRwSignal<Errors>,
    /// Retries the failed load; without it the button reloads the page.
    #[prop(optional)]
    on_retry: Option<Callback<()>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let not_found = {
        let errors = errors.clone();
        move || {
            errors.read().iter().any(|(_, error)| {
                error
                    .downcast_ref::<api::Error>()
                    .is_some_and(api::Error::is_not_found)
            })
        }
    };
    let message = move || {
        if not_found() {
            i18n.t("error-not-found")
        } else {
            i18n.t("error-load-failed")
        }
    };
    let retry = move |_| match on_retry {
        Some(callback) => callback.run(()),
        None => {
            let _ = window().location().reload();
        }
    };
    view! {
        <div class="cv-error" role="alert">
            <p class="cv-error__message">{message}</p>
            <button class="cv-button" type="button" on:click=retry>
                {i18n.t("action-retry")}
            </button>
        </div>
    }
}

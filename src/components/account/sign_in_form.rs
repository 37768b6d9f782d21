use crate::{
    api,
    components::forms::{FormErrors, TextField, clear_drafts, draft_field},
    contexts::{CurrencyChoice, I18n, use_currency, use_i18n, use_shopper},
};
use caravan_types::account::{Account, LoginRequest};
use leptos::prelude::*;

const EMAIL_DRAFT: &str = "caravan.draft.signin.email";

/// The form's fields, top to bottom.
const FIELDS: &[&str] = &["email", "password"];

/// E-mail and password; on success the session cookie is set, the header learns the name and `on_signed_in`
/// runs. A refusal is shown at the form (the server does not say which of the two is wrong, on purpose).
#[component]
pub fn SignInForm(
    /// Runs with the account once signed in.
    on_signed_in: Callback<Account>,
) -> impl IntoView {
    let i18n = use_i18n();
    let shopper = use_shopper();
    let currency = use_currency();
    let email = draft_field(EMAIL_DRAFT);
    let password = RwSignal::new(String::new());
    let errors = FormErrors::new();
    let (busy, set_busy) = signal(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        // One attempt at a time: a double click sends one request.
        if busy.get_untracked() {
            return;
        }
        errors.clear();
        let request = LoginRequest {
            email: email.get_untracked().trim().to_owned(),
            password: password.get_untracked(),
        };
        if request.email.is_empty() {
            errors.set_required("email");
        }
        if request.password.is_empty() {
            errors.set_required("password");
        }
        if !errors.is_empty() {
            errors.focus_first(FIELDS);
            return;
        }
        set_busy.set(true);
        leptos::task::spawn_local(async move {
            match api::auth::login(&request).await {
                Ok(account) => {
                    clear_drafts(&[EMAIL_DRAFT]);
                    apply_preferences(i18n, currency).await;
                    shopper.signed_in(&account.display_name);
                    on_signed_in.run(account);
                }
                Err(error) => {
                    errors.show(&error);
                    if error.code() == Some("invalid_credentials") {
                        // The password is the likelier mistake; it is cleared to be typed again.
                        password.set(String::new());
                    }
                    set_busy.set(false);
                    errors.focus_first(FIELDS);
                }
            }
        });
    };
    view! {
        <form class="cv-form" novalidate on:submit=submit aria-busy=move || busy.get().to_string()>
            <p class="cv-form__alert" role="alert">{move || errors.form().get()}</p>
            <TextField
                id="email"
                label=i18n.t("field-email")
                value=email
                error=errors.field("email")
                kind="email"
                autocomplete="email"
                required=true
            />
            <TextField
                id="password"
                label=i18n.t("field-password")
                value=password
                error=errors.field("password")
                kind="password"
                autocomplete="current-password"
                required=true
            />
            <button class="cv-button cv-form__submit" type="submit" disabled=move || busy.get()>
                {move || if busy.get() { i18n.t("signin-busy") } else { i18n.t("signin-submit") }}
            </button>
        </form>
    }
}

/// Shows the shop the way the account chose on any device: its language and display currency, where it
/// has chosen them (an account without a choice leaves this browser's own). Runs at sign-in only, so a
/// choice made in the header afterwards stands; a failed request changes nothing.
async fn apply_preferences(i18n: I18n, currency: CurrencyChoice) {
    let Ok(profile) = api::account::profile().await else {
        return;
    };
    if let Some(chosen) = profile.preferred_currency
        && chosen != untrack(|| currency.currency())
    {
        currency.choose(chosen);
    }
    if let Some(tag) = profile.preferred_language {
        i18n.switch_to(&tag);
    }
}

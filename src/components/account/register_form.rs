use crate::{
    api,
    components::forms::{FormErrors, TextField, clear_drafts, draft_field},
    contexts::{use_i18n, use_shopper},
};
use caravan_types::account::{Account, RegisterRequest, Role};
use leptos::prelude::*;

const NAME_DRAFT: &str = "caravan.draft.register.name";
const EMAIL_DRAFT: &str = "caravan.draft.register.email";

/// The form's fields, top to bottom.
const FIELDS: &[&str] = &["display_name", "email", "password"];

/// Name, e-mail, password and what the account is for (shopping or selling); the server judges the e-mail
/// and the password policy and answers at the fields. On success the new account is signed in.
#[component]
pub fn RegisterForm(
    /// The account type chosen at first.
    #[prop(optional)]
    seller: bool,
    /// Runs with the account once registered and signed in.
    on_registered: Callback<Account>,
) -> impl IntoView {
    let i18n = use_i18n();
    let shopper = use_shopper();
    let name = draft_field(NAME_DRAFT);
    let email = draft_field(EMAIL_DRAFT);
    let password = RwSignal::new(String::new());
    let role = RwSignal::new(if seller { Role::Seller } else { Role::Buyer });
    let errors = FormErrors::new();
    let (busy, set_busy) = signal(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        errors.clear();
        let request = RegisterRequest {
            email: email.get_untracked().trim().to_owned(),
            password: password.get_untracked(),
            display_name: name.get_untracked().trim().to_owned(),
            role: role.get_untracked(),
        };
        for (path, empty) in [
            ("display_name", request.display_name.is_empty()),
            ("email", request.email.is_empty()),
            ("password", request.password.is_empty()),
        ] {
            if empty {
                errors.set_required(path);
            }
        }
        if !errors.is_empty() {
            errors.focus_first(FIELDS);
            return;
        }
        set_busy.set(true);
        leptos::task::spawn_local(async move {
            match api::auth::register(&request).await {
                Ok(account) => {
                    clear_drafts(&[NAME_DRAFT, EMAIL_DRAFT]);
                    shopper.signed_in(&account.display_name);
                    on_registered.run(account);
                }
                Err(error) => {
                    errors.show(&error);
                    set_busy.set(false);
                    errors.focus_first(FIELDS);
                }
            }
        });
    };
    let role_choice = move |value: Role, label: String| {
        view! {
            <label class="cv-check">
                <input
                    class="cv-check__box"
                    type="radio"
                    name="role"
                    prop:checked=move || role.get() == value
                    on:change=move |_| role.set(value)
                />
                {label}
            </label>
        }
    };
    view! {
        <form class="cv-form" novalidate on:submit=submit aria-busy=move || busy.get().to_string()>
            <p class="cv-form__alert" role="alert">{move || errors.form().get()}</p>
            <TextField
                id="display_name"
                label=i18n.t("field-display-name")
                value=name
                error=errors.field("display_name")
                autocomplete="name"
                hint=i18n.t("field-display-name-hint")
                required=true
            />
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
                autocomplete="new-password"
                hint=i18n.t("field-new-password-hint")
                required=true
            />
            <fieldset class="cv-form__choices">
                <legend class="cv-form__label">{i18n.t("register-role")}</legend>
                {role_choice(Role::Buyer, i18n.t("register-role-buyer"))}
                {role_choice(Role::Seller, i18n.t("register-role-seller"))}
            </fieldset>
            <button class="cv-button cv-form__submit" type="submit" disabled=move || busy.get()>
                {move || if busy.get() { i18n.t("register-busy") } else { i18n.t("register-submit") }}
            </button>
        </form>
    }
}

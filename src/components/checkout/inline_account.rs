use crate::{
    components::account::{RegisterForm, SignInForm},
    contexts::use_i18n,
};
use leptos::prelude::*;

/// Signing in or creating an account inside checkout, so a buyer never leaves the cart to do it. Either
/// form updates the shopper's state, which is what checkout watches to go on.
#[component]
pub fn InlineAccount() -> impl IntoView {
    let i18n = use_i18n();
    let (registering, set_registering) = signal(false);
    // Checkout continues by itself: the forms tell the shopper context, which redraws the page.
    let done = Callback::new(|_| ());
    let tab = move |register: bool, label: String| {
        view! {
            <button
                type="button"
                role="tab"
                class="cv-tabs__tab"
                aria-selected=move || (registering.get() == register).to_string()
                on:click=move |_| set_registering.set(register)
            >
                {label}
            </button>
        }
    };
    view! {
        <p>{i18n.t("checkout-account-intro")}</p>
        <div class="cv-tabs" role="tablist" aria-label=i18n.t("checkout-account")>
            {tab(false, i18n.t("checkout-have-account"))}
            {tab(true, i18n.t("checkout-new-account"))}
        </div>
        <div role="tabpanel">
            {move || if registering.get() {
                view! { <RegisterForm on_registered=done /> }.into_any()
            } else {
                view! { <SignInForm on_signed_in=done /> }.into_any()
            }}
        </div>
    }
}

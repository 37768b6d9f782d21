use crate::{
    api,
    components::{account::SignedIn, forms::error_text},
    contexts::{use_i18n, use_shopper},
    routes::AppRoute,
};
use caravan_types::account::{Account, Role};
use leptos::prelude::*;
use leptos_router::{NavigateOptions, hooks::use_navigate};

/// `/account`: who is signed in, the way to the buyer's orders and cart (and the seller center or console
/// for those roles), and signing out.
#[component]
pub fn AccountPage() -> impl IntoView {
    view! { <SignedIn page=|account| view! { <AccountOverview account /> } /> }
}

/// The signed-in account's overview.
#[component]
fn AccountOverview(account: Account) -> impl IntoView {
    let i18n = use_i18n();
    let elsewhere = match account.role {
        Role::Seller => Some(("/seller", i18n.t("account-seller-center"))),
        Role::Admin => Some(("/admin", i18n.t("account-console"))),
        Role::Buyer => None,
    };
    view! {
        <div class="cv-account__overview">
            <h1 class="cv-account__title">{i18n.t("account-area-title")}</h1>
            <section class="cv-panel" aria-labelledby="cv-profile-title">
                <h3 id="cv-profile-title" class="cv-panel__title">{i18n.t("account-profile")}</h3>
                <dl class="cv-facts">
                    <dt>{i18n.t("field-display-name")}</dt>
                    <dd>{account.display_name}</dd>
                    <dt>{i18n.t("field-email")}</dt>
                    <dd>{account.email}</dd>
                </dl>
            </section>
            <nav class="cv-panel cv-account__links" aria-label=i18n.t("account-links")>
                <a class="cv-account__link" href=AppRoute::Cart.path()>{i18n.t("account-cart")}</a>
                {elsewhere.map(|(href, label)| view! { <a class="cv-account__link" href=href>{label}</a> })}
            </nav>
            <SignOutButton />
        </div>
    }
}

/// Ends the session on the server, forgets the name in every tab and opens the shop's home page. The cart
/// stays: it belongs to this browser.
#[component]
fn SignOutButton() -> impl IntoView {
    let i18n = use_i18n();
    let shopper = use_shopper();
    let navigate = use_navigate();
    let (busy, set_busy) = signal(false);
    let (error, set_error) = signal(None::<String>);
    let sign_out = move |_| {
        if busy.get_untracked() {
            return;
        }
        set_busy.set(true);
        set_error.set(None);
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            match api::auth::logout().await {
                Ok(()) => {
                    shopper.signed_out();
                    navigate(&AppRoute::Home.path(), NavigateOptions::default());
                }
                Err(failure) => {
                    set_error.set(Some(error_text(i18n, &failure)));
                    set_busy.set(false);
                }
            }
        });
    };
    view! {
        <div class="cv-account__sign-out">
            <button class="cv-button cv-button--secondary" type="button" on:click=sign_out disabled=move || busy.get()>
                {i18n.t("account-sign-out")}
            </button>
            <p class="cv-form__alert" role="alert">{move || error.get()}</p>
        </div>
    }
}

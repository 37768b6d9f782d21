use crate::{
    api,
    checkout::address_book,
    components::{account::SignedIn, forms::error_text},
    contexts::{DISPLAY_CURRENCIES, use_currency, use_i18n, use_shopper},
    routes::AppRoute,
};
use caravan_i18n::Arg;
use caravan_types::{
    Currency,
    account::{Account, Role},
};
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
                <a class="cv-account__link" href="/orders">{i18n.t("account-orders")}</a>
                <a class="cv-account__link" href="/account/notifications">{i18n.t("account-notifications")}</a>
                <a class="cv-account__link" href=AppRoute::Cart.path()>{i18n.t("account-cart")}</a>
                {elsewhere.map(|(href, label)| view! { <a class="cv-account__link" href=href>{label}</a> })}
            </nav>
            <SavedAddresses />
            <Preferences />
            <SignOutButton />
        </div>
    }
}

/// The delivery addresses checkout remembered in this browser (the server keeps an address only with the
/// orders it delivers), each removable.
#[component]
fn SavedAddresses() -> impl IntoView {
    let i18n = use_i18n();
    let saved = RwSignal::new(address_book::addresses());
    view! {
        <section class="cv-panel" aria-labelledby="cv-addresses-title">
            <h2 id="cv-addresses-title" class="cv-panel__title">{i18n.t("account-addresses")}</h2>
            <p class="cv-form__hint">{i18n.t("account-addresses-hint")}</p>
            {move || {
                let list = saved.get();
                if list.is_empty() {
                    return view! { <p>{i18n.t("account-addresses-empty")}</p> }.into_any();
                }
                view! {
                    <ul class="cv-addresses">
                        {list.into_iter().map(|address| {
                            let text = address_book::summary(&address);
                            let label = i18n.t_args("account-address-remove", &[("address", Arg::from(text.clone()))]);
                            view! {
                                <li class="cv-addresses__item">
                                    <span class="cv-addresses__text">{text}" · "{address.country.clone()}</span>
                                    <button class="cv-button cv-button--secondary" type="button" aria-label=label
                                        on:click=move |_| {
                                            address_book::forget(&address);
                                            saved.set(address_book::addresses());
                                        }>
                                        {i18n.t("account-address-remove-short")}
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
        </section>
    }
}

/// The language and display currency, saved in this browser (the same choices as the header's pickers).
#[component]
fn Preferences() -> impl IntoView {
    let i18n = use_i18n();
    let currency = use_currency();
    // Read once: a change of language draws the whole page again (and a reactive read here would outlive
    // the page being replaced).
    let language = i18n.locale();
    let shown_currency = untrack(|| currency.currency());
    view! {
        <section class="cv-panel" aria-labelledby="cv-prefs-title">
            <h2 id="cv-prefs-title" class="cv-panel__title">{i18n.t("account-preferences")}</h2>
            <div class="cv-form">
                <div class="cv-form__field">
                    <label class="cv-form__label" for="pref-language">{i18n.t("account-language")}</label>
                    <select
                        id="pref-language"
                        class="cv-form__select"
                        on:change=move |ev| i18n.switch_to(&event_target_value(&ev))
                    >
                        {caravan_i18n::LOCALES.iter().map(|locale| view! {
                            <option value=locale.tag lang=locale.tag selected={language == locale.tag}>{locale.autonym}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="cv-form__field">
                    <label class="cv-form__label" for="pref-currency">{i18n.t("account-currency")}</label>
                    <p class="cv-form__hint" id="pref-currency-hint">{i18n.t("account-currency-hint")}</p>
                    <select
                        id="pref-currency"
                        class="cv-form__select"
                        aria-describedby="pref-currency-hint"
                        on:change=move |ev| {
                            if let Ok(chosen) = event_target_value(&ev).parse::<Currency>() {
                                currency.choose(chosen);
                            }
                        }
                    >
                        {DISPLAY_CURRENCIES.iter().map(|code| view! { <option value=*code selected={*code == shown_currency.code()}>{*code}</option> }).collect_view()}
                    </select>
                </div>
            </div>
        </section>
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

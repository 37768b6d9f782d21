use crate::{
    api,
    cart::{self, CartItem},
    checkout::{address_book, pending},
    components::{
        cart::TotalsBlock,
        checkout::{AddressFields, AddressForm, CardFields, CardForm, InlineAccount, ShopShipping},
        forms::{FormErrors, clear_drafts, error_text},
    },
    contexts::{I18n, Shopper, use_currency, use_i18n, use_shopper},
    money_format::format_money,
    routes::AppRoute,
};
use caravan_i18n::Arg;
use caravan_types::{
    Currency,
    account::AddressRequest,
    order::{CardDetails, OrderGroup, PlaceOrderRequest, Quote, ShippingAddress},
};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::checkout_done_page::checkout_done_path;

/// Every field of the page in the order they appear, by id (the focus goes to the first problem).
const FIELDS: &[&str] = &[
    "address.name",
    "address.line1",
    "address.line2",
    "address.city",
    "address.region",
    "address.postal_code",
    "address.phone",
    "card.number",
    "card.exp",
    "card.cvc",
    "card.holder",
];

/// The address drafts, forgotten once the address is in the address book.
const ADDRESS_DRAFTS: &[&str] = &[
    "caravan.draft.address.name",
    "caravan.draft.address.line1",
    "caravan.draft.address.line2",
    "caravan.draft.address.city",
    "caravan.draft.address.region",
    "caravan.draft.address.postal_code",
    "caravan.draft.address.phone",
];

/// Which step of paying refused, and why: placing the orders or charging the card.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
enum CheckoutError {
    /// `POST /api/orders` refused or never answered; nothing was placed, or a retry finds what was.
    #[error("placing the order: {0}")]
    Place(api::Error),
    /// The orders are placed (and hold their stock) but the card was not charged.
    #[error("paying: {0}")]
    Pay(api::Error),
}

/// Places the pending checkout (unless its group is already placed) and pays it with `card`.
async fn place_and_pay(
    pending: pending::Pending,
    card: CardDetails,
) -> Result<OrderGroup, CheckoutError> {
    let group = match pending.group {
        Some(group) => group,
        None => {
            let placed = api::orders::place_order(&pending.request, &pending.key)
                .await
                .map_err(CheckoutError::Place)?;
            pending::placed(&pending, placed.id);
            placed.id
        }
    };
    api::orders::pay(group, card)
        .await
        .map_err(CheckoutError::Pay)
}

/// `/checkout`: who is buying (signing in or registering here), where it goes, how each shop ships it,
/// what it costs in the display currency and in dollars (ORD-4), and the card. One press of "Pay" places
/// one order per shop and pays for them; a double click, a retry or a declined card never places twice.
#[component]
pub fn CheckoutPage() -> impl IntoView {
    let i18n = use_i18n();
    let shopper = use_shopper();
    let currency = use_currency();
    let items = Memo::new(move |_| cart::items(shopper));
    let address = AddressFields::new(cart::saved_destination(&i18n.locale()));
    let quote = cart::quote_resource(items, address.country.into(), currency);
    let latest = Memo::new(move |_| quote.get().and_then(Result::ok).flatten());
    // Paid: the cart is emptied on the way to the confirmation, which is not an empty checkout.
    let (paid, set_paid) = signal(false);
    let empty = Memo::new(move |_| items.read().is_empty() && !paid.get());
    view! {
        <div class="cv-checkout">
            <h1 class="cv-cart__title">{i18n.t("checkout-title")}</h1>
            // Only emptiness redraws the page: a change of shipping or quantity must not clear the card.
            {move || if empty.get() {
                view! {
                    <div class="cv-panel cv-cart__empty">
                        <p>{i18n.t("cart-empty")}</p>
                        <a class="cv-button" href=AppRoute::Home.path()>{i18n.t("cart-continue")}</a>
                    </div>
                }.into_any()
            } else {
                view! {
                    <AccountStep shopper />
                    <PaymentSteps items address quote latest set_paid />
                }.into_any()
            }}
        </div>
    }
}

/// Step 1: the account the orders go to.
#[component]
fn AccountStep(shopper: Shopper) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section id="cv-step-account" class="cv-panel cv-checkout__step" aria-labelledby="cv-step-account-title" tabindex="-1">
            <h2 id="cv-step-account-title" class="cv-panel__title">{i18n.t("checkout-account")}</h2>
            {move || match shopper.name() {
                Some(name) => view! {
                    <p>{i18n.t_args("checkout-signed-in-as", &[("name", Arg::from(name))])}</p>
                }.into_any(),
                None => view! { <InlineAccount /> }.into_any(),
            }}
        </section>
    }
}

/// Steps 2–4 and the summary: address, shipping per shop, card, totals and "Pay".
#[component]
fn PaymentSteps(
    items: Memo<Vec<CartItem>>,
    address: AddressFields,
    quote: LocalResource<Result<Option<Quote>, api::Error>>,
    latest: Memo<Option<Quote>>,
    set_paid: WriteSignal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let shopper = use_shopper();
    let currency = use_currency();
    let navigate = use_navigate();
    let errors = FormErrors::new();
    let card = CardFields::new();
    let (busy, set_busy) = signal(false);
    let failed = move || quote.get().and_then(|r| r.err());
    // Signing in (step 1) answers "sign in first": the old refusals no longer apply.
    Effect::new(move |was_signed_in: Option<bool>| {
        let signed_in = shopper.name().is_some();
        if was_signed_in == Some(false) && signed_in {
            errors.clear();
        }
        signed_in
    });
    let pay = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        // One attempt at a time: a double click sends one request.
        if busy.get_untracked() {
            return;
        }
        errors.clear();
        if untrack(|| shopper.name()).is_none() {
            errors.set_form(i18n.t("checkout-sign-in-first"));
            focus("cv-step-account");
            return;
        }
        let address_fine = address.check(&errors);
        let card_details = card.card(&errors);
        let (true, Some(card_details)) = (address_fine, card_details) else {
            errors.set_form(i18n.t("checkout-fix-fields"));
            errors.focus_first(FIELDS);
            return;
        };
        if !latest.get_untracked().is_some_and(|q| q.orderable) {
            errors.set_form(i18n.t("checkout-cart-attention"));
            return;
        }
        let request = PlaceOrderRequest {
            lines: items
                .get_untracked()
                .iter()
                .map(CartItem::to_line)
                .collect(),
            address: untrack(|| address.value()),
            display_currency: Some(untrack(|| currency.currency())).filter(|c| *c != Currency::USD),
        };
        let pending = pending::for_request(&request);
        set_busy.set(true);
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            match place_and_pay(pending, card_details).await {
                Ok(group) => {
                    pending::clear();
                    keep_address(request.address.clone());
                    clear_drafts(ADDRESS_DRAFTS);
                    set_paid.set(true);
                    cart::clear(shopper);
                    navigate(&checkout_done_path(group.id), Default::default());
                }
                Err(error) => {
                    explain(i18n, errors, shopper, card, &error);
                    if matches!(&error, CheckoutError::Place(e) if e.code() == Some("cart_changed"))
                    {
                        quote.refetch();
                    }
                    set_busy.set(false);
                    errors.focus_first(FIELDS);
                }
            }
        });
    };
    let shops = move || {
        latest.get().map(|quote| {
            quote
                .shops
                .into_iter()
                .map(|shop| view! { <ShopShipping shop /> })
                .collect_view()
        })
    };
    let summary = move || match latest.get() {
        Some(quote) => {
            let total = format_money(quote.totals.total, &i18n.locale());
            let orderable = quote.orderable;
            view! {
                <TotalsBlock totals=quote.totals display=quote.display.clone() />
                {(!orderable).then(|| view! {
                    <p class="cv-cart__blocked" role="status">
                        {i18n.t("checkout-cart-attention")}" "
                        <a href=AppRoute::Cart.path()>{i18n.t("checkout-back-to-cart")}</a>
                    </p>
                })}
                <button class="cv-button cv-cart__checkout" type="submit" disabled=move || busy.get() || !orderable>
                    {move || if busy.get() {
                        i18n.t("checkout-paying")
                    } else {
                        i18n.t_args("checkout-pay", &[("amount", Arg::from(total.clone()))])
                    }}
                </button>
            }
            .into_any()
        }
        None => {
            view! { <p class="cv-account__loading" aria-busy="true">{i18n.t("cart-pricing")}</p> }
                .into_any()
        }
    };
    view! {
        <form class="cv-cart__layout" novalidate on:submit=pay aria-busy=move || busy.get().to_string()>
            <div class="cv-cart__main">
                <section class="cv-panel cv-checkout__step" aria-labelledby="cv-step-address">
                    <h2 id="cv-step-address" class="cv-panel__title">{i18n.t("checkout-address")}</h2>
                    <AddressForm fields=address errors />
                </section>
                <section class="cv-checkout__step" aria-labelledby="cv-step-shipping">
                    <h2 id="cv-step-shipping" class="cv-checkout__heading">{i18n.t("checkout-shipping")}</h2>
                    {move || failed().map(|error| view! {
                        <p class="cv-notice" role="status">
                            <span>{i18n.t("cart-quote-failed")}" "{error_text(i18n, &error)}</span>
                            <button type="button" class="cv-notice__dismiss" on:click=move |_| quote.refetch()>
                                {i18n.t("action-retry")}
                            </button>
                        </p>
                    })}
                    {shops}
                </section>
                <section class="cv-panel cv-checkout__step" aria-labelledby="cv-step-payment">
                    <h2 id="cv-step-payment" class="cv-panel__title">{i18n.t("checkout-payment")}</h2>
                    <CardForm fields=card errors />
                </section>
            </div>
            <aside class="cv-panel cv-cart__summary" aria-labelledby="cv-summary-title">
                <h2 id="cv-summary-title" class="cv-panel__title">{i18n.t("cart-summary")}</h2>
                <p class="cv-form__alert" role="alert">{move || errors.form().get()}</p>
                {summary}
            </aside>
        </form>
    }
}

/// Shows why paying stopped, and what to do: at the fields for what the buyer can fix, for the whole
/// form otherwise.
fn explain(
    i18n: I18n,
    errors: FormErrors,
    shopper: Shopper,
    card: CardFields,
    error: &CheckoutError,
) {
    match error {
        CheckoutError::Place(error) => {
            errors.show(error);
            match error.code() {
                Some("unauthenticated") => {
                    // The session ended since the header last knew: sign in again, right here.
                    shopper.signed_out();
                    errors.set_form(i18n.t("checkout-session-ended"));
                }
                Some("cart_changed") => errors.set_form(i18n.t("checkout-cart-changed")),
                _ if matches!(error, api::Error::Network(_)) => {
                    errors.set_form(i18n.t("checkout-place-network"));
                }
                _ => {}
            }
        }
        CheckoutError::Pay(error) => {
            errors.show(error);
            card_field_words(i18n, errors, error);
            let what_to_do = match error.code() {
                Some("card_declined") => {
                    card.clear_cvc();
                    i18n.t("checkout-declined")
                }
                Some("payment_retry") => i18n.t("checkout-payment-retry"),
                Some("payment_in_progress") => i18n.t("checkout-payment-in-progress"),
                // The placed orders expired or were cancelled, or belong to an account signed in before
                // on this browser: the next press places new ones.
                Some("not_payable" | "not_found") => {
                    pending::clear();
                    i18n.t("checkout-not-payable")
                }
                _ if matches!(error, api::Error::Network(_)) => i18n.t("checkout-pay-network"),
                _ => return,
            };
            errors.set_form(what_to_do);
        }
    }
}

/// The server's card refusals in the buyer's words, at the field they concern (the expiry is one field
/// here, two numbers on the wire).
fn card_field_words(i18n: I18n, errors: FormErrors, error: &api::Error) {
    let api::Error::Server { fields, .. } = error else {
        return;
    };
    for field in fields {
        let (path, key) = match field.code.as_str() {
            "invalid_card_number" => ("card.number", "checkout-card-number-invalid"),
            "invalid_cvc" => ("card.cvc", "checkout-card-cvc-invalid"),
            "card_expired" | "expired_card" => ("card.exp", "checkout-card-expired"),
            "insufficient_funds" => ("card.number", "checkout-card-insufficient-funds"),
            "live_card_in_sandbox" => ("card.number", "checkout-card-live"),
            "card_declined" => ("card.number", "checkout-card-declined"),
            _ if field.path.starts_with("card.exp") => ("card.exp", "checkout-card-expiry-invalid"),
            _ => continue,
        };
        errors.set(path, i18n.t(key));
    }
}

/// Keeps the address an order went to for the next one: in the account's address book, so every device
/// offers it (the server does not save an address twice), and in this browser only if the account could not
/// take it (full, or the network failed).
fn keep_address(address: ShippingAddress) {
    leptos::task::spawn_local(async move {
        let request = AddressRequest {
            address,
            is_default: false,
        };
        match api::account::create_address(&request).await {
            // Kept in the account: this browser's copy would only be offered twice.
            Ok(_) => address_book::forget(&request.address),
            Err(error) => {
                leptos::logging::warn!("address not kept in the account: {error}");
                address_book::remember(&request.address);
            }
        }
    });
}

/// Moves the focus to the element `id` (a step the buyer must do first).
fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(element) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

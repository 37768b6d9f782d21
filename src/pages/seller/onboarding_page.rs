//! Journey 1, onboarding: a seller account, the company and its contacts (REG-1, REG-3), account type, main
//! category and sales regions (REG-4), a shop name judged while typing (SHOP-2, in the browser) and checked
//! against the names already taken (on the server), the e-mail code, then the review: pending until the
//! platform decides, and the reason if it rejects.

use super::{
    error_text::{ErrorNotice, error_text, field_error},
    form_field::TextField,
    rules_engine::use_rules_engine,
    seller_nav::StatusChip,
    seller_session::{SellerState, use_seller_session},
    verdict_list::{FieldVerdicts, field_id},
};
use crate::{
    api::{self, seller},
    components::common::ErrorView,
    contexts::use_i18n,
};
use caravan_rules::{ShopNameContext, shop_name_key};
use caravan_types::{
    account::{Account, RegisterRequest, Role},
    shop::{AccountType, SellerRegistration, ShopApplication, ShopStatus, ShopView},
    verdict::Verdict,
};
use js_sys::{Array, Function, Object, Reflect};
use leptos::prelude::*;
use std::collections::BTreeSet;
use wasm_bindgen::{JsCast, JsValue};

/// Countries a company may be registered in, as the form offers them (ISO 3166-1 alpha-2).
const COUNTRIES: &[&str] = &[
    "CN", "US", "RU", "BR", "DE", "FR", "ES", "IT", "GB", "PL", "TR", "IN", "JP", "KR", "VN", "TH",
    "MY", "ID", "MX", "CL", "SA", "AE", "IL", "UA", "KZ", "NL", "PT",
];

/// Regions the shop can sell to (REG-4), as the form offers them.
const REGIONS: &[&str] = &[
    "RU", "US", "BR", "ES", "FR", "DE", "GB", "IT", "PL", "NL", "IL", "UA", "KZ", "KR", "JP", "SA",
    "AE", "MX", "CL", "AU",
];

/// The onboarding page: what the visitor needs next, from creating an account to the review's outcome.
#[component]
pub fn OnboardingPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_seller_session();
    let retry = Callback::new(move |()| session.reload());
    view! {
        <h2 class="cv-center__title">{i18n.t("seller-onboarding-title")}</h2>
        <Suspense fallback=|| view! { <div class="cv-center__loading" aria-busy="true"></div> }>
            <ErrorBoundary fallback=move |errors| view! { <ErrorView errors on_retry=retry /> }>
                {move || Suspend::new(async move {
                    session.state.await.map(|state| match state {
                        SellerState::SignedOut => view! { <SellerAccountForm /> }.into_any(),
                        SellerState::NotSeller(account) => view! { <NotSellerPanel account /> }.into_any(),
                        SellerState::Seller { account, shop: None } => view! {
                            <ShopApplicationForm account previous=None />
                        }.into_any(),
                        SellerState::Seller { account, shop: Some(shop) } if shop.status == ShopStatus::Rejected => {
                            let previous = Some(shop.clone());
                            view! {
                                <ReviewPanel shop />
                                <ShopApplicationForm account previous />
                            }.into_any()
                        }
                        SellerState::Seller { shop: Some(shop), .. } => view! { <ReviewPanel shop /> }.into_any(),
                    })
                })}
            </ErrorBoundary>
        </Suspense>
    }
}

/// Step 1 for a visitor without an account: a seller account (`POST /api/auth/register`, role seller).
#[component]
fn SellerAccountForm() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_seller_session();
    let display_name = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let failure = RwSignal::new(None::<api::Error>);
    let register = Action::new_local(move |request: &RegisterRequest| {
        let request = request.clone();
        async move { seller::register_seller(&request).await }
    });
    Effect::new(move |_| match register.value().get() {
        Some(Ok(_)) => session.reload(),
        Some(Err(error)) => failure.set(Some(error)),
        None => {}
    });
    let field = move |path: &'static str| {
        Signal::derive(move || {
            failure.with(|f| f.as_ref().and_then(|e| field_error(&i18n, e, path)))
        })
    };
    let notice = Signal::derive(move || failure.with(|f| f.as_ref().map(|e| error_text(&i18n, e))));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        failure.set(None);
        register.dispatch(RegisterRequest {
            email: email.get_untracked(),
            password: password.get_untracked(),
            display_name: display_name.get_untracked(),
            role: Role::Seller,
        });
    };
    let next = "/signin?next=%2Fseller%2Fonboarding";
    view! {
        <form class="cv-panel cv-form" on:submit=submit novalidate>
            <h3>{i18n.t("seller-account-title")}</h3>
            <p>{i18n.t("seller-account-intro")}</p>
            <TextField label=i18n.t("seller-account-name") path="display_name" value=display_name
                on_input=Callback::new(move |v| display_name.set(v)) error=field("display_name")
                autocomplete="organization" required=true />
            <TextField label=i18n.t("seller-account-email") path="email" value=email
                on_input=Callback::new(move |v| email.set(v)) error=field("email")
                input_type="email" autocomplete="email" required=true />
            <TextField label=i18n.t("seller-account-password") path="password" value=password
                on_input=Callback::new(move |v| password.set(v)) error=field("password")
                hint=i18n.t("seller-account-password-hint")
                input_type="password" autocomplete="new-password" required=true />
            <ErrorNotice error=notice />
            <div class="cv-form__actions">
                <button class="cv-button cv-button--primary" type="submit" disabled=move || register.pending().get()>
                    {i18n.t("seller-account-create")}
                </button>
                <a class="cv-link" href=next>{i18n.t("seller-account-have-one")}</a>
            </div>
        </form>
    }
}

/// Signed in with a buyer (or admin) account: the seller center needs a seller account.
#[component]
fn NotSellerPanel(
    /// The signed-in account.
    account: Account,
) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_seller_session();
    let sign_out = Action::new_local(|_: &()| seller::sign_out());
    Effect::new(move |_| {
        if sign_out.value().get().is_some() {
            session.reload();
        }
    });
    view! {
        <div class="cv-panel">
            <p>{i18n.t_args("seller-signed-in-as", &[("email", account.email.clone().into())])}</p>
            <p>{i18n.t("seller-not-a-seller")}</p>
            <button class="cv-button" type="button" on:click=move |_| { sign_out.dispatch(()); }>
                {i18n.t("seller-sign-out-to-register")}
            </button>
        </div>
    }
}

/// The review's state: pending (what happens next), approved (where to go) or rejected (the reason).
#[component]
fn ReviewPanel(
    /// The shop.
    shop: ShopView,
) -> impl IntoView {
    let i18n = use_i18n();
    let (heading, body) = match shop.status {
        ShopStatus::Pending => ("seller-review-pending-title", "seller-review-pending-body"),
        ShopStatus::Approved => (
            "seller-review-approved-title",
            "seller-review-approved-body",
        ),
        ShopStatus::Rejected => (
            "seller-review-rejected-title",
            "seller-review-rejected-body",
        ),
    };
    let reason = shop.rejection_reason.clone();
    view! {
        <section class=format!("cv-panel cv-review cv-review--{}", shop.status.as_str()) aria-labelledby="cv-review-title">
            <h3 id="cv-review-title">{i18n.t(heading)} " " <StatusChip status=shop.status /></h3>
            <p class="cv-review__shop">{shop.name.clone()}</p>
            <p>{i18n.t(body)}</p>
            {reason.map(|reason| view! {
                <blockquote class="cv-review__reason">
                    <p class="cv-review__reason-label">{i18n.t("seller-review-reason")}</p>
                    <p>{reason}</p>
                </blockquote>
            })}
            {(shop.status == ShopStatus::Approved).then(|| view! {
                <a class="cv-button cv-button--primary" href="/seller/listings/new">{i18n.t("seller-first-listing")}</a>
            })}
        </section>
    }
}

/// A registration to start from: the previous application's, or empty with the account's e-mail.
fn starting_registration(account: &Account, previous: Option<&ShopView>) -> SellerRegistration {
    previous
        .and_then(|shop| shop.registration.clone())
        .unwrap_or_else(|| SellerRegistration {
            company_name: String::new(),
            licence_number: String::new(),
            legal_representative: String::new(),
            country: String::new(),
            company_email: account.email.clone(),
            email_verified: false,
            service_phone: String::new(),
            emergency_contact: String::new(),
            account_type: AccountType::B2c,
            main_category: String::new(),
            sales_regions: Vec::new(),
        })
}

/// The shop application (`POST /api/seller/shop`), judged by the browser's engine as it is filled in.
#[component]
fn ShopApplicationForm(
    /// The seller.
    account: Account,
    /// The rejected application, to correct and send again.
    previous: Option<ShopView>,
) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_seller_session();
    let rules = use_rules_engine();
    let form = RwSignal::new(starting_registration(&account, previous.as_ref()));
    let shop_name = RwSignal::new(
        previous
            .as_ref()
            .map(|s| s.name.clone())
            .unwrap_or_default(),
    );
    // The address the server confirmed; changing the e-mail to another one needs a new code.
    let verified_email =
        RwSignal::new(form.with_untracked(|f| f.email_verified.then(|| f.company_email.clone())));
    let touched = RwSignal::new(BTreeSet::<&'static str>::new());
    let attempted = RwSignal::new(false);
    let failure = RwSignal::new(None::<api::Error>);

    let registration = Memo::new(move |_| {
        let mut registration = form.get();
        registration.email_verified =
            verified_email.with(|v| v.as_deref() == Some(registration.company_email.trim()));
        registration
    });
    // Every REG verdict, as the server will judge the form; shown per field once the seller has been there.
    let registration_verdicts = Memo::new(move |_| {
        let Some(engine) = rules.get() else {
            return Vec::new();
        };
        let all = engine.check_seller_registration(&registration.get());
        let attempted = attempted.get();
        touched.with(|touched| {
            all.into_iter()
                .filter(|v| attempted || touched.contains(v.field.as_str()))
                .collect::<Vec<_>>()
        })
    });
    let name_check = ShopNameCheck::new(shop_name);
    // SHOP-2 while typing: the browser's engine judges words and length at once; "taken" comes from the
    // server's answer for the same normalised key, so typing back a taken name says so without waiting.
    let name_verdicts = Memo::new(move |_| {
        let Some(engine) = rules.get() else {
            return Vec::new();
        };
        let name = shop_name.get();
        if name.trim().is_empty() && !attempted.get() {
            return Vec::new();
        }
        let ctx = ShopNameContext {
            authorised_brands: Vec::new(),
            name_taken: name_check.taken(&name),
        };
        engine
            .check_shop_name(&name, &ctx)
            .into_iter()
            .map(|mut v| {
                v.field = "shop_name".to_owned();
                v
            })
            .collect::<Vec<_>>()
    });
    // Verdicts the server sent back with a refusal, until the form changes.
    let server_verdicts = RwSignal::new(Vec::<Verdict>::new());
    Effect::new(move |_| {
        form.track();
        shop_name.track();
        server_verdicts.set(Vec::new());
    });
    let verdicts = Signal::derive(move || {
        let mut all = registration_verdicts.get();
        all.extend(name_verdicts.get());
        for v in server_verdicts.get() {
            if !all.contains(&v) {
                all.push(v);
            }
        }
        all
    });

    let touch = move |field: &'static str| {
        Callback::new(move |()| {
            touched.update(|t| {
                t.insert(field);
            })
        })
    };
    let text_field = move |label: &'static str,
                           path: &'static str,
                           get: fn(&SellerRegistration) -> &String,
                           set: fn(&mut SellerRegistration, String)| {
        view! {
            <TextField
                label=i18n.t(label)
                path=path
                value=Signal::derive(move || form.with(|f| get(f).clone()))
                on_input=Callback::new(move |v| form.update(|f| set(f, v)))
                verdicts
                on_blur=touch(path)
            />
        }
    };

    let apply = Action::new_local(move |application: &ShopApplication| {
        let application = application.clone();
        async move { seller::apply_for_shop(&application).await }
    });
    Effect::new(move |_| match apply.value().get() {
        Some(Ok(_)) => session.reload(),
        Some(Err(error)) => {
            if let api::Error::Server { refusal, .. } = &error {
                server_verdicts.set(
                    refusal
                        .verdicts()
                        .into_iter()
                        .map(|mut v| {
                            if let Some(field) = v.field.strip_prefix("registration.") {
                                v.field = field.to_owned();
                            }
                            v
                        })
                        .collect(),
                );
            }
            failure.set(Some(error));
        }
        None => {}
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        attempted.set(true);
        failure.set(None);
        if verdicts.with_untracked(|v| v.iter().any(Verdict::blocks)) {
            focus_first_problem(&verdicts.get_untracked());
            return;
        }
        apply.dispatch(ShopApplication {
            shop_name: shop_name.get_untracked(),
            registration: registration.get_untracked(),
        });
    };
    let notice = Signal::derive(move || failure.with(|f| f.as_ref().map(|e| error_text(&i18n, e))));
    let name_error = Signal::derive(move || {
        failure.with(|f| f.as_ref().and_then(|e| field_error(&i18n, e, "shop_name")))
    });

    view! {
        <form class="cv-form cv-onboarding" on:submit=submit novalidate>
            <fieldset class="cv-panel cv-fieldset">
                <legend>{i18n.t("seller-company-title")}</legend>
                {text_field("seller-company-name", "company_name", |f| &f.company_name, |f, v| f.company_name = v)}
                {text_field("seller-company-licence", "licence_number", |f| &f.licence_number, |f, v| f.licence_number = v)}
                {text_field("seller-company-representative", "legal_representative", |f| &f.legal_representative, |f, v| f.legal_representative = v)}
                <div class="cv-form-field">
                    <label class="cv-form-field__label" for=field_id("country")>{i18n.t("seller-company-country")}</label>
                    <select class="cv-input" id=field_id("country") name="country"
                        aria-describedby=format!("{}-verdicts", field_id("country"))
                        on:change=move |ev| {
                            form.update(|f| f.country = event_target_value(&ev));
                            touched.update(|t| { t.insert("country"); });
                        }
                        prop:value=move || form.with(|f| f.country.clone())
                    >
                        <option value="">{i18n.t("seller-choose")}</option>
                        {COUNTRIES.iter().map(|&code| view! {
                            <option value=code>{region_name(&i18n.locale(), code)}</option>
                        }).collect_view()}
                    </select>
                    <FieldVerdicts verdicts path="country" />
                </div>
            </fieldset>

            <fieldset class="cv-panel cv-fieldset">
                <legend>{i18n.t("seller-contact-title")}</legend>
                {text_field("seller-contact-email", "company_email", |f| &f.company_email, |f, v| f.company_email = v)}
                <EmailVerification form verified_email />
                {text_field("seller-contact-phone", "service_phone", |f| &f.service_phone, |f, v| f.service_phone = v)}
                {text_field("seller-contact-emergency", "emergency_contact", |f| &f.emergency_contact, |f, v| f.emergency_contact = v)}
            </fieldset>

            <fieldset class="cv-panel cv-fieldset">
                <legend>{i18n.t("seller-business-title")}</legend>
                <div class="cv-form-field" role="radiogroup" aria-labelledby="cv-account-type-label">
                    <p class="cv-form-field__label" id="cv-account-type-label">{i18n.t("seller-account-type")}</p>
                    {[(AccountType::B2c, "seller-account-type-b2c"), (AccountType::B2b, "seller-account-type-b2b")]
                        .into_iter()
                        .map(|(kind, key)| view! {
                            <label class="cv-check">
                                <input class="cv-check__box" type="radio" name="account_type"
                                    prop:checked=move || form.with(|f| f.account_type == kind)
                                    on:change=move |_| form.update(|f| f.account_type = kind) />
                                {i18n.t(key)}
                            </label>
                        })
                        .collect_view()}
                </div>
                <MainCategoryField form verdicts touched />
                <fieldset class="cv-form-field cv-regions" id=field_id("sales_regions")
                    aria-describedby=format!("{}-verdicts", field_id("sales_regions"))>
                    <legend class="cv-form-field__label">{i18n.t("seller-sales-regions")}</legend>
                    <div class="cv-regions__list">
                        {REGIONS.iter().map(|&code| view! {
                            <label class="cv-check">
                                <input class="cv-check__box" type="checkbox" name="sales_regions" value=code
                                    prop:checked=move || form.with(|f| f.sales_regions.iter().any(|r| r == code))
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        form.update(|f| {
                                            f.sales_regions.retain(|r| r != code);
                                            if on {
                                                f.sales_regions.push(code.to_owned());
                                            }
                                        });
                                        touched.update(|t| { t.insert("sales_regions"); });
                                    } />
                                {region_name(&i18n.locale(), code)}
                            </label>
                        }).collect_view()}
                    </div>
                    <FieldVerdicts verdicts path="sales_regions" />
                </fieldset>
            </fieldset>

            <fieldset class="cv-panel cv-fieldset">
                <legend>{i18n.t("seller-shop-name-title")}</legend>
                <TextField
                    label=i18n.t("seller-shop-name")
                    path="shop_name"
                    hint=i18n.t("seller-shop-name-hint")
                    value=shop_name
                    on_input=Callback::new(move |v| shop_name.set(v))
                    verdicts
                    error=name_error
                />
                <p class="cv-name-check" aria-live="polite">{move || name_check.status_text(&i18n, &shop_name.get())}</p>
            </fieldset>

            <ErrorNotice error=notice />
            <div class="cv-form__actions">
                <button class="cv-button cv-button--primary" type="submit" disabled=move || apply.pending().get()>
                    {if previous.is_some() { i18n.t("seller-apply-again") } else { i18n.t("seller-apply") }}
                </button>
            </div>
        </form>
    }
}

/// The company e-mail's verification: send a code, type it in, see it confirmed (REG-3).
#[component]
fn EmailVerification(
    /// The form, for the e-mail address.
    form: RwSignal<SellerRegistration>,
    /// The address the server confirmed.
    verified_email: RwSignal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let code = RwSignal::new(String::new());
    let sent_to = RwSignal::new(None::<String>);
    let failure = RwSignal::new(None::<api::Error>);
    let email = move || form.with(|f| f.company_email.trim().to_owned());
    let verified = move || verified_email.with(|v| v.as_deref() == Some(email().as_str()));
    let send_code = Action::new_local(move |email: &String| {
        let email = email.clone();
        async move { seller::request_email_code(&email).await.map(|_| email) }
    });
    let confirm = Action::new_local(move |(email, code): &(String, String)| {
        let (email, code) = (email.clone(), code.clone());
        async move { seller::confirm_email_code(&email, &code).await }
    });
    Effect::new(move |_| match send_code.value().get() {
        Some(Ok(email)) => {
            failure.set(None);
            sent_to.set(Some(email));
        }
        Some(Err(error)) => failure.set(Some(error)),
        None => {}
    });
    Effect::new(move |_| match confirm.value().get() {
        Some(Ok(status)) if status.verified => {
            failure.set(None);
            verified_email.set(Some(status.email));
        }
        Some(Ok(_)) => {}
        Some(Err(error)) => failure.set(Some(error)),
        None => {}
    });
    let error = Signal::derive(move || {
        failure.with(|f| {
            f.as_ref().map(|e| {
                field_error(&i18n, e, "code")
                    .or_else(|| field_error(&i18n, e, "email"))
                    .unwrap_or_else(|| error_text(&i18n, e))
            })
        })
    });
    view! {
        <div class="cv-email-verification">
            <Show
                when=verified
                fallback=move || view! {
                    <button class="cv-button" type="button"
                        disabled=move || send_code.pending().get() || email().is_empty()
                        on:click=move |_| { send_code.dispatch(email()); }>
                        {move || if sent_to.get().is_some() { i18n.t("seller-email-resend") } else { i18n.t("seller-email-send-code") }}
                    </button>
                    <Show when=move || sent_to.with(|s| s.as_deref() == Some(email().as_str()))>
                        <p class="cv-form-field__hint">{move || i18n.t_args("seller-email-code-sent", &[("email", email().into())])}</p>
                        <div class="cv-inline-form">
                            <TextField label=i18n.t("seller-email-code") path="email_code" value=code
                                on_input=Callback::new(move |v| code.set(v)) inputmode="numeric" autocomplete="one-time-code" />
                            <button class="cv-button" type="button" disabled=move || confirm.pending().get()
                                on:click=move |_| { confirm.dispatch((email(), code.get_untracked())); }>
                                {i18n.t("seller-email-verify")}
                            </button>
                        </div>
                    </Show>
                }
            >
                <p class="cv-notice cv-notice--ok">{i18n.t("seller-email-verified")}</p>
            </Show>
            <ErrorNotice error />
        </div>
    }
}

/// The main category (REG-4): one of the catalogue's top-level categories.
#[component]
fn MainCategoryField(
    /// The form.
    form: RwSignal<SellerRegistration>,
    /// Verdicts to show.
    verdicts: Signal<Vec<Verdict>>,
    /// Fields the seller has been to.
    touched: RwSignal<BTreeSet<&'static str>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let categories = LocalResource::new(api::list_categories);
    let id = field_id("main_category");
    view! {
        <div class="cv-form-field">
            <label class="cv-form-field__label" for=id.clone()>{i18n.t("seller-main-category")}</label>
            <select class="cv-input" id=id.clone() name="main_category"
                aria-describedby=format!("{id}-verdicts")
                on:change=move |ev| {
                    form.update(|f| f.main_category = event_target_value(&ev));
                    touched.update(|t| { t.insert("main_category"); });
                }
                prop:value=move || form.with(|f| f.main_category.clone())
            >
                <option value="">{i18n.t("seller-choose")}</option>
                {move || categories.get().and_then(Result::ok).map(|all| {
                    all.into_iter()
                        .filter(|c| c.parent_id.is_none())
                        .map(|c| view! { <option value=c.slug.clone()>{c.name}</option> })
                        .collect_view()
                })}
            </select>
            <FieldVerdicts verdicts path="main_category" />
        </div>
    }
}

/// The server's name check, asked a moment after the seller stops typing (names taken by other shops are
/// only known there).
#[derive(Clone, Copy)]
struct ShopNameCheck {
    /// The normalised key last checked, whether it is available, or `None` while checking.
    answer: RwSignal<Option<(String, Option<bool>)>>,
}

impl ShopNameCheck {
    fn new(name: RwSignal<String>) -> ShopNameCheck {
        let answer = RwSignal::new(None::<(String, Option<bool>)>);
        let pending = StoredValue::new_local(None::<leptos::prelude::TimeoutHandle>);
        Effect::new(move |_| {
            let typed = name.get();
            if let Some(handle) = pending.get_value() {
                handle.clear();
            }
            let key = shop_name_key(&typed);
            if key.is_empty() {
                answer.set(None);
                return;
            }
            if answer.with_untracked(|a| a.as_ref().is_some_and(|(k, _)| *k == key)) {
                return;
            }
            answer.set(Some((key.clone(), None)));
            let handle = set_timeout_with_handle(
                move || {
                    leptos::task::spawn_local(async move {
                        if let Ok(check) = seller::check_shop_name(&typed).await {
                            // Only the answer for what the box still says counts (and only while the
                            // form is still on the page).
                            if answer.try_with_untracked(|a| {
                                a.as_ref().is_some_and(|(k, _)| *k == check.key)
                            }) == Some(true)
                            {
                                answer.set(Some((check.key, Some(check.available))));
                            }
                        }
                    });
                },
                std::time::Duration::from_millis(400),
            )
            .ok();
            pending.set_value(handle);
        });
        on_cleanup(move || {
            if let Some(handle) = pending.try_get_value().flatten() {
                handle.clear();
            }
        });
        ShopNameCheck { answer }
    }

    /// Whether the server said another shop holds `name`'s key.
    fn taken(&self, name: &str) -> bool {
        let key = shop_name_key(name);
        self.answer
            .with(|a| matches!(a, Some((k, Some(false))) if *k == key))
    }

    fn status_text(&self, i18n: &crate::contexts::I18n, name: &str) -> String {
        let key = shop_name_key(name);
        self.answer.with(|a| match a {
            Some((k, None)) if *k == key => i18n.t("seller-shop-name-checking"),
            Some((k, Some(true))) if *k == key => i18n.t("seller-shop-name-available"),
            Some((k, Some(false))) if *k == key => i18n.t("seller-shop-name-taken"),
            _ => String::new(),
        })
    }
}

/// Moves focus to the first field with a blocking verdict.
fn focus_first_problem(verdicts: &[Verdict]) {
    if let Some(first) = verdicts.iter().find(|v| v.blocks())
        && let Some(element) = document().get_element_by_id(&field_id(&first.field))
        && let Some(element) = element.dyn_ref::<web_sys::HtmlElement>()
    {
        let _ = element.focus();
    }
}

/// The name of the region `code` in `locale` (`Intl.DisplayNames`), or the code itself.
fn region_name(locale: &str, code: &str) -> String {
    let name = || -> Option<String> {
        let intl = Reflect::get(&js_sys::global(), &JsValue::from_str("Intl")).ok()?;
        let ctor: Function = Reflect::get(&intl, &JsValue::from_str("DisplayNames"))
            .ok()?
            .dyn_into()
            .ok()?;
        let options = Object::new();
        Reflect::set(&options, &"type".into(), &"region".into()).ok()?;
        let args = Array::of1(&locale.into());
        args.push(&options);
        let names = Reflect::construct(&ctor, &args).ok()?;
        let of: Function = Reflect::get(&names, &"of".into()).ok()?.dyn_into().ok()?;
        of.call1(&names, &code.into()).ok()?.as_string()
    };
    name().unwrap_or_else(|| code.to_owned())
}

//! Journey 7, promotions: apply for a discount or a flash deal on listings of the shop (PRM-1: it runs only
//! once the platform approves it; PRM-7: a flash deal fills one session), see each application's status
//! (pending, approved, running, ended, rejected with the reason, withdrawn) and withdraw one (after approval
//! with the PRM-2 sanction, which the page says before the seller confirms). What the seller types is kept
//! on this device until the application is sent.

use super::{
    error_text::{ErrorNotice, error_text},
    form_field::{FieldError, TextField, parse_decimal},
    growth_support::{
        adopt_growth_stylesheet, date_time_text, growth_field_error, local_input_value,
        now_seconds, parse_local_input,
    },
    rules_engine::use_rules_engine,
    shop_gate::ShopGate,
    verdict_list::verdict_item,
};
use crate::{
    api::{
        self, growth,
        seller::{self, get_listing},
    },
    components::common::ErrorView,
    contexts::{I18n, use_i18n},
    money_format::format_money,
    storage,
};
use caravan_i18n::Arg;
use caravan_types::{
    Currency, ListingId, Money,
    promotion::{
        Discount, Promotion, PromotionItemRequest, PromotionKind, PromotionRequest, PromotionStatus,
    },
    seller_listing::{ListingStatus, SellerListingSummary},
};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Where the unsent application is kept.
const DRAFT_KEY: &str = "caravan.seller.promotion-draft";
/// Flash sessions offered ahead.
const SESSIONS_OFFERED: i64 = 16;

/// `/seller/promotions`.
#[component]
pub fn PromotionsPage() -> impl IntoView {
    let i18n = use_i18n();
    adopt_growth_stylesheet();
    view! {
        <h2 class="cv-center__title">{i18n.t("seller-promo-title")}</h2>
        <p>{i18n.t("seller-promo-intro")}</p>
        <ShopGate>
            <Promotions />
        </ShopGate>
    }
}

/// The form and the list (only for a seller with a shop).
#[component]
fn Promotions() -> impl IntoView {
    let promotions = LocalResource::new(growth::list_promotions);
    let retry = Callback::new(move |()| promotions.refetch());
    view! {
        <ApplicationForm on_created=Callback::new(move |()| promotions.refetch()) />
        <section class="cv-promos" aria-labelledby="cv-promos-title">
            <h3 id="cv-promos-title">{use_i18n().t("seller-promo-list-title")}</h3>
            <Transition fallback=|| view! { <div class="cv-center__loading" aria-busy="true"></div> }>
                <ErrorBoundary fallback=move |errors| view! { <ErrorView errors on_retry=retry /> }>
                    {move || Suspend::new(async move {
                        promotions.await.map(|list| view! { <PromotionList promotions=list on_changed=retry /> })
                    })}
                </ErrorBoundary>
            </Transition>
        </section>
    }
}

/// One SKU of the application, with what the form shows about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct DraftItem {
    listing_id: i64,
    title: String,
    sku_code: String,
    /// The SKU's options, e.g. `Black / L` (empty for a listing without variants).
    sku_label: String,
    stock: i64,
    price_minor: i64,
    currency: Currency,
    /// As typed.
    promo_stock: String,
}

/// The application as typed (kept in `localStorage` on every change).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Draft {
    name: String,
    flash: bool,
    percent: bool,
    /// Percent off, as typed.
    percent_text: String,
    /// A fixed amount off, as typed in major units (`2.50`).
    amount_text: String,
    /// `datetime-local` values.
    starts: String,
    ends: String,
    /// The chosen flash session's start, Unix seconds.
    session: Option<i64>,
    items: Vec<DraftItem>,
}

impl Draft {
    fn blank() -> Draft {
        let now = now_seconds();
        Draft {
            name: String::new(),
            flash: false,
            percent: true,
            percent_text: String::new(),
            amount_text: String::new(),
            starts: local_input_value(now),
            ends: local_input_value(now + 7 * 86_400),
            session: None,
            items: Vec::new(),
        }
    }

    fn restored() -> Draft {
        storage::load(DRAFT_KEY)
            .and_then(|json| serde_json::from_str(&json).ok())
            .unwrap_or_else(Draft::blank)
    }

    fn currency(&self) -> Currency {
        self.items.first().map_or(Currency::USD, |i| i.currency)
    }

    /// The request, or the paths of what does not parse (reported at those fields, nothing sent).
    fn request(&self) -> Result<PromotionRequest, Vec<String>> {
        let mut bad = Vec::new();
        let discount = if self.percent {
            match self.percent_text.trim().parse::<i64>() {
                Ok(percent) => Discount::Percent { percent },
                Err(_) => {
                    bad.push("discount.percent".to_owned());
                    Discount::Percent { percent: 0 }
                }
            }
        } else {
            match parse_decimal(&self.amount_text, self.currency().minor_units()) {
                Some(amount_minor) => Discount::Fixed { amount_minor },
                None => {
                    bad.push("discount.amount_minor".to_owned());
                    Discount::Fixed { amount_minor: 0 }
                }
            }
        };
        let (kind, starts_at, ends_at) = if self.flash {
            let start = self.session.unwrap_or_default();
            if self.session.is_none() {
                bad.push("starts_at".to_owned());
            }
            (PromotionKind::FlashDeal, start, None)
        } else {
            let starts = parse_local_input(&self.starts);
            let ends = parse_local_input(&self.ends);
            if starts.is_none() {
                bad.push("starts_at".to_owned());
            }
            if ends.is_none() {
                bad.push("ends_at".to_owned());
            }
            (PromotionKind::Discount, starts.unwrap_or_default(), ends)
        };
        let items = self
            .items
            .iter()
            .enumerate()
            .map(|(i, item)| PromotionItemRequest {
                listing_id: ListingId(item.listing_id),
                sku_code: item.sku_code.clone(),
                promo_stock: item.promo_stock.trim().parse().unwrap_or_else(|_| {
                    bad.push(format!("items[{i}].promo_stock"));
                    0
                }),
            })
            .collect();
        if !bad.is_empty() {
            return Err(bad);
        }
        Ok(PromotionRequest {
            name: self.name.clone(),
            kind,
            discount,
            starts_at,
            ends_at,
            items,
        })
    }
}

/// The next flash sessions: starts at multiples of the policy's session length from midnight UTC (PRM-7).
fn coming_sessions(length_hours: u32) -> Vec<i64> {
    let length = i64::from(length_hours.max(1)) * 3600;
    let first = now_seconds().div_euclid(length) * length + length;
    (0..SESSIONS_OFFERED).map(|i| first + i * length).collect()
}

/// What went wrong, as the form shows it: a failed request or fields that did not parse.
#[derive(Debug, Clone, Default)]
struct Problems {
    server: Option<api::Error>,
    unparsed: Vec<String>,
}

/// The application form.
#[component]
fn ApplicationForm(
    /// Called after the server accepted an application.
    on_created: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let rules = use_rules_engine();
    let draft = RwSignal::new(Draft::restored());
    let problems = RwSignal::new(Problems::default());
    let sent = RwSignal::new(None::<String>);
    // Every change is kept on this device at once; nothing typed is lost on a reload.
    Effect::new(move |_| {
        draft.with(|d| {
            if let Ok(json) = serde_json::to_string(d) {
                storage::save(DRAFT_KEY, &json);
            }
        })
    });
    let listings = LocalResource::new(seller::list_listings);
    let adding = RwSignal::new(false);
    let add_listing = move |id: i64| {
        if id == 0 {
            return;
        }
        adding.set(true);
        leptos::task::spawn_local(async move {
            let result = get_listing(ListingId(id)).await;
            if adding.is_disposed() {
                return;
            }
            adding.set(false);
            match result {
                Ok(listing) => draft.update(|d| {
                    for sku in &listing.draft.skus {
                        if sku.code.trim().is_empty()
                            || d.items
                                .iter()
                                .any(|i| i.listing_id == id && i.sku_code == sku.code)
                        {
                            continue;
                        }
                        d.items.push(DraftItem {
                            listing_id: id,
                            title: listing.draft.title.clone(),
                            sku_code: sku.code.clone(),
                            sku_label: sku.options.join(" / "),
                            stock: sku.stock,
                            price_minor: sku.price_minor,
                            currency: listing.draft.currency,
                            promo_stock: sku.stock.clamp(0, 10).to_string(),
                        });
                    }
                }),
                Err(error) => problems.set(Problems {
                    server: Some(error),
                    unparsed: Vec::new(),
                }),
            }
        });
    };
    let submit = Action::new_local(move |request: &PromotionRequest| {
        let request = request.clone();
        async move { growth::create_promotion(&request).await }
    });
    Effect::new(move |_| match submit.value().get() {
        Some(Ok(created)) => {
            problems.set(Problems::default());
            sent.set(Some(created.name));
            storage::remove(DRAFT_KEY);
            draft.set(Draft::blank());
            on_created.run(());
        }
        Some(Err(error)) => problems.set(Problems {
            server: Some(error),
            unparsed: Vec::new(),
        }),
        None => {}
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        sent.set(None);
        match draft.with_untracked(Draft::request) {
            Ok(request) => {
                problems.set(Problems::default());
                submit.dispatch(request);
            }
            Err(unparsed) => problems.set(Problems {
                server: None,
                unparsed,
            }),
        }
    };
    let error_at = move |path: String| {
        Signal::derive(move || {
            problems.with(|p| {
                if p.unparsed.contains(&path) {
                    return Some(i18n.t("seller-number-invalid"));
                }
                p.server
                    .as_ref()
                    .and_then(|e| growth_field_error(&i18n, e, &path))
            })
        })
    };
    let refused_verdicts = Signal::derive(move || {
        problems.with(|p| match &p.server {
            Some(api::Error::Server { refusal, .. }) => refusal.verdicts(),
            _ => Vec::new(),
        })
    });
    let notice = Signal::derive(move || {
        problems.with(|p| match &p.server {
            Some(e) => Some(error_text(&i18n, e)),
            None if !p.unparsed.is_empty() => Some(i18n.t("error-code-invalid-input")),
            None => None,
        })
    });
    let session_hours = Memo::new(move |_| {
        rules
            .get()
            .map_or(3, |engine| engine.policy().promotions.flash_session_hours)
    });
    let flash = move || draft.with(|d| d.flash);
    let percent = move || draft.with(|d| d.percent);
    let field = move |f: fn(&Draft) -> String| Signal::derive(move || draft.with(f));
    let locale = i18n.locale();
    view! {
        <form class="cv-panel cv-form cv-promo-form" on:submit=on_submit novalidate aria-labelledby="cv-promo-form-title">
            <h3 id="cv-promo-form-title">{i18n.t("seller-promo-apply-title")}</h3>
            <TextField label=i18n.t("seller-promo-name") path="name" value=field(|d| d.name.clone())
                on_input=Callback::new(move |v| draft.update(|d| d.name = v)) error=error_at("name".into()) />
            <fieldset class="cv-form-field cv-choice">
                <legend class="cv-form-field__label">{i18n.t("seller-promo-kind")}</legend>
                <label class="cv-choice__option">
                    <input type="radio" name="kind" value="discount" prop:checked=move || !flash()
                        on:change=move |_| draft.update(|d| d.flash = false) />
                    {i18n.t("seller-promo-kind-discount")}
                </label>
                <label class="cv-choice__option">
                    <input type="radio" name="kind" value="flash_deal" prop:checked=flash
                        on:change=move |_| draft.update(|d| d.flash = true) />
                    {move || i18n.t_args("seller-promo-kind-flash", &[("hours", Arg::from(session_hours.get()))])}
                </label>
            </fieldset>
            <fieldset class="cv-form-field cv-choice">
                <legend class="cv-form-field__label">{i18n.t("seller-promo-discount")}</legend>
                <label class="cv-choice__option">
                    <input type="radio" name="discount_type" value="percent" prop:checked=percent
                        on:change=move |_| draft.update(|d| d.percent = true) />
                    {i18n.t("seller-promo-discount-percent")}
                </label>
                <label class="cv-choice__option">
                    <input type="radio" name="discount_type" value="fixed" prop:checked=move || !percent()
                        on:change=move |_| draft.update(|d| d.percent = false) />
                    {i18n.t("seller-promo-discount-fixed")}
                </label>
            </fieldset>
            <Show when=percent fallback=move || view! {
                <TextField label=Signal::derive(move || i18n.t_args("seller-promo-amount", &[("currency", Arg::from(draft.with(|d| d.currency().code().to_owned())))]))
                    path="discount.amount_minor" inputmode="decimal"
                    value=field(|d| d.amount_text.clone())
                    hint=i18n.t("seller-promo-amount-hint")
                    on_input=Callback::new(move |v| draft.update(|d| d.amount_text = v))
                    error=error_at("discount.amount_minor".into()) />
            }>
                <TextField label=i18n.t("seller-promo-percent") path="discount.percent" inputmode="numeric"
                    value=field(|d| d.percent_text.clone())
                    hint=i18n.t("seller-promo-percent-hint")
                    on_input=Callback::new(move |v| draft.update(|d| d.percent_text = v))
                    error=error_at("discount.percent".into()) />
            </Show>
            <Show when=flash fallback=move || view! {
                <div class="cv-form-grid">
                    <DateField label=i18n.t("seller-promo-starts") path="starts_at" value=field(|d| d.starts.clone())
                        on_input=Callback::new(move |v| draft.update(|d| d.starts = v)) error=error_at("starts_at".into()) />
                    <DateField label=i18n.t("seller-promo-ends") path="ends_at" value=field(|d| d.ends.clone())
                        on_input=Callback::new(move |v| draft.update(|d| d.ends = v)) error=error_at("ends_at".into()) />
                </div>
            }>
                {
                    let locale = locale.clone();
                    view! {
                        <div class="cv-form-field">
                            <label class="cv-form-field__label" for="f-starts_at">{i18n.t("seller-promo-session")}</label>
                            <p class="cv-form-field__hint" id="f-starts_at-hint">{move || i18n.t_args("seller-promo-session-hint", &[("hours", Arg::from(session_hours.get()))])}</p>
                            <select class="cv-input" id="f-starts_at" name="starts_at" aria-describedby="f-starts_at-hint f-starts_at-error"
                                prop:value=move || draft.with(|d| d.session.map(|s| s.to_string()).unwrap_or_default())
                                on:change=move |ev| {
                                    let chosen = event_target_value(&ev).parse::<i64>().ok();
                                    draft.update(|d| d.session = chosen);
                                }>
                                <option value="">{i18n.t("seller-choose")}</option>
                                {move || {
                                    let locale = locale.clone();
                                    coming_sessions(session_hours.get()).into_iter().map(move |start| view! {
                                        <option value=start.to_string()>{date_time_text(start, &locale)}</option>
                                    }).collect_view()
                                }}
                            </select>
                            <FieldError id="f-starts_at-error".to_owned() error=error_at("starts_at".into()) />
                        </div>
                    }
                }
            </Show>
            <ItemsField draft listings adding on_add=Callback::new(add_listing) error_at=Callback::new(move |path: String| error_at(path).get()) />
            <Show when=move || refused_verdicts.with(|v| !v.is_empty())>
                <ul class="cv-verdicts" aria-live="polite">
                    {move || refused_verdicts.get().iter().map(|v| verdict_item(&i18n, v)).collect_view()}
                </ul>
            </Show>
            <ErrorNotice error=notice />
            <Show when=move || sent.with(Option::is_some)>
                <p class="cv-notice cv-notice--ok" role="status">
                    {move || i18n.t_args("seller-promo-sent", &[("name", Arg::from(sent.get().unwrap_or_default()))])}
                </p>
            </Show>
            <div class="cv-form__actions">
                <button class="cv-button cv-button--primary" type="submit" disabled=move || submit.pending().get()>
                    {i18n.t("seller-promo-submit")}
                </button>
                <button class="cv-button cv-button--quiet" type="button"
                    on:click=move |_| { problems.set(Problems::default()); draft.set(Draft::blank()); }>
                    {i18n.t("seller-promo-clear")}
                </button>
            </div>
        </form>
    }
}

/// A `datetime-local` input with its label and field error.
#[component]
fn DateField(
    /// The visible label.
    label: String,
    /// The request field it fills (also its element id).
    path: &'static str,
    /// The value as typed.
    value: Signal<String>,
    /// Called with every change.
    on_input: Callback<String>,
    /// The server's problem with it.
    error: Signal<Option<String>>,
) -> impl IntoView {
    let id = format!("f-{path}");
    view! {
        <div class="cv-form-field">
            <label class="cv-form-field__label" for=id.clone()>{label}</label>
            <input class="cv-input" type="datetime-local" id=id.clone() name=path
                aria-invalid=move || error.with(Option::is_some).to_string()
                aria-describedby=format!("{id}-error")
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev)) />
            <FieldError id=format!("{id}-error") error />
        </div>
    }
}

/// The SKUs of the application: a published listing is added with all its SKUs, each with its promotion
/// stock (at most the SKU's stock).
#[component]
fn ItemsField(
    draft: RwSignal<Draft>,
    listings: LocalResource<Result<Vec<SellerListingSummary>, api::Error>>,
    adding: RwSignal<bool>,
    on_add: Callback<i64>,
    error_at: Callback<String, Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.locale();
    let published = move || {
        listings
            .get()
            .and_then(|r| r.ok())
            .unwrap_or_default()
            .into_iter()
            .filter(|l| l.status == ListingStatus::Published)
            .collect::<Vec<_>>()
    };
    let count = Memo::new(move |_| draft.with(|d| d.items.len()));
    view! {
        <fieldset class="cv-form-field cv-promo-items" id="f-items">
            <legend class="cv-form-field__label">{i18n.t("seller-promo-items")}</legend>
            <div class="cv-form-field">
                <label class="cv-form-field__label" for="f-add-listing">{i18n.t("seller-promo-add-listing")}</label>
                <select class="cv-input" id="f-add-listing" disabled=move || adding.get()
                    on:change=move |ev| {
                        let chosen = event_target_value(&ev).parse::<i64>().unwrap_or(0);
                        on_add.run(chosen);
                        // Back to the prompt, so the same listing can be chosen again after removing it.
                        crate::pages::js_dyn::set(&ev.target().map(Into::into).unwrap_or(wasm_bindgen::JsValue::UNDEFINED), "value", &wasm_bindgen::JsValue::from_str(""));
                    }>
                    <option value="">{i18n.t("seller-choose")}</option>
                    {move || published().into_iter().map(|l| view! {
                        <option value=l.id.to_string()>{l.title.clone()}</option>
                    }).collect_view()}
                </select>
            </div>
            <p class="cv-form-field__error" id="f-items-error">{move || error_at.run("items".to_owned())}</p>
            <Show when=move || count.get() == 0>
                <p class="cv-form-field__hint">{i18n.t("seller-promo-items-none")}</p>
            </Show>
            <ul class="cv-promo-items__list">
                {move || (0..count.get()).map(|i| {
                    let item = draft.with_untracked(|d| d.items.get(i).cloned());
                    let Some(item) = item else { return ().into_any() };
                    let price = format_money(Money { minor: item.price_minor, currency: item.currency }, &locale);
                    let stock_path = format!("items[{i}].promo_stock");
                    let row_problem = move || {
                        [format!("items[{i}]"), format!("items[{i}].listing_id"), format!("items[{i}].sku_code")]
                            .into_iter()
                            .find_map(|p| error_at.run(p))
                    };
                    view! {
                        <li class="cv-promo-item" data-sku=item.sku_code.clone()>
                            <p class="cv-promo-item__what">
                                <strong>{item.title.clone()}</strong>
                                " · "
                                <span>{if item.sku_label.is_empty() { item.sku_code.clone() } else { format!("{} ({})", item.sku_label, item.sku_code) }}</span>
                                <br />
                                <span class="cv-form-field__hint">{i18n.t_args("seller-promo-item-facts", &[("price", Arg::from(price)), ("stock", Arg::from(item.stock))])}</span>
                            </p>
                            <TextField compact=false
                                label=i18n.t_args("seller-promo-stock", &[("sku", Arg::from(item.sku_code.clone()))])
                                path=stock_path.clone() inputmode="numeric"
                                value=Signal::derive(move || draft.with(|d| d.items.get(i).map(|it| it.promo_stock.clone()).unwrap_or_default()))
                                on_input=Callback::new(move |v| draft.update(|d| if let Some(it) = d.items.get_mut(i) { it.promo_stock = v; }))
                                error=Signal::derive(move || error_at.run(stock_path.clone())) />
                            <p class="cv-form-field__error">{row_problem}</p>
                            <button class="cv-button cv-button--quiet" type="button"
                                aria-label=i18n.t_args("seller-promo-remove", &[("sku", Arg::from(item.sku_code.clone()))])
                                on:click=move |_| draft.update(|d| { if i < d.items.len() { d.items.remove(i); } })>
                                {i18n.t("seller-promo-remove-short")}
                            </button>
                        </li>
                    }.into_any()
                }).collect_view()}
            </ul>
        </fieldset>
    }
}

/// Where a promotion is, as the list shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shown {
    Pending,
    Scheduled,
    Active,
    Ended,
    Rejected,
    Withdrawn,
}

impl Shown {
    fn of(promotion: &Promotion) -> Shown {
        match promotion.status {
            PromotionStatus::Pending if promotion.ends_at <= now_seconds() => Shown::Ended,
            PromotionStatus::Pending => Shown::Pending,
            PromotionStatus::Approved if promotion.active => Shown::Active,
            PromotionStatus::Approved if promotion.ends_at <= now_seconds() => Shown::Ended,
            PromotionStatus::Approved => Shown::Scheduled,
            PromotionStatus::Rejected => Shown::Rejected,
            PromotionStatus::Withdrawn => Shown::Withdrawn,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Shown::Pending => "pending",
            Shown::Scheduled => "scheduled",
            Shown::Active => "active",
            Shown::Ended => "ended",
            Shown::Rejected => "rejected",
            Shown::Withdrawn => "withdrawn",
        }
    }

    fn key(self) -> &'static str {
        match self {
            Shown::Pending => "seller-promo-status-pending",
            Shown::Scheduled => "seller-promo-status-scheduled",
            Shown::Active => "seller-promo-status-active",
            Shown::Ended => "seller-promo-status-ended",
            Shown::Rejected => "seller-promo-status-rejected",
            Shown::Withdrawn => "seller-promo-status-withdrawn",
        }
    }

    /// Status chip colour class.
    fn chip(self) -> &'static str {
        match self {
            Shown::Pending => "pending",
            Shown::Scheduled | Shown::Active => "approved",
            Shown::Ended | Shown::Withdrawn => "draft",
            Shown::Rejected => "rejected",
        }
    }
}

/// What a discount takes off, in words.
fn discount_text(i18n: &I18n, promotion: &Promotion) -> String {
    match promotion.discount {
        Discount::Percent { percent } => i18n.t_args(
            "seller-promo-off-percent",
            &[("percent", Arg::from(percent))],
        ),
        Discount::Fixed { amount_minor } => {
            let amount = promotion
                .currency
                .parse::<Currency>()
                .map(|currency| {
                    format_money(
                        Money {
                            minor: amount_minor,
                            currency,
                        },
                        &i18n.locale(),
                    )
                })
                .unwrap_or_else(|_| amount_minor.to_string());
            i18n.t_args("seller-promo-off-amount", &[("amount", Arg::from(amount))])
        }
    }
}

/// The shop's promotions, newest first.
#[component]
fn PromotionList(promotions: Vec<Promotion>, on_changed: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    if promotions.is_empty() {
        return view! { <p class="cv-empty">{i18n.t("seller-promo-none")}</p> }.into_any();
    }
    view! {
        <ul class="cv-promo-list">
            {promotions.into_iter().map(|p| view! { <PromotionCard promotion=p on_changed /> }).collect_view()}
        </ul>
    }
    .into_any()
}

/// One promotion: name, status, terms, period, goods, and withdrawing it.
#[component]
fn PromotionCard(promotion: Promotion, on_changed: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.locale();
    let shown = Shown::of(&promotion);
    let id = promotion.id;
    let confirming = RwSignal::new(false);
    let failure = RwSignal::new(None::<String>);
    let withdraw = Action::new_local(move |_: &()| growth::withdraw_promotion(id));
    Effect::new(move |_| match withdraw.value().get() {
        Some(Ok(_)) => on_changed.run(()),
        Some(Err(error)) => failure.set(Some(error_text(&i18n, &error))),
        None => {}
    });
    let can_withdraw = matches!(shown, Shown::Pending | Shown::Scheduled | Shown::Active);
    let approved = matches!(shown, Shown::Scheduled | Shown::Active);
    let heading_id = format!("cv-promo-{id}-name");
    let heading = heading_id.clone();
    let kind = match promotion.kind {
        PromotionKind::Discount => i18n.t("seller-promo-kind-discount"),
        PromotionKind::FlashDeal => i18n.t("seller-promo-kind-flash-short"),
    };
    let skus = promotion.items.len();
    let removed = promotion
        .items
        .iter()
        .filter(|i| i.removed_rule.is_some())
        .count();
    view! {
        <li class="cv-panel cv-promo" data-promotion=id.to_string() data-status=shown.name() aria-labelledby=heading>
            <div class="cv-promo__head">
                <h4 class="cv-promo__name" id=heading_id>{promotion.name.clone()}</h4>
                <span class=format!("cv-status cv-status--{}", shown.chip())>{i18n.t(shown.key())}</span>
            </div>
            <p class="cv-promo__terms">{kind}" · "{discount_text(&i18n, &promotion)}</p>
            <p class="cv-promo__period">{i18n.t_args("seller-promo-period", &[
                ("start", Arg::from(date_time_text(promotion.starts_at, &locale))),
                ("end", Arg::from(date_time_text(promotion.ends_at, &locale))),
            ])}</p>
            <p>{i18n.t_args("seller-promo-skus", &[("count", Arg::from(skus))])}
                {(removed > 0).then(|| view! { " "{i18n.t_args("seller-promo-removed", &[("count", Arg::from(removed))])} })}
            </p>
            {promotion.rejection_reason.clone().filter(|_| shown == Shown::Rejected).map(|reason| view! {
                <p class="cv-promo__reason">{i18n.t_args("seller-documents-reason", &[("reason", Arg::from(reason))])}</p>
            })}
            <Show when=move || approved>
                <p class="cv-form-field__hint">{i18n.t("seller-promo-frozen-hint")}</p>
            </Show>
            {can_withdraw.then(|| view! {
                <div class="cv-form__actions">
                    <Show when=move || !confirming.get() fallback=move || view! {
                        <div class="cv-promo__confirm" role="group" aria-label=i18n.t("seller-promo-withdraw")>
                            <p>{if approved { i18n.t("seller-promo-withdraw-approved-warning") } else { i18n.t("seller-promo-withdraw-pending-note") }}</p>
                            <button class="cv-button cv-button--danger" type="button" disabled=move || withdraw.pending().get()
                                on:click=move |_| { withdraw.dispatch(()); }>
                                {i18n.t("seller-promo-withdraw-confirm")}
                            </button>
                            <button class="cv-button" type="button" on:click=move |_| confirming.set(false)>
                                {i18n.t("seller-promo-withdraw-keep")}
                            </button>
                        </div>
                    }>
                        <button class="cv-button" type="button" on:click=move |_| confirming.set(true)>
                            {i18n.t("seller-promo-withdraw")}
                        </button>
                    </Show>
                </div>
            })}
            <ErrorNotice error=failure />
        </li>
    }
}

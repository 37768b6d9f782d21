//! Journeys 2 and 3: the listing editor with instant validation, and drafts that are never lost.
//!
//! Every keystroke changes the draft signal; the browser's rule engine judges the draft in the same frame
//! (no request) and each verdict shows at its field, `block` verdicts also in a summary that disables
//! Publish. The draft is kept in `localStorage` on every keystroke and saved to the server when the seller
//! pauses; the server's verdicts on save are compared with the browser's. Other tabs hear of every save,
//! and a save over a version another tab already replaced is refused by the server (409) with the choice to
//! load the other version or compare and keep this one.

mod category_picker;
mod conflict_panel;
mod draft_store;
mod editor_state;
mod image_manager;
mod variant_matrix;
mod verdict_summary;

use super::{
    error_text::{ErrorNotice, error_text},
    form_field::{DecimalField, TextArea, TextField},
    growth_support::date_time_text,
    rules_engine::use_rules_engine,
    shop_gate::ShopGate,
    verdict_list::{FieldVerdicts, field_id},
};
use crate::{
    api::{self, growth, seller},
    components::common::ErrorView,
    contexts::use_i18n,
};
use caravan_types::{
    Currency, ListingId,
    listing::{Attribute, Category},
    listing_draft::{DraftSku, ListingDraft, PackageSize},
    promotion::ListingCommitment,
    seller_listing::{ListingFacts, ListingStatus, SellerListing},
    verdict::Verdict,
};
use category_picker::CategoryPicker;
use conflict_panel::{ConflictPanel, OtherTabNotice, RestoreOffer};
use editor_state::{EditorState, SaveState};
use image_manager::ImageManager;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use variant_matrix::VariantMatrix;
use verdict_summary::VerdictSummary;

/// Settlement currencies a seller may price in.
const CURRENCIES: &[&str] = &["USD", "EUR", "GBP", "CNY", "RUB", "BRL", "JPY"];

/// `/seller/listings/:id` (`new` for a new listing).
#[component]
pub fn ListingEditorPage() -> impl IntoView {
    let params = use_params_map();
    // The id this editor gave itself when it created its listing: the URL changes from `new` to it without
    // drawing the editor again.
    let adopted = RwSignal::new(None::<String>);
    let wanted = Memo::new(move |previous: Option<&String>| {
        let id = params.read().get("id").unwrap_or_else(|| "new".to_owned());
        match previous {
            Some(previous) if adopted.get_untracked().as_deref() == Some(id.as_str()) => {
                previous.clone()
            }
            _ => id,
        }
    });
    view! {
        <ShopGate>
            {move || {
                let id = wanted.get();
                view! { <EditorLoader id adopted /> }
            }}
        </ShopGate>
    }
}

/// What the editor needs before it can judge a draft as the server will.
#[derive(Clone)]
struct Loaded {
    listing: Option<SellerListing>,
    facts: ListingFacts,
    categories: Vec<Category>,
    /// The approved promotions the listing is committed to (PRM-2); none for a new listing.
    commitments: Vec<ListingCommitment>,
}

async fn load(id: Option<ListingId>) -> Result<Loaded, api::Error> {
    let listing = async {
        match id {
            Some(id) => seller::get_listing(id).await.map(Some),
            None => Ok(None),
        }
    };
    let commitments = async {
        match id {
            Some(id) => growth::list_commitments(id).await,
            None => Ok(Vec::new()),
        }
    };
    let (listing, facts, categories, commitments) = futures::future::join4(
        listing,
        seller::get_listing_facts(),
        api::list_categories(),
        commitments,
    )
    .await;
    Ok(Loaded {
        listing: listing?,
        facts: facts?,
        categories: categories?,
        commitments: commitments?,
    })
}

/// Loads the listing (unless new), the shop's facts and the category tree, then draws the editor.
#[component]
fn EditorLoader(id: String, adopted: RwSignal<Option<String>>) -> impl IntoView {
    let parsed = if id == "new" {
        Ok(None)
    } else {
        id.parse::<i64>().map(|id| Some(ListingId(id)))
    };
    let loaded = LocalResource::new(move || {
        let parsed = parsed.clone();
        async move {
            match parsed {
                Ok(id) => load(id).await,
                Err(_) => Err(api::Error::Server {
                    status: 404,
                    code: "not_found".to_owned(),
                    message: "no such listing".to_owned(),
                    fields: Vec::new(),
                    refusal: api::Refusal::default(),
                }),
            }
        }
    });
    let retry = Callback::new(move |()| loaded.refetch());
    view! {
        <Suspense fallback=|| view! { <div class="cv-center__loading" aria-busy="true"></div> }>
            <ErrorBoundary fallback=move |errors| view! { <ErrorView errors on_retry=retry /> }>
                {move || Suspend::new(async move {
                    loaded.await.map(|loaded| view! { <Editor loaded adopted /> })
                })}
            </ErrorBoundary>
        </Suspense>
    }
}

/// A new listing's starting draft: one SKU, USD, three days to ship.
fn blank_draft() -> ListingDraft {
    ListingDraft {
        title: String::new(),
        category_id: None,
        brand: None,
        description: String::new(),
        images: Vec::new(),
        attributes: Vec::new(),
        variant_properties: Vec::new(),
        skus: vec![DraftSku {
            code: String::new(),
            options: Vec::new(),
            price_minor: 0,
            discount_price_minor: None,
            stock: 0,
            image_index: None,
        }],
        currency: Currency::USD,
        weight_grams: 0,
        package: PackageSize {
            length_cm_hundredths: 0,
            width_cm_hundredths: 0,
            height_cm_hundredths: 0,
        },
        handling_days: 3,
        shipping_template_id: None,
    }
}

/// The editor itself.
#[component]
fn Editor(loaded: Loaded, adopted: RwSignal<Option<String>>) -> impl IntoView {
    let i18n = use_i18n();
    let rules = use_rules_engine();
    let state = EditorState::new(
        loaded.listing,
        loaded.facts,
        loaded.categories,
        loaded.commitments,
        blank_draft(),
        adopted,
    );
    let draft = state.draft;
    let verdicts = state.verdicts();

    let title = move || {
        if state.listing_id.get().is_some() {
            i18n.t("seller-editor-title-edit")
        } else {
            i18n.t("seller-editor-title-new")
        }
    };
    let currency = Signal::derive(move || draft.with(|d| d.currency));
    let set = move |f: fn(&mut ListingDraft, i64)| {
        Callback::new(move |v: Option<i64>| {
            if let Some(v) = v {
                draft.update(|d| f(d, v));
            }
        })
    };
    let number_invalid = i18n.t("seller-number-invalid");

    view! {
        <div class="cv-editor" data-verdicts-match=move || state.verdicts_match_attr()>
            <header class="cv-editor__head">
                <h2 class="cv-center__title">{title}</h2>
                <p class="cv-editor__status" aria-live="polite" data-save-state=move || state.save_state.get().name()>
                    {move || state.save_status_text(&i18n)}
                </p>
            </header>
            <CommitmentNotice state />
            <RestoreOffer state />
            <OtherTabNotice state />
            <ConflictPanel state />
            <Show when=move || rules.failed().get()>
                <p class="cv-notice cv-notice--error" role="alert">{i18n.t("seller-rules-unavailable")}</p>
            </Show>

            <div class="cv-editor__layout">
                <form class="cv-form cv-editor__form" on:submit=|ev| ev.prevent_default() novalidate>
                    <fieldset class="cv-panel cv-fieldset">
                        <legend>{i18n.t("seller-editor-basics")}</legend>
                        <TextField
                            label=i18n.t("seller-editor-title")
                            path="title"
                            hint=i18n.t("seller-editor-title-hint")
                            value=Signal::derive(move || draft.with(|d| d.title.clone()))
                            on_input=Callback::new(move |v| draft.update(|d| d.title = v))
                            verdicts
                        />
                        <CategoryPicker state verdicts />
                        <RequiredAttributes state verdicts />
                        <TextField
                            label=i18n.t("seller-editor-brand")
                            path="brand"
                            hint=i18n.t("seller-editor-brand-hint")
                            value=Signal::derive(move || draft.with(|d| d.brand.clone().unwrap_or_default()))
                            on_input=Callback::new(move |v: String| draft.update(|d| {
                                d.brand = (!v.trim().is_empty()).then_some(v);
                            }))
                            verdicts
                        />
                        <TextArea
                            label=i18n.t("seller-editor-description")
                            path="description"
                            hint=i18n.t("seller-editor-description-hint")
                            value=Signal::derive(move || draft.with(|d| d.description.clone()))
                            on_input=Callback::new(move |v| draft.update(|d| d.description = v))
                            verdicts
                        />
                    </fieldset>

                    <ImageManager state verdicts />

                    <fieldset class="cv-panel cv-fieldset">
                        <legend>{i18n.t("seller-editor-pricing")}</legend>
                        <div class="cv-form-field">
                            <label class="cv-form-field__label" for="f-currency">{i18n.t("seller-editor-currency")}</label>
                            <select class="cv-input" id="f-currency" name="currency"
                                prop:value=move || currency.get().code().to_owned()
                                on:change=move |ev| {
                                    if let Ok(c) = event_target_value(&ev).parse::<Currency>() {
                                        draft.update(|d| d.currency = c);
                                    }
                                }>
                                {CURRENCIES.iter().map(|&c| view! { <option value=c>{c}</option> }).collect_view()}
                            </select>
                        </div>
                        <VariantMatrix state verdicts />
                    </fieldset>

                    <fieldset class="cv-panel cv-fieldset">
                        <legend>{i18n.t("seller-editor-shipping")}</legend>
                        <div class="cv-form-grid">
                            <DecimalField label=i18n.t("seller-editor-weight") path="weight_grams" scale=3
                                value=Signal::derive(move || Some(draft.with(|d| d.weight_grams)))
                                on_change=set(|d, v| d.weight_grams = v)
                                verdicts invalid_message=number_invalid.clone() />
                            <DecimalField label=i18n.t("seller-editor-length") path="package.length_cm_hundredths" scale=2
                                value=Signal::derive(move || Some(draft.with(|d| d.package.length_cm_hundredths)))
                                on_change=set(|d, v| d.package.length_cm_hundredths = v)
                                verdicts invalid_message=number_invalid.clone() />
                            <DecimalField label=i18n.t("seller-editor-width") path="package.width_cm_hundredths" scale=2
                                value=Signal::derive(move || Some(draft.with(|d| d.package.width_cm_hundredths)))
                                on_change=set(|d, v| d.package.width_cm_hundredths = v)
                                verdicts invalid_message=number_invalid.clone() />
                            <DecimalField label=i18n.t("seller-editor-height") path="package.height_cm_hundredths" scale=2
                                value=Signal::derive(move || Some(draft.with(|d| d.package.height_cm_hundredths)))
                                on_change=set(|d, v| d.package.height_cm_hundredths = v)
                                verdicts invalid_message=number_invalid.clone() />
                            <DecimalField label=i18n.t("seller-editor-handling") path="handling_days" scale=0
                                value=Signal::derive(move || Some(draft.with(|d| d.handling_days)))
                                on_change=set(|d, v| d.handling_days = v)
                                verdicts invalid_message=number_invalid.clone() />
                        </div>
                        <ShippingTemplateField state verdicts />
                    </fieldset>
                </form>

                <aside class="cv-editor__side">
                    <VerdictSummary state verdicts />
                    <PublishBar state verdicts />
                </aside>
            </div>
        </div>
    }
}

/// The attributes (LST-1): those the category requires are named by the policy (choosing a category adds
/// them), others the seller names.
#[component]
fn RequiredAttributes(state: EditorState, verdicts: Signal<Vec<Verdict>>) -> impl IntoView {
    let i18n = use_i18n();
    let draft = state.draft;
    let required = Memo::new(move |_| state.required_attributes());
    let missing = move || {
        required.with(|required| {
            draft.with(|d| {
                required.iter().any(|name| {
                    !d.attributes
                        .iter()
                        .any(|a| a.name.eq_ignore_ascii_case(name))
                })
            })
        })
    };
    let count = Memo::new(move |_| draft.with(|d| d.attributes.len()));
    view! {
        <fieldset class="cv-form-field cv-attributes" id=field_id("attributes")>
            <legend class="cv-form-field__label">{i18n.t("seller-editor-attributes")}</legend>
            <FieldVerdicts verdicts path="attributes" />
            {move || (0..count.get()).map(|i| {
                let name = Signal::derive(move || draft.with(|d| d.attributes.get(i).map(|a| a.name.clone()).unwrap_or_default()));
                let is_required = move || required.with(|r| r.iter().any(|n| n.eq_ignore_ascii_case(&name.get())));
                let value_path = format!("attributes[{i}].value");
                view! {
                    <div class="cv-attribute">
                        <Show when=is_required fallback=move || view! {
                            <TextField label=i18n.t("seller-editor-attribute-name") path=format!("attributes[{i}].name")
                                value=name
                                on_input=Callback::new(move |v| draft.update(|d| if let Some(a) = d.attributes.get_mut(i) { a.name = v; })) />
                        }>
                            <span class="cv-attribute__name">{move || name.get()}</span>
                        </Show>
                        <TextField label=Signal::derive(move || i18n.t_args("seller-editor-attribute-value", &[("name", name.get().into())]))
                            path=value_path.clone()
                            value=Signal::derive(move || draft.with(|d| d.attributes.get(i).map(|a| a.value.clone()).unwrap_or_default()))
                            on_input=Callback::new(move |v| draft.update(|d| if let Some(a) = d.attributes.get_mut(i) { a.value = v; }))
                            verdicts />
                        <Show when=move || !is_required()>
                            <button class="cv-button cv-button--quiet" type="button"
                                on:click=move |_| draft.update(|d| { if i < d.attributes.len() { d.attributes.remove(i); } })>
                                {i18n.t("seller-editor-attribute-remove")}
                            </button>
                        </Show>
                    </div>
                }
            }).collect_view()}
            <div class="cv-form__actions">
                <Show when=missing>
                    <button class="cv-button cv-button--primary" type="button" on:click=move |_| state.add_required_attributes()>
                        {i18n.t("seller-editor-attribute-add-required")}
                    </button>
                </Show>
                <button class="cv-button" type="button"
                    on:click=move |_| draft.update(|d| d.attributes.push(Attribute { name: String::new(), value: String::new() }))>
                    {i18n.t("seller-editor-attribute-add")}
                </button>
            </div>
        </fieldset>
    }
}

/// The shipping template (LST-9), with what each of its options promises.
#[component]
fn ShippingTemplateField(state: EditorState, verdicts: Signal<Vec<Verdict>>) -> impl IntoView {
    let i18n = use_i18n();
    let draft = state.draft;
    let templates = move || state.facts.with(|f| f.shipping_templates.clone());
    let id = field_id("shipping_template_id");
    view! {
        <div class="cv-form-field">
            <label class="cv-form-field__label" for=id.clone()>{i18n.t("seller-editor-template")}</label>
            <select class="cv-input" id=id.clone() name="shipping_template_id"
                aria-describedby=format!("{id}-verdicts")
                prop:value=move || draft.with(|d| d.shipping_template_id.map(|t| t.to_string()).unwrap_or_default())
                on:change=move |ev| {
                    let chosen = event_target_value(&ev).parse::<i64>().ok();
                    draft.update(|d| d.shipping_template_id = chosen);
                }>
                <option value="">{i18n.t("seller-choose")}</option>
                {move || templates().into_iter().map(|t| view! {
                    <option value=t.id.to_string()>{t.name}</option>
                }).collect_view()}
            </select>
            <Show when=move || templates().is_empty()>
                <p class="cv-form-field__hint">{i18n.t("seller-editor-no-templates")}</p>
            </Show>
            <FieldVerdicts verdicts path="shipping_template_id" />
            // PRM-2 judges the template by its cheapest option's cost.
            <FieldVerdicts verdicts path="shipping" />
        </div>
    }
}

/// What an approved promotion freezes (PRM-2), said before the seller edits: the promotions, until when,
/// and which edits would be refused.
#[component]
fn CommitmentNotice(state: EditorState) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.locale();
    let commitments = state.commitments.get_value();
    if commitments.is_empty() {
        return ().into_any();
    }
    view! {
        <div class="cv-notice cv-notice--warn" role="note" data-rule="PRM-2">
            <p>{i18n.t("seller-editor-promotion-frozen")}</p>
            <ul>
                {commitments.into_iter().map(|c| view! {
                    <li>{i18n.t_args("seller-editor-promotion-until", &[
                        ("name", caravan_i18n::Arg::from(c.name.clone())),
                        ("end", caravan_i18n::Arg::from(date_time_text(c.ends_at, &locale))),
                    ])}</li>
                }).collect_view()}
            </ul>
        </div>
    }
    .into_any()
}

/// Save, publish and unpublish, with what stops publishing.
#[component]
fn PublishBar(state: EditorState, verdicts: Signal<Vec<Verdict>>) -> impl IntoView {
    let i18n = use_i18n();
    let blocked = move || verdicts.with(|v| v.iter().any(Verdict::blocks));
    let busy = move || state.busy.get();
    let failure = RwSignal::new(None::<String>);
    let publish = move |_| {
        failure.set(None);
        leptos::task::spawn_local(async move {
            if let Err(error) = state.publish().await {
                failure.set(Some(error_text(&i18n, &error)));
            }
        });
    };
    let unpublish = move |_| {
        failure.set(None);
        leptos::task::spawn_local(async move {
            if let Err(error) = state.unpublish().await {
                failure.set(Some(error_text(&i18n, &error)));
            }
        });
    };
    let save = move |_| {
        leptos::task::spawn_local(async move {
            let _ = state.save().await;
        });
    };
    view! {
        <div class="cv-panel cv-publish-bar">
            <p class="cv-publish-bar__status">
                {move || match state.status.get() {
                    ListingStatus::Draft => i18n.t("seller-listing-status-draft"),
                    ListingStatus::Published => i18n.t("seller-listing-status-published"),
                    ListingStatus::Suspended => i18n.t("seller-listing-status-suspended"),
                }}
            </p>
            <Show when=move || state.status.get() == ListingStatus::Published && state.dirty_on_server()>
                <p class="cv-form-field__hint">{i18n.t("seller-editor-republish-hint")}</p>
            </Show>
            <button class="cv-button" type="button" on:click=save
                disabled=move || busy() || !state.dirty()>
                {i18n.t("seller-editor-save")}
            </button>
            <button class="cv-button cv-button--primary" type="button" on:click=publish
                disabled=move || busy() || blocked() || state.status.get() == ListingStatus::Suspended
                    || (state.status.get() == ListingStatus::Published && !state.dirty_on_server())
                aria-describedby="cv-summary-title">
                {move || if state.status.get() == ListingStatus::Published {
                    i18n.t("seller-editor-republish")
                } else {
                    i18n.t("seller-editor-publish")
                }}
            </button>
            <Show when=move || state.status.get() == ListingStatus::Published>
                // Leaving the catalogue leaves an approved promotion, which PRM-2 forbids.
                <button class="cv-button" type="button" on:click=unpublish
                    disabled=move || busy() || state.committed()
                    aria-describedby="cv-unpublish-hint">
                    {i18n.t("seller-editor-unpublish")}
                </button>
                <Show when=move || state.committed()>
                    <p class="cv-form-field__hint" id="cv-unpublish-hint">{i18n.t("seller-editor-unpublish-promotion")}</p>
                </Show>
                {move || state.listing_id.get().map(|id| view! {
                    <a class="cv-link" href=format!("/p/{id}")>{i18n.t("seller-editor-view-in-shop")}</a>
                })}
            </Show>
            <ErrorNotice error=failure />
        </div>
    }
}

impl SaveState {
    /// The stable name tests and styles use.
    pub fn name(&self) -> &'static str {
        match self {
            SaveState::Idle => "idle",
            SaveState::Pending => "pending",
            SaveState::Saving => "saving",
            SaveState::Saved => "saved",
            SaveState::Offline => "offline",
            SaveState::Failed(_) => "failed",
            SaveState::Conflict { .. } => "conflict",
            SaveState::Held => "held",
        }
    }
}

//! When tabs meet: another tab saved first (the server refused this tab's save as stale, or the channel told
//! of it), or a copy left unsaved by a closed tab waits to be restored. Nothing typed here is dropped
//! without the seller choosing so.

use super::editor_state::{EditorState, SaveState};
use crate::{
    api::seller,
    contexts::{I18n, use_i18n},
    pages::seller::error_text::{ErrorNotice, error_text},
};
use caravan_i18n::Arg;
use caravan_types::{listing_draft::ListingDraft, seller_listing::SellerListing};
use leptos::prelude::*;

/// The save was refused as stale: load the saved version, or compare and keep this one.
#[component]
pub fn ConflictPanel(
    /// The editor.
    state: EditorState,
) -> impl IntoView {
    let i18n = use_i18n();
    let current = Memo::new(move |_| match state.save_state.get() {
        SaveState::Conflict { current } => Some(current),
        _ => None,
    });
    view! {
        <Show when=move || current.get().is_some()>
            <section class="cv-panel cv-conflict" role="alert" aria-labelledby="cv-conflict-title">
                <h3 id="cv-conflict-title">{i18n.t("seller-conflict-title")}</h3>
                <p>{move || i18n.t_args("seller-conflict-body", &[
                    ("version", Arg::from(current.get().unwrap_or_default())),
                    ("mine", Arg::from(state.base_version.get())),
                ])}</p>
                <Compare state />
            </section>
        </Show>
    }
}

/// Another tab saved while this one has unsaved changes: say so before a save is refused.
#[component]
pub fn OtherTabNotice(
    /// The editor.
    state: EditorState,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Show when=move || state.other_tab_version.get().is_some() && !matches!(state.save_state.get(), SaveState::Conflict { .. })>
            <section class="cv-panel cv-notice cv-notice--warn cv-other-tab" role="status" aria-labelledby="cv-other-tab-title">
                <h3 id="cv-other-tab-title">{i18n.t("seller-other-tab-title")}</h3>
                <p>{move || i18n.t_args("seller-other-tab-body", &[
                    ("version", Arg::from(state.other_tab_version.get().unwrap_or_default())),
                ])}</p>
                <Compare state />
            </section>
        </Show>
    }
}

/// A copy another tab left unsaved: restore it or throw it away. (This tab's own copy is restored without
/// asking and says so.)
#[component]
pub fn RestoreOffer(
    /// The editor.
    state: EditorState,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Show when=move || state.restore_offer.with(Option::is_some)>
            <section class="cv-panel cv-notice cv-notice--warn" role="status">
                <p>{move || state.restore_offer.with(|o| o.as_ref().map(|o| {
                    i18n.t_args("seller-restore-offer", &[("time", Arg::from(time_text(o.edited_at, &i18n.locale())))])
                }))}</p>
                <div class="cv-form__actions">
                    <button class="cv-button cv-button--primary" type="button" on:click=move |_| state.restore_offered()>
                        {i18n.t("seller-restore")}
                    </button>
                    <button class="cv-button" type="button" on:click=move |_| state.discard_offered()>
                        {i18n.t("seller-restore-discard")}
                    </button>
                </div>
            </section>
        </Show>
        <Show when=move || state.restored.with(Option::is_some)>
            <p class="cv-notice cv-notice--ok" role="status">
                {move || state.restored.get().map(|at| i18n.t_args("seller-restored", &[("time", Arg::from(time_text(at, &i18n.locale())))]))}
                " "
                <button class="cv-button cv-button--quiet" type="button" on:click=move |_| state.restored.set(None)>
                    {i18n.t("notice-dismiss")}
                </button>
            </p>
        </Show>
    }
}

/// The saved version beside this tab's, field by field, with the two ways out.
#[component]
fn Compare(
    /// The editor.
    state: EditorState,
) -> impl IntoView {
    let i18n = use_i18n();
    let theirs = RwSignal::new(None::<SellerListing>);
    let failure = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let compare = move |_| {
        let Some(id) = state.listing_id.get_untracked() else {
            return;
        };
        busy.set(true);
        leptos::task::spawn_local(async move {
            match seller::get_listing(id).await {
                Ok(listing) => theirs.set(Some(listing)),
                Err(error) => failure.set(Some(error_text(&i18n, &error))),
            }
            busy.set(false);
        });
    };
    let use_theirs = move |_| {
        busy.set(true);
        leptos::task::spawn_local(async move {
            if let Err(error) = state.load_server_version().await {
                failure.set(Some(error_text(&i18n, &error)));
            }
            theirs.set(None);
            busy.set(false);
        });
    };
    let keep_mine = move |_| {
        if let Some(current) = theirs.get_untracked() {
            state.keep_mine_over(&current);
            theirs.set(None);
        }
    };
    view! {
        <div class="cv-form__actions">
            <button class="cv-button" type="button" on:click=compare disabled=move || busy.get()>
                {i18n.t("seller-conflict-compare")}
            </button>
            <button class="cv-button" type="button" on:click=use_theirs disabled=move || busy.get()>
                {i18n.t("seller-conflict-use-theirs")}
            </button>
        </div>
        {move || theirs.get().map(|listing| {
            let rows = state.draft.with(|mine| differences(&i18n, &listing.draft, mine));
            view! {
                <table class="cv-table cv-compare">
                    <caption>{i18n.t_args("seller-compare-caption", &[("version", Arg::from(listing.version))])}</caption>
                    <thead><tr>
                        <th scope="col">{i18n.t("seller-compare-field")}</th>
                        <th scope="col">{i18n.t("seller-compare-theirs")}</th>
                        <th scope="col">{i18n.t("seller-compare-mine")}</th>
                    </tr></thead>
                    <tbody>
                        {if rows.is_empty() {
                            view! { <tr><td colspan="3">{i18n.t("seller-compare-same")}</td></tr> }.into_any()
                        } else {
                            rows.into_iter().map(|(field, theirs, mine)| view! {
                                <tr><th scope="row">{field}</th><td>{theirs}</td><td>{mine}</td></tr>
                            }).collect_view().into_any()
                        }}
                    </tbody>
                </table>
                <div class="cv-form__actions">
                    <button class="cv-button cv-button--primary" type="button" on:click=keep_mine>
                        {i18n.t("seller-conflict-keep-mine")}
                    </button>
                </div>
            }
        })}
        <ErrorNotice error=failure />
    }
}

/// The fields that differ between the saved draft and this tab's: (label, saved, mine).
fn differences(
    i18n: &I18n,
    theirs: &ListingDraft,
    mine: &ListingDraft,
) -> Vec<(String, String, String)> {
    let mut rows = Vec::new();
    let mut row = |key: &str, a: String, b: String| {
        if a != b {
            rows.push((i18n.t(key), a, b));
        }
    };
    row(
        "seller-editor-title",
        theirs.title.clone(),
        mine.title.clone(),
    );
    row(
        "seller-editor-category",
        theirs
            .category_id
            .map(|c| c.to_string())
            .unwrap_or_default(),
        mine.category_id.map(|c| c.to_string()).unwrap_or_default(),
    );
    row(
        "seller-editor-brand",
        theirs.brand.clone().unwrap_or_default(),
        mine.brand.clone().unwrap_or_default(),
    );
    row(
        "seller-editor-description",
        theirs.description.clone(),
        mine.description.clone(),
    );
    row(
        "seller-editor-images",
        theirs.images.len().to_string(),
        mine.images.len().to_string(),
    );
    let attributes = |d: &ListingDraft| {
        d.attributes
            .iter()
            .map(|a| format!("{}: {}", a.name, a.value))
            .collect::<Vec<_>>()
            .join("; ")
    };
    row(
        "seller-editor-attributes",
        attributes(theirs),
        attributes(mine),
    );
    let skus = |d: &ListingDraft| {
        d.skus
            .iter()
            .map(|s| {
                format!(
                    "{} {} × {}",
                    s.options.join("/"),
                    caravan_types::Money::new(s.price_minor, d.currency).to_decimal_string(),
                    s.stock
                )
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    row("seller-editor-variants", skus(theirs), skus(mine));
    row(
        "seller-editor-weight",
        theirs.weight_grams.to_string(),
        mine.weight_grams.to_string(),
    );
    row(
        "seller-editor-handling",
        theirs.handling_days.to_string(),
        mine.handling_days.to_string(),
    );
    row(
        "seller-editor-template",
        theirs
            .shipping_template_id
            .map(|t| t.to_string())
            .unwrap_or_default(),
        mine.shipping_template_id
            .map(|t| t.to_string())
            .unwrap_or_default(),
    );
    rows
}

/// `ms` since the epoch as a short local date and time.
fn time_text(ms: f64, locale: &str) -> String {
    use crate::pages::js_dyn;
    use wasm_bindgen::JsValue;
    js_dyn::construct("Date", &JsValue::from_f64(ms), None)
        .map(|date| js_dyn::call1(&date, "toLocaleString", &JsValue::from_str(locale)))
        .and_then(|text| text.as_string())
        .unwrap_or_default()
}

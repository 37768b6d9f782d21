//! Journey 4, the listings table: search, status filter, price and stock edited in place, bulk publish and
//! unpublish, and each listing's verdict counts.

use super::{
    error_text::{ErrorNotice, error_text},
    form_field::{format_decimal, parse_decimal},
    shop_gate::ShopGate,
};
use crate::{
    api::{self, seller},
    components::common::ErrorView,
    contexts::{I18n, use_i18n},
    money_format::format_money,
};
use caravan_i18n::Arg;
use caravan_types::{
    ListingId, Money,
    seller_listing::{ListingStatus, SellerListing, SellerListingSummary},
};
use leptos::prelude::*;
use std::collections::BTreeSet;

/// `/seller/listings`.
#[component]
pub fn ListingsPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="cv-listings-head">
            <h2 class="cv-center__title">{i18n.t("seller-listings-title")}</h2>
            <a class="cv-button cv-button--primary" href="/seller/listings/new">{i18n.t("seller-new-listing")}</a>
        </div>
        <ShopGate>
            <ListingsLoader />
        </ShopGate>
    }
}

/// Loads the listings (only for a seller with a shop: the gate comes first).
#[component]
fn ListingsLoader() -> impl IntoView {
    let listings = LocalResource::new(seller::list_listings);
    let retry = Callback::new(move |()| listings.refetch());
    view! {
        <Suspense fallback=|| view! { <div class="cv-center__loading" aria-busy="true"></div> }>
            <ErrorBoundary fallback=move |errors| view! { <ErrorView errors on_retry=retry /> }>
                {move || Suspend::new(async move {
                    listings.await.map(|rows| view! { <ListingsTable rows /> })
                })}
            </ErrorBoundary>
        </Suspense>
    }
}

/// Which rows show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum StatusFilter {
    All,
    Only(ListingStatus),
}

/// The table with its search, filter and bulk actions.
#[component]
fn ListingsTable(rows: Vec<SellerListingSummary>) -> impl IntoView {
    let i18n = use_i18n();
    let rows = RwSignal::new(rows);
    let query = RwSignal::new(String::new());
    let filter = RwSignal::new(StatusFilter::All);
    let selected = RwSignal::new(BTreeSet::<ListingId>::new());
    let outcome = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let shown = Memo::new(move |_| {
        let q = query.get().trim().to_lowercase();
        let filter = filter.get();
        rows.with(|rows| {
            rows.iter()
                .filter(|r| {
                    q.is_empty() || r.title.to_lowercase().contains(&q) || r.id.to_string() == q
                })
                .filter(|r| match filter {
                    StatusFilter::All => true,
                    StatusFilter::Only(status) => r.status == status,
                })
                .map(|r| r.id)
                .collect::<Vec<_>>()
        })
    });
    let all_shown_selected = move || {
        let shown = shown.get();
        !shown.is_empty() && selected.with(|s| shown.iter().all(|id| s.contains(id)))
    };
    let toggle_all = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        let shown = shown.get_untracked();
        selected.update(|s| {
            for id in shown {
                if on {
                    s.insert(id);
                } else {
                    s.remove(&id);
                }
            }
        });
    };
    let bulk = move |publish: bool| {
        let ids: Vec<ListingId> = selected.get_untracked().into_iter().collect();
        if ids.is_empty() {
            return;
        }
        busy.set(true);
        outcome.set(None);
        leptos::task::spawn_local(async move {
            let (mut done, mut refused) = (0usize, 0usize);
            for id in ids {
                // The seller may have left the page meanwhile: then there is nothing left to update.
                let Some(row) = rows
                    .try_with_untracked(|r| r.iter().find(|r| r.id == id).cloned())
                    .flatten()
                else {
                    continue;
                };
                let wanted = if publish {
                    ListingStatus::Published
                } else {
                    ListingStatus::Draft
                };
                if row.status == wanted {
                    continue;
                }
                let result = if publish {
                    seller::publish_listing(id, row.version).await
                } else {
                    seller::unpublish_listing(id, row.version).await
                };
                match result {
                    Ok(listing) => {
                        done += 1;
                        update_row(rows, &listing);
                    }
                    Err(_) => refused += 1,
                }
            }
            selected.set(BTreeSet::new());
            busy.set(false);
            let key = if publish {
                "seller-bulk-published"
            } else {
                "seller-bulk-unpublished"
            };
            outcome.set(Some(i18n.t_args(
                key,
                &[("done", Arg::from(done)), ("refused", Arg::from(refused))],
            )));
        });
    };
    let count_text = move || {
        i18n.t_args(
            "seller-listings-count",
            &[("count", Arg::from(shown.with(Vec::len)))],
        )
    };
    view! {
        <div class="cv-panel cv-listings-tools">
            <div class="cv-form-field">
                <label class="cv-form-field__label" for="cv-listings-search">{i18n.t("seller-listings-search")}</label>
                <input class="cv-input" id="cv-listings-search" type="search"
                    prop:value=move || query.get() on:input=move |ev| query.set(event_target_value(&ev)) />
            </div>
            <div class="cv-form-field">
                <label class="cv-form-field__label" for="cv-listings-status">{i18n.t("seller-listings-status")}</label>
                <select class="cv-input" id="cv-listings-status"
                    on:change=move |ev| filter.set(match event_target_value(&ev).as_str() {
                        "draft" => StatusFilter::Only(ListingStatus::Draft),
                        "published" => StatusFilter::Only(ListingStatus::Published),
                        "suspended" => StatusFilter::Only(ListingStatus::Suspended),
                        _ => StatusFilter::All,
                    })>
                    <option value="all">{i18n.t("seller-listings-status-all")}</option>
                    <option value="draft">{i18n.t("seller-status-draft")}</option>
                    <option value="published">{i18n.t("seller-status-published")}</option>
                    <option value="suspended">{i18n.t("seller-status-suspended")}</option>
                </select>
            </div>
            <div class="cv-listings-bulk" role="group" aria-label=i18n.t("seller-bulk-label")>
                <span>{move || i18n.t_args("seller-bulk-selected", &[("count", Arg::from(selected.with(BTreeSet::len)))])}</span>
                <button class="cv-button" type="button" on:click=move |_| bulk(true)
                    disabled=move || busy.get() || selected.with(BTreeSet::is_empty)>{i18n.t("seller-bulk-publish")}</button>
                <button class="cv-button cv-button--quiet" type="button" on:click=move |_| bulk(false)
                    disabled=move || busy.get() || selected.with(BTreeSet::is_empty)>{i18n.t("seller-bulk-unpublish")}</button>
            </div>
        </div>
        <Show when=move || outcome.with(Option::is_some)>
            <p class="cv-notice cv-notice--ok" role="status">{move || outcome.get()}</p>
        </Show>
        <p class="cv-listings-count" aria-live="polite">{count_text}</p>
        <div class="cv-table-scroll">
            <table class="cv-table cv-listings">
                <caption class="cv-visually-hidden">{i18n.t("seller-listings-title")}</caption>
                <thead><tr>
                    <th scope="col">
                        <input class="cv-check__box" type="checkbox" aria-label=i18n.t("seller-bulk-select-all")
                            prop:checked=all_shown_selected on:change=toggle_all />
                    </th>
                    <th scope="col">{i18n.t("seller-listings-col-listing")}</th>
                    <th scope="col">{i18n.t("seller-listings-col-status")}</th>
                    <th scope="col">{i18n.t("seller-listings-col-price")}</th>
                    <th scope="col">{i18n.t("seller-listings-col-stock")}</th>
                    <th scope="col">{i18n.t("seller-listings-col-verdicts")}</th>
                </tr></thead>
                <tbody>
                    <For each=move || shown.get() key=|id| *id let:id>
                        <ListingRow id rows selected />
                    </For>
                </tbody>
            </table>
        </div>
        <Show when=move || shown.with(Vec::is_empty)>
            <p class="cv-empty">{i18n.t("seller-listings-empty")}</p>
        </Show>
    }
}

/// Takes a listing as the server answered into its row.
fn update_row(rows: RwSignal<Vec<SellerListingSummary>>, listing: &SellerListing) {
    let blocks = listing.verdicts.iter().filter(|v| v.blocks()).count();
    let warns = listing.verdicts.len() - blocks;
    rows.update(|rows| {
        if let Some(row) = rows.iter_mut().find(|r| r.id == listing.id) {
            row.status = listing.status;
            row.version = listing.version;
            row.title = listing.draft.title.clone();
            row.block_count = u32::try_from(blocks).unwrap_or(u32::MAX);
            row.warn_count = u32::try_from(warns).unwrap_or(u32::MAX);
            row.price_minor = listing.draft.skus.iter().map(|s| s.price_minor).min();
            row.stock = listing.draft.skus.iter().map(|s| s.stock.max(0)).sum();
            row.updated_at = listing.updated_at;
        }
    });
}

/// One listing.
#[component]
fn ListingRow(
    id: ListingId,
    rows: RwSignal<Vec<SellerListingSummary>>,
    selected: RwSignal<BTreeSet<ListingId>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let row = Memo::new(move |_| rows.with(|r| r.iter().find(|r| r.id == id).cloned()));
    let failure = RwSignal::new(None::<String>);
    let saving = RwSignal::new(false);
    let get = move |f: fn(&SellerListingSummary) -> String| {
        move || row.with(|r| r.as_ref().map(f).unwrap_or_default())
    };
    let edit = move |change: Edit| {
        saving.set(true);
        failure.set(None);
        leptos::task::spawn_local(async move {
            match save_edit(id, change).await {
                Ok(listing) => update_row(rows, &listing),
                Err(error) => failure.set(Some(error_text(&i18n, &error))),
            }
            saving.set(false);
        });
    };
    view! {
        <tr class="cv-listings__row" data-listing=id.to_string()>
            <td>
                <input class="cv-check__box" type="checkbox"
                    aria-label=move || i18n.t_args("seller-bulk-select", &[("title", Arg::from(get(|r| r.title.clone())()))])
                    prop:checked=move || selected.with(|s| s.contains(&id))
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        selected.update(|s| { if on { s.insert(id); } else { s.remove(&id); } });
                    } />
            </td>
            <td class="cv-listings__title">
                {move || row.with(|r| r.as_ref().and_then(|r| r.image_url.clone())).map(|url| view! {
                    <img class="cv-listings__thumb" src=url alt="" width="48" height="48" />
                })}
                <a href=format!("/seller/listings/{id}")>{move || {
                    let title = get(|r| r.title.clone())();
                    if title.trim().is_empty() { i18n.t("seller-listings-untitled") } else { title }
                }}</a>
            </td>
            <td>{move || row.with(|r| r.as_ref().map(|r| status_chip(&i18n, r.status)))}</td>
            <td>{move || row.get().map(|r| if r.sku_count == 1 {
                view! { <InlineNumber row=r.clone() edit saving kind=EditKind::Price /> }.into_any()
            } else {
                view! { <span>{price_text(&i18n, &r)}</span> }.into_any()
            })}</td>
            <td>{move || row.get().map(|r| if r.sku_count == 1 {
                view! { <InlineNumber row=r.clone() edit saving kind=EditKind::Stock /> }.into_any()
            } else {
                view! { <span>{i18n.t_args("seller-listings-stock-variants", &[("stock", Arg::from(r.stock)), ("count", Arg::from(r.sku_count))])}</span> }.into_any()
            })}</td>
            <td class="cv-listings__verdicts">{move || row.with(|r| r.as_ref().map(|r| {
                let (blocks, warns) = (r.block_count, r.warn_count);
                view! {
                    <span class="cv-count cv-count--block" class:cv-count--zero=blocks == 0
                        title=i18n.t("seller-listings-blocks")>
                        {i18n.t_args("seller-listings-blocks-count", &[("count", Arg::from(blocks))])}
                    </span>
                    " "
                    <span class="cv-count cv-count--warn" class:cv-count--zero=warns == 0>
                        {i18n.t_args("seller-listings-warns-count", &[("count", Arg::from(warns))])}
                    </span>
                }
            }))}
            <ErrorNotice error=failure /></td>
        </tr>
    }
}

fn status_chip(i18n: &I18n, status: ListingStatus) -> impl IntoView + use<> {
    let key = match status {
        ListingStatus::Draft => "seller-status-draft",
        ListingStatus::Published => "seller-status-published",
        ListingStatus::Suspended => "seller-status-suspended",
    };
    view! { <span class=format!("cv-status cv-status--{}", status.as_str())>{i18n.t(key)}</span> }
}

fn price_text(i18n: &I18n, row: &SellerListingSummary) -> String {
    match row.price_minor {
        Some(minor) => {
            let from = format_money(Money::new(minor, row.currency), &i18n.locale());
            if row.sku_count > 1 {
                i18n.t_args("seller-listings-price-from", &[("price", Arg::from(from))])
            } else {
                from
            }
        }
        None => String::new(),
    }
}

/// What an inline edit changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum EditKind {
    Price,
    Stock,
}

/// An inline edit: the new price (minor units) or stock of a single-SKU listing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Edit {
    kind: EditKind,
    value: i64,
}

/// Reads the listing, changes its one SKU and saves it over the version just read; a published listing is
/// published again, so the shop shows the new price or stock at once (the rules judge it again).
async fn save_edit(id: ListingId, edit: Edit) -> Result<SellerListing, api::Error> {
    let listing = seller::get_listing(id).await?;
    let mut draft = listing.draft;
    if let Some(sku) = draft.skus.first_mut() {
        match edit.kind {
            EditKind::Price => sku.price_minor = edit.value,
            EditKind::Stock => sku.stock = edit.value,
        }
    }
    let saved = seller::update_listing(id, listing.version, &draft).await?;
    if saved.status == ListingStatus::Published {
        return seller::publish_listing(id, saved.version).await;
    }
    Ok(saved)
}

/// A number edited in its cell: saved when the seller leaves the box or presses Enter.
#[component]
fn InlineNumber(
    row: SellerListingSummary,
    edit: impl Fn(Edit) + Copy + 'static,
    saving: RwSignal<bool>,
    kind: EditKind,
) -> impl IntoView {
    let i18n = use_i18n();
    let scale = match kind {
        EditKind::Price => row.currency.minor_units(),
        EditKind::Stock => 0,
    };
    let current = match kind {
        EditKind::Price => row.price_minor.unwrap_or(0),
        EditKind::Stock => row.stock,
    };
    let (label_key, id) = match kind {
        EditKind::Price => ("seller-listings-price-of", format!("price-{}", row.id)),
        EditKind::Stock => ("seller-listings-stock-of", format!("stock-{}", row.id)),
    };
    let bad = RwSignal::new(false);
    let label = i18n.t_args(label_key, &[("title", Arg::from(row.title.as_str()))]);
    view! {
        <span class="cv-inline-number">
            <input class="cv-input cv-input--number cv-input--inline" id=id type="text"
                inputmode=if scale == 0 { "numeric" } else { "decimal" }
                aria-label=label
                aria-invalid=move || bad.get().to_string()
                disabled=move || saving.get()
                value=format_decimal(current, scale)
                on:change=move |ev| {
                    match parse_decimal(&event_target_value(&ev), scale) {
                        Some(value) => {
                            bad.set(false);
                            if value != current {
                                edit(Edit { kind, value });
                            }
                        }
                        None => bad.set(true),
                    }
                } />
            {(kind == EditKind::Price).then(|| view! { <span class="cv-inline-number__unit">{row.currency.code().to_owned()}</span> })}
        </span>
    }
}

use crate::{
    api,
    components::{catalogue::CatalogueCard, common::ErrorView},
    contexts::use_i18n,
};
use leptos::prelude::*;

/// One page of catalogue cards, followed by a "Show more" button that opens the next page in place.
///
/// Pages nest (each renders the next when asked), and their wrappers use `display: contents`, so all cards
/// flow in one grid while every page keeps its own request, loading state and error.
#[component]
pub fn CataloguePage(
    /// Category slug to filter by.
    category: Option<String>,
    /// Where this page starts; `None` for the first page.
    cursor: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let category_for_next = category.clone();
    let page = LocalResource::new(move || {
        let category = category.clone();
        let cursor = cursor.clone();
        async move { api::list_listings(category.as_deref(), cursor.as_deref()).await }
    });
    let retry = Callback::new(move |()| page.refetch());
    view! {
        <Suspense fallback=move || view! { <SkeletonCards /> }>
            <ErrorBoundary fallback=move |errors| {
                view! { <div class="cv-grid__full"><ErrorView errors on_retry=retry /></div> }
            }>
                {move || {
                    let category = category_for_next.clone();
                    Suspend::new(async move {
                        page.await.map(|page| {
                            let empty = page.items.is_empty();
                            let next = page.next_cursor.clone();
                            view! {
                                <div class="cv-grid__page">
                                    {page.items.into_iter()
                                        .map(|card| view! { <CatalogueCard card /> })
                                        .collect_view()}
                                    {empty.then(|| view! {
                                        <p class="cv-grid__full cv-empty">{i18n.t("catalogue-empty")}</p>
                                    })}
                                    {next.map(|next| view! { <NextPage category=category.clone() cursor=next /> })}
                                </div>
                            }
                        })
                    })
                }}
            </ErrorBoundary>
        </Suspense>
    }
}

/// The "Show more" button, replaced by the next page once pressed.
#[component]
fn NextPage(category: Option<String>, cursor: String) -> impl IntoView {
    let i18n = use_i18n();
    let (open, set_open) = signal(false);
    move || {
        if open.get() {
            view! { <CataloguePage category=category.clone() cursor=Some(cursor.clone()) /> }
                .into_any()
        } else {
            view! {
                <div class="cv-grid__full cv-grid__more">
                    <button class="cv-button" type="button" on:click=move |_| set_open.set(true)>
                        {i18n.t("catalogue-show-more")}
                    </button>
                </div>
            }
            .into_any()
        }
    }
}

/// Placeholder cards while a page loads, shaped like the real ones so nothing jumps.
#[component]
pub fn SkeletonCards() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="cv-grid__page" aria-busy="true">
            <span class="cv-visually-hidden" role="status">{i18n.t("loading")}</span>
            {(0..8).map(|_| view! { <div class="cv-card cv-card--skeleton" aria-hidden="true"></div> }).collect_view()}
        </div>
    }
}

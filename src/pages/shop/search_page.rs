use crate::{
    api::{self, SearchParams},
    components::{
        catalogue::{CatalogueCard, SkeletonCards},
        common::ErrorView,
    },
    contexts::{I18n, use_i18n},
    pages::section::open_section,
    routes::AppRoute,
};
use caravan_i18n::Arg;
use caravan_types::{
    Currency,
    logistics::LogisticsClass,
    search::{CategoryCount, ClassCount, SearchResults},
};
use leptos::prelude::*;
use leptos::wasm_split::{SplitLoaderError, wasm_split};
use leptos_router::{
    NavigateOptions,
    hooks::{use_navigate, use_query_map},
};

mod price_range;
mod ships_to_picker;

use price_range::PriceRange;
use ships_to_picker::ShipsToPicker;

/// Opens the search page: its view lives in its own wasm chunk (`split_shop_search_page-<hash>.wasm`),
/// fetched the first time a search opens.
pub(crate) async fn open_search_page(i18n: I18n) -> AnyView {
    open_section(
        i18n,
        &["search.ftl"],
        preload_search_page(),
        search_page_view,
    )
    .await
}

/// The split point; `fallible` turns a failed chunk load into `Err` instead of a panic.
#[wasm_split(shop_search_page, wasm_split_path = ::leptos::wasm_split, preload(preload_search_page), fallible)]
fn search_page_view() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <SearchPage /> }.into_any())
}

/// Orderings the server knows, in the order the sort picker offers them.
const SORTS: [&str; 5] = [
    "relevance",
    "best_selling",
    "newest",
    "price_asc",
    "price_desc",
];

/// Lowest ratings offered, in tenths of a star.
const MIN_RATINGS: [u8; 3] = [40, 30, 20];

/// The search parameters in the current URL; values the server would refuse are left out.
fn params_from_url() -> Memo<SearchParams> {
    let query = use_query_map();
    Memo::new(move |_| {
        let query = query.read();
        let text = |name: &str| query.get(name).filter(|v| !v.trim().is_empty());
        let bound = |name: &str| {
            text(name)
                .and_then(|v| v.parse::<i64>().ok())
                .filter(|v| *v >= 0)
        };
        SearchParams {
            q: text("q"),
            category: text("category"),
            sort: text("sort").filter(|s| SORTS.contains(&s.as_str())),
            in_stock: query.get("in_stock").as_deref() == Some("true"),
            min_rating: text("min_rating")
                .and_then(|r| r.parse::<u8>().ok())
                .filter(|r| *r <= 50),
            class: text("class").filter(|c| c.parse::<LogisticsClass>().is_ok()),
            price_min: bound("price_min"),
            price_max: bound("price_max"),
            currency: text("currency").filter(|c| c.parse::<Currency>().is_ok()),
            ships_to: text("ships_to").filter(|c| crate::countries::is_known(c)),
        }
    })
}

/// The URL of the search page for `params`.
fn search_url(params: &SearchParams) -> String {
    format!("{}?{}", AppRoute::Search.path(), params.to_query())
}

/// Search results for the words and filters in the URL (`q`, `category`, `sort`, `in_stock`, `min_rating`,
/// `class`, `price_min`, `price_max`, `currency`, `ships_to`), so a search survives reload and the back button, and can be shared.
#[component]
fn SearchPage() -> impl IntoView {
    crate::stylesheets::adopt(include_str!("../../../style/search.css"));
    let i18n = use_i18n();
    let params = params_from_url();
    let results = LocalResource::new(move || {
        let params = params.get();
        async move { api::search_listings(&params, None).await }
    });
    let retry = Callback::new(move |()| results.refetch());
    let title = move || match params.read().q.clone() {
        Some(q) => i18n.t_args("search-title-query", &[("query", Arg::from(q))]),
        None => i18n.t("search-title"),
    };
    view! {
        <section class="cv-page cv-search">
            <h1 class="cv-search__title">{title}</h1>
            <Filters params />
            <Transition fallback=move || view! { <div class="cv-grid"><SkeletonCards /></div> }>
                <ErrorBoundary fallback=move |errors| view! { <ErrorView errors on_retry=retry /> }>
                    {move || Suspend::new(async move {
                        results.await.map(|results| view! { <Results params results /> })
                    })}
                </ErrorBoundary>
            </Transition>
        </section>
    }
}

/// Sort, rating, destination, stock and price pickers; each change opens the URL with the new value.
#[component]
fn Filters(params: Memo<SearchParams>) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let go = move |change: &dyn Fn(&mut SearchParams)| {
        let mut next = params.get_untracked();
        change(&mut next);
        navigate(&search_url(&next), NavigateOptions::default());
    };
    let go_sort = go.clone();
    let go_stock = go.clone();
    let sort = move || {
        params
            .read()
            .sort
            .clone()
            .unwrap_or_else(|| "relevance".to_owned())
    };
    let rating = move || {
        params
            .read()
            .min_rating
            .map(|r| r.to_string())
            .unwrap_or_default()
    };
    view! {
        <div class="cv-search__filters">
            <div class="cv-field">
                <label class="cv-field__label" for="cv-search-sort">{i18n.t("search-sort")}</label>
                <select
                    id="cv-search-sort"
                    class="cv-field__select"
                    prop:value=sort
                    on:change=move |ev| {
                        let value = event_target_value(&ev);
                        go_sort(&|p| p.sort = (value != "relevance").then(|| value.clone()));
                    }
                >
                    {SORTS.iter().map(|s| view! {
                        <option value=*s selected=move || sort() == *s>{sort_name(s)}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="cv-field">
                <label class="cv-field__label" for="cv-search-rating">{i18n.t("search-min-rating")}</label>
                <select
                    id="cv-search-rating"
                    class="cv-field__select"
                    prop:value=rating
                    on:change=move |ev| {
                        let value = event_target_value(&ev).parse::<u8>().ok();
                        go(&|p| p.min_rating = value);
                    }
                >
                    <option value="" selected=move || rating().is_empty()>{i18n.t("search-rating-any")}</option>
                    {MIN_RATINGS.iter().map(|r| {
                        let stars = i18n.t_args("search-rating-at-least", &[("rating", Arg::from(r / 10))]);
                        view! { <option value=r.to_string() selected=move || rating() == r.to_string()>{stars}</option> }
                    }).collect_view()}
                </select>
            </div>
            <label class="cv-check">
                <input
                    type="checkbox"
                    class="cv-check__box"
                    prop:checked=move || params.read().in_stock
                    on:change=move |ev| {
                        let checked = event_target_checked(&ev);
                        go_stock(&|p| p.in_stock = checked);
                    }
                />
                <span>{i18n.t("search-in-stock")}</span>
            </label>
            <ShipsToPicker params />
            <PriceRange params />
        </div>
    }
}

/// The translated name of an ordering.
fn sort_name(sort: &str) -> String {
    let i18n = use_i18n();
    match sort {
        "best_selling" => i18n.t("search-sort-best-selling"),
        "newest" => i18n.t("search-sort-newest"),
        "price_asc" => i18n.t("search-sort-price-asc"),
        "price_desc" => i18n.t("search-sort-price-desc"),
        _ => i18n.t("search-sort-relevance"),
    }
}

/// The translated name of a logistics class.
fn class_name(class: LogisticsClass) -> String {
    let i18n = use_i18n();
    match class {
        LogisticsClass::Economy => i18n.t("logistics-economy"),
        LogisticsClass::Standard => i18n.t("logistics-standard"),
        LogisticsClass::Commercial => i18n.t("logistics-commercial"),
        LogisticsClass::OverseasWarehouse => i18n.t("logistics-overseas-warehouse"),
    }
}

/// The total, the facets and the first page of cards.
#[component]
fn Results(params: Memo<SearchParams>, results: SearchResults) -> impl IntoView {
    let i18n = use_i18n();
    let current = params.get_untracked();
    let SearchResults {
        items,
        next_cursor,
        total,
        facets,
    } = results;
    let total_text = i18n.t_args("search-results", &[("count", Arg::from(total))]);
    let empty = (total == 0).then(|| {
        let words = current.q.clone().unwrap_or_default();
        view! {
            <div class="cv-search__empty">
                <p class="cv-search__empty-title">{i18n.t_args("search-empty", &[("query", Arg::from(words))])}</p>
                <p class="cv-empty">{i18n.t("search-empty-hint")}</p>
            </div>
        }
    });
    view! {
        <p class="cv-search__total" role="status">{total_text}</p>
        // With nothing found, refinements only help to undo a category or class already chosen.
        {(total > 0 || current.category.is_some() || current.class.is_some()).then(|| view! {
            <CategoryChips current=current.clone() categories=facets.categories />
            <ClassPicker current=current.clone() classes=facets.classes />
        })}
        {empty}
        <div class="cv-grid">
            <div class="cv-grid__page">
                {items.into_iter().map(|card| view! { <CatalogueCard card /> }).collect_view()}
                {next_cursor.map(|cursor| view! { <NextResults params=current.clone() cursor /> })}
            </div>
        </div>
    }
}

/// Top-level categories with how many results each has; choosing one keeps the words and other filters.
#[component]
fn CategoryChips(current: SearchParams, categories: Vec<CategoryCount>) -> impl IntoView {
    let i18n = use_i18n();
    let all = SearchParams {
        category: None,
        ..current.clone()
    };
    let active = current.category.clone();
    let (categories, all) = (categories, search_url(&all));
    view! {
        <nav class="cv-categories cv-search__categories" aria-label=i18n.t("categories-label")>
            <a href=all class="cv-chip" aria-current=active.is_none().then_some("page")>
                {i18n.t("categories-all")}
            </a>
            {categories.into_iter().map(|category| {
                let url = search_url(&SearchParams { category: Some(category.slug.clone()), ..current.clone() });
                let is_current = active.as_deref() == Some(category.slug.as_str());
                view! {
                    <a href=url class="cv-chip" aria-current=is_current.then_some("page")>
                        {category.name}
                        <span class="cv-chip__count">{category.count}</span>
                    </a>
                }
            }).collect_view()}
        </nav>
    }
}

/// Shipping classes offered by the results, with counts.
#[component]
fn ClassPicker(current: SearchParams, classes: Vec<ClassCount>) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let chosen = current.class.clone().unwrap_or_default();
    let any_selected = chosen.is_empty();
    view! {
        <div class="cv-field cv-search__class">
            <label class="cv-field__label" for="cv-search-class">{i18n.t("search-class")}</label>
            <select
                id="cv-search-class"
                class="cv-field__select"
                on:change=move |ev| {
                    let value = event_target_value(&ev);
                    let next = SearchParams { class: (!value.is_empty()).then_some(value), ..current.clone() };
                    navigate(&search_url(&next), NavigateOptions::default());
                }
            >
                <option value="" selected=any_selected>{i18n.t("search-class-any")}</option>
                {classes.into_iter().map(|c| {
                    let value = c.class.as_str();
                    view! {
                        <option value=value selected=chosen == value>
                            {format!("{} ({})", class_name(c.class), c.count)}
                        </option>
                    }
                }).collect_view()}
            </select>
        </div>
    }
}

/// The "Show more" button, replaced by the next page of results once pressed. Pages nest inside the grid's
/// `display: contents` wrappers, so all cards flow in one grid.
#[component]
fn NextResults(params: SearchParams, cursor: String) -> impl IntoView {
    let i18n = use_i18n();
    let (open, set_open) = signal(false);
    move || {
        if open.get() {
            view! { <MoreResults params=params.clone() cursor=cursor.clone() /> }.into_any()
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

/// A further page of results, with its own loading state and error.
#[component]
fn MoreResults(params: SearchParams, cursor: String) -> impl IntoView {
    let for_next = params.clone();
    let page = LocalResource::new(move || {
        let params = params.clone();
        let cursor = cursor.clone();
        async move { api::search_listings(&params, Some(&cursor)).await }
    });
    let retry = Callback::new(move |()| page.refetch());
    view! {
        <Suspense fallback=move || view! { <SkeletonCards /> }>
            <ErrorBoundary fallback=move |errors| {
                view! { <div class="cv-grid__full"><ErrorView errors on_retry=retry /></div> }
            }>
                {move || {
                    let params = for_next.clone();
                    Suspend::new(async move {
                        page.await.map(|page| view! {
                            <div class="cv-grid__page">
                                {page.items.into_iter().map(|card| view! { <CatalogueCard card /> }).collect_view()}
                                {page.next_cursor.map(|cursor| view! { <NextResults params=params.clone() cursor /> })}
                            </div>
                        })
                    })
                }}
            </ErrorBoundary>
        </Suspense>
    }
}

use crate::{
    components::catalogue::{CataloguePage, CategoryStrip},
    contexts::use_i18n,
};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The shop's front page: category chips and the catalogue grid, filtered by `?category=`.
#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let category = Signal::derive(move || query.read().get("category").filter(|c| !c.is_empty()));
    view! {
        <section class="cv-page cv-home">
            <h1 class="cv-visually-hidden">{i18n.t("home-title")}</h1>
            <CategoryStrip active=category />
            <h2 class="cv-section-title">{i18n.t("home-popular")}</h2>
            <div class="cv-grid">
                // Re-created from scratch when the category changes, so no page of the old list lingers.
                {move || view! { <CataloguePage category=category.get() cursor=None /> }}
            </div>
        </section>
    }
}

use crate::{api, contexts::use_i18n};
use leptos::prelude::*;

/// Top-level categories as a scrollable row of chips; the active one is marked for screen readers too.
#[component]
pub fn CategoryStrip(
    /// Slug of the selected category, if any.
    #[prop(into)]
    active: Signal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let categories = LocalResource::new(api::list_categories);
    view! {
        <nav class="cv-categories" aria-label=i18n.t("categories-label")>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    // A failed category list only hides the chips; the catalogue below still works.
                    let top: Vec<_> = categories
                        .await
                        .unwrap_or_default()
                        .into_iter()
                        .filter(|c| c.parent_id.is_none())
                        .collect();
                    let all_current = move || active.get().is_none().then_some("page");
                    view! {
                        <a href="/" class="cv-chip" aria-current=all_current>
                            {i18n.t("categories-all")}
                        </a>
                        {top.into_iter().map(|category| {
                            let slug = category.slug.clone();
                            let current = move || (active.get().as_deref() == Some(slug.as_str())).then_some("page");
                            view! {
                                <a href=format!("/?category={}", category.slug) class="cv-chip" aria-current=current>
                                    {category.name}
                                </a>
                            }
                        }).collect_view()}
                    }
                })}
            </Transition>
        </nav>
    }
}

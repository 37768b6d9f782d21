//! The category (LST-1, LST-6): a searchable tree. Typing filters categories by any part of their path;
//! choosing one adds the attributes it requires.

use super::editor_state::EditorState;
use crate::{
    contexts::use_i18n,
    pages::seller::verdict_list::{FieldVerdicts, field_id},
};
use caravan_types::{CategoryId, listing::Category, verdict::Verdict};
use leptos::prelude::*;

/// A category with its full path of names, e.g. `Phones & Accessories › Phone Cases`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry {
    id: CategoryId,
    path: String,
    depth: usize,
}

/// Every category, parents before their children, each with its path of names.
fn entries(all: &[Category]) -> Vec<Entry> {
    fn walk(
        all: &[Category],
        parent: Option<CategoryId>,
        prefix: &str,
        depth: usize,
        out: &mut Vec<Entry>,
    ) {
        for category in all.iter().filter(|c| c.parent_id == parent) {
            let path = if prefix.is_empty() {
                category.name.clone()
            } else {
                format!("{prefix} › {}", category.name)
            };
            out.push(Entry {
                id: category.id,
                path: path.clone(),
                depth,
            });
            if depth < 8 {
                walk(all, Some(category.id), &path, depth + 1, out);
            }
        }
    }
    let mut out = Vec::new();
    walk(all, None, "", 0, &mut out);
    out
}

/// The category field.
#[component]
pub fn CategoryPicker(
    /// The editor.
    state: EditorState,
    /// Verdicts of the whole form.
    verdicts: Signal<Vec<Verdict>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let all = StoredValue::new(state.categories.with_value(|c| entries(c)));
    let query = RwSignal::new(String::new());
    let open = RwSignal::new(false);
    let chosen = Memo::new(move |_| {
        let id = state.draft.with(|d| d.category_id);
        id.map(|id| {
            all.with_value(|all| {
                all.iter()
                    .find(|e| e.id == id)
                    .map(|e| e.path.clone())
                    .unwrap_or_else(|| id.to_string())
            })
        })
    });
    let matches = Memo::new(move |_| {
        let q = query.get().trim().to_lowercase();
        all.with_value(|all| {
            all.iter()
                .filter(|e| q.is_empty() || e.path.to_lowercase().contains(&q))
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let choose = move |id: CategoryId| {
        state.draft.update(|d| d.category_id = Some(id));
        state.add_required_attributes();
        open.set(false);
        query.set(String::new());
    };
    let id = field_id("category_id");
    let list_id = format!("{id}-list");
    view! {
        <div class="cv-form-field cv-category-picker">
            <label class="cv-form-field__label" for=id.clone()>{i18n.t("seller-editor-category")}</label>
            <p class="cv-category-picker__chosen" aria-live="polite">
                {move || chosen.get().unwrap_or_else(|| i18n.t("seller-editor-category-none"))}
            </p>
            <input
                class="cv-input"
                id=id.clone()
                type="search"
                role="combobox"
                aria-expanded=move || open.get().to_string()
                aria-controls=list_id.clone()
                aria-describedby=format!("{id}-verdicts")
                placeholder=i18n.t("seller-editor-category-search")
                prop:value=move || query.get()
                on:input=move |ev| {
                    query.set(event_target_value(&ev));
                    open.set(true);
                }
                on:focus=move |_| open.set(true)
                on:keydown=move |ev| {
                    if crate::pages::js_dyn::get(&ev, "key").as_string().as_deref() == Some("Escape") {
                        open.set(false);
                    }
                }
            />
            <Show when=move || open.get()>
                <ul class="cv-category-picker__list" id=list_id.clone() role="listbox"
                    aria-label=i18n.t("seller-editor-category")>
                    {move || {
                        let found = matches.get();
                        if found.is_empty() {
                            return view! { <li class="cv-category-picker__empty">{i18n.t("seller-editor-category-no-match")}</li> }.into_any();
                        }
                        found.into_iter().map(|entry| {
                            let selected = move || state.draft.with(|d| d.category_id == Some(entry.id));
                            view! {
                                <li role="option" aria-selected=move || selected().to_string()>
                                    // Depth by class: the Content-Security-Policy refuses inline styles.
                                    <button type="button"
                                        class=format!("cv-category-picker__option cv-category-picker__option--depth-{}", entry.depth.min(3))
                                        on:click=move |_| choose(entry.id)>
                                        {entry.path.clone()}
                                    </button>
                                </li>
                            }
                        }).collect_view().into_any()
                    }}
                </ul>
            </Show>
            <FieldVerdicts verdicts path="category_id" />
        </div>
    }
}

//! What stops publishing: every `block` verdict, each a link to its field, and how many warnings there are.

use super::editor_state::EditorState;
use crate::{
    contexts::{I18n, use_i18n},
    pages::js_dyn,
    pages::seller::verdict_list::{field_id, verdict_message},
};
use caravan_i18n::Arg;
use caravan_types::verdict::{Severity, Verdict};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// The summary panel.
#[component]
pub fn VerdictSummary(
    /// The editor.
    state: EditorState,
    /// The browser's verdicts.
    verdicts: Signal<Vec<Verdict>>,
) -> impl IntoView {
    let i18n = use_i18n();
    // A refused publish brings the server's verdicts; they count until the draft changes.
    let shown = Memo::new(move |_| {
        let mut all = verdicts.get();
        for v in state.publish_refusal.get() {
            if !all.contains(&v) {
                all.push(v);
            }
        }
        all
    });
    Effect::new(move |first: Option<()>| {
        state.draft.track();
        if first.is_some() {
            state.publish_refusal.set(Vec::new());
        }
    });
    let blocks = Memo::new(move |_| {
        shown.with(|all| {
            all.iter()
                .filter(|v| v.severity == Severity::Block)
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let warnings = Memo::new(move |_| {
        shown.with(|all| all.iter().filter(|v| v.severity == Severity::Warn).count())
    });
    view! {
        <section class="cv-panel cv-summary" aria-labelledby="cv-summary-title">
            <h3 id="cv-summary-title" class="cv-summary__title">
                {move || match blocks.with(Vec::len) {
                    0 => i18n.t("seller-summary-ready"),
                    n => i18n.t_args("seller-summary-blocked", &[("count", Arg::from(n))]),
                }}
            </h3>
            <ul class="cv-summary__list" aria-live="polite">
                {move || blocks.get().into_iter().map(|v| {
                    let target = v.field.clone();
                    view! {
                        <li class="cv-verdict cv-verdict--block" data-rule=v.rule.clone()>
                            <a class="cv-summary__link" href=format!("#{}", field_id(&v.field))
                                on:click=move |ev| {
                                    ev.prevent_default();
                                    focus_field(&target);
                                }>
                                <span class="cv-verdict__rule">{v.rule.clone()}</span>
                                " "
                                {field_label(&i18n, &v.field).map(|label| view! { <strong>{label}": "</strong> })}
                                {verdict_message(&i18n, &v)}
                            </a>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <Show when=move || { warnings.get() > 0 }>
                <p class="cv-summary__warnings">{move || i18n.t_args("seller-summary-warnings", &[("count", Arg::from(warnings.get()))])}</p>
            </Show>
        </section>
    }
}

/// The label of the field a verdict concerns, so a summary line says where the problem is.
fn field_label(i18n: &I18n, path: &str) -> Option<String> {
    let head = path.split(['.', '[']).next().unwrap_or(path);
    let key = match head {
        "title" => "seller-editor-title",
        "category_id" => "seller-editor-category",
        "brand" => "seller-editor-brand",
        "description" => "seller-editor-description",
        "images" => "seller-editor-images",
        "attributes" => "seller-editor-attributes",
        "variant_properties" | "skus" => "seller-editor-variants",
        "weight_grams" => "seller-editor-weight",
        "package" => "seller-editor-shipping",
        "handling_days" => "seller-editor-handling",
        "shipping_template_id" => "seller-editor-template",
        "shop" => "seller-overview-title",
        _ => return None,
    };
    Some(i18n.t(key))
}

/// Brings the control for `path` into view and focuses it; a path without its own control (`skus[2]`)
/// goes to the nearest one that has one (`skus`).
pub fn focus_field(path: &str) {
    let document = document();
    let mut current = path.to_owned();
    loop {
        if let Some(element) = document.get_element_by_id(&field_id(&current)) {
            let options = js_sys::Object::new();
            js_dyn::set(&options, "block", &JsValue::from_str("center"));
            js_dyn::call1(&element, "scrollIntoView", &options);
            if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
                let focusable = matches!(
                    js_dyn::get(element, "tagName").as_string().as_deref(),
                    Some("INPUT" | "SELECT" | "TEXTAREA" | "BUTTON")
                );
                if !focusable {
                    let _ = element.set_attribute("tabindex", "-1");
                }
                let _ = element.focus();
            }
            return;
        }
        match current.rfind(['.', '[']) {
            Some(cut) => current.truncate(cut),
            None => return,
        }
    }
}

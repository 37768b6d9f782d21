//! The listing's pictures (LST-7): upload, reorder, remove. Size, type and count are checked in the
//! browser before anything is sent, against the policy in use; the server measures what arrives.

use super::editor_state::EditorState;
use crate::{
    api::seller,
    contexts::use_i18n,
    pages::js_dyn,
    pages::seller::{
        error_text::{error_text, field_error},
        rules_engine::use_rules_engine,
        verdict_list::{FieldVerdicts, field_id},
    },
};
use caravan_i18n::Arg;
use caravan_types::verdict::Verdict;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// Why a chosen file was not uploaded.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Refusal {
    TooLarge { name: String, bytes: u64, max: u64 },
    WrongType { name: String },
    TooMany { max: u32 },
}

/// The pictures field.
#[component]
pub fn ImageManager(
    /// The editor.
    state: EditorState,
    /// Verdicts of the whole form.
    verdicts: Signal<Vec<Verdict>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let rules = use_rules_engine();
    let draft = state.draft;
    let uploading = RwSignal::new(0usize);
    let messages = RwSignal::new(Vec::<String>::new());
    let count = Memo::new(move |_| draft.with(|d| d.images.len()));

    let refusal_text = move |refusal: &Refusal| match refusal {
        Refusal::TooLarge { name, bytes, max } => i18n.t_args(
            "seller-image-refused-size",
            &[
                ("name", Arg::from(name.as_str())),
                ("size", Arg::from(megabytes(*bytes))),
                ("max", Arg::from(megabytes(*max))),
            ],
        ),
        Refusal::WrongType { name } => i18n.t_args(
            "seller-image-refused-type",
            &[("name", Arg::from(name.as_str()))],
        ),
        Refusal::TooMany { max } => {
            i18n.t_args("seller-image-refused-count", &[("max", Arg::from(*max))])
        }
    };

    let on_files = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().map(JsValue::from) else {
            return;
        };
        let files = js_dyn::get(&input, "files");
        if files.is_null() || files.is_undefined() {
            return;
        }
        let (max_bytes, mimes, max_count) = rules
            .get()
            .map(|e| {
                let l = &e.policy().listing;
                (l.image_max_bytes, l.image_mime_types.clone(), l.images_max)
            })
            .unwrap_or((
                5 * 1024 * 1024,
                vec!["image/jpeg".into(), "image/png".into(), "image/webp".into()],
                6,
            ));
        let mut notes = Vec::new();
        let mut accepted = Vec::new();
        let already = draft.with_untracked(|d| d.images.len()) + uploading.get_untracked();
        let count = js_dyn::get(&files, "length").as_f64().unwrap_or_default() as u32;
        for i in 0..count {
            let file = js_dyn::at(&files, i);
            let name = js_dyn::get(&file, "name").as_string().unwrap_or_default();
            let bytes = js_dyn::get(&file, "size").as_f64().unwrap_or_default() as u64;
            let mime = js_dyn::get(&file, "type").as_string().unwrap_or_default();
            if !mimes.contains(&mime) {
                notes.push(refusal_text(&Refusal::WrongType { name }));
            } else if bytes > max_bytes {
                notes.push(refusal_text(&Refusal::TooLarge {
                    name,
                    bytes,
                    max: max_bytes,
                }));
            } else if already + accepted.len() >= max_count as usize {
                notes.push(refusal_text(&Refusal::TooMany { max: max_count }));
                break;
            } else {
                accepted.push((file, name));
            }
        }
        js_dyn::set(&input, "value", &JsValue::from_str(""));
        messages.set(notes);
        for (file, name) in accepted {
            uploading.update(|n| *n += 1);
            leptos::task::spawn_local(async move {
                match seller::upload_image(&file, &name).await {
                    Ok(uploaded) => draft.update(|d| d.images.push(uploaded.image)),
                    Err(error) => {
                        let text = field_error(&i18n, &error, "file")
                            .unwrap_or_else(|| error_text(&i18n, &error));
                        messages.update(|m| m.push(format!("{name}: {text}")));
                    }
                }
                uploading.update(|n| *n -= 1);
            });
        }
    };

    let move_image = move |from: usize, to: usize| {
        draft.update(|d| {
            if from < d.images.len() && to < d.images.len() {
                let image = d.images.remove(from);
                d.images.insert(to, image);
                // SKU pictures follow their picture.
                for sku in &mut d.skus {
                    sku.image_index = sku.image_index.map(|i| {
                        let i = usize::from(i);
                        let moved = if i == from {
                            to
                        } else if from < i && i <= to {
                            i - 1
                        } else if to <= i && i < from {
                            i + 1
                        } else {
                            i
                        };
                        u16::try_from(moved).unwrap_or(0)
                    });
                }
            }
        });
    };
    let remove_image = move |index: usize| {
        draft.update(|d| {
            if index < d.images.len() {
                d.images.remove(index);
                for sku in &mut d.skus {
                    sku.image_index = match sku.image_index.map(usize::from) {
                        Some(i) if i == index => None,
                        Some(i) if i > index => u16::try_from(i - 1).ok(),
                        other => other.and_then(|i| u16::try_from(i).ok()),
                    };
                }
            }
        });
    };

    let input_id = field_id("images");
    view! {
        <fieldset class="cv-panel cv-fieldset cv-images">
            <legend>{i18n.t("seller-editor-images")}</legend>
            <p class="cv-form-field__hint">{move || {
                let (max_count, max_bytes) = rules.get().map(|e| (e.policy().listing.images_max, e.policy().listing.image_max_bytes)).unwrap_or((6, 5 * 1024 * 1024));
                i18n.t_args("seller-editor-images-hint", &[("max", Arg::from(max_count)), ("size", Arg::from(megabytes(max_bytes)))])
            }}</p>
            <ol class="cv-images__list">
                {move || (0..count.get()).map(|index| {
                    let url = move || draft.with(|d| d.images.get(index).map(|i| i.url.clone()).unwrap_or_default());
                    let size = move || draft.with(|d| d.images.get(index).map(|i| format!("{} × {}", i.width, i.height)).unwrap_or_default());
                    let path = format!("images[{index}]");
                    let item_id = field_id(&path);
                    view! {
                        <li class="cv-images__item" id=item_id>
                            <img class="cv-images__thumb" src=url alt=i18n.t_args("seller-image-alt", &[("number", Arg::from(index + 1))]) />
                            <span class="cv-images__size">{size}</span>
                            <div class="cv-images__actions">
                                <button class="cv-button cv-button--icon" type="button"
                                    aria-label=i18n.t_args("seller-image-earlier", &[("number", Arg::from(index + 1))])
                                    disabled=index == 0
                                    on:click=move |_| move_image(index, index - 1)>"↑"</button>
                                <button class="cv-button cv-button--icon" type="button"
                                    aria-label=i18n.t_args("seller-image-later", &[("number", Arg::from(index + 1))])
                                    disabled=move || { index + 1 >= count.get() }
                                    on:click=move |_| move_image(index, index + 1)>"↓"</button>
                                <button class="cv-button cv-button--icon" type="button"
                                    aria-label=i18n.t_args("seller-image-remove", &[("number", Arg::from(index + 1))])
                                    on:click=move |_| remove_image(index)>"✕"</button>
                            </div>
                            <FieldVerdicts verdicts path=path />
                        </li>
                    }
                }).collect_view()}
            </ol>
            <label class="cv-button cv-images__add" for=input_id.clone()>{i18n.t("seller-image-add")}</label>
            <input class="cv-visually-hidden" id=input_id.clone() type="file" multiple
                accept="image/jpeg,image/png,image/webp" on:change=on_files
                aria-describedby=format!("{input_id}-verdicts") />
            <Show when=move || { uploading.get() > 0 }>
                <p class="cv-form-field__hint" aria-live="polite">{move || i18n.t_args("seller-image-uploading", &[("count", Arg::from(uploading.get()))])}</p>
            </Show>
            <ul class="cv-verdicts" aria-live="polite">
                {move || messages.get().into_iter().map(|m| view! { <li class="cv-verdict cv-verdict--block">{m}</li> }).collect_view()}
            </ul>
            <FieldVerdicts verdicts path="images" />
        </fieldset>
    }
}

/// Bytes as megabytes with one decimal, for people (`5242880` → `5.0`).
fn megabytes(bytes: u64) -> String {
    let tenths = (bytes * 10 + 524_288) / 1_048_576;
    format!("{}.{}", tenths / 10, tenths % 10)
}

//! Suggestions under the header's search box, as the buyer types: titles from
//! `GET /api/search/suggestions`, offered through a `<datalist>` (the browser draws the list, keyboard and
//! touch included, in the page's language and direction).
//!
//! The search box is on every page, so this code is not: it goes into the search page's wasm chunk, which
//! the first focus of the search box fetches (a buyer who starts typing is about to need that page anyway;
//! a chunk of its own cost the home route ~700 B of loader). It works on the DOM directly, so the eager
//! header carries only the call that loads it.

use leptos::wasm_split::{SplitLoaderError, wasm_split};
use std::cell::Cell;
use wasm_bindgen::{JsCast, prelude::Closure};

thread_local! {
    /// Whether the suggestions were attached (or are being loaded): once per page load.
    static STARTED: Cell<bool> = const { Cell::new(false) };
}

/// Loads the suggestions' chunk and attaches them to the search box, the first time only. A failed load
/// (offline) leaves the box as it was; the next focus tries again.
pub fn enable() {
    if STARTED.replace(true) {
        return;
    }
    leptos::task::spawn_local(async {
        if attach().await.is_err() {
            STARTED.set(false);
        }
    });
}

/// The id of the list the search box points to.
const LIST_ID: &str = "cv-search-suggestions";

#[wasm_split(shop_search_page, wasm_split_path = ::leptos::wasm_split, fallible)]
fn attach() -> Result<(), SplitLoaderError> {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return Ok(());
    };
    let Some(input) = document
        .query_selector(".cv-search-box__input")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return Ok(());
    };
    let Ok(list) = document.create_element("datalist") else {
        return Ok(());
    };
    list.set_id(LIST_ID);
    if let Some(form) = input.parent_node() {
        let _ = form.append_child(&list);
    }
    let _ = input.set_attribute("list", LIST_ID);
    let on_input = Closure::<dyn Fn()>::new({
        let input = input.clone();
        move || {
            let typed = input.value();
            let input = input.clone();
            let list = list.clone();
            let document = document.clone();
            leptos::task::spawn_local(async move {
                let found = crate::api::search_suggestions(&typed)
                    .await
                    .unwrap_or_default();
                // Answers may arrive out of order: only the one for what the box holds now is shown.
                if input.value() != typed {
                    return;
                }
                list.set_inner_html("");
                for title in found {
                    if let Ok(option) = document.create_element("option") {
                        let _ = option.set_attribute("value", &title);
                        let _ = list.append_child(&option);
                    }
                }
            });
        }
    });
    let _ = input.add_event_listener_with_callback("input", on_input.as_ref().unchecked_ref());
    // A quick typist may have typed while the chunk was loading: those keystrokes fired no listener, so
    // what the box already holds is looked up now rather than at the next key.
    if !input.value().is_empty() {
        let run: &js_sys::Function = on_input.as_ref().unchecked_ref();
        let _ = run.call0(&wasm_bindgen::JsValue::NULL);
    }
    // The listener lives as long as the page's one header.
    on_input.forget();
    Ok(())
}

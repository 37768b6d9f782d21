//! The console's navigation.

use crate::{contexts::use_i18n, pages::js_dyn};
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsValue;

/// The console's pages: (path, message key).
const PAGES: &[(&str, &str)] = &[
    ("/admin", "console-nav-overview"),
    ("/admin/shops", "console-nav-shops"),
    ("/admin/documents", "console-nav-documents"),
    ("/admin/disputes", "console-nav-disputes"),
    ("/admin/penalties", "console-nav-penalties"),
    ("/admin/appeals", "console-nav-appeals"),
    ("/admin/promotions", "console-nav-promotions"),
    ("/admin/fx", "console-nav-fx"),
];

/// Links to the console's pages, the current one marked.
#[component]
pub fn ConsoleNav() -> impl IntoView {
    let i18n = use_i18n();
    let pathname = use_location().pathname;
    // On a phone the links scroll sideways and the later pages start out of sight: bring the current one
    // into view whenever the page changes (after the links are drawn). Through `Reflect`, so the console
    // adds no web-sys import to the main module.
    Effect::new(move |_| {
        pathname.track();
        request_animation_frame(|| {
            let Ok(Some(link)) =
                document().query_selector(".cv-center-nav__link[aria-current=\"page\"]")
            else {
                return;
            };
            // The list: the link's item's parent.
            let list = js_dyn::get(&js_dyn::get(&link, "parentElement"), "parentElement");
            let width = |name| js_dyn::get(&list, name).as_f64().unwrap_or(0.0);
            if width("scrollWidth") <= width("clientWidth") {
                return;
            }
            let options = js_sys::Object::new();
            js_dyn::set(&options, "block", &JsValue::from_str("nearest"));
            js_dyn::set(&options, "inline", &JsValue::from_str("center"));
            js_dyn::call1(&link, "scrollIntoView", &options);
        });
    });
    view! {
        <nav class="cv-center-nav" aria-label=i18n.t("console-nav-label")>
            <p class="cv-center-nav__title">{i18n.t("console-title")}</p>
            <ul class="cv-center-nav__links">
                {PAGES.iter().map(|&(path, key)| {
                    let current = move || {
                        let here = pathname.get();
                        let on = if path == "/admin" { here == path || here == "/admin/" } else { here.starts_with(path) };
                        on.then_some("page")
                    };
                    view! { <li><a class="cv-center-nav__link" href=path aria-current=current>{i18n.t(key)}</a></li> }
                }).collect_view()}
            </ul>
        </nav>
    }
}

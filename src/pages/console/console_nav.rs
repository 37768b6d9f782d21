//! The console's navigation.

use crate::contexts::use_i18n;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

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

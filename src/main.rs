//! Caravan's browser app: the buyer shop and the seller center, rendered client-side with Leptos.

mod api;
mod app;
mod cart;
mod checkout;
mod components;
mod contexts;
mod countries;
mod intl_rules;
mod money_format;
mod pages;
mod routes;
mod storage;
mod stylesheets;

fn main() {
    // Readable panic messages cost kilobytes of formatting code: development builds only.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    // A buyer whose language is not en-US waits for that bundle (one small fetch) behind the static shell
    // rather than seeing English flash first.
    wasm_bindgen_futures::spawn_local(async {
        let initial = contexts::InitialLocale::negotiate().await;
        leptos::mount::mount_to_body(move || leptos::view! { <app::App initial /> });
        // The static shell in index.html painted the header and skeleton cards before the wasm arrived;
        // the app now draws the same layout, so the shell goes.
        if let Some(shell) = leptos::prelude::document().get_element_by_id("cv-shell") {
            shell.remove();
        }
    });
}

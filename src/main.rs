//! Caravan's browser app: the buyer shop and the seller center, rendered client-side with Leptos.

mod api;
mod app;
mod components;
mod contexts;
mod intl_rules;
mod money_format;
mod pages;
mod routes;

fn main() {
    // Readable panic messages cost kilobytes of formatting code: development builds only.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
    // The static shell in index.html painted the header and skeleton cards before the wasm arrived;
    // the app now draws the same layout, so the shell goes.
    if let Some(shell) = leptos::prelude::document().get_element_by_id("cv-shell") {
        shell.remove();
    }
}

//! The stylesheet of the seller center and the platform console. It is not part of `index.html` (whose CSS is
//! inlined into the home route's download): it travels inside the sections' chunks and is adopted when a
//! section first opens, so its pages never flash unstyled. A constructed stylesheet is CSSOM, which the
//! Content-Security-Policy allows without `'unsafe-inline'`.

use leptos::prelude::document;

/// Adds the sections' styles to the document, once (the seller center and the console share them).
pub fn adopt_section_stylesheet() {
    thread_local! {
        static ADOPTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if ADOPTED.with(|adopted| adopted.replace(true)) {
        return;
    }
    let Ok(sheet) = web_sys::CssStyleSheet::new() else {
        return;
    };
    if sheet
        .replace_sync(include_str!("../../style/sections.css"))
        .is_ok()
    {
        let sheets = document().adopted_style_sheets();
        sheets.push(&sheet);
        document().set_adopted_style_sheets(&sheets);
    }
}

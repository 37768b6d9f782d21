//! Styles of lazily loaded sections. A section's CSS is compiled into its chunk and adopted as a constructed
//! stylesheet when the section opens: the home route never downloads it, and it arrives with the code, so
//! the pages never show unstyled. A constructed stylesheet is CSSOM, which the Content-Security-Policy
//! allows without `'unsafe-inline'`.

use leptos::prelude::document;
use std::cell::RefCell;

thread_local! {
    /// Sheets adopted so far, by the address of their text.
    static ADOPTED: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Adds `css` to the document, once.
pub fn adopt(css: &'static str) {
    let id = css.as_ptr() as usize;
    if ADOPTED.with(|adopted| {
        let mut adopted = adopted.borrow_mut();
        let known = adopted.contains(&id);
        adopted.push(id);
        known
    }) {
        return;
    }
    let Ok(sheet) = web_sys::CssStyleSheet::new() else {
        return;
    };
    if sheet.replace_sync(css).is_ok() {
        let sheets = document().adopted_style_sheets();
        sheets.push(&sheet);
        document().set_adopted_style_sheets(&sheets);
    }
}

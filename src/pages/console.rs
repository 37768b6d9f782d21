//! The platform console for admins: its own lazily loaded section under `/admin`. Everything here lives in
//! the `console` wasm chunk.

mod appeals_page;
mod arbitration_page;
mod console_gate;
mod console_home_page;
mod console_nav;
mod console_section;
mod console_words;
mod document_review_page;
mod fx_import_page;
mod penalties_page;
mod promotions_review_page;
mod review_status;
mod shop_review_page;

pub(crate) use console_section::open_console;

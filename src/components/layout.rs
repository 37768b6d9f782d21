//! The frame around every page.

mod currency_picker;
mod locale_picker;
mod search_suggestions;
mod site_header;
mod site_notices;

pub use currency_picker::CurrencyPicker;
pub use locale_picker::LocalePicker;
pub use site_header::SiteHeader;
pub use site_notices::SiteNotices;

//! Context providers the whole app shares.

mod currency_context;
mod i18n_context;
mod shopper_context;

pub use currency_context::{CurrencyChoice, DISPLAY_CURRENCIES, provide_currency, use_currency};
pub use i18n_context::{I18n, InitialLocale, LocaleStatus, provide_i18n, use_i18n};
pub use shopper_context::{Shopper, provide_shopper, use_shopper};

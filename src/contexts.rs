//! Context providers the whole app shares.

mod i18n_context;

pub use i18n_context::{I18n, provide_i18n, use_i18n};

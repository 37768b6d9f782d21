//! Context providers the whole app shares.

mod i18n_context;

pub use i18n_context::{provide_i18n, use_i18n};

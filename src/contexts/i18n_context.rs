//! The active translations, available to every component.

use crate::i18n::Translations;
use fluent_bundle::FluentValue;
use leptos::prelude::*;

/// Handle to the active translations; cheap to copy into closures.
#[derive(Clone, Copy)]
pub struct I18n {
    translations: StoredValue<Translations, LocalStorage>,
}

impl I18n {
    /// The message `key`.
    pub fn t(&self, key: &str) -> String {
        self.translations.with_value(|t| t.format(key, &[]))
    }

    /// The message `key` with arguments.
    pub fn t_args(&self, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.translations.with_value(|t| t.format(key, args))
    }

    /// The active locale's BCP 47 tag.
    pub fn locale(&self) -> String {
        self.translations.with_value(Translations::locale_tag)
    }
}

/// Makes the translations available below the caller.
pub fn provide_i18n() {
    provide_context(I18n {
        translations: StoredValue::new_local(Translations::en_us()),
    });
}

/// The translations provided by [`provide_i18n`].
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

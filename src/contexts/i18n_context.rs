//! The active translations, available to every component.

use crate::intl_rules::BrowserRules;
use caravan_i18n::{Arg, I18nError, Translations};
use leptos::prelude::*;

/// Handle to the active translations; cheap to copy into closures.
#[derive(Clone, Copy)]
pub struct I18n {
    translations: StoredValue<Translations, LocalStorage>,
}

impl I18n {
    /// The message `key`.
    pub fn t(&self, key: &str) -> String {
        self.t_args(key, &[])
    }

    /// The message `key` with arguments.
    ///
    /// A missing key shows as the key itself and is logged; the locale tests make sure that never ships.
    pub fn t_args(&self, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.translations
            .with_value(|t| t.format(key, args))
            .unwrap_or_else(|error| {
                leptos::logging::error!("{error}");
                match error {
                    I18nError::Format { text, .. } => text,
                    _ => key.to_owned(),
                }
            })
    }

    /// The active locale's BCP 47 tag.
    pub fn locale(&self) -> String {
        self.translations.with_value(|t| t.locale_tag().to_owned())
    }
}

/// Makes the translations available below the caller.
pub fn provide_i18n() {
    provide_context(I18n {
        // The en-US files are compiled in and parsed by the locale tests, so a build that passed them
        // cannot fail here.
        translations: StoredValue::new_local(
            Translations::en_us(Box::new(BrowserRules::new("en-US")))
                .expect("the en-US bundle is valid (checked by caravan-i18n's tests)"),
        ),
    });
}

/// The translations provided by [`provide_i18n`].
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

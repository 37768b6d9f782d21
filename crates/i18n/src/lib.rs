//! Caravan's translations with Fluent.
//!
//! The en-US bundle is compiled in because every other locale falls back to it message by message; the files
//! live in the repository's `locales/<bcp47>/` folders.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use unic_langid::{LanguageIdentifier, langid};

pub use fluent_bundle::FluentValue;

/// The source locale's files, compiled in: (file name, contents).
pub const EN_US_FILES: &[(&str, &str)] = &[
    ("main.ftl", include_str!("../../../locales/en-US/main.ftl")),
    ("shop.ftl", include_str!("../../../locales/en-US/shop.ftl")),
];

/// Why a message could not be produced exactly as written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum I18nError {
    /// No bundle has the key.
    #[error("missing translation `{0}`")]
    MissingKey(String),
    /// The message exists but formatting it failed (e.g. an argument was not passed).
    #[error("translation `{key}` failed: {detail}")]
    Format {
        /// The message key.
        key: String,
        /// Fluent's explanation.
        detail: String,
    },
    /// A resource has syntax errors or duplicate keys.
    #[error("locale file `{file}` is invalid: {detail}")]
    BadResource {
        /// The file.
        file: String,
        /// Fluent's explanation.
        detail: String,
    },
}

/// The messages of one locale.
pub struct Translations {
    locale: LanguageIdentifier,
    bundle: FluentBundle<FluentResource>,
}

impl Translations {
    /// The built-in en-US messages.
    pub fn en_us() -> Result<Self, I18nError> {
        Self::from_files(langid!("en-US"), EN_US_FILES)
    }

    /// A bundle for `locale` from (file name, contents) pairs.
    pub fn from_files(
        locale: LanguageIdentifier,
        files: &[(&str, &str)],
    ) -> Result<Self, I18nError> {
        let mut bundle = FluentBundle::new(vec![locale.clone()]);
        // Isolation marks would end up inside attributes and test selectors; directionality is handled by the
        // `dir` attribute of the document.
        bundle.set_use_isolating(false);
        for (file, source) in files {
            let resource =
                FluentResource::try_new((*source).to_owned()).map_err(|(_, errors)| {
                    I18nError::BadResource {
                        file: (*file).to_owned(),
                        detail: format!("{errors:?}"),
                    }
                })?;
            bundle
                .add_resource(resource)
                .map_err(|errors| I18nError::BadResource {
                    file: (*file).to_owned(),
                    detail: format!("{errors:?}"),
                })?;
        }
        Ok(Translations { locale, bundle })
    }

    /// The BCP 47 tag of this locale, for `Intl` formatting.
    pub fn locale_tag(&self) -> String {
        self.locale.to_string()
    }

    /// Whether the bundle has a message `key` with a value.
    pub fn has(&self, key: &str) -> bool {
        self.bundle
            .get_message(key)
            .is_some_and(|m| m.value().is_some())
    }

    /// The message `key` with `args`.
    pub fn format(&self, key: &str, args: &[(&str, FluentValue<'_>)]) -> Result<String, I18nError> {
        let pattern = self
            .bundle
            .get_message(key)
            .and_then(|m| m.value())
            .ok_or_else(|| I18nError::MissingKey(key.to_owned()))?;
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned();
        if errors.is_empty() {
            Ok(text)
        } else {
            Err(I18nError::Format {
                key: key.to_owned(),
                detail: format!("{errors:?}"),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_plurals_and_reports_missing_keys() {
        let t = Translations::en_us().unwrap();
        assert_eq!(
            t.format("listing-orders", &[("count", FluentValue::from(1))])
                .unwrap(),
            "1 order"
        );
        assert_eq!(
            t.format("listing-orders", &[("count", FluentValue::from(25))])
                .unwrap(),
            "25 orders"
        );
        assert_eq!(
            t.format("no-such-key", &[]),
            Err(I18nError::MissingKey("no-such-key".into()))
        );
    }
}

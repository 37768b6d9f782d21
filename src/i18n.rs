//! Translations with Fluent. The en-US bundle is compiled in because every other locale falls back to it
//! message by message; other locales are fetched on demand.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::{LanguageIdentifier, langid};

/// The source locale's files, compiled in.
const EN_US: &[&str] = &[
    include_str!("../locales/en-US/main.ftl"),
    include_str!("../locales/en-US/shop.ftl"),
];

/// The messages of one locale.
pub struct Translations {
    locale: LanguageIdentifier,
    bundle: FluentBundle<FluentResource>,
}

impl Translations {
    /// The built-in en-US messages.
    pub fn en_us() -> Self {
        let locale = langid!("en-US");
        let mut bundle = FluentBundle::new(vec![locale.clone()]);
        // Isolation marks would end up inside attributes and test selectors; directionality is handled by
        // the `dir` attribute of the document.
        bundle.set_use_isolating(false);
        for source in EN_US {
            match FluentResource::try_new((*source).to_owned()) {
                Ok(resource) => {
                    if let Err(errors) = bundle.add_resource(resource) {
                        leptos::logging::error!("duplicate en-US messages: {errors:?}");
                    }
                }
                Err((_, errors)) => leptos::logging::error!("en-US syntax errors: {errors:?}"),
            }
        }
        Translations { locale, bundle }
    }

    /// The BCP 47 tag of this locale, for `Intl` formatting.
    pub fn locale_tag(&self) -> String {
        self.locale.to_string()
    }

    /// The message `key` with `args`; a missing key is logged and shown as the key, so it is noticed.
    pub fn format(&self, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let Some(pattern) = self.bundle.get_message(key).and_then(|m| m.value()) else {
            leptos::logging::error!("missing translation `{key}`");
            return key.to_owned();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors);
        if !errors.is_empty() {
            leptos::logging::error!("translation `{key}` failed: {errors:?}");
        }
        text.into_owned()
    }
}

//! Caravan's translations: Fluent (`.ftl`) bundles per locale, with per-message fallback to en-US.
//!
//! This is a small Fluent runtime of our own rather than `fluent-bundle`: that crate carries a parser, a
//! resolver and CLDR plural rules for every language, about 44 KB brotli of wasm, while the browser already
//! knows plural rules and number formatting (`Intl`). The app plugs those in through [`LocaleRules`]. A
//! differential test checks this runtime against `fluent-bundle` on every message of every locale.

mod ast;
mod parse;
mod resolve;

use resolve::{Entries, Resolver};
use std::borrow::Cow;

pub use parse::{ParseError, parse_resource};
pub use resolve::ResolveError;

const EN_US_ACCOUNT: &str = include_str!("../../../locales/en-US/account.ftl");
const EN_US_CART: &str = include_str!("../../../locales/en-US/cart.ftl");
/// Category names: used by the server only (it names categories in its answers), never by the app.
const EN_US_CATEGORIES: &str = include_str!("../../../locales/en-US/categories.ftl");
const EN_US_CHECKOUT: &str = include_str!("../../../locales/en-US/checkout.ftl");
const EN_US_CONSOLE: &str = include_str!("../../../locales/en-US/console.ftl");
const EN_US_ERRORS: &str = include_str!("../../../locales/en-US/errors.ftl");
const EN_US_MAIN: &str = include_str!("../../../locales/en-US/main.ftl");
const EN_US_ORDERS: &str = include_str!("../../../locales/en-US/orders.ftl");
const EN_US_PRODUCT: &str = include_str!("../../../locales/en-US/product.ftl");
/// Read by `public/pwa.js` (offline chip, new-release banner), never by the app.
const EN_US_PWA: &str = include_str!("../../../locales/en-US/pwa.ftl");
const EN_US_RULES: &str = include_str!("../../../locales/en-US/rules.ftl");
const EN_US_SEARCH: &str = include_str!("../../../locales/en-US/search.ftl");
const EN_US_SELLER: &str = include_str!("../../../locales/en-US/seller.ftl");
const EN_US_SHOP: &str = include_str!("../../../locales/en-US/shop.ftl");

/// Every source-locale file: (file name, contents). For native code and tests; the app compiles in only
/// [`EN_US_CORE`], because every byte of it is in the home route's download.
pub const EN_US_FILES: &[(&str, &str)] = &[
    ("account.ftl", EN_US_ACCOUNT),
    ("cart.ftl", EN_US_CART),
    ("categories.ftl", EN_US_CATEGORIES),
    ("checkout.ftl", EN_US_CHECKOUT),
    ("console.ftl", EN_US_CONSOLE),
    ("errors.ftl", EN_US_ERRORS),
    ("main.ftl", EN_US_MAIN),
    ("orders.ftl", EN_US_ORDERS),
    ("product.ftl", EN_US_PRODUCT),
    ("pwa.ftl", EN_US_PWA),
    ("rules.ftl", EN_US_RULES),
    ("search.ftl", EN_US_SEARCH),
    ("seller.ftl", EN_US_SELLER),
    ("shop.ftl", EN_US_SHOP),
];

/// The source-locale files every page needs, compiled into the app. `errors.ftl` (the server's error codes)
/// is not among them: only forms in the lazily loaded sections show those, so the sections load it.
pub const EN_US_CORE: &[(&str, &str)] = &[("main.ftl", EN_US_MAIN), ("shop.ftl", EN_US_SHOP)];

/// The files every locale has, under `locales/<tag>/`.
pub const LOCALE_FILES: &[&str] = &[
    "account.ftl",
    "cart.ftl",
    "categories.ftl",
    "checkout.ftl",
    "console.ftl",
    "errors.ftl",
    "main.ftl",
    "orders.ftl",
    "product.ftl",
    "pwa.ftl",
    "rules.ftl",
    "search.ftl",
    "seller.ftl",
    "shop.ftl",
];

/// The files every page needs: fetched with a locale when it is chosen (en-US's are compiled in).
pub const CORE_FILES: &[&str] = &["main.ftl", "shop.ftl"];

/// A locale the app offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocaleInfo {
    /// BCP 47 tag, also the folder under `locales/`.
    pub tag: &'static str,
    /// The language's name in itself, as the language picker shows it.
    pub autonym: &'static str,
    /// Written right to left.
    pub rtl: bool,
    /// The currency people in the locale's region usually pay in (ISO 4217 code).
    pub currency: &'static str,
}

/// Every locale the app offers; en-US first, the source and the fallback.
pub const LOCALES: &[LocaleInfo] = &[
    LocaleInfo {
        tag: "en-US",
        autonym: "English",
        rtl: false,
        currency: "USD",
    },
    LocaleInfo {
        tag: "es-ES",
        autonym: "Español",
        rtl: false,
        currency: "EUR",
    },
    LocaleInfo {
        tag: "pt-BR",
        autonym: "Português (Brasil)",
        rtl: false,
        currency: "BRL",
    },
    LocaleInfo {
        tag: "fr-FR",
        autonym: "Français",
        rtl: false,
        currency: "EUR",
    },
    LocaleInfo {
        tag: "ru-RU",
        autonym: "Русский",
        rtl: false,
        currency: "RUB",
    },
    LocaleInfo {
        tag: "zh-CN",
        autonym: "简体中文",
        rtl: false,
        currency: "CNY",
    },
    LocaleInfo {
        tag: "ja-JP",
        autonym: "日本語",
        rtl: false,
        currency: "JPY",
    },
    LocaleInfo {
        tag: "ar",
        autonym: "العربية",
        rtl: true,
        currency: "SAR",
    },
];

/// The offered locale with this exact tag (ASCII case-insensitive).
pub fn locale_info(tag: &str) -> Option<&'static LocaleInfo> {
    LOCALES.iter().find(|l| l.tag.eq_ignore_ascii_case(tag))
}

/// The best offered locale for a user's preferred languages (most preferred first, as in
/// `navigator.languages`), or `None` when none matches.
///
/// For each preference in order: an exact tag match wins; then the same language with a matching script or
/// region (`zh-Hans`, `zh-SG` → zh-CN; `pt-PT` → pt-BR, the only Portuguese offered); then the language
/// alone (`ar-EG` → ar, `ja` → ja-JP). Traditional Chinese (`zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO`) is not
/// matched to Simplified.
pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Option<&'static LocaleInfo> {
    preferred.into_iter().find_map(|wanted| {
        let wanted = wanted.trim();
        if let Some(exact) = locale_info(wanted) {
            return Some(exact);
        }
        let mut parts = wanted.split(['-', '_']);
        let language = parts.next()?.to_ascii_lowercase();
        let rest: Vec<String> = parts.map(str::to_ascii_lowercase).collect();
        if language == "zh"
            && rest
                .iter()
                .any(|p| matches!(p.as_str(), "hant" | "tw" | "hk" | "mo"))
        {
            return None;
        }
        LOCALES.iter().find(|l| {
            l.tag
                .split('-')
                .next()
                .is_some_and(|lang| lang.eq_ignore_ascii_case(&language))
        })
    })
}

/// A value passed to a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg<'a> {
    /// A whole number: selects plural variants and is formatted for the locale.
    Number(i64),
    /// Text, shown as is; selects variants by exact name.
    Text(Cow<'a, str>),
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_arg!(i8, i16, i32, i64, u8, u16, u32, u64, usize);

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(text))
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Arg::Text(Cow::Owned(text))
    }
}

/// What a locale knows that messages need: plural categories and number formatting.
pub trait LocaleRules {
    /// The CLDR plural category of `n`: `zero`, `one`, `two`, `few`, `many` or `other`.
    fn plural_category(&self, n: i64) -> &'static str;
    /// `n` written for the locale, e.g. `1,234` or `1 234`.
    fn format_integer(&self, n: i64) -> String;
}

/// English rules without any platform support: for native code and tests.
#[derive(Debug, Clone, Copy, Default)]
pub struct EnglishRules;

impl LocaleRules for EnglishRules {
    fn plural_category(&self, n: i64) -> &'static str {
        if n == 1 { "one" } else { "other" }
    }

    fn format_integer(&self, n: i64) -> String {
        n.to_string()
    }
}

/// Why a bundle could not be built or a message not produced exactly as written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum I18nError {
    /// No bundle has the key.
    #[error("missing translation `{0}`")]
    MissingKey(String),
    /// The message was produced, but part of it failed (e.g. an argument was not passed).
    #[error("translation `{key}` is incomplete: {detail}")]
    Format {
        /// The message key.
        key: String,
        /// What failed.
        detail: String,
        /// The text, with failed parts shown as written.
        text: String,
    },
    /// A file has syntax errors or repeats a key.
    #[error("locale file `{file}` is invalid: {detail}")]
    BadResource {
        /// The file.
        file: String,
        /// What is wrong.
        detail: String,
    },
}

/// The messages of one locale.
#[derive(Debug, Clone)]
pub struct Bundle {
    locale: String,
    entries: Entries,
}

impl Bundle {
    /// A bundle for `locale` (a BCP 47 tag) from (file name, contents) pairs.
    pub fn parse(locale: &str, files: &[(&str, &str)]) -> Result<Bundle, I18nError> {
        let mut entries = Entries::new();
        for (file, source) in files {
            let parsed = parse_resource(source).map_err(|e| I18nError::BadResource {
                file: (*file).to_owned(),
                detail: e.to_string(),
            })?;
            for entry in parsed {
                if entries.contains_key(&entry.id) {
                    return Err(I18nError::BadResource {
                        file: (*file).to_owned(),
                        detail: format!("`{}` is defined twice", entry.id),
                    });
                }
                entries.insert(entry.id.clone(), entry);
            }
        }
        Ok(Bundle {
            locale: locale.to_owned(),
            entries,
        })
    }

    /// The built-in en-US bundle: the core files the app compiles in.
    pub fn en_us() -> Result<Bundle, I18nError> {
        Bundle::parse("en-US", EN_US_CORE)
    }

    /// Every en-US file, section files included (native code and tests).
    pub fn en_us_all() -> Result<Bundle, I18nError> {
        Bundle::parse("en-US", EN_US_FILES)
    }

    /// Adds the messages of another file; a key the bundle already has is an error.
    pub fn add_file(&mut self, file: &str, source: &str) -> Result<(), I18nError> {
        let parsed = parse_resource(source).map_err(|e| I18nError::BadResource {
            file: file.to_owned(),
            detail: e.to_string(),
        })?;
        if let Some(twice) = parsed.iter().find(|e| self.entries.contains_key(&e.id)) {
            return Err(I18nError::BadResource {
                file: file.to_owned(),
                detail: format!("`{}` is defined twice", twice.id),
            });
        }
        for entry in parsed {
            self.entries.insert(entry.id.clone(), entry);
        }
        Ok(())
    }

    /// The locale's BCP 47 tag.
    pub fn locale(&self) -> &str {
        &self.locale
    }

    /// Whether the bundle has a message `key` with a value.
    pub fn has(&self, key: &str) -> bool {
        !key.starts_with('-') && self.entries.get(key).is_some_and(|e| e.value.is_some())
    }

    /// Ids of the messages (not terms), unordered.
    pub fn message_ids(&self) -> impl Iterator<Item = &str> {
        self.entries
            .keys()
            .map(String::as_str)
            .filter(|id| !id.starts_with('-'))
    }

    /// Formats `key` from this bundle alone; `None` when the bundle lacks it.
    pub fn format(
        &self,
        key: &str,
        args: &[(&str, Arg<'_>)],
        rules: &dyn LocaleRules,
    ) -> Option<Result<String, I18nError>> {
        let pattern = self
            .entries
            .get(key)
            .filter(|_| !key.starts_with('-'))?
            .value
            .as_ref()?;
        let mut resolver = Resolver {
            entries: &self.entries,
            args,
            rules,
            errors: Vec::new(),
        };
        let mut text = String::new();
        resolver.pattern(pattern, &mut text, 0);
        Some(if resolver.errors.is_empty() {
            Ok(text)
        } else {
            Err(I18nError::Format {
                key: key.to_owned(),
                detail: format!("{:?}", resolver.errors),
                text,
            })
        })
    }
}

/// The active locale's bundle with en-US behind it, message by message.
pub struct Translations {
    active: Option<Bundle>,
    fallback: Bundle,
    rules: Box<dyn LocaleRules>,
}

impl Translations {
    /// en-US only.
    pub fn en_us(rules: Box<dyn LocaleRules>) -> Result<Self, I18nError> {
        Ok(Translations {
            active: None,
            fallback: Bundle::en_us()?,
            rules,
        })
    }

    /// `active` first, en-US for any message it lacks.
    pub fn with_fallback(active: Bundle, fallback: Bundle, rules: Box<dyn LocaleRules>) -> Self {
        Translations {
            active: Some(active),
            fallback,
            rules,
        }
    }

    /// Adds a section's file: `active` is the active locale's text (none when en-US is active), `en_us` the
    /// source text behind it.
    pub fn add_file(
        &mut self,
        file: &str,
        active: Option<&str>,
        en_us: &str,
    ) -> Result<(), I18nError> {
        if let (Some(bundle), Some(text)) = (self.active.as_mut(), active) {
            bundle.add_file(file, text)?;
        }
        self.fallback.add_file(file, en_us)
    }

    /// The active locale's BCP 47 tag.
    pub fn locale_tag(&self) -> &str {
        self.active.as_ref().unwrap_or(&self.fallback).locale()
    }

    /// The message `key` with `args`.
    pub fn format(&self, key: &str, args: &[(&str, Arg<'_>)]) -> Result<String, I18nError> {
        self.active
            .as_ref()
            .and_then(|bundle| bundle.format(key, args, self.rules.as_ref()))
            .or_else(|| self.fallback.format(key, args, self.rules.as_ref()))
            .unwrap_or_else(|| Err(I18nError::MissingKey(key.to_owned())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_plurals_and_reports_missing_keys() {
        let t = Translations::en_us(Box::new(EnglishRules)).unwrap();
        assert_eq!(
            t.format("listing-orders", &[("count", Arg::from(1))])
                .unwrap(),
            "1 order"
        );
        assert_eq!(
            t.format("listing-orders", &[("count", Arg::from(25))])
                .unwrap(),
            "25 orders"
        );
        assert_eq!(
            t.format("no-such-key", &[]),
            Err(I18nError::MissingKey("no-such-key".into()))
        );
        let Err(I18nError::Format { text, .. }) = t.format("listing-orders", &[]) else {
            panic!("a missing argument is reported")
        };
        assert_eq!(text, "{$count} orders");
    }

    #[test]
    fn core_files_are_compiled_in_and_sections_add_to_both_bundles() {
        let core: Vec<&str> = EN_US_CORE.iter().map(|(name, _)| *name).collect();
        assert_eq!(core, CORE_FILES);
        assert!(CORE_FILES.iter().all(|f| LOCALE_FILES.contains(f)));
        let es = Bundle::parse(
            "es-ES",
            &[("main.ftl", "brand-tagline = Compra el mundo\n")],
        )
        .unwrap();
        let mut t =
            Translations::with_fallback(es, Bundle::en_us().unwrap(), Box::new(EnglishRules));
        assert!(
            t.format("seller-center-title", &[]).is_err(),
            "section files are not compiled in"
        );
        t.add_file(
            "seller.ftl",
            Some("seller-center-title = Centro de vendedores\n"),
            "seller-center-title = Seller center\nonly-en = Only English\n",
        )
        .unwrap();
        assert_eq!(
            t.format("seller-center-title", &[]).unwrap(),
            "Centro de vendedores"
        );
        assert_eq!(t.format("only-en", &[]).unwrap(), "Only English");
        assert!(
            matches!(
                t.add_file("seller.ftl", None, "only-en = again\n"),
                Err(I18nError::BadResource { .. })
            ),
            "a file added twice is refused"
        );
    }

    #[test]
    fn active_locale_falls_back_per_message() {
        let es = Bundle::parse(
            "es-ES",
            &[("main.ftl", "brand-tagline = Compra el mundo\n")],
        )
        .unwrap();
        let t = Translations::with_fallback(es, Bundle::en_us().unwrap(), Box::new(EnglishRules));
        assert_eq!(t.format("brand-tagline", &[]).unwrap(), "Compra el mundo");
        assert_eq!(t.format("brand-name", &[]).unwrap(), "Caravan");
        assert_eq!(t.locale_tag(), "es-ES");
    }

    #[test]
    fn exact_numbers_win_over_categories_and_terms_resolve() {
        let src = "-brand = Caravan\nitems = { $n ->\n    [0] No items\n    [one] One item\n   *[other] { $n } items\n}\nhello = Welcome to { -brand }\n";
        let b = Bundle::parse("en-US", &[("x.ftl", src)]).unwrap();
        let f = |n: i64| {
            b.format("items", &[("n", Arg::Number(n))], &EnglishRules)
                .unwrap()
                .unwrap()
        };
        assert_eq!(f(0), "No items");
        assert_eq!(f(1), "One item");
        assert_eq!(f(7), "7 items");
        assert_eq!(
            b.format("hello", &[], &EnglishRules).unwrap().unwrap(),
            "Welcome to Caravan"
        );
        assert!(!b.has("-brand"), "terms are not messages");
    }
}

#[cfg(test)]
mod negotiation_tests {
    use super::*;

    fn pick(prefs: &[&str]) -> Option<&'static str> {
        negotiate(prefs.iter().copied()).map(|l| l.tag)
    }

    #[test]
    fn exact_language_and_script_matches() {
        assert_eq!(pick(&["ru-RU"]), Some("ru-RU"));
        assert_eq!(pick(&["pt"]), Some("pt-BR"));
        assert_eq!(pick(&["pt-PT", "en"]), Some("pt-BR"));
        assert_eq!(pick(&["zh-Hans"]), Some("zh-CN"));
        assert_eq!(pick(&["zh-Hans-CN"]), Some("zh-CN"));
        assert_eq!(pick(&["ar-EG"]), Some("ar"));
        assert_eq!(pick(&["ja"]), Some("ja-JP"));
        assert_eq!(pick(&["EN-us"]), Some("en-US"));
        assert_eq!(pick(&["en-GB"]), Some("en-US"));
    }

    #[test]
    fn earlier_preferences_win_and_unknown_ones_are_skipped() {
        assert_eq!(pick(&["de-DE", "fr-CA", "en-US"]), Some("fr-FR"));
        assert_eq!(pick(&["zh-TW", "ja-JP"]), Some("ja-JP"));
        assert_eq!(pick(&["zh-Hant"]), None);
        assert_eq!(pick(&["de", "nl"]), None);
        assert_eq!(pick(&[]), None);
        assert_eq!(pick(&[""]), None);
    }

    #[test]
    fn every_locale_names_a_currency_and_only_arabic_is_rtl() {
        for l in LOCALES {
            assert_eq!(l.currency.len(), 3, "{}", l.tag);
            assert_eq!(l.rtl, l.tag == "ar", "{}", l.tag);
        }
        assert_eq!(LOCALES[0].tag, "en-US");
    }
}

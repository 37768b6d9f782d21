//! Category names in the reader's language.
//!
//! The `categories` table holds one (English) name per category; the names people read come from
//! `locales/<tag>/categories.ftl` (`category-<slug> = …`), compiled into the server and parsed once. Public
//! routes that answer with category names take `?lang=<BCP 47 tag>`, negotiated like the app negotiates
//! `navigator.languages` (`fr` and `fr-CA` → fr-FR); anything unknown, or nothing, means en-US. A name falls
//! back to en-US, then to the stored name, so a category never goes nameless. The app never downloads these
//! files: naming categories on the server costs its wasm nothing.

use caravan_i18n::{Bundle, EnglishRules, I18nError, LOCALES, LocaleInfo};
use std::{collections::HashMap, sync::LazyLock};

/// Every offered locale's `categories.ftl`, in the order of [`LOCALES`] (a test keeps the two in step).
macro_rules! categories_ftl {
    ($($tag:literal),* $(,)?) => {
        &[$(($tag, include_str!(concat!("../../../locales/", $tag, "/categories.ftl")))),*]
    };
}
const FILES: &[(&str, &str)] = categories_ftl!(
    "en-US", "es-ES", "pt-BR", "fr-FR", "ru-RU", "zh-CN", "ja-JP", "ar",
);

/// Message ids are `category-<slug>`.
const KEY_PREFIX: &str = "category-";

/// The names of every category in every offered locale.
#[derive(Debug)]
pub struct CategoryNames {
    /// Slug → name, one map per entry of [`LOCALES`], in the same order.
    by_locale: Vec<HashMap<String, String>>,
}

/// Parsed on first use; `main` touches it at start so a bad file would stop the server at once (the locale
/// tests keep that from ever shipping).
static NAMES: LazyLock<CategoryNames> = LazyLock::new(|| {
    CategoryNames::parse(FILES)
        .expect("categories.ftl files are valid (checked by the locale tests)")
});

impl CategoryNames {
    /// The compiled-in names.
    pub fn get() -> &'static CategoryNames {
        &NAMES
    }

    /// Names from (locale tag, `categories.ftl` text) pairs, one per offered locale, in [`LOCALES`] order.
    pub fn parse(files: &[(&str, &str)]) -> Result<CategoryNames, I18nError> {
        let mut by_locale = Vec::with_capacity(LOCALES.len());
        for (info, (tag, text)) in LOCALES.iter().zip(files) {
            if info.tag != *tag {
                return Err(I18nError::BadResource {
                    file: format!("{tag}/categories.ftl"),
                    detail: format!("expected {}'s file here", info.tag),
                });
            }
            let bundle = Bundle::parse(tag, &[("categories.ftl", text)])?;
            // Category names take no arguments, so each is resolved once here rather than per request.
            let names = bundle
                .message_ids()
                .filter_map(|id| {
                    let slug = id.strip_prefix(KEY_PREFIX)?;
                    let name = bundle.format(id, &[], &EnglishRules)?.ok()?;
                    Some((slug.to_owned(), name))
                })
                .collect();
            by_locale.push(names);
        }
        if by_locale.len() != LOCALES.len() {
            return Err(I18nError::BadResource {
                file: "categories.ftl".to_owned(),
                detail: format!("{} files for {} locales", by_locale.len(), LOCALES.len()),
            });
        }
        Ok(CategoryNames { by_locale })
    }

    /// The name of category `slug` in `locale`, else in en-US; `None` when no file names it.
    pub fn name(&self, locale: &LocaleInfo, slug: &str) -> Option<&str> {
        let index = LOCALES
            .iter()
            .position(|l| l.tag == locale.tag)
            .unwrap_or(0);
        self.by_locale[index]
            .get(slug)
            .or_else(|| self.by_locale[0].get(slug))
            .map(String::as_str)
    }

    /// The name of category `slug` in `locale`, falling back to en-US and then to `stored`, the name in
    /// the database.
    pub fn name_or(&self, locale: &LocaleInfo, slug: &str, stored: String) -> String {
        self.name(locale, slug).map_or(stored, str::to_owned)
    }

    /// Slugs the en-US file names.
    pub fn en_us_slugs(&self) -> impl Iterator<Item = &str> {
        self.by_locale[0].keys().map(String::as_str)
    }
}

/// The locale a `?lang=` value asks for: the best offered match, en-US for anything else or nothing.
pub fn requested_locale(lang: Option<&str>) -> &'static LocaleInfo {
    lang.and_then(|tag| caravan_i18n::negotiate([tag]))
        .unwrap_or(&LOCALES[0])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locale(tag: &str) -> &'static LocaleInfo {
        caravan_i18n::locale_info(tag).unwrap()
    }

    #[test]
    fn the_compiled_in_files_are_every_offered_locale_in_order() {
        let tags: Vec<&str> = FILES.iter().map(|(tag, _)| *tag).collect();
        let offered: Vec<&str> = LOCALES.iter().map(|l| l.tag).collect();
        assert_eq!(tags, offered, "add a new locale's categories.ftl to FILES");
        let names = CategoryNames::get();
        assert_eq!(names.by_locale.len(), LOCALES.len());
        for (info, map) in LOCALES.iter().zip(&names.by_locale) {
            assert!(
                map.len() >= 64,
                "{} names {} categories",
                info.tag,
                map.len()
            );
        }
    }

    #[test]
    fn names_fall_back_to_english_then_to_the_stored_name() {
        let names = CategoryNames::parse(&[
            ("en-US", "category-shoes = Shoes\ncategory-boots = Boots\n"),
            ("es-ES", "category-shoes = Calzado\n"),
            ("pt-BR", ""),
            ("fr-FR", "category-shoes = Chaussures\n"),
            ("ru-RU", ""),
            ("zh-CN", ""),
            ("ja-JP", ""),
            ("ar", "category-shoes = الأحذية\n"),
        ])
        .unwrap();
        assert_eq!(names.name(locale("fr-FR"), "shoes"), Some("Chaussures"));
        assert_eq!(names.name(locale("ar"), "shoes"), Some("الأحذية"));
        assert_eq!(names.name(locale("fr-FR"), "boots"), Some("Boots"));
        assert_eq!(names.name(locale("pt-BR"), "shoes"), Some("Shoes"));
        assert_eq!(names.name(locale("fr-FR"), "new-thing"), None);
        assert_eq!(
            names.name_or(locale("fr-FR"), "new-thing", "New Thing".to_owned()),
            "New Thing"
        );
    }

    #[test]
    fn files_out_of_locale_order_are_refused() {
        let swapped: Vec<(&str, &str)> = LOCALES
            .iter()
            .rev()
            .map(|l| (l.tag, "category-shoes = x\n"))
            .collect();
        assert!(CategoryNames::parse(&swapped).is_err());
        assert!(
            CategoryNames::parse(&FILES[..3]).is_err(),
            "a locale is missing"
        );
    }

    #[test]
    fn lang_is_negotiated_and_anything_unknown_is_english() {
        assert_eq!(requested_locale(Some("fr-FR")).tag, "fr-FR");
        assert_eq!(requested_locale(Some("fr")).tag, "fr-FR");
        assert_eq!(requested_locale(Some("FR-ca")).tag, "fr-FR");
        assert_eq!(requested_locale(Some("ar-EG")).tag, "ar");
        assert_eq!(requested_locale(Some("zh-Hans")).tag, "zh-CN");
        for unknown in ["zh-TW", "de-DE", "", "x", "en-US;q=1", "\u{0}"] {
            assert_eq!(requested_locale(Some(unknown)).tag, "en-US", "{unknown:?}");
        }
        assert_eq!(requested_locale(None).tag, "en-US");
    }
}

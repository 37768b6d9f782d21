//! The browser's CLDR data behind Caravan's translations: `Intl.PluralRules` picks plural variants and
//! `Intl.NumberFormat` writes numbers with the locale's separators (3,637 in en-US, 3 637 in fr-FR).

use caravan_i18n::LocaleRules;
use js_sys::{Array, Function, Intl, Object};
use wasm_bindgen::JsValue;

/// Plural and number rules of one locale, built once.
pub struct BrowserRules {
    plurals: Intl::PluralRules,
    format_number: Function,
}

impl BrowserRules {
    /// Rules for a BCP 47 locale tag.
    pub fn new(locale: &str) -> Self {
        let locales = Array::of1(&JsValue::from_str(locale));
        BrowserRules {
            plurals: Intl::PluralRules::new(&locales, &Object::new()),
            format_number: Intl::NumberFormat::new(&locales, &Object::new()).format(),
        }
    }
}

impl LocaleRules for BrowserRules {
    fn plural_category(&self, n: i64) -> &'static str {
        // Whole numbers up to 2^53 are exact in a JS number, far beyond any count a page shows.
        let category = self.plurals.select(n as f64);
        match String::from(category).as_str() {
            "zero" => "zero",
            "one" => "one",
            "two" => "two",
            "few" => "few",
            "many" => "many",
            _ => "other",
        }
    }

    fn format_integer(&self, n: i64) -> String {
        // A decimal string keeps large values exact; Intl.NumberFormat accepts strings.
        self.format_number
            .call1(&JsValue::NULL, &JsValue::from_str(&n.to_string()))
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_else(|| n.to_string())
    }
}

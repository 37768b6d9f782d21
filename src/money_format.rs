//! Money for people: the browser's CLDR data (`Intl.NumberFormat`) formats it per locale and currency.
//!
//! The amount reaches `Intl` as an exact decimal string, never as a float, and formatters are cached because
//! building one is far slower than using it.

use caravan_types::Money;
use js_sys::{Array, Function, Intl, Object, Reflect};
use std::cell::RefCell;
use wasm_bindgen::JsValue;

thread_local! {
    /// (locale, currency code, formatter); a page uses one or two pairs, so a list beats a hash map in size.
    static FORMATTERS: RefCell<Vec<(String, String, Function)>> = const { RefCell::new(Vec::new()) };
}

/// `money` formatted for `locale`, e.g. `$19.99`, `¥1,235`, `1.500 KWD`.
pub fn format_money(money: Money, locale: &str) -> String {
    let code = money.currency.code().to_owned();
    let format = FORMATTERS.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some((_, _, f)) = cache.iter().find(|(l, c, _)| l == locale && *c == code) {
            return f.clone();
        }
        let f = formatter(locale, &code, money.currency.minor_units());
        cache.push((locale.to_owned(), code.clone(), f.clone()));
        f
    });
    format
        .call1(
            &JsValue::NULL,
            &JsValue::from_str(&money.to_decimal_string()),
        )
        .ok()
        .and_then(|v| v.as_string())
        // Without Intl (never in supported browsers) the plain amount and code still say the right thing.
        .unwrap_or_else(|| format!("{} {code}", money.to_decimal_string()))
}

fn formatter(locale: &str, code: &str, minor_units: u8) -> Function {
    let options = Object::new();
    let set = |key: &str, value: JsValue| {
        let _ = Reflect::set(&options, &JsValue::from_str(key), &value);
    };
    set("style", "currency".into());
    set("currency", code.into());
    set("minimumFractionDigits", u32::from(minor_units).into());
    set("maximumFractionDigits", u32::from(minor_units).into());
    let locales = Array::of1(&JsValue::from_str(locale));
    Intl::NumberFormat::new(&locales, &options).format()
}

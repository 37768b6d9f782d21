//! What the promotions, service-score and penalty pages share: dates in the seller's time zone and locale,
//! their stylesheet, and server field errors in the seller's words.

use crate::{api, contexts::I18n, pages::js_dyn};
use wasm_bindgen::JsValue;

/// Unix seconds now, by this device's clock.
pub fn now_seconds() -> i64 {
    (js_dyn::now() / 1000.0) as i64
}

/// Unix `seconds` as a short local date and time in `locale` (the browser's `Intl`).
pub fn date_time_text(seconds: i64, locale: &str) -> String {
    local_date(seconds)
        .map(|date| js_dyn::call1(&date, "toLocaleString", &JsValue::from_str(locale)))
        .and_then(|text| text.as_string())
        .unwrap_or_default()
}

/// Unix `seconds` as a local date in `locale`.
pub fn date_text(seconds: i64, locale: &str) -> String {
    local_date(seconds)
        .map(|date| js_dyn::call1(&date, "toLocaleDateString", &JsValue::from_str(locale)))
        .and_then(|text| text.as_string())
        .unwrap_or_default()
}

fn local_date(seconds: i64) -> Option<JsValue> {
    js_dyn::construct("Date", &JsValue::from_f64(seconds as f64 * 1000.0), None)
}

/// A `datetime-local` input's value (`2026-11-23T14:05`, the seller's time zone) as Unix seconds.
pub fn parse_local_input(value: &str) -> Option<i64> {
    if value.trim().is_empty() {
        return None;
    }
    let date = js_dyn::construct("Date", &JsValue::from_str(value), None)?;
    let ms = js_dyn::call0(&date, "getTime").as_f64()?;
    ms.is_finite().then(|| (ms / 1000.0).floor() as i64)
}

/// Unix `seconds` as a `datetime-local` value in the seller's time zone, to the minute.
pub fn local_input_value(seconds: i64) -> String {
    let Some(date) = local_date(seconds) else {
        return String::new();
    };
    let part = |method: &str| js_dyn::call0(&date, method).as_f64().unwrap_or_default() as i64;
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}",
        part("getFullYear"),
        part("getMonth") + 1,
        part("getDate"),
        part("getHours"),
        part("getMinutes")
    )
}

/// The server's field error at `path`, in the seller's words: promotion and appeal codes by their own
/// keys, anything else as the generic message of its code.
pub fn growth_field_error(i18n: &I18n, error: &api::Error, path: &str) -> Option<String> {
    let api::Error::Server { fields, .. } = error else {
        return None;
    };
    let field = fields.iter().find(|f| f.path == path)?;
    let at = |suffix: &str| field.path.ends_with(suffix);
    let key = match field.code.as_str() {
        "length" if at("name") => "seller-promo-error-name-length",
        "length" if at("statement") => "seller-appeal-error-length",
        "required" => "seller-promo-error-required",
        "in_past" => "seller-promo-error-in-past",
        "not_a_session" => "seller-promo-error-not-a-session",
        "out_of_range" if at("ends_at") => "seller-promo-error-period",
        "out_of_range" if at("percent") => "seller-promo-error-percent",
        "out_of_range" if at("amount_minor") => "seller-promo-error-amount",
        "too_large" => "seller-promo-error-amount-too-large",
        "out_of_range" if at("promo_stock") => "seller-promo-error-stock",
        "count" => "seller-promo-error-count",
        "duplicate" => "seller-promo-error-duplicate",
        "not_published" => "seller-promo-error-not-published",
        "mixed_currency" => "seller-promo-error-mixed-currency",
        "unknown_sku" => "seller-promo-error-unknown-sku",
        "in_promotion" => "seller-promo-error-in-promotion",
        _ => "error-code-invalid-input",
    };
    Some(i18n.t(key))
}

/// Adds the growth pages' styles to the document, once (a constructed sheet, as the sections' own).
pub fn adopt_growth_stylesheet() {
    thread_local! {
        static ADOPTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if ADOPTED.with(|adopted| adopted.replace(true)) {
        return;
    }
    let Ok(sheet) = web_sys::CssStyleSheet::new() else {
        return;
    };
    if sheet
        .replace_sync(include_str!("../../../style/growth.css"))
        .is_ok()
    {
        let document = leptos::prelude::document();
        let sheets = document.adopted_style_sheets();
        sheets.push(&sheet);
        document.set_adopted_style_sheets(&sheets);
    }
}

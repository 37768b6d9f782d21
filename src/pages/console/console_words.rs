//! Words the console's pages share: dates, money in minor units, countries and categories by name instead
//! of codes and slugs, shop names instead of numbers, and the server's field errors in the staff's language.

use crate::{api, contexts::I18n};
use caravan_types::{
    listing::Category,
    shop::{ReviewStatus, ShopView},
    verdict::VerdictArg,
};
use js_sys::{Array, Intl, Object, Reflect};
use leptos::prelude::*;
use std::collections::HashMap;
use wasm_bindgen::JsValue;

// Dates and amounts read as on the buyer's order pages: one formatter for both faces.
pub use crate::pages::shop::order_words::{date, minor};

/// The name of the country or region `code` (ISO 3166-1 alpha-2) in the active locale, by the browser's
/// `Intl.DisplayNames`; the code itself where the browser has no name.
pub fn region_name(i18n: I18n, code: &str) -> String {
    let options = Object::new();
    let _ = Reflect::set(&options, &"type".into(), &"region".into());
    let has_display_names = Reflect::get(&js_sys::global(), &"Intl".into())
        .and_then(|intl| Reflect::get(&intl, &"DisplayNames".into()))
        .is_ok_and(|names| !names.is_undefined());
    has_display_names
        .then(|| Intl::DisplayNames::new(&Array::of1(&JsValue::from_str(&i18n.locale())), &options))
        .and_then(|names| names.of(code))
        .map(String::from)
        .unwrap_or_else(|| code.to_owned())
}

/// Category names by slug, in the active locale (the server names them for the `lang` it is sent).
pub type CategoryNames = LocalResource<HashMap<String, String>>;

/// Loads the category names; a failure leaves the slugs standing in for names.
pub fn category_names() -> CategoryNames {
    LocalResource::new(|| async {
        api::list_categories()
            .await
            .unwrap_or_default()
            .into_iter()
            .map(|Category { slug, name, .. }| (slug, name))
            .collect()
    })
}

/// The name of the category `slug`, or the slug while the names load (or if it has none).
pub fn category_name(names: CategoryNames, slug: &str) -> String {
    names
        .get()
        .and_then(|names| names.get(slug).cloned())
        .unwrap_or_else(|| slug.to_owned())
}

/// Shop names by id, for pages whose items carry only the shop's number.
pub type ShopNames = LocalResource<HashMap<i64, String>>;

/// Loads the names of every shop the console knows (pending, approved and rejected applications). Only for
/// an admin: call it inside the gate.
pub fn shop_names() -> ShopNames {
    LocalResource::new(|| async {
        let mut names = HashMap::new();
        for status in [
            ReviewStatus::Approved,
            ReviewStatus::Pending,
            ReviewStatus::Rejected,
        ] {
            for ShopView { id, name, .. } in
                api::admin::list_shops(status).await.unwrap_or_default()
            {
                names.insert(id, name);
            }
        }
        names
    })
}

/// The shop `id` by name with its number (`Caravan Demo Store (No. 1)`), or its number while names load.
pub fn shop_label(i18n: I18n, names: ShopNames, id: i64) -> String {
    let name = names.get().and_then(|names| names.get(&id).cloned());
    match name {
        Some(name) => i18n.t_args(
            "console-shop-named",
            &[("name", name.into()), ("id", id.to_string().into())],
        ),
        None => i18n.t_args("console-shop-number", &[("id", id.to_string().into())]),
    }
}

/// The server's problem with the field at `path` in the staff's language, if it named that field.
pub fn field_error(i18n: I18n, error: &api::Error, path: &str) -> Option<String> {
    let api::Error::Server { fields, .. } = error else {
        return None;
    };
    let field = fields.iter().find(|f| f.path == path)?;
    // Literal keys, so the locale tests see every one of them.
    Some(i18n.t(match (field.path.as_str(), field.code.as_str()) {
        ("reason", "length") => "console-reason-length",
        ("facts", _) => "console-facts-length",
        ("rule", _) => "console-rule-unknown",
        ("refund_minor", "not_for_seller") => "console-refund-not-for-seller",
        ("refund_minor", _) => "console-refund-range",
        ("level", "prm_only") => "console-level-prm-only",
        ("promotion_id", _) => "console-promotion-not-in-shop",
        _ => "console-field-invalid",
    }))
}

/// What went wrong, for the whole form: when the server named fields, they carry the details and the form
/// only says to check them; otherwise the error's meaning.
pub fn form_error(i18n: I18n, error: &api::Error) -> String {
    match error {
        api::Error::Server { code, fields, .. }
            if code == "invalid_input" && !fields.is_empty() =>
        {
            i18n.t("console-check-fields")
        }
        _ => super::console_gate::console_error_text(&i18n, error),
    }
}

/// The rules' verdicts a refusal carried (PRM-3, PRM-5, PRM-7 on approval), each as `rule: explanation`
/// in the active locale (rules.ftl is one of the console's files).
pub fn verdict_lines(i18n: I18n, error: &api::Error) -> Vec<String> {
    let api::Error::Server { refusal, .. } = error else {
        return Vec::new();
    };
    refusal
        .verdicts()
        .iter()
        .map(|verdict| {
            let args: Vec<(&str, caravan_i18n::Arg<'_>)> = verdict
                .args
                .iter()
                .map(|(name, arg)| {
                    let arg = match arg {
                        VerdictArg::Number(n) => caravan_i18n::Arg::Number(*n),
                        VerdictArg::Text(text) => caravan_i18n::Arg::from(text.as_str()),
                    };
                    (name.as_str(), arg)
                })
                .collect();
            format!(
                "{}: {}",
                verdict.rule,
                i18n.t_args(&verdict.message_key, &args)
            )
        })
        .collect()
}

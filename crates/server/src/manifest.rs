//! The web app manifest in the reader's language.
//!
//! `dist/manifest.webmanifest` is written in en-US. `GET /manifest.webmanifest?lang=<tag>` answers with a copy
//! whose name, description, shortcut names, `lang` and `dir` are those of the negotiated locale, taken from
//! `locales/<tag>/pwa.ftl` (`pwa-app-name`, …), compiled into the server. `public/pwa.js` points the page's
//! manifest link there when the language changes, so an app installed in Arabic is named in Arabic. Without
//! `lang` (or for en-US) the file is served as built.

use crate::AppState;
use axum::{
    extract::{Query, State},
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};
use caravan_i18n::{Bundle, EnglishRules, LOCALES, LocaleInfo};
use serde::Deserialize;
use serde_json::Value;
use std::sync::LazyLock;

/// Every offered locale's `pwa.ftl`, in the order of [`LOCALES`] (a test keeps the two in step).
macro_rules! pwa_ftl {
    ($($tag:literal),* $(,)?) => {
        &[$(($tag, include_str!(concat!("../../../locales/", $tag, "/pwa.ftl")))),*]
    };
}
const FILES: &[(&str, &str)] = pwa_ftl!(
    "en-US", "es-ES", "pt-BR", "fr-FR", "ru-RU", "zh-CN", "ja-JP", "ar",
);

/// What the manifest says in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ManifestWords {
    name: String,
    description: String,
    shop: String,
    seller: String,
    seller_short: String,
}

/// One entry per [`LOCALES`] entry, parsed on first use; `None` where a file lacks a message (the locale
/// tests keep that from shipping), so that locale falls back to the built file's English.
static WORDS: LazyLock<Vec<Option<ManifestWords>>> = LazyLock::new(|| {
    LOCALES
        .iter()
        .map(|info| {
            let text = FILES.iter().find(|(tag, _)| *tag == info.tag)?.1;
            words(info.tag, text)
        })
        .collect()
});

fn words(tag: &str, text: &str) -> Option<ManifestWords> {
    let bundle = Bundle::parse(tag, &[("pwa.ftl", text)]).ok()?;
    let say = |id: &str| bundle.format(id, &[], &EnglishRules)?.ok();
    Some(ManifestWords {
        name: say("pwa-app-name")?,
        description: say("pwa-app-description")?,
        shop: say("pwa-shortcut-shop")?,
        seller: say("pwa-shortcut-seller")?,
        seller_short: say("pwa-shortcut-seller-short")?,
    })
}

/// `manifest` (the built en-US manifest) with `locale`'s words, `lang` and `dir`. Shortcuts are matched by
/// URL, so a reordered or extended list keeps its other entries as built.
pub fn localize(manifest: &mut Value, locale: &LocaleInfo, words: &ManifestWords) {
    let Some(object) = manifest.as_object_mut() else {
        return;
    };
    object.insert("name".into(), words.name.clone().into());
    object.insert("description".into(), words.description.clone().into());
    object.insert("lang".into(), locale.tag.into());
    object.insert("dir".into(), if locale.rtl { "rtl" } else { "ltr" }.into());
    let Some(shortcuts) = object.get_mut("shortcuts").and_then(Value::as_array_mut) else {
        return;
    };
    for shortcut in shortcuts {
        let (name, short) = match shortcut.get("url").and_then(Value::as_str) {
            Some("/") => (&words.shop, None),
            Some("/seller") => (&words.seller, Some(&words.seller_short)),
            _ => continue,
        };
        shortcut["name"] = name.clone().into();
        if let Some(short) = short {
            shortcut["short_name"] = short.clone().into();
        }
    }
}

/// The query of the manifest's URL.
#[derive(Debug, Deserialize)]
pub struct ManifestQuery {
    /// BCP 47 tag; negotiated among the offered locales (`fr` → fr-FR), en-US when unknown.
    lang: Option<String>,
}

/// `GET /manifest.webmanifest[?lang=]`.
pub async fn manifest(
    State(state): State<AppState>,
    Query(query): Query<ManifestQuery>,
) -> Response {
    let Ok(built) = tokio::fs::read_to_string(state.dist.join("manifest.webmanifest")).await else {
        return (StatusCode::NOT_FOUND, "not found\n").into_response();
    };
    let locale = crate::category_names::requested_locale(query.lang.as_deref());
    let index = LOCALES.iter().position(|l| l.tag == locale.tag);
    let words = index.and_then(|i| WORDS[i].as_ref());
    let body = match (serde_json::from_str::<Value>(&built), words) {
        (Ok(mut manifest), Some(words)) if index != Some(0) => {
            localize(&mut manifest, locale, words);
            manifest.to_string()
        }
        // en-US, or a build whose manifest is not JSON: as built (the installability test would catch the
        // latter).
        _ => built,
    };
    (
        [
            (header::CONTENT_TYPE, "application/manifest+json"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        body,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_offered_locale_has_its_words_in_order() {
        let tags: Vec<&str> = FILES.iter().map(|(tag, _)| *tag).collect();
        let offered: Vec<&str> = LOCALES.iter().map(|l| l.tag).collect();
        assert_eq!(tags, offered, "add a new locale's pwa.ftl to FILES");
        for (info, words) in LOCALES.iter().zip(WORDS.iter()) {
            let words = words
                .as_ref()
                .unwrap_or_else(|| panic!("{}: pwa-app-* missing", info.tag));
            if info.tag != "en-US" {
                assert_ne!(Some(words), WORDS[0].as_ref(), "{}: English copy", info.tag);
            }
        }
    }

    #[test]
    fn localizing_names_the_app_and_its_shortcuts_and_sets_the_direction() {
        let mut manifest = serde_json::json!({
            "name": "Caravan — shop the world",
            "short_name": "Caravan",
            "shortcuts": [
                {"name": "Shop", "url": "/"},
                {"name": "Seller center", "short_name": "Sell", "url": "/seller"},
                {"name": "Other", "url": "/elsewhere"},
            ],
        });
        let arabic = caravan_i18n::locale_info("ar").unwrap();
        let index = LOCALES.iter().position(|l| l.tag == "ar").unwrap();
        localize(&mut manifest, arabic, WORDS[index].as_ref().unwrap());
        assert_eq!(manifest["lang"], "ar");
        assert_eq!(manifest["dir"], "rtl");
        assert_eq!(
            manifest["short_name"], "Caravan",
            "the brand is not translated"
        );
        assert_eq!(manifest["shortcuts"][0]["name"], "المتجر");
        assert_eq!(manifest["shortcuts"][1]["name"], "مركز البائعين");
        assert_eq!(manifest["shortcuts"][2]["name"], "Other");
        assert!(manifest["name"].as_str().unwrap().contains("تسوّق"));
    }
}

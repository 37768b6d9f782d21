//! Server errors in the seller's words: the envelope's `code` through errors.ftl, field errors through
//! seller.ftl, and a way to sign in when the session ended.

use crate::{api, contexts::I18n};
use leptos::prelude::*;

/// What went wrong with a request, in the active locale.
pub fn error_text(i18n: &I18n, error: &api::Error) -> String {
    match error {
        api::Error::Server { code, .. } if code != "http_error" => {
            i18n.t(&format!("error-code-{}", code.replace('_', "-")))
        }
        api::Error::Network(_) => i18n.t("seller-error-network"),
        _ => i18n.t("error-code-internal"),
    }
}

/// The server's problem with the field at `path`, in the active locale, if it reported one.
pub fn field_error(i18n: &I18n, error: &api::Error, path: &str) -> Option<String> {
    let api::Error::Server { fields, .. } = error else {
        return None;
    };
    let field = fields.iter().find(|f| f.path == path)?;
    let key = match (field.path.as_str(), field.code.as_str()) {
        ("display_name", "length") => "seller-field-display-name-length",
        ("reference", "length") => "seller-field-reference-length",
        ("reason", "length") => "seller-field-reason-length",
        ("name", "invalid") => "seller-field-document-name-invalid",
        ("email", "invalid") => "seller-field-email-invalid",
        ("email", "taken") => "error-code-email-taken",
        ("shop_name", "taken") => "error-code-shop-name-taken",
        ("code", "wrong") => "seller-field-code-wrong",
        ("code", "expired") => "seller-field-code-expired",
        ("code", "no_code") => "seller-field-code-none",
        ("password", "too_short") => "seller-field-password-too-short",
        ("password", "too_long") => "seller-field-password-too-long",
        ("password", "too_common") => "seller-field-password-too-common",
        ("password", "contains_email") => "seller-field-password-contains-email",
        ("file", "too_large") => "seller-image-too-large",
        ("file", "unsupported_type") => "seller-image-wrong-type",
        ("file", "too_many_pixels") => "seller-image-too-many-pixels",
        ("file", "empty" | "unreadable" | "malformed_upload" | "missing") => {
            "seller-image-unreadable"
        }
        ("shipping_template_id", "not_yours") => "seller-field-template-not-yours",
        (path, "not_uploaded") if path.starts_with("images[") => "seller-image-not-uploaded",
        _ => "error-code-invalid-input",
    };
    Some(i18n.t(key))
}

/// A one-line alert for a failed request.
#[component]
pub fn ErrorNotice(
    /// The failure, if any.
    #[prop(into)]
    error: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        <Show when=move || error.with(Option::is_some)>
            <p class="cv-notice cv-notice--error" role="alert">{move || error.get()}</p>
        </Show>
    }
}

use crate::{
    api,
    contexts::{I18n, use_i18n},
};
use caravan_types::api::FieldError;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// What a form was refused, in the user's words: one message per field path and one for the whole form.
#[derive(Clone, Copy)]
pub struct FormErrors {
    fields: RwSignal<Vec<(String, String)>>,
    form: RwSignal<Option<String>>,
    /// Taken when the form is built: answers arrive in spawned tasks, outside the component tree.
    i18n: I18n,
}

impl Default for FormErrors {
    fn default() -> Self {
        Self::new()
    }
}

impl FormErrors {
    /// No errors yet. Call it while building the form's component.
    pub fn new() -> Self {
        Self {
            fields: RwSignal::new(Vec::new()),
            form: RwSignal::new(None),
            i18n: use_i18n(),
        }
    }

    /// Forgets every error (before a new attempt).
    pub fn clear(&self) {
        self.fields.set(Vec::new());
        self.form.set(None);
    }

    /// Whether nothing is wrong, tracked.
    pub fn is_empty(&self) -> bool {
        self.fields.with(Vec::is_empty) && self.form.with(Option::is_none)
    }

    /// The message for the field at `path`, tracked.
    pub fn field(&self, path: &'static str) -> Signal<Option<String>> {
        let fields = self.fields;
        Signal::derive(move || {
            fields.with(|f| f.iter().find(|(p, _)| p == path).map(|(_, m)| m.clone()))
        })
    }

    /// Marks the field at `path` as required but empty (checked before asking the server).
    pub fn set_required(&self, path: &str) {
        let message = self.i18n.t("field-error-required");
        self.fields.update(|f| f.push((path.to_owned(), message)));
    }

    /// Shows `message` at the field at `path` (a check of the form's own, or a clearer word for a
    /// server code), replacing what was there.
    pub fn set(&self, path: &str, message: String) {
        self.fields.update(|f| {
            f.retain(|(p, _)| p != path);
            f.push((path.to_owned(), message));
        });
    }

    /// Shows `message` for the whole form (a step that must come first, a refusal explained).
    pub fn set_form(&self, message: String) {
        self.form.set(Some(message));
    }

    /// The message for the whole form, tracked.
    pub fn form(&self) -> Signal<Option<String>> {
        self.form.into()
    }

    /// Shows the server's refusal: each field problem at its field, the error's meaning for the whole form.
    pub fn show(&self, error: &api::Error) {
        let i18n = self.i18n;
        if let api::Error::Server { fields, .. } = error {
            self.fields.set(
                fields
                    .iter()
                    .map(|f| (f.path.clone(), field_error_text(i18n, f)))
                    .collect(),
            );
        }
        self.form.set(Some(error_text(i18n, error)));
    }

    /// Moves the focus to the first field in `order` (the form's fields, top to bottom, by id) that has
    /// an error, so keyboard and screen-reader users land on what needs fixing.
    pub fn focus_first(&self, order: &[&str]) {
        let first = self.fields.with_untracked(|fields| {
            order
                .iter()
                .find(|id| fields.iter().any(|(path, _)| path == *id))
                .map(|id| (*id).to_owned())
        });
        let Some(id) = first else { return };
        // The marks are drawn by the effects that run after the errors were set.
        request_animation_frame(move || {
            if let Some(field) = document().get_element_by_id(&id)
                && let Ok(field) = field.dyn_into::<web_sys::HtmlElement>()
            {
                let _ = field.focus();
            }
        });
    }
}

/// What went wrong, in the user's words: the server's error code translated, or a network problem.
pub fn error_text(i18n: I18n, error: &api::Error) -> String {
    let code = match error {
        api::Error::Network(_) => return i18n.t("form-error-network"),
        api::Error::Decode(_) => return i18n.t("error-code-internal"),
        api::Error::Server { code, .. } => code.as_str(),
    };
    // Literal keys, so the locale tests see every one of them.
    match code {
        "not_found" => i18n.t("error-code-not-found"),
        "invalid_input" => i18n.t("error-code-invalid-input"),
        "malformed_json" => i18n.t("error-code-malformed-json"),
        "invalid_body" => i18n.t("error-code-invalid-body"),
        "unauthenticated" => i18n.t("error-code-unauthenticated"),
        "invalid_credentials" => i18n.t("error-code-invalid-credentials"),
        "wrong_role" => i18n.t("error-code-wrong-role"),
        "csrf_check_failed" => i18n.t("error-code-csrf-check-failed"),
        "email_taken" => i18n.t("error-code-email-taken"),
        "stale_version" => i18n.t("error-code-stale-version"),
        "too_many_requests" => i18n.t("error-code-too-many-requests"),
        "payload_too_large" => i18n.t("error-code-payload-too-large"),
        "unsupported_media_type" => i18n.t("error-code-unsupported-media-type"),
        "not_published" => i18n.t("error-code-not-published"),
        "address_book_full" => i18n.t("error-code-address-book-full"),
        _ => i18n.t("error-code-internal"),
    }
}

/// A field problem in the user's words. Codes are the server's (`crates/server`), plus `required` for the
/// forms' own check.
pub fn field_error_text(i18n: I18n, field: &FieldError) -> String {
    match (field.path.as_str(), field.code.as_str()) {
        (_, "required") => i18n.t("field-error-required"),
        ("email", "invalid") => i18n.t("field-error-email-invalid"),
        ("email", "taken") => i18n.t("field-error-email-taken"),
        (_, "too_short") => i18n.t("field-error-password-too-short"),
        (_, "too_long") => i18n.t("field-error-password-too-long"),
        (_, "too_common") => i18n.t("field-error-password-too-common"),
        (_, "contains_email") => i18n.t("field-error-password-contains-email"),
        ("display_name", "length") => i18n.t("field-error-name-length"),
        _ => i18n.t("field-error-invalid"),
    }
}

use crate::contexts::use_i18n;
use leptos::prelude::*;

/// A labelled text input with its error beneath it. The error is tied to the input (`aria-describedby`,
/// `aria-invalid`), so a screen reader reads it with the field.
#[component]
pub fn TextField(
    /// The input's id, unique on the page; also its `name`.
    id: &'static str,
    /// The visible label.
    label: String,
    /// The field's value.
    value: RwSignal<String>,
    /// The field's error, if any.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// `type`: `text`, `email`, `password`, `tel`.
    #[prop(default = "text")]
    kind: &'static str,
    /// `autocomplete` token, e.g. `email`, `current-password`, `postal-code`.
    #[prop(default = "on")]
    autocomplete: &'static str,
    /// `inputmode`, e.g. `numeric` for digits typed as text (card numbers keep their spaces).
    #[prop(optional)]
    inputmode: Option<&'static str>,
    /// A hint under the label (format, limits).
    #[prop(optional)]
    hint: Option<String>,
    /// Whether the field must be filled in.
    #[prop(optional)]
    required: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let described_by = if hint.is_some() {
        format!("{hint_id} {error_id}")
    } else {
        error_id.clone()
    };
    // A password can be shown while typing on a phone; it is hidden again on every page.
    let (revealed, set_revealed) = signal(false);
    let input_type = move || {
        if kind == "password" && revealed.get() {
            "text"
        } else {
            kind
        }
    };
    view! {
        <div class="cv-form__field" class:cv-form__field--invalid=move || error.get().is_some()>
            <label class="cv-form__label" for=id>
                {label}
                {required.then(|| view! { <span class="cv-form__required" aria-hidden="true">" *"</span> })}
            </label>
            {hint.map(|hint| view! { <p class="cv-form__hint" id=hint_id>{hint}</p> })}
            <div class="cv-form__control">
                <input
                    class="cv-form__input"
                    id=id
                    name=id
                    type=input_type
                    autocomplete=autocomplete
                    inputmode=inputmode
                    required=required
                    aria-invalid=move || error.get().is_some().then_some("true")
                    aria-describedby=described_by
                    prop:value=move || value.get()
                    on:input=move |ev| value.set(event_target_value(&ev))
                />
                {(kind == "password").then(|| view! {
                    <button
                        type="button"
                        class="cv-form__reveal"
                        aria-pressed=move || revealed.get().to_string()
                        on:click=move |_| set_revealed.update(|r| *r = !*r)
                    >
                        {i18n.t("form-show-password")}
                    </button>
                })}
            </div>
            <p class="cv-form__error" id=error_id>{move || error.get()}</p>
        </div>
    }
}

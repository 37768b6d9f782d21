//! Labelled form controls of the seller center and console, each with its verdicts or error right below,
//! tied to the control with `aria-describedby` so screen readers read them with it.

use super::verdict_list::{FieldVerdicts, blocks_at, field_id};
use caravan_types::verdict::Verdict;
use leptos::prelude::*;

/// A single-line text input with its label, optional hint, verdicts and field error.
#[component]
pub fn TextField(
    /// The visible label.
    #[prop(into)]
    label: Signal<String>,
    /// The field path its verdicts carry (also its element id), e.g. `title`.
    #[prop(into)]
    path: String,
    /// The current value.
    #[prop(into)]
    value: Signal<String>,
    /// Called with every keystroke's value.
    on_input: Callback<String>,
    /// Verdicts of the whole form; those at `path` show under the input.
    #[prop(into, optional)]
    verdicts: Signal<Vec<Verdict>>,
    /// A problem with the value that is not a rule verdict (a server field error, a number that does not
    /// parse).
    #[prop(into, optional)]
    error: Signal<Option<String>>,
    /// A hint under the label.
    #[prop(into, optional)]
    hint: Option<String>,
    /// `text` unless given (`email`, `password`, `tel`).
    #[prop(optional)]
    input_type: Option<&'static str>,
    /// The `autocomplete` token, if any.
    #[prop(optional)]
    autocomplete: Option<&'static str>,
    /// `inputmode`, e.g. `decimal`.
    #[prop(optional)]
    inputmode: Option<&'static str>,
    /// Called when the input loses focus.
    #[prop(optional)]
    on_blur: Option<Callback<()>>,
    /// Marks the input required.
    #[prop(optional)]
    required: bool,
    /// Hides the label visually (tables that label by column).
    #[prop(optional)]
    compact: bool,
) -> impl IntoView {
    let id = field_id(&path);
    let described = format!(
        "{id}-verdicts {id}-error{}",
        if hint.is_some() {
            format!(" {id}-hint")
        } else {
            String::new()
        }
    );
    let invalid_path = path.clone();
    let invalid =
        move || verdicts.with(|v| blocks_at(v, &invalid_path)) || error.with(Option::is_some);
    view! {
        <div class="cv-form-field" class:cv-form-field--compact=compact>
            <label class="cv-form-field__label" class:cv-visually-hidden=compact for=id.clone()>{move || label.get()}</label>
            {hint.map(|hint| view! { <p class="cv-form-field__hint" id=format!("{id}-hint")>{hint}</p> })}
            <input
                class="cv-input"
                id=id.clone()
                name=path.clone()
                type=input_type.unwrap_or("text")
                autocomplete=autocomplete
                inputmode=inputmode
                required=required
                aria-invalid=move || invalid().to_string()
                aria-describedby=described
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
                on:blur=move |_| if let Some(blur) = on_blur { blur.run(()) }
            />
            <FieldError id=format!("{id}-error") error />
            <FieldVerdicts verdicts path=path />
        </div>
    }
}

/// A multi-line text box with its label, hint and verdicts.
#[component]
pub fn TextArea(
    /// The visible label.
    #[prop(into)]
    label: String,
    /// The field path its verdicts carry (also its element id).
    #[prop(into)]
    path: String,
    /// The current value.
    #[prop(into)]
    value: Signal<String>,
    /// Called with every keystroke's value.
    on_input: Callback<String>,
    /// Verdicts of the whole form; those at `path` show under the box.
    #[prop(into, optional)]
    verdicts: Signal<Vec<Verdict>>,
    /// A hint under the label.
    #[prop(into, optional)]
    hint: Option<String>,
) -> impl IntoView {
    let id = field_id(&path);
    let invalid_path = path.clone();
    let invalid = move || verdicts.with(|v| blocks_at(v, &invalid_path));
    view! {
        <div class="cv-form-field">
            <label class="cv-form-field__label" for=id.clone()>{label}</label>
            {hint.map(|hint| view! { <p class="cv-form-field__hint" id=format!("{id}-hint")>{hint}</p> })}
            <textarea
                class="cv-input cv-input--area"
                id=id.clone()
                name=path.clone()
                rows="8"
                aria-invalid=move || invalid().to_string()
                aria-describedby=format!("{id}-verdicts {id}-hint")
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
            ></textarea>
            <FieldVerdicts verdicts path=path />
        </div>
    }
}

/// A field error under a control (not a rule verdict).
#[component]
pub fn FieldError(
    /// Element id, for `aria-describedby`.
    id: String,
    /// The message, if any.
    #[prop(into)]
    error: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        <p class="cv-form-field__error" id=id aria-live="polite">
            {move || error.get()}
        </p>
    }
}

pub use caravan_types::decimal::{format_decimal, parse_decimal};

/// A number input for a value kept in integer units of `1/10^scale` (money minor units, grams, hundredths
/// of a centimetre): the seller types a decimal, the draft gets the exact integer. Text that does not parse
/// is kept in the box and reported at the field; the draft keeps its last good value. An `optional` field
/// may be emptied (a discount price), which gives `None`.
#[component]
pub fn DecimalField(
    /// The visible label.
    #[prop(into)]
    label: Signal<String>,
    /// The field path its verdicts carry, e.g. `skus[0].price`.
    #[prop(into)]
    path: String,
    /// The value in units of `1/10^scale`; `None` shows an empty box.
    #[prop(into)]
    value: Signal<Option<i64>>,
    /// Decimal places.
    scale: u8,
    /// Called with every keystroke that parses (`None` for an emptied optional field).
    on_change: Callback<Option<i64>>,
    /// Verdicts of the whole form; those at `path` show under the input.
    #[prop(into, optional)]
    verdicts: Signal<Vec<Verdict>>,
    /// The message for text that does not parse.
    #[prop(into)]
    invalid_message: String,
    /// The box may be left empty.
    #[prop(optional)]
    optional: bool,
    /// Hides the label visually (tables that label by column).
    #[prop(optional)]
    compact: bool,
) -> impl IntoView {
    let id = field_id(&path);
    let shown =
        move |value: Option<i64>| value.map(|v| format_decimal(v, scale)).unwrap_or_default();
    let (text, set_text) = signal(shown(value.get_untracked()));
    let (bad, set_bad) = signal(false);
    let parse = move |text: &str| -> Option<Option<i64>> {
        if optional && text.trim().is_empty() {
            Some(None)
        } else {
            parse_decimal(text, scale).map(Some)
        }
    };
    // A value changed from elsewhere (restored draft, server reload) shows, unless the box already says it.
    Effect::new(move |_| {
        let value = value.get();
        if parse(&text.get_untracked()) != Some(value) {
            set_text.set(shown(value));
            set_bad.set(false);
        }
    });
    let invalid_path = path.clone();
    let invalid = move || bad.get() || verdicts.with(|v| blocks_at(v, &invalid_path));
    let error = Signal::derive(move || bad.get().then(|| invalid_message.clone()));
    view! {
        <div class="cv-form-field" class:cv-form-field--compact=compact>
            <label class="cv-form-field__label" class:cv-visually-hidden=compact for=id.clone()>{move || label.get()}</label>
            <input
                class="cv-input cv-input--number"
                id=id.clone()
                name=path.clone()
                type="text"
                inputmode=if scale == 0 { "numeric" } else { "decimal" }
                aria-invalid=move || invalid().to_string()
                aria-describedby=format!("{id}-verdicts {id}-error")
                prop:value=move || text.get()
                on:input=move |ev| {
                    let typed = event_target_value(&ev);
                    set_text.set(typed.clone());
                    match parse(&typed) {
                        Some(parsed) => {
                            set_bad.set(false);
                            on_change.run(parsed);
                        }
                        None => set_bad.set(true),
                    }
                }
            />
            <FieldError id=format!("{id}-error") error />
            <FieldVerdicts verdicts path=path />
        </div>
    }
}

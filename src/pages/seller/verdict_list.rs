//! Verdicts as the seller reads them: the rule id and the localised explanation (rules.ftl), shown at the
//! field they concern.

use crate::contexts::{I18n, use_i18n};
use caravan_i18n::Arg;
use caravan_types::verdict::{Severity, Verdict, VerdictArg};
use leptos::prelude::*;

/// The verdict's explanation in the active locale, with its arguments.
pub fn verdict_message(i18n: &I18n, verdict: &Verdict) -> String {
    let args: Vec<(&str, Arg<'_>)> = verdict
        .args
        .iter()
        .map(|(name, arg)| {
            let arg = match arg {
                VerdictArg::Number(n) => Arg::Number(*n),
                VerdictArg::Text(text) => Arg::from(text.as_str()),
            };
            (name.as_str(), arg)
        })
        .collect();
    i18n.t_args(&verdict.message_key, &args)
}

/// The element id of the form control for a verdict's field path: `skus[2].price` → `f-skus-2-price`.
pub fn field_id(path: &str) -> String {
    let mut id = String::from("f-");
    let mut dash = false;
    for c in path.chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            id.push(c);
            dash = false;
        } else if !dash {
            id.push('-');
            dash = true;
        }
    }
    id.trim_end_matches('-').to_owned()
}

/// Whether `field` is `path` or, with `nested`, lies inside it (`images[2]` inside `images`).
pub fn concerns(field: &str, path: &str, nested: bool) -> bool {
    field == path
        || (nested
            && field
                .strip_prefix(path)
                .is_some_and(|rest| rest.starts_with('[') || rest.starts_with('.')))
}

/// The verdicts at one field, right under its control; announced politely as they change.
#[component]
pub fn FieldVerdicts(
    /// Every verdict of the form.
    verdicts: Signal<Vec<Verdict>>,
    /// The field path, e.g. `title` or `skus[0].price`.
    #[prop(into)]
    path: String,
    /// Also show verdicts about parts of the field (`images[1]` under `images`).
    #[prop(optional)]
    nested: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = format!("{}-verdicts", field_id(&path));
    let mine = Memo::new(move |_| {
        verdicts.with(|all| {
            all.iter()
                .filter(|v| concerns(&v.field, &path, nested))
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    view! {
        <ul class="cv-verdicts" id=id aria-live="polite">
            {move || mine.get().into_iter().map(|v| verdict_item(&i18n, &v)).collect_view()}
        </ul>
    }
}

/// One verdict as a list item: severity, rule id, explanation.
pub fn verdict_item(i18n: &I18n, verdict: &Verdict) -> impl IntoView + use<> {
    let (class, severity) = match verdict.severity {
        Severity::Block => ("cv-verdict cv-verdict--block", i18n.t("verdict-block")),
        Severity::Warn => ("cv-verdict cv-verdict--warn", i18n.t("verdict-warn")),
    };
    view! {
        <li class=class data-rule=verdict.rule.clone() data-field=verdict.field.clone()>
            <span class="cv-verdict__rule">{verdict.rule.clone()}</span>
            <span class="cv-visually-hidden">{severity}</span>
            " "
            <span class="cv-verdict__text">{verdict_message(i18n, verdict)}</span>
        </li>
    }
}

/// Whether any of `verdicts` concerns `path` (nested parts included) and blocks: marks the control invalid.
pub fn blocks_at(verdicts: &[Verdict], path: &str) -> bool {
    verdicts
        .iter()
        .any(|v| v.severity == Severity::Block && concerns(&v.field, path, true))
}

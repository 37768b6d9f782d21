use crate::{
    components::forms::{FormErrors, TextField},
    contexts::use_i18n,
};
use caravan_types::order::CardDetails;
use leptos::prelude::*;

/// What the buyer typed into the card form. Held in memory only: never in a draft, never stored.
#[derive(Clone, Copy)]
pub struct CardFields {
    number: RwSignal<String>,
    expiry: RwSignal<String>,
    cvc: RwSignal<String>,
    holder: RwSignal<String>,
}

impl Default for CardFields {
    fn default() -> Self {
        Self::new()
    }
}

impl CardFields {
    /// Empty fields.
    pub fn new() -> Self {
        Self {
            number: RwSignal::new(String::new()),
            expiry: RwSignal::new(String::new()),
            cvc: RwSignal::new(String::new()),
            holder: RwSignal::new(String::new()),
        }
    }

    /// The card as the server takes it, or the fields' problems marked in `errors` (empty fields and an
    /// expiry that is not `MM/YY`; the server checks the number, the date and the code).
    pub fn card(&self, errors: &FormErrors) -> Option<CardDetails> {
        let i18n = use_i18n();
        let number = self.number.get_untracked().trim().to_owned();
        let cvc = self.cvc.get_untracked().trim().to_owned();
        let expiry = parse_expiry(&self.expiry.get_untracked());
        for (path, empty) in [
            ("card.number", number.is_empty()),
            ("card.cvc", cvc.is_empty()),
        ] {
            if empty {
                errors.set_required(path);
            }
        }
        if expiry.is_none() {
            errors.set("card.exp", i18n.t("checkout-card-expiry-invalid"));
        }
        let (exp_month, exp_year) = expiry?;
        if number.is_empty() || cvc.is_empty() {
            return None;
        }
        let holder = self.holder.get_untracked().trim().to_owned();
        Some(CardDetails {
            number,
            exp_month,
            exp_year,
            cvc,
            holder: (!holder.is_empty()).then_some(holder),
        })
    }

    /// Forgets the security code (after a refusal it is typed again, like at any till).
    pub fn clear_cvc(&self) {
        self.cvc.set(String::new());
    }
}

/// `MM/YY`, `MM / YYYY` or `MMYY` → (month, four-digit year).
fn parse_expiry(text: &str) -> Option<(u32, u32)> {
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    let (month, year) = match digits.len() {
        4 => (&digits[..2], format!("20{}", &digits[2..])),
        6 => (&digits[..2], digits[2..].to_owned()),
        _ => return None,
    };
    let month: u32 = month.parse().ok()?;
    let year: u32 = year.parse().ok()?;
    (1..=12).contains(&month).then_some((month, year))
}

/// Card number, expiry, security code and name on the card, with the browser's card autofill. The
/// sandbox's test cards are named beside it, since no real card is ever accepted here.
#[component]
pub fn CardForm(
    /// The fields.
    fields: CardFields,
    /// Where refusals are shown (paths `card.number`, `card.exp`, `card.cvc`, `card.holder`).
    errors: FormErrors,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="cv-card-form">
            <p class="cv-form__hint">{i18n.t("checkout-sandbox-cards")}</p>
            <TextField
                id="card.number"
                label=i18n.t("checkout-card-number")
                value=fields.number
                error=errors.field("card.number")
                autocomplete="cc-number"
                inputmode="numeric"
                required=true
            />
            <div class="cv-card-form__row">
                <TextField
                    id="card.exp"
                    label=i18n.t("checkout-card-expiry")
                    value=fields.expiry
                    error=errors.field("card.exp")
                    autocomplete="cc-exp"
                    inputmode="numeric"
                    hint=i18n.t("checkout-card-expiry-hint")
                    required=true
                />
                <TextField
                    id="card.cvc"
                    label=i18n.t("checkout-card-cvc")
                    value=fields.cvc
                    error=errors.field("card.cvc")
                    autocomplete="cc-csc"
                    inputmode="numeric"
                    hint=i18n.t("checkout-card-cvc-hint")
                    required=true
                />
            </div>
            <TextField
                id="card.holder"
                label=i18n.t("checkout-card-holder")
                value=fields.holder
                error=errors.field("card.holder")
                autocomplete="cc-name"
            />
        </div>
    }
}

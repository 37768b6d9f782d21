use crate::{
    api,
    checkout::{
        address_book,
        address_format::{self, AddressFormat, PostalKind, RegionKind},
    },
    components::{
        cart::CountrySelect,
        forms::{FormErrors, TextField, draft_field},
    },
    contexts::{I18n, use_i18n, use_shopper},
};
use caravan_i18n::Arg;
use caravan_types::{account::SavedAddress, api::FieldError, order::ShippingAddress};
use leptos::prelude::*;

/// The localStorage keys an address form keeps its drafts under: name, line 1, line 2, city, region,
/// postal code, phone.
pub type DraftKeys = [&'static str; 7];

/// Checkout's drafts.
const CHECKOUT_DRAFTS: &DraftKeys = &[
    "caravan.draft.address.name",
    "caravan.draft.address.line1",
    "caravan.draft.address.line2",
    "caravan.draft.address.city",
    "caravan.draft.address.region",
    "caravan.draft.address.postal_code",
    "caravan.draft.address.phone",
];

/// An address being typed. Every field is a draft (a reload keeps it).
#[derive(Clone, Copy)]
pub struct AddressFields {
    name: RwSignal<String>,
    line1: RwSignal<String>,
    line2: RwSignal<String>,
    city: RwSignal<String>,
    region: RwSignal<String>,
    postal_code: RwSignal<String>,
    phone: RwSignal<String>,
    /// The country's ISO code (at checkout: the destination of the whole order).
    pub country: RwSignal<String>,
}

impl AddressFields {
    /// Checkout's drafts, or `country` for a first visit.
    pub fn new(country: String) -> Self {
        Self::drafted(CHECKOUT_DRAFTS, RwSignal::new(country))
    }

    /// Fields kept as drafts under `keys`, in `country`.
    pub fn drafted(keys: &'static DraftKeys, country: RwSignal<String>) -> Self {
        Self {
            name: draft_field(keys[0]),
            line1: draft_field(keys[1]),
            line2: draft_field(keys[2]),
            city: draft_field(keys[3]),
            region: draft_field(keys[4]),
            postal_code: draft_field(keys[5]),
            phone: draft_field(keys[6]),
            country,
        }
    }

    /// Whether nothing has been typed yet.
    pub fn is_blank(&self) -> bool {
        [self.name, self.line1, self.city]
            .iter()
            .all(|f| f.with_untracked(|v| v.trim().is_empty()))
    }

    /// Fills the fields with a saved address.
    pub fn fill(&self, address: &ShippingAddress) {
        self.name.set(address.name.clone());
        self.line1.set(address.line1.clone());
        self.line2.set(address.line2.clone().unwrap_or_default());
        self.city.set(address.city.clone());
        self.region.set(address.region.clone().unwrap_or_default());
        self.postal_code.set(address.postal_code.clone());
        self.phone.set(address.phone.clone().unwrap_or_default());
        self.country.set(address.country.clone());
    }

    /// Empties the fields (the country stays).
    pub fn clear(&self) {
        for field in [
            self.name,
            self.line1,
            self.line2,
            self.city,
            self.region,
            self.postal_code,
            self.phone,
        ] {
            field.set(String::new());
        }
    }

    /// The address as typed (trimmed; empty optional fields left out), tracked.
    pub fn value(&self) -> ShippingAddress {
        let text = |f: RwSignal<String>| f.get().trim().to_owned();
        let optional = |f: RwSignal<String>| Some(text(f)).filter(|v| !v.is_empty());
        let country = self.country.get();
        let has_postal = AddressFormat::of(&country).postal.is_some();
        ShippingAddress {
            name: text(self.name),
            line1: text(self.line1),
            line2: optional(self.line2),
            city: text(self.city),
            region: optional(self.region),
            postal_code: if has_postal {
                text(self.postal_code)
            } else {
                String::new()
            },
            country,
            phone: optional(self.phone),
        }
    }

    /// Marks in `errors` what the country's address needs and is missing or malformed, by the same rules
    /// the server saves addresses by (`caravan_types::address::problems`); true when fine.
    pub fn check(&self, errors: &FormErrors) -> bool {
        let i18n = use_i18n();
        let address = untrack(|| self.value());
        let problems = address_format::problems(&address, "address.");
        for problem in &problems {
            errors.set(
                &problem.path,
                address_problem_text(i18n, problem, &address.country),
            );
        }
        problems.is_empty()
    }
}

/// An address problem (the shared check's or the server's) in the buyer's words; a postal code of the
/// wrong shape names the country's example.
fn address_problem_text(i18n: I18n, problem: &FieldError, country: &str) -> String {
    match problem.code.as_str() {
        "required" => i18n.t("field-error-required"),
        "postal_code_format" => {
            let example = AddressFormat::of(country).postal_example;
            if example.is_empty() {
                i18n.t("address-postal-code-none")
            } else {
                i18n.t_args(
                    "checkout-postal-code-invalid",
                    &[("example", Arg::from(example))],
                )
            }
        }
        "invalid_country" => i18n.t("address-country-invalid"),
        _ => i18n.t("field-error-invalid"),
    }
}

/// Shows the server's refusal of an address: each `address.*` problem at its field in the words of
/// [`address_problem_text`], the error's meaning for the whole form.
pub fn show_address_refusal(errors: &FormErrors, error: &api::Error, country: &str) {
    errors.show(error);
    if let api::Error::Server { fields, .. } = error {
        let i18n = use_i18n();
        for field in fields.iter().filter(|f| f.path.starts_with("address.")) {
            errors.set(&field.path, address_problem_text(i18n, field, country));
        }
    }
}

/// The address fields, shaped by the country: what the region and the postal code are called, whether
/// they are needed, the postal code's example.
#[component]
pub fn AddressInputs(
    /// The fields.
    fields: AddressFields,
    /// Where problems are shown.
    errors: FormErrors,
    /// Runs when the buyer chooses another country.
    #[prop(optional)]
    on_country: Option<Callback<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let format = Memo::new(move |_| AddressFormat::of(&fields.country.get()));
    let region_label = move || match format.get().region {
        RegionKind::State => i18n.t("address-state"),
        RegionKind::Province => i18n.t("address-province"),
        RegionKind::Prefecture => i18n.t("address-prefecture"),
        RegionKind::County => i18n.t("address-county"),
        RegionKind::Region => i18n.t("address-region"),
    };
    let postal_label = move |kind: PostalKind| match kind {
        PostalKind::Zip => i18n.t("address-zip"),
        PostalKind::Postcode => i18n.t("address-postcode"),
        PostalKind::Cep => i18n.t("address-cep"),
        PostalKind::Pin => i18n.t("address-pin"),
        PostalKind::PostalCode => i18n.t("address-postal-code"),
    };
    let optional = move |label: String, required: bool| {
        if required {
            label
        } else {
            i18n.t_args("address-optional", &[("field", Arg::from(label))])
        }
    };
    let country_select = match on_country {
        Some(on_change) => view! {
            <CountrySelect id="address.country" label=i18n.t("address-country") value=fields.country on_change />
        }
        .into_any(),
        None => view! {
            <CountrySelect id="address.country" label=i18n.t("address-country") value=fields.country />
        }
        .into_any(),
    };
    view! {
        {country_select}
        <p class="cv-form__error" id="address.country-error">{move || errors.field("address.country").get()}</p>
        <TextField id="address.name" label=i18n.t("address-name") value=fields.name
            error=errors.field("address.name") autocomplete="name" required=true />
        <TextField id="address.line1" label=i18n.t("address-line1") value=fields.line1
            error=errors.field("address.line1") autocomplete="address-line1" required=true />
        <TextField id="address.line2" label=optional(i18n.t("address-line2"), false) value=fields.line2
            error=errors.field("address.line2") autocomplete="address-line2" />
        <TextField id="address.city" label=i18n.t("address-city") value=fields.city
            error=errors.field("address.city") autocomplete="address-level2" required=true />
        // The country decides the next two fields' names, whether they are needed, and whether there
        // is a postal code at all; what was typed stays in the signals while they are redrawn.
        {move || {
            let format = format.get();
            let region = view! {
                <TextField id="address.region" label=optional(region_label(), format.region_required)
                    value=fields.region error=errors.field("address.region")
                    autocomplete="address-level1" required=format.region_required />
            };
            let postal = format.postal.map(|kind| {
                let required = !format.postal_pattern.is_empty();
                let label = optional(postal_label(kind), required);
                let error = errors.field("address.postal_code");
                if format.postal_example.is_empty() {
                    view! {
                        <TextField id="address.postal_code" label value=fields.postal_code error
                            autocomplete="postal-code" required />
                    }
                    .into_any()
                } else {
                    let hint = i18n.t_args("address-example", &[("example", Arg::from(format.postal_example))]);
                    view! {
                        <TextField id="address.postal_code" label value=fields.postal_code error
                            autocomplete="postal-code" hint required />
                    }
                    .into_any()
                }
            });
            view! { {region} {postal} }
        }}
        <TextField id="address.phone" label=optional(i18n.t("address-phone"), false) value=fields.phone
            error=errors.field("address.phone") kind="tel" autocomplete="tel"
            hint=i18n.t("address-phone-hint") />
    }
}

/// Checkout's delivery address: a saved one to pick (the account's address book when signed in, and those
/// kept in this browser), or the fields. Changing the country changes the destination the cart is priced
/// for.
#[component]
pub fn AddressForm(
    /// The fields.
    fields: AddressFields,
    /// Where problems are shown.
    errors: FormErrors,
) -> impl IntoView {
    let i18n = use_i18n();
    let shopper = use_shopper();
    let on_this_device = RwSignal::new(address_book::addresses());
    let signed_in = Memo::new(move |_| shopper.name().is_some());
    // The account's book, asked again when the buyer signs in at step 1. Signed out: none, and no request.
    let account_book = LocalResource::new(move || {
        let signed_in = signed_in.get();
        async move {
            if !signed_in {
                return Vec::new();
            }
            match api::account::addresses().await {
                Ok(book) => book.items,
                Err(error) => {
                    leptos::logging::warn!("address book not loaded: {error}");
                    Vec::new()
                }
            }
        }
    });
    let in_account = Memo::new(move |_| account_book.get().unwrap_or_default());
    // A first visit starts from the account's default, else the newest address of this browser; never
    // over anything the buyer did meanwhile (typed, or chose a country while the book was loading).
    let untouched = untrack(|| fields.value());
    Effect::new(move |_| {
        // Waits for the account's answer (or "signed out"), so its default wins over this browser's.
        let Some(account) = account_book.get() else {
            return;
        };
        let account: Vec<SavedAddress> = account;
        if !fields.is_blank() || untrack(|| fields.value()) != untouched {
            return;
        }
        if let Some(default) = account.iter().find(|a| a.is_default) {
            fields.fill(&default.address);
        } else if let Some(newest) = on_this_device.get_untracked().first() {
            fields.fill(newest);
        }
    });
    let saved_list = move || {
        let account = in_account.get();
        // What this browser kept and the account does not have yet (checkout saves it there once used).
        let device: Vec<ShippingAddress> = on_this_device
            .get()
            .into_iter()
            .filter(|a| !account.iter().any(|s| &s.address == a))
            .collect();
        if account.is_empty() && device.is_empty() {
            return None;
        }
        let account_choices = account.into_iter().map(|saved| {
            let label = address_book::summary(&saved.address);
            let chosen = saved.address;
            let default = saved.is_default.then(|| {
                view! { <span class="cv-badge">{i18n.t("address-default")}</span> }
            });
            view! {
                <div class="cv-address__choice">
                    <button type="button" class="cv-button--secondary cv-address__use" on:click=move |_| fields.fill(&chosen)>
                        {label}
                    </button>
                    {default}
                </div>
            }
        });
        let device_choices = device.into_iter().map(|address| {
            let label = address_book::summary(&address);
            let chosen = address.clone();
            let forgotten = address.clone();
            let forget_label =
                i18n.t_args("address-forget", &[("address", Arg::from(label.clone()))]);
            view! {
                <div class="cv-address__choice">
                    <button type="button" class="cv-button--secondary cv-address__use" on:click=move |_| fields.fill(&chosen)>
                        {label}
                    </button>
                    <button
                        type="button"
                        class="cv-link-button"
                        aria-label=forget_label
                        on:click=move |_| {
                            address_book::forget(&forgotten);
                            on_this_device.set(address_book::addresses());
                        }
                    >
                        "×"
                    </button>
                </div>
            }
        });
        Some(view! {
            <fieldset class="cv-form__choices cv-address__saved">
                <legend class="cv-form__label">{i18n.t("address-saved")}</legend>
                {account_choices.collect_view()}
                {device_choices.collect_view()}
            </fieldset>
        })
    };
    view! {
        <div class="cv-form cv-address">
            {saved_list}
            <AddressInputs
                fields
                errors
                on_country=Callback::new(|code: String| crate::cart::save_destination(&code))
            />
        </div>
    }
}

use crate::{
    checkout::{
        address_book,
        address_format::{AddressFormat, PostalKind, RegionKind},
    },
    components::{
        cart::CountrySelect,
        forms::{FormErrors, TextField, draft_field},
    },
    contexts::use_i18n,
};
use caravan_i18n::Arg;
use caravan_types::order::ShippingAddress;
use leptos::prelude::*;

/// The address being typed at checkout. Every field is a draft (a reload keeps it); the country starts
/// as the cart's destination.
#[derive(Clone, Copy)]
pub struct AddressFields {
    name: RwSignal<String>,
    line1: RwSignal<String>,
    line2: RwSignal<String>,
    city: RwSignal<String>,
    region: RwSignal<String>,
    postal_code: RwSignal<String>,
    phone: RwSignal<String>,
    /// The country's ISO code: the destination of the whole order.
    pub country: RwSignal<String>,
}

impl AddressFields {
    /// The drafts, or `country` for a first visit.
    pub fn new(country: String) -> Self {
        Self {
            name: draft_field("caravan.draft.address.name"),
            line1: draft_field("caravan.draft.address.line1"),
            line2: draft_field("caravan.draft.address.line2"),
            city: draft_field("caravan.draft.address.city"),
            region: draft_field("caravan.draft.address.region"),
            postal_code: draft_field("caravan.draft.address.postal_code"),
            phone: draft_field("caravan.draft.address.phone"),
            country: RwSignal::new(country),
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

    /// Marks in `errors` what the country's address needs and is missing or malformed; true when fine.
    pub fn check(&self, errors: &FormErrors) -> bool {
        let i18n = use_i18n();
        let address = untrack(|| self.value());
        let format = AddressFormat::of(&address.country);
        let mut fine = true;
        let required = [
            ("address.name", address.name.is_empty()),
            ("address.line1", address.line1.is_empty()),
            ("address.city", address.city.is_empty()),
            (
                "address.region",
                format.region_required && address.region.is_none(),
            ),
            (
                "address.postal_code",
                format.postal.is_some()
                    && address.postal_code.is_empty()
                    && !format.postal_pattern.is_empty(),
            ),
        ];
        for (path, missing) in required {
            if missing {
                errors.set_required(path);
                fine = false;
            }
        }
        if !address.postal_code.is_empty() && !format.postal_code_fits(&address.postal_code) {
            errors.set(
                "address.postal_code",
                i18n.t_args(
                    "checkout-postal-code-invalid",
                    &[("example", Arg::from(format.postal_example))],
                ),
            );
            fine = false;
        }
        fine
    }
}

/// The delivery address: a saved one to pick, or the fields, shaped by the country (what the region and
/// the postal code are called, whether they are needed, the postal code's example). Changing the country
/// changes the destination the cart is priced for.
#[component]
pub fn AddressForm(
    /// The fields.
    fields: AddressFields,
    /// Where problems are shown.
    errors: FormErrors,
) -> impl IntoView {
    let i18n = use_i18n();
    let saved = RwSignal::new(address_book::addresses());
    // A first visit with a saved address starts from the newest one.
    if fields.is_blank()
        && let Some(newest) = saved.get_untracked().first()
    {
        fields.fill(newest);
    }
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
    let saved_list = move || {
        let list = saved.get();
        (!list.is_empty()).then(|| {
            view! {
                <fieldset class="cv-form__choices cv-address__saved">
                    <legend class="cv-form__label">{i18n.t("address-saved")}</legend>
                    {list.into_iter().map(|address| {
                        let label = address_book::summary(&address);
                        let chosen = address.clone();
                        let forgotten = address.clone();
                        let forget_label = i18n.t_args("address-forget", &[("address", Arg::from(label.clone()))]);
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
                                        saved.set(address_book::addresses());
                                    }
                                >
                                    "×"
                                </button>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
            }
        })
    };
    view! {
        <div class="cv-form cv-address">
            {saved_list}
            <CountrySelect
                id="address.country"
                label=i18n.t("address-country")
                value=fields.country
                on_change=Callback::new(|code: String| crate::cart::save_destination(&code))
            />
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
        </div>
    }
}

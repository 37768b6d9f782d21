//! Variants (LST-13): up to three properties with their values; every combination of values is a SKU with
//! its own code, price, discount price, stock and picture (LST-8, LST-11). Changing the properties keeps
//! the SKUs whose combination still exists.

use super::editor_state::EditorState;
use crate::{
    contexts::use_i18n,
    pages::seller::{
        form_field::{DecimalField, TextField},
        rules_engine::use_rules_engine,
        verdict_list::{FieldVerdicts, field_id},
    },
};
use caravan_i18n::Arg;
use caravan_types::{
    listing::VariantProperty,
    listing_draft::{DraftSku, ListingDraft},
    verdict::Verdict,
};
use leptos::prelude::*;

/// Every combination of the properties' values, in order (one empty combination without properties).
fn combinations(properties: &[VariantProperty]) -> Vec<Vec<String>> {
    let mut combos: Vec<Vec<String>> = vec![Vec::new()];
    for property in properties {
        let mut next = Vec::with_capacity(combos.len() * property.values.len().max(1));
        for combo in &combos {
            for value in &property.values {
                let mut extended = combo.clone();
                extended.push(value.clone());
                next.push(extended);
            }
        }
        combos = next;
    }
    combos
}

/// Rebuilds the SKUs for the draft's properties: existing combinations keep their SKU, new ones start
/// from the first SKU's price and stock.
pub fn regenerate_skus(draft: &mut ListingDraft) {
    let template = draft.skus.first().cloned();
    let combos = combinations(&draft.variant_properties);
    let mut old = std::mem::take(&mut draft.skus);
    draft.skus = combos
        .into_iter()
        .map(|options| {
            if let Some(position) = old.iter().position(|s| s.options == options) {
                return old.remove(position);
            }
            DraftSku {
                code: String::new(),
                options,
                price_minor: template.as_ref().map_or(0, |t| t.price_minor),
                discount_price_minor: None,
                stock: template.as_ref().map_or(0, |t| t.stock),
                image_index: None,
            }
        })
        .collect();
    if draft.skus.is_empty() {
        // A property without values yet: keep one SKU so price and stock stay editable.
        draft.skus.push(template.unwrap_or(DraftSku {
            code: String::new(),
            options: Vec::new(),
            price_minor: 0,
            discount_price_minor: None,
            stock: 0,
            image_index: None,
        }));
    }
}

/// Values typed as a comma-separated list.
fn parse_values(text: &str) -> Vec<String> {
    text.split([',', '，', '、'])
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The properties and the SKU table.
#[component]
pub fn VariantMatrix(
    /// The editor.
    state: EditorState,
    /// Verdicts of the whole form.
    verdicts: Signal<Vec<Verdict>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let rules = use_rules_engine();
    let draft = state.draft;
    let property_count = Memo::new(move |_| draft.with(|d| d.variant_properties.len()));
    let max_properties = move || {
        rules
            .get()
            .map_or(3, |e| e.policy().listing.variant_properties_max as usize)
    };
    let add_property = move |_| {
        draft.update(|d| {
            d.variant_properties.push(VariantProperty {
                name: String::new(),
                values: Vec::new(),
            });
            regenerate_skus(d);
        });
    };
    view! {
        <div class="cv-variant-editor" id=field_id("variant_properties")>
            <h4 class="cv-variant-editor__title">{i18n.t("seller-editor-variants")}</h4>
            <p class="cv-form-field__hint">{i18n.t("seller-editor-variants-hint")}</p>
            <FieldVerdicts verdicts path="variant_properties" />
            {move || (0..property_count.get()).map(|i| view! { <PropertyRow state verdicts index=i /> }).collect_view()}
            <button class="cv-button" type="button" on:click=add_property
                disabled=move || { property_count.get() >= max_properties() }>
                {i18n.t("seller-editor-property-add")}
            </button>
            <SkuTable state verdicts />
        </div>
    }
}

/// One variant property: its name and values.
#[component]
fn PropertyRow(state: EditorState, verdicts: Signal<Vec<Verdict>>, index: usize) -> impl IntoView {
    let i18n = use_i18n();
    let draft = state.draft;
    let values_path = format!("variant_properties[{index}].values");
    let values_id = field_id(&values_path);
    let stored = move || {
        draft.with(|d| {
            d.variant_properties
                .get(index)
                .map(|p| p.values.clone())
                .unwrap_or_default()
        })
    };
    // The box keeps what the seller types ("Red, " while typing the next value); the draft gets the list.
    let (text, set_text) = signal(stored().join(", "));
    Effect::new(move |_| {
        let values = stored();
        if parse_values(&text.get_untracked()) != values {
            set_text.set(values.join(", "));
        }
    });
    let remove = move |_| {
        draft.update(|d| {
            if index < d.variant_properties.len() {
                d.variant_properties.remove(index);
                regenerate_skus(d);
            }
        });
    };
    view! {
        <div class="cv-variant-editor__property">
            <TextField
                label=i18n.t_args("seller-editor-property-name", &[("number", Arg::from(index + 1))])
                path=format!("variant_properties[{index}].name")
                value=Signal::derive(move || draft.with(|d| d.variant_properties.get(index).map(|p| p.name.clone()).unwrap_or_default()))
                on_input=Callback::new(move |v| draft.update(|d| if let Some(p) = d.variant_properties.get_mut(index) { p.name = v; }))
                verdicts
            />
            <div class="cv-form-field">
                <label class="cv-form-field__label" for=values_id.clone()>{i18n.t("seller-editor-property-values")}</label>
                <input class="cv-input" id=values_id.clone() name=values_path.clone()
                    aria-describedby=format!("{values_id}-verdicts")
                    prop:value=move || text.get()
                    on:input=move |ev| {
                        let typed = event_target_value(&ev);
                        set_text.set(typed.clone());
                        let values = parse_values(&typed);
                        draft.update(|d| {
                            if let Some(p) = d.variant_properties.get_mut(index)
                                && p.values != values
                            {
                                p.values = values;
                                regenerate_skus(d);
                            }
                        });
                    } />
                <FieldVerdicts verdicts path=values_path.clone() nested=true />
            </div>
            <button class="cv-button cv-button--quiet" type="button" on:click=remove>
                {i18n.t("seller-editor-property-remove")}
            </button>
        </div>
    }
}

/// One row per SKU: the combination, code, price, discount price, stock and picture.
#[component]
fn SkuTable(state: EditorState, verdicts: Signal<Vec<Verdict>>) -> impl IntoView {
    let i18n = use_i18n();
    let draft = state.draft;
    // Rows are drawn again only when the combinations or the currency's decimals change, so typing in a
    // row keeps its focus.
    let shape = Memo::new(move |_| {
        draft.with(|d| {
            (
                d.skus.iter().map(|s| s.options.clone()).collect::<Vec<_>>(),
                d.currency.minor_units(),
            )
        })
    });
    let invalid = i18n.t("seller-number-invalid");
    view! {
        <div class="cv-table-scroll" id=field_id("skus")>
            <FieldVerdicts verdicts path="skus" />
            <table class="cv-table cv-skus">
                <caption class="cv-visually-hidden">{i18n.t("seller-editor-skus")}</caption>
                <thead><tr>
                    <th scope="col">{i18n.t("seller-sku-variant")}</th>
                    <th scope="col">{i18n.t("seller-sku-code")}</th>
                    <th scope="col">{i18n.t("seller-sku-price")}</th>
                    <th scope="col">{i18n.t("seller-sku-discount")}</th>
                    <th scope="col">{i18n.t("seller-sku-stock")}</th>
                    <th scope="col">{i18n.t("seller-sku-image")}</th>
                </tr></thead>
                <tbody>
                    {move || {
                        let (combos, scale) = shape.get();
                        combos.into_iter().enumerate().map(|(i, options)| {
                            let label = if options.is_empty() { i18n.t("seller-sku-single") } else { options.join(" / ") };
                            let row_label = label.clone();
                            let sku = move |f: fn(&DraftSku) -> Option<i64>| Signal::derive(move || draft.with(|d| d.skus.get(i).and_then(f)));
                            let set = move |f: fn(&mut DraftSku, Option<i64>)| Callback::new(move |v: Option<i64>| draft.update(|d| if let Some(s) = d.skus.get_mut(i) { f(s, v); }));
                            let image_path = format!("skus[{i}].image_index");
                            let image_id = field_id(&image_path);
                            view! {
                                <tr>
                                    <th scope="row">
                                        {label}
                                        <FieldVerdicts verdicts path=format!("skus[{i}]") />
                                        <FieldVerdicts verdicts path=format!("skus[{i}].options") nested=true />
                                    </th>
                                    <td><TextField compact=true
                                        label=i18n.t_args("seller-sku-code-of", &[("variant", Arg::from(row_label.clone()))])
                                        path=format!("skus[{i}].code")
                                        value=Signal::derive(move || draft.with(|d| d.skus.get(i).map(|s| s.code.clone()).unwrap_or_default()))
                                        on_input=Callback::new(move |v| draft.update(|d| if let Some(s) = d.skus.get_mut(i) { s.code = v; }))
                                        verdicts /></td>
                                    <td><DecimalField compact=true
                                        label=i18n.t_args("seller-sku-price-of", &[("variant", Arg::from(row_label.clone()))])
                                        path=format!("skus[{i}].price") scale
                                        value=sku(|s| Some(s.price_minor))
                                        on_change=set(|s, v| if let Some(v) = v { s.price_minor = v; })
                                        verdicts invalid_message=invalid.clone() /></td>
                                    <td><DecimalField compact=true optional=true
                                        label=i18n.t_args("seller-sku-discount-of", &[("variant", Arg::from(row_label.clone()))])
                                        path=format!("skus[{i}].discount_price") scale
                                        value=sku(|s| s.discount_price_minor)
                                        on_change=set(|s, v| s.discount_price_minor = v)
                                        verdicts invalid_message=invalid.clone() /></td>
                                    <td><DecimalField compact=true
                                        label=i18n.t_args("seller-sku-stock-of", &[("variant", Arg::from(row_label.clone()))])
                                        path=format!("skus[{i}].stock") scale=0
                                        value=sku(|s| Some(s.stock))
                                        on_change=set(|s, v| if let Some(v) = v { s.stock = v; })
                                        verdicts invalid_message=invalid.clone() /></td>
                                    <td>
                                        <label class="cv-visually-hidden" for=image_id.clone()>
                                            {i18n.t_args("seller-sku-image-of", &[("variant", Arg::from(row_label.clone()))])}
                                        </label>
                                        <select class="cv-input" id=image_id.clone()
                                            prop:value=move || draft.with(|d| d.skus.get(i).and_then(|s| s.image_index).map(|x| x.to_string()).unwrap_or_default())
                                            on:change=move |ev| {
                                                let chosen = event_target_value(&ev).parse::<u16>().ok();
                                                draft.update(|d| if let Some(s) = d.skus.get_mut(i) { s.image_index = chosen; });
                                            }>
                                            <option value="">{i18n.t("seller-sku-image-none")}</option>
                                            {move || (0..draft.with(|d| d.images.len())).map(|n| view! {
                                                <option value=n.to_string()>{i18n.t_args("seller-image-alt", &[("number", Arg::from(n + 1))])}</option>
                                            }).collect_view()}
                                        </select>
                                        <FieldVerdicts verdicts path=image_path />
                                    </td>
                                </tr>
                            }
                        }).collect_view()
                    }}
                </tbody>
            </table>
        </div>
    }
}

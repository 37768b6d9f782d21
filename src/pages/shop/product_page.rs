mod gallery;
mod reviews;
mod shipping_list;

use crate::{
    api,
    cart::{self, Added, CartItem},
    components::{
        common::{ErrorView, Price, Rating},
        forms::QuantityField,
    },
    contexts::{I18n, use_currency, use_i18n, use_shopper},
    money_format::format_money,
    pages::{NotFoundPage, section::open_section},
    routes::AppRoute,
};
use caravan_i18n::Arg;
use caravan_types::{
    ListingId, Money,
    listing::{ListingDetail, Sku},
    promotion::{PromotionKind, SkuDeal},
};
use gallery::Gallery;
use leptos::prelude::*;
use leptos::wasm_split::{SplitLoaderError, wasm_split};
use leptos_router::{
    components::{Route, Routes},
    hooks::use_params_map,
    path,
};
use reviews::Reviews;
use shipping_list::ShippingList;

/// Opens the product page's section: its view, and everything only the view uses, lives in a separate
/// wasm chunk (`split_shop_product_page-<hash>.wasm`) fetched the first time a product page opens.
pub(crate) async fn open_product_page(i18n: I18n) -> AnyView {
    // cart.ftl: the words of buying (quantity, add to cart), shared with the cart page; product.ftl: the
    // page's own words (gallery, stock, shipping, shop, reviews), kept out of the home route's core files.
    open_section(
        i18n,
        &["cart.ftl", "product.ftl"],
        preload_product_page(),
        product_page_view,
    )
    .await
}

/// The split point. `fallible` turns a failed chunk load into `Err` instead of a panic, which would abort the
/// whole app (`#[lazy_route]` / `#[lazy]` in leptos 0.8 do not use it).
#[wasm_split(shop_product_page, wasm_split_path = ::leptos::wasm_split, preload(preload_product_page), fallible)]
fn product_page_view() -> Result<AnyView, SplitLoaderError> {
    Ok(view! {
        <Routes fallback=NotFoundPage>
            <Route path=path!("/p/:id") view=ProductPage />
        </Routes>
    }
    .into_any())
}

/// The product page: gallery, price of the chosen variant, variants, shipping, shop and description.
#[component]
fn ProductPage() -> impl IntoView {
    crate::stylesheets::adopt(concat!(
        include_str!("../../../style/product.css"),
        include_str!("../../../style/quantity.css")
    ));
    let params = use_params_map();
    let id = move || {
        params
            .read()
            .get("id")
            .and_then(|id| id.parse::<i64>().ok())
    };
    // Where the buyer wants it delivered: the shipping options are for that country. Read once here; the
    // shipping list asks for another country's options itself, so a change does not reload the page.
    let destination = RwSignal::new(cart::saved_destination(&use_i18n().locale()));
    let listing = LocalResource::new(move || {
        let id = id();
        let ships_to = destination.get_untracked();
        async move {
            match id {
                Some(id) => api::get_listing(ListingId(id), &ships_to).await,
                None => Err(api::Error::Server {
                    status: 404,
                    code: "not_found".to_owned(),
                    message: "listing not found".to_owned(),
                    fields: Vec::new(),
                    refusal: api::Refusal::default(),
                }),
            }
        }
    });
    let retry = Callback::new(move |()| listing.refetch());
    view! {
        <section class="cv-page cv-product">
            <Suspense fallback=|| view! { <div class="cv-product__skeleton" aria-busy="true"></div> }>
                <ErrorBoundary fallback=move |errors| view! { <ErrorView errors on_retry=retry /> }>
                    {move || Suspend::new(async move {
                        listing.await.map(|detail| view! { <ProductDetail detail destination /> })
                    })}
                </ErrorBoundary>
            </Suspense>
        </section>
    }
}

/// The loaded product.
#[component]
fn ProductDetail(detail: ListingDetail, destination: RwSignal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let detail = StoredValue::new(detail);
    // One chosen value per variant property; the first value of each to start with.
    let (choice, set_choice) = signal(detail.with_value(|d| {
        d.variant_properties
            .iter()
            .map(|p| p.values.first().cloned().unwrap_or_default())
            .collect::<Vec<_>>()
    }));
    let selected_sku = Memo::new(move |_| {
        let chosen = choice.get();
        detail.with_value(|d| d.skus.iter().find(|sku| sku.options == chosen).cloned())
    });
    // A variant with its own picture shows it when chosen.
    let variant_image = Signal::derive(move || {
        selected_sku
            .get()
            .and_then(|sku| sku.image_index)
            .map(usize::from)
    });
    let title = detail.with_value(|d| d.title.clone());
    let breadcrumbs = detail.with_value(|d| d.category_path.clone());
    view! {
        <nav class="cv-breadcrumbs" aria-label=i18n.t("breadcrumbs-label")>
            {breadcrumbs.into_iter().map(|c| view! {
                <a href=format!("/?category={}", c.slug)>{c.name}</a>
            }).collect_view()}
        </nav>
        <div class="cv-product__layout">
            <Gallery
                images=detail.with_value(|d| d.images.clone())
                title=title.clone()
                variant_image
            />
            <div class="cv-product__buy">
                <h1 class="cv-product__title">{title}</h1>
                {detail.with_value(|d| view! { <Rating rating_tenths=d.rating_tenths orders=d.orders /> })}
                <div class="cv-product__price">
                    {move || match selected_sku.get() {
                        Some(sku) => {
                            let (price, original) = detail.with_value(|d| buying_price(d, &sku));
                            view! {
                                {deal_badge(detail, &sku)}
                                <Price price original />
                                <ChargedNote price />
                            }.into_any()
                        }
                        None => view! { <span class="cv-product__unavailable">{i18n.t("product-combination-unavailable")}</span> }.into_any(),
                    }}
                </div>
                <VariantPicker detail choice set_choice />
                <p class="cv-product__stock" aria-live="polite">
                    {move || stock_text(selected_sku.get().as_ref())}
                </p>
                <AddToCart detail sku=selected_sku />
                <ShippingList
                    id=detail.with_value(|d| d.id)
                    options=detail.with_value(|d| d.shipping.clone())
                    destination
                />
                <ShopCard detail />
            </div>
        </div>
        <ProductInfo detail />
        <Reviews id=detail.with_value(|d| d.id) />
    }
}

/// What one unit of `sku` costs now and its crossed-out price: the running deal's price while the deal has
/// units left, else the SKU's own (sale) price. The cart remembers this price, and the server's quote
/// reports it if it changed.
fn buying_price(detail: &ListingDetail, sku: &Sku) -> (Money, Option<Money>) {
    match sku_deal(detail, sku) {
        Some(deal) => (deal.price, Some(deal.original_price)),
        None => (sku.price, sku.original_price),
    }
}

/// The running deal's terms for `sku`, while it has units left.
fn sku_deal<'d>(detail: &'d ListingDetail, sku: &Sku) -> Option<&'d SkuDeal> {
    detail
        .deal
        .as_ref()?
        .skus
        .iter()
        .find(|d| d.sku_id == sku.id && d.stock_left > 0)
}

/// "Flash deal" or "Deal" over the price while one runs for `sku`.
fn deal_badge(detail: StoredValue<ListingDetail>, sku: &Sku) -> Option<impl IntoView + use<>> {
    let i18n = use_i18n();
    let flash = detail.with_value(|d| {
        sku_deal(d, sku)?;
        d.deal
            .as_ref()
            .map(|deal| deal.kind == PromotionKind::FlashDeal)
    })?;
    let label = if flash {
        i18n.t("product-flash-deal")
    } else {
        i18n.t("product-deal")
    };
    Some(view! { <span class="cv-deal">{label}</span> })
}

/// Quantity and "Add to cart" for the chosen variant. The cart keeps the variant, the quantity and the price
/// shown; adding a variant already in the cart adds units, never beyond the stock.
#[component]
fn AddToCart(detail: StoredValue<ListingDetail>, sku: Memo<Option<Sku>>) -> impl IntoView {
    let i18n = use_i18n();
    let shopper = use_shopper();
    let (quantity, set_quantity) = signal(1_i64);
    let (added, set_added) = signal(None::<Added>);
    let stock = move || sku.get().map_or(0, |s| i64::from(s.stock));
    // Another variant: start again from one unit, and forget the last confirmation.
    Effect::new(move |_| {
        sku.track();
        set_quantity.set(1);
        set_added.set(None);
    });
    let add = move |_| {
        let Some(sku) = sku.get_untracked() else {
            return;
        };
        let item = detail.with_value(|d| CartItem {
            listing_id: d.id,
            sku_id: sku.id,
            quantity: quantity.get_untracked(),
            title: d.title.clone(),
            sku_label: sku.options.join(" / "),
            image_url: sku
                .image_index
                .and_then(|i| d.images.get(usize::from(i)))
                .or_else(|| d.images.first())
                .map(|img| img.thumb_url.clone()),
            shop_id: d.shop.id,
            shop_name: d.shop.name.clone(),
            unit_price: buying_price(d, &sku).0,
            stock: i64::from(sku.stock),
            shipping_class: None,
        });
        set_added.set(Some(cart::add(shopper, item)));
    };
    let confirmation = move || {
        added.get().map(|added| match added {
            Added::Units(units) => view! {
                {i18n.t_args("product-added", &[("count", Arg::from(units))])}
                <a href=AppRoute::Cart.path()>{i18n.t("product-view-cart")}</a>
            }
            .into_any(),
            Added::CartFull => i18n.t("product-cart-full").into_any(),
        })
    };
    view! {
        <div class="cv-buy">
            <label class="cv-buy__label" for="cv-buy-quantity">{i18n.t("product-quantity")}</label>
            <QuantityField
                id="cv-buy-quantity".to_owned()
                label=i18n.t("product-quantity")
                value=quantity
                max=Signal::derive(move || cart::max_quantity(stock()))
                on_change=Callback::new(move |q| set_quantity.set(q))
            />
            <button class="cv-button cv-buy__add" type="button" disabled=move || stock() == 0 on:click=add>
                {i18n.t("product-add-to-cart")}
            </button>
            <p class="cv-buy__added" role="status">{confirmation}</p>
        </div>
    }
}

fn stock_text(sku: Option<&Sku>) -> String {
    let i18n = use_i18n();
    match sku {
        Some(sku) if sku.stock > 0 => {
            i18n.t_args("product-in-stock", &[("count", Arg::from(sku.stock))])
        }
        _ => i18n.t("product-out-of-stock"),
    }
}

/// One group of buttons per variant property (colour, size); the chosen value is pressed.
#[component]
fn VariantPicker(
    detail: StoredValue<ListingDetail>,
    choice: ReadSignal<Vec<String>>,
    set_choice: WriteSignal<Vec<String>>,
) -> impl IntoView {
    let properties = detail.with_value(|d| d.variant_properties.clone());
    properties
        .into_iter()
        .enumerate()
        .map(|(index, property)| {
            let name = property.name.clone();
            view! {
                <fieldset class="cv-variants">
                    <legend class="cv-variants__name">
                        {name}": "
                        <strong>{move || choice.get().get(index).cloned().unwrap_or_default()}</strong>
                    </legend>
                    <div class="cv-variants__values">
                        {property.values.into_iter().map(|value| {
                            let pressed_value = value.clone();
                            let chosen_value = value.clone();
                            view! {
                                <button
                                    type="button"
                                    class="cv-chip"
                                    aria-pressed=move || (choice.get().get(index) == Some(&pressed_value)).to_string()
                                    on:click=move |_| set_choice.update(|c| {
                                        if let Some(slot) = c.get_mut(index) {
                                            slot.clone_from(&chosen_value);
                                        }
                                    })
                                >
                                    {value}
                                </button>
                            }
                        }).collect_view()}
                    </div>
                </fieldset>
            }
        })
        .collect_view()
}

/// What the buyer is actually charged, shown while prices appear converted into another currency.
#[component]
fn ChargedNote(
    /// The price in the settlement currency.
    price: Money,
) -> impl IntoView {
    let i18n = use_i18n();
    let currency = use_currency();
    let locale = i18n.locale();
    move || {
        let shown = currency.show(price, &locale);
        let date = currency.rates_date();
        shown.approximate.then(|| {
            let charged = i18n.t_args(
                "product-charged-in",
                &[
                    ("currency", Arg::from(price.currency.code())),
                    ("amount", Arg::from(format_money(price, &locale))),
                ],
            );
            let rate =
                date.map(|date| i18n.t_args("product-converted-at", &[("date", Arg::from(date))]));
            view! {
                <p class="cv-product__charged">
                    {charged}
                    {rate.map(|rate| view! { " " <span class="cv-product__rate">{rate}</span> })}
                </p>
            }
        })
    }
}

/// The shop behind the listing and its return policy (ORD-5).
#[component]
fn ShopCard(detail: StoredValue<ListingDetail>) -> impl IntoView {
    let i18n = use_i18n();
    let shop = detail.with_value(|d| d.shop.clone());
    view! {
        <section class="cv-shop-card" aria-labelledby="cv-shop-title">
            <h2 id="cv-shop-title" class="cv-subtitle">{shop.name}</h2>
            <p class="cv-shop-card__country">{i18n.t_args("shop-ships-from", &[("country", Arg::from(shop.country))])}</p>
            <h3 class="cv-shop-card__policy-title">{i18n.t("shop-return-policy")}</h3>
            <p class="cv-shop-card__policy">{shop.return_policy}</p>
        </section>
    }
}

/// Specification attributes and the description.
#[component]
fn ProductInfo(detail: StoredValue<ListingDetail>) -> impl IntoView {
    let i18n = use_i18n();
    let (attributes, description) =
        detail.with_value(|d| (d.attributes.clone(), d.description.clone()));
    view! {
        <section class="cv-product__info">
            <h2 class="cv-subtitle">{i18n.t("product-specifications")}</h2>
            <dl class="cv-specs">
                {attributes.into_iter().map(|a| view! { <dt>{a.name}</dt><dd>{a.value}</dd> }).collect_view()}
            </dl>
            <h2 class="cv-subtitle">{i18n.t("product-description")}</h2>
            // Sanitised by the server's rule engine when the listing was published (LST-15), and the CSP
            // blocks any script that could slip through.
            <div class="cv-product__description" inner_html=description></div>
        </section>
    }
}

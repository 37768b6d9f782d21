use crate::{
    cart::{self, CartItem},
    components::{
        cart::{CountrySelect, TotalsBlock, problem_text},
        forms::{QuantityField, error_text},
    },
    contexts::{Shopper, use_currency, use_i18n, use_shopper},
    countries::CountryNames,
    routes::AppRoute,
};
use caravan_i18n::Arg;
use caravan_types::{
    Money, ShopId,
    order::{LineProblemCode, Quote, QuoteLine},
};
use leptos::prelude::*;

/// `/cart`: the cart grouped by shop, with quantities, removal and the server's prices for the destination
/// (ORD-1): a changed price or stock shows at its line with the way to accept it. The stored cart draws at
/// once and offline; the quote follows.
#[component]
pub fn CartPage() -> impl IntoView {
    let i18n = use_i18n();
    let shopper = use_shopper();
    let currency = use_currency();
    let items = Memo::new(move |_| cart::items(shopper));
    let destination = RwSignal::new(cart::saved_destination(&i18n.locale()));
    let quote = cart::quote_resource(items, destination.into(), currency);
    // The latest quote that matches the cart as it is; kept while a new one loads, so nothing flickers.
    let latest = Memo::new(move |_| quote.get().and_then(Result::ok).flatten());
    let failed = move || quote.get().and_then(|r| r.err());
    let empty = Memo::new(move |_| items.read().is_empty());
    let title = move || {
        let units: i64 = items.read().iter().map(|i| i.quantity).sum();
        i18n.t_args("cart-title", &[("count", Arg::from(units))])
    };
    view! {
        <div class="cv-cart">
            <h1 class="cv-cart__title">{title}</h1>
            // Only emptiness redraws the page; the lines follow their own changes.
            {move || if empty.get() {
                view! { <EmptyCart /> }.into_any()
            } else {
                view! {
                    <div class="cv-cart__layout">
                        <div class="cv-cart__main">
                            <div class="cv-cart__destination">
                                <CountrySelect
                                    id="cv-destination"
                                    label=i18n.t("cart-deliver-to")
                                    value=destination
                                    on_change=Callback::new(|code: String| cart::save_destination(&code))
                                />
                            </div>
                            {move || failed().map(|error| view! {
                                <p class="cv-notice cv-cart__offline" role="status">
                                    <span>{i18n.t("cart-quote-failed")}" "{error_text(i18n, &error)}</span>
                                    <button type="button" class="cv-notice__dismiss" on:click=move |_| quote.refetch()>
                                        {i18n.t("action-retry")}
                                    </button>
                                </p>
                            })}
                            <ShopGroups items latest destination shopper />
                        </div>
                        <CartSummary items latest />
                    </div>
                }.into_any()
            }}
        </div>
    }
}

/// Nothing in the cart yet.
#[component]
fn EmptyCart() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="cv-panel cv-cart__empty">
            <p>{i18n.t("cart-empty")}</p>
            <a class="cv-button" href=AppRoute::Home.path()>{i18n.t("cart-continue")}</a>
        </div>
    }
}

/// The cart's lines grouped by shop, in the order each shop's first line was added.
#[component]
fn ShopGroups(
    items: Memo<Vec<CartItem>>,
    latest: Memo<Option<Quote>>,
    destination: RwSignal<String>,
    shopper: Shopper,
) -> impl IntoView {
    let shops = Memo::new(move |_| {
        let mut shops: Vec<(ShopId, String)> = Vec::new();
        for item in items.read().iter() {
            if !shops.iter().any(|(id, _)| *id == item.shop_id) {
                shops.push((item.shop_id, item.shop_name.clone()));
            }
        }
        shops
    });
    let group = move |(shop_id, shop_name): (ShopId, String)| {
        let lines = move || {
            items
                .get()
                .into_iter()
                .enumerate()
                .filter(move |(_, i)| i.shop_id == shop_id)
                .collect::<Vec<_>>()
        };
        let label = shop_name.clone();
        view! {
            <section class="cv-panel cv-cart__shop" aria-label=label>
                <h2 class="cv-panel__title">{shop_name}</h2>
                <ul class="cv-cart__lines">
                    // Keyed by variant only: a row follows its line's changes in place, so the button the
                    // buyer just pressed keeps the focus.
                    <For each=lines key=|(_, item)| item.sku_id let((_, item))>
                        <CartRow item items latest destination shopper />
                    </For>
                </ul>
            </section>
        }
    };
    view! { <For each=move || shops.get() key=|(id, _)| *id children=group /> }
}

/// The quote's line for the cart line at `index`, if the quote has it.
fn quote_line(quote: &Option<Quote>, index: usize) -> Option<QuoteLine> {
    quote
        .as_ref()?
        .shops
        .iter()
        .flat_map(|shop| shop.lines.iter())
        .find(|line| line.index as usize == index)
        .cloned()
}

/// One cart line: picture, title, variant, price, quantity, removal, and what the server says is wrong.
#[component]
fn CartRow(
    /// The line as first drawn: its title, picture and variant do not change.
    item: CartItem,
    /// The whole cart, for this line's quantity, price and stock as they change.
    items: Memo<Vec<CartItem>>,
    latest: Memo<Option<Quote>>,
    destination: RwSignal<String>,
    shopper: Shopper,
) -> impl IntoView {
    let i18n = use_i18n();
    let currency = use_currency();
    let locale = i18n.locale();
    let sku = item.sku_id;
    // The line now, and its position (the quote numbers lines by position).
    let current = Memo::new(move |_| {
        items.with(|all| {
            let index = all.iter().position(|i| i.sku_id == sku)?;
            Some((index, all[index].clone()))
        })
    });
    let line = Signal::derive(move || {
        let (index, _) = current.get()?;
        quote_line(&latest.read(), index)
    });
    let first = item.clone();
    let stored = move || current.get().map_or_else(|| first.clone(), |(_, i)| i);
    // What one unit costs: the server's figure once quoted, else the price seen when adding.
    let unit_price = {
        let stored = stored.clone();
        move || {
            line.get()
                .map_or_else(|| stored().unit_price, |l| l.final_unit_price)
        }
    };
    let stock = {
        let stored = stored.clone();
        move || line.get().map_or_else(|| stored().stock, |l| l.available)
    };
    let quantity = Signal::derive(move || stored().quantity);
    let show = {
        let locale = locale.clone();
        move |money: Money| {
            let shown = currency.show(money, &locale);
            if shown.approximate {
                format!("≈\u{a0}{}", shown.text)
            } else {
                shown.text
            }
        }
    };
    let line_total = {
        let show = show.clone();
        let unit_price = unit_price.clone();
        move || {
            let price = unit_price();
            show(Money::new(price.minor * quantity.get(), price.currency))
        }
    };
    let unit_text = {
        let show = show.clone();
        move || show(unit_price())
    };
    let problems = move || {
        let country = CountryNames::new(&i18n.locale()).name(&destination.get());
        let show = show.clone();
        line.get().map(|line| {
            line.problems
                .iter()
                .map(|problem| {
                    let text = problem_text(i18n, problem, &country, &show);
                    let fix = problem_fix(i18n, shopper, &line, problem.code);
                    view! { <li class="cv-cart__problem">{text}{fix}</li> }
                })
                .collect_view()
        })
    };
    let quantity_label = i18n.t_args(
        "cart-quantity-of",
        &[("item", Arg::from(item.title.clone()))],
    );
    let remove_label = i18n.t_args(
        "cart-remove-item",
        &[("item", Arg::from(item.title.clone()))],
    );
    let product = AppRoute::Product(item.listing_id).path();
    let variant = (!item.sku_label.is_empty()).then_some(item.sku_label.clone());
    view! {
        <li class="cv-cart__line">
            <img
                class="cv-cart__image"
                src=item.image_url.clone().unwrap_or_default()
                alt=""
                width="72"
                height="72"
                loading="lazy"
            />
            <div class="cv-cart__info">
                <a class="cv-cart__name" href=product>{item.title.clone()}</a>
                {variant.map(|v| view! { <span class="cv-cart__variant">{v}</span> })}
                <span class="cv-cart__unit">{unit_text}</span>
                <ul class="cv-cart__problems" aria-live="polite">{problems}</ul>
            </div>
            <div class="cv-cart__controls">
                <QuantityField
                    id=format!("cv-qty-{sku}")
                    label=quantity_label
                    value=quantity
                    max=Signal::derive(move || cart::max_quantity(stock()))
                    on_change=Callback::new(move |q| cart::set_quantity(shopper, sku, q))
                />
                <span class="cv-cart__total">{line_total}</span>
                <button
                    type="button"
                    class="cv-button--secondary cv-cart__remove"
                    aria-label=remove_label
                    on:click=move |_| cart::remove(shopper, sku)
                >
                    {i18n.t("cart-remove")}
                </button>
            </div>
        </li>
    }
}

/// The one-click fix for a line's problem, when there is one: accept the new price, take the units still
/// in stock, remove what cannot be bought, or go back to the cheapest shipping.
fn problem_fix(
    i18n: crate::contexts::I18n,
    shopper: Shopper,
    line: &QuoteLine,
    code: LineProblemCode,
) -> Option<AnyView> {
    let sku = line.sku_id;
    let price = line.final_unit_price;
    let available = line.available;
    let (label, action): (String, Box<dyn Fn() + Send + Sync>) = match code {
        LineProblemCode::PriceChanged => (
            i18n.t("cart-accept-price"),
            Box::new(move || cart::accept_current(shopper, sku, price, available)),
        ),
        LineProblemCode::QuantityOverStock => (
            i18n.t_args("cart-take-available", &[("count", Arg::from(available))]),
            Box::new(move || cart::accept_current(shopper, sku, price, available)),
        ),
        LineProblemCode::Unavailable
        | LineProblemCode::OutOfStock
        | LineProblemCode::NotShippedToDestination
        | LineProblemCode::OwnListing
        | LineProblemCode::DuplicateLine => (
            i18n.t("cart-remove"),
            Box::new(move || cart::remove(shopper, sku)),
        ),
        LineProblemCode::ShippingClassUnavailable => (
            i18n.t("cart-cheapest-shipping"),
            Box::new(move || cart::reset_shipping(shopper, sku)),
        ),
        LineProblemCode::QuantityOverLimit | LineProblemCode::InvalidQuantity => return None,
    };
    Some(
        view! {
            " "
            <button type="button" class="cv-link-button" on:click=move |_| action()>{label}</button>
        }
        .into_any(),
    )
}

/// The totals the server computed and the way to checkout, open only when every line can be ordered.
#[component]
fn CartSummary(items: Memo<Vec<CartItem>>, latest: Memo<Option<Quote>>) -> impl IntoView {
    let i18n = use_i18n();
    // A quote of an older cart (a quantity just changed) is not shown as the cart's totals.
    let current = move || {
        latest.get().filter(|q| {
            let lines: usize = q.shops.iter().map(|s| s.lines.len()).sum();
            lines == items.read().len()
        })
    };
    view! {
        <aside class="cv-panel cv-cart__summary" aria-labelledby="cv-summary-title">
            <h2 id="cv-summary-title" class="cv-panel__title">{i18n.t("cart-summary")}</h2>
            {move || match current() {
                Some(quote) => {
                    let orderable = quote.orderable;
                    view! {
                        <TotalsBlock totals=quote.totals display=quote.display.clone() />
                        {(!orderable).then(|| view! {
                            <p class="cv-cart__blocked" role="status">{i18n.t("cart-fix-problems")}</p>
                        })}
                        {if orderable {
                            view! {
                                <a class="cv-button cv-cart__checkout" href=AppRoute::Checkout.path()>
                                    {i18n.t("cart-checkout")}
                                </a>
                            }.into_any()
                        } else {
                            view! {
                                <button class="cv-button cv-cart__checkout" type="button" disabled=true>
                                    {i18n.t("cart-checkout")}
                                </button>
                            }.into_any()
                        }}
                    }.into_any()
                }
                None => view! { <p class="cv-account__loading" aria-busy="true">{i18n.t("cart-pricing")}</p> }.into_any(),
            }}
        </aside>
    }
}

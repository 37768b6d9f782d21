//! ORD-1, ORD-4: prices, promotion discounts, shipping and totals of a cart, computed from the database as
//! it is now. The quote endpoint shows the result; placing an order computes it again inside its write
//! transaction and charges exactly that.

use crate::{
    error::{ApiResult, AppError},
    pricing,
};
use caravan_rules::{Engine, order::order_totals};
use caravan_types::{
    Currency, ListingId, Money, Rate, ShopId, SkuId,
    fx::FxRates,
    listing::ShippingOption,
    order::{
        AppliedDiscount, CartLine, DisplayTotals, LineProblem, LineProblemCode, LineShipping,
        MAX_CART_LINES, MAX_LINE_QUANTITY, Quote, QuoteLine, ShopQuote, Totals,
    },
};
use sqlx::{Row, SqliteConnection};
use std::collections::{HashMap, HashSet};

/// Everything is charged in this currency (ORD-4).
pub const SETTLEMENT: Currency = Currency::USD;

/// What a cart is priced for.
#[derive(Debug, Clone, Copy)]
pub struct QuoteInput<'a> {
    /// ISO country code, already validated.
    pub destination: &'a str,
    /// The buyer's display currency, if any.
    pub display_currency: Option<Currency>,
    /// The cart.
    pub lines: &'a [CartLine],
    /// The signed-in buyer, if any (a seller cannot buy from their own shop).
    pub buyer_id: Option<i64>,
}

/// Checks an ISO 3166-1 alpha-2 country code.
pub fn check_country(path: &str, country: &str) -> ApiResult<()> {
    if country.len() == 2 && country.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(())
    } else {
        Err(AppError::bad_field(
            path,
            "invalid_country",
            "use an ISO 3166-1 alpha-2 country code, e.g. DE",
        ))
    }
}

/// Checks the cart's size and the display currency before any pricing.
pub fn check_request(
    lines: &[CartLine],
    display_currency: Option<Currency>,
    rates: Option<&FxRates>,
) -> ApiResult<()> {
    if lines.is_empty() {
        return Err(AppError::bad_field(
            "lines",
            "empty",
            "the cart has no lines",
        ));
    }
    if lines.len() > MAX_CART_LINES {
        return Err(AppError::bad_field(
            "lines",
            "too_many",
            format!("a cart holds at most {MAX_CART_LINES} lines"),
        ));
    }
    if let Some(currency) = display_currency
        && display_rate(rates, currency).is_none()
    {
        return Err(AppError::bad_field(
            "display_currency",
            "unsupported",
            format!("no reference rate for `{}`", currency.code()),
        ));
    }
    Ok(())
}

/// The settlement → display rate and its date (rate 1 for the settlement currency itself).
pub fn display_rate(rates: Option<&FxRates>, currency: Currency) -> Option<(Rate, Option<String>)> {
    if currency == SETTLEMENT {
        return Some((
            Rate {
                base: SETTLEMENT,
                quote: SETTLEMENT,
                micros: 1_000_000,
            },
            rates.map(|r| r.date.clone()),
        ));
    }
    let rates = rates?;
    Some((rates.rate(SETTLEMENT, currency)?, Some(rates.date.clone())))
}

/// `totals` converted at `rate` (ORD-4 rounding: half away from zero, marked approximate).
pub fn display_totals(totals: &Totals, rate: Rate, date: &str) -> ApiResult<DisplayTotals> {
    let convert = |m: Money| {
        caravan_rules::order::display_price(m, rate)
            .map(|d| d.amount)
            .map_err(|e| AppError::Internal(format!("converting {m:?}: {e}")))
    };
    Ok(DisplayTotals {
        currency: rate.quote,
        rate,
        rate_date: date.to_owned(),
        items: convert(totals.items)?,
        discount: convert(totals.discount)?,
        shipping: convert(totals.shipping)?,
        total: convert(totals.total)?,
        approximate: true,
    })
}

/// Zero totals in the settlement currency.
pub fn zero_totals() -> Totals {
    let zero = Money::zero(SETTLEMENT);
    Totals {
        subtotal: zero,
        discount: zero,
        items: zero,
        shipping: zero,
        total: zero,
    }
}

/// `a + b`, field by field.
pub fn add_totals(a: &Totals, b: &Totals) -> ApiResult<Totals> {
    let add = |x: Money, y: Money| {
        x.checked_add(y)
            .map_err(|e| AppError::Internal(format!("adding totals: {e}")))
    };
    Ok(Totals {
        subtotal: add(a.subtotal, b.subtotal)?,
        discount: add(a.discount, b.discount)?,
        items: add(a.items, b.items)?,
        shipping: add(a.shipping, b.shipping)?,
        total: add(a.total, b.total)?,
    })
}

/// Prices a listing amount in the settlement currency: listings priced in another currency are converted
/// at the day's reference rate (commercial rounding), as the buyer is charged in USD.
fn settle(amount: Money, rates: Option<&FxRates>) -> Option<Money> {
    if amount.currency == SETTLEMENT {
        return Some(amount);
    }
    rates?.convert(amount, SETTLEMENT).ok().flatten()
}

fn problem(code: LineProblemCode, message: impl Into<String>) -> LineProblem {
    LineProblem {
        code,
        message: message.into(),
        available: None,
        limit: None,
        expected: None,
        actual: None,
    }
}

/// What the database says about a cart line's SKU.
struct SkuRow {
    shop_id: i64,
    shop_name: String,
    sellable: bool,
    owner_id: i64,
    title: String,
    sku_code: String,
    options: Vec<String>,
    currency: Currency,
    price_minor: i64,
    sale_minor: Option<i64>,
    stock: i64,
    handling_days: i64,
    template_id: Option<i64>,
    image_url: Option<String>,
}

async fn load_sku(
    conn: &mut SqliteConnection,
    listing: ListingId,
    sku: SkuId,
) -> ApiResult<Option<SkuRow>> {
    let row = sqlx::query(
        "SELECT l.shop_id, s.name AS shop_name, s.owner_id,
                (l.status = 'published' AND s.status = 'approved') AS sellable,
                l.title, k.code, k.options, l.currency, k.price_minor, k.discount_price_minor, k.stock,
                l.handling_days, l.shipping_template_id,
                coalesce(
                    (SELECT i.thumb_url FROM listing_images i WHERE i.listing_id = l.id AND i.position = k.image_index),
                    (SELECT i.thumb_url FROM listing_images i WHERE i.listing_id = l.id ORDER BY i.position LIMIT 1)
                ) AS image_url
         FROM skus k
         JOIN listings l ON l.id = k.listing_id
         JOIN shops s ON s.id = l.shop_id
         WHERE k.id = ? AND k.listing_id = ?",
    )
    .bind(sku.0)
    .bind(listing.0)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(row) = row else {
        return Ok(None);
    };
    let currency: String = row.get("currency");
    let options: String = row.get("options");
    Ok(Some(SkuRow {
        shop_id: row.get("shop_id"),
        shop_name: row.get("shop_name"),
        sellable: row.get("sellable"),
        owner_id: row.get("owner_id"),
        title: row.get("title"),
        sku_code: row.get("code"),
        options: serde_json::from_str(&options).unwrap_or_default(),
        currency: currency
            .parse()
            .map_err(|_| AppError::Internal(format!("stored currency `{currency}` is unknown")))?,
        price_minor: row.get("price_minor"),
        sale_minor: row.get("discount_price_minor"),
        stock: row.get("stock"),
        handling_days: row.get("handling_days"),
        template_id: row.get("shipping_template_id"),
        image_url: row.get("image_url"),
    }))
}

/// The template's options that reach `destination`, in the settlement currency, cheapest first.
async fn shipping_options(
    conn: &mut SqliteConnection,
    sku: &SkuRow,
    destination: &str,
    rates: Option<&FxRates>,
) -> ApiResult<Vec<ShippingOption>> {
    let Some(template) = sku.template_id else {
        return Ok(Vec::new());
    };
    let mut options = Vec::new();
    for rate in crate::shipping::rates(conn, template, Some(destination)).await? {
        let Some(cost) = settle(Money::new(rate.cost_minor, sku.currency), rates) else {
            continue;
        };
        options.push(ShippingOption {
            class: rate.class,
            cost,
            min_days: rate.min_days,
            max_days: rate.max_days,
        });
    }
    // One listing has one currency, so converting keeps the order, but rounding can make two costs equal.
    options.sort_by_key(|o| (o.cost.minor, o.min_days, o.class));
    Ok(options)
}

/// Prices `input.lines` at `now`. Lines with problems are listed with their problems and left out of the
/// totals; `orderable` says whether there are none.
pub async fn compute(
    conn: &mut SqliteConnection,
    engine: &Engine,
    rates: Option<&FxRates>,
    input: QuoteInput<'_>,
    now: i64,
) -> ApiResult<Quote> {
    let listing_ids: Vec<ListingId> = {
        let mut seen = HashSet::new();
        input
            .lines
            .iter()
            .map(|l| l.listing_id)
            .filter(|id| seen.insert(*id))
            .collect()
    };
    let discounts = pricing::discounts_for(conn, &listing_ids, now).await?;
    let display = match input.display_currency {
        Some(currency) => Some(display_rate(rates, currency).ok_or_else(|| {
            AppError::bad_field(
                "display_currency",
                "unsupported",
                format!("no reference rate for `{}`", currency.code()),
            )
        })?),
        None => None,
    };

    let mut shops: Vec<ShopQuote> = Vec::new();
    let mut shop_index: HashMap<i64, usize> = HashMap::new();
    let mut seen_skus = HashSet::new();
    let mut shop_standing = HashMap::new();
    let mut orderable = true;
    let mut totals = zero_totals();
    for (index, line) in input.lines.iter().enumerate() {
        let (shop_id, shop_name, mut quoted, mut line_totals) =
            price_line(conn, rates, &discounts, &input, index, line, &mut seen_skus).await?;
        // PEN-1: a shop whose trading is suspended or ended sells nothing (its listings are hidden too).
        if line_totals.is_some()
            && !may_sell(conn, engine, &mut shop_standing, shop_id, now).await?
        {
            quoted.problems.push(problem(
                LineProblemCode::Unavailable,
                "the shop cannot sell at the moment",
            ));
            line_totals = None;
        }
        orderable &= quoted.problems.is_empty();
        let at = *shop_index.entry(shop_id).or_insert_with(|| {
            shops.push(ShopQuote {
                shop_id: ShopId(shop_id),
                shop_name,
                lines: Vec::new(),
                totals: zero_totals(),
                display: None,
            });
            shops.len() - 1
        });
        if let Some(line_totals) = line_totals {
            shops[at].totals = add_totals(&shops[at].totals, &line_totals)?;
            totals = add_totals(&totals, &line_totals)?;
        }
        shops[at].lines.push(quoted);
    }
    let display_of = |t: &Totals| -> ApiResult<Option<DisplayTotals>> {
        match &display {
            Some((rate, date)) => {
                display_totals(t, *rate, date.as_deref().unwrap_or_default()).map(Some)
            }
            None => Ok(None),
        }
    };
    for shop in &mut shops {
        shop.display = display_of(&shop.totals)?;
    }
    Ok(Quote {
        destination: input.destination.to_owned(),
        settlement_currency: SETTLEMENT,
        display: display_of(&totals)?,
        shops,
        totals,
        orderable,
        policy_version: engine.version().to_owned(),
    })
}

/// Whether `shop_id` may sell at `now` (PEN-1), asked once per shop of a cart.
async fn may_sell(
    conn: &mut SqliteConnection,
    engine: &Engine,
    known: &mut HashMap<i64, bool>,
    shop_id: i64,
    now: i64,
) -> ApiResult<bool> {
    if let Some(answer) = known.get(&shop_id) {
        return Ok(*answer);
    }
    let answer = crate::trust::standing::of_shop(conn, engine, shop_id, now)
        .await?
        .can_sell();
    known.insert(shop_id, answer);
    Ok(answer)
}

/// Prices one line: its shop, the priced line, and its totals when it has no problem.
async fn price_line(
    conn: &mut SqliteConnection,
    rates: Option<&FxRates>,
    discounts: &HashMap<ListingId, Vec<pricing::Discount>>,
    input: &QuoteInput<'_>,
    index: usize,
    line: &CartLine,
    seen_skus: &mut HashSet<SkuId>,
) -> ApiResult<(i64, String, QuoteLine, Option<Totals>)> {
    let zero = Money::zero(SETTLEMENT);
    let mut quoted = QuoteLine {
        index: u32::try_from(index).unwrap_or(u32::MAX),
        listing_id: line.listing_id,
        sku_id: line.sku_id,
        sku_code: String::new(),
        title: String::new(),
        sku_label: String::new(),
        image_url: None,
        quantity: line.quantity,
        unit_price: zero,
        original_unit_price: None,
        discount: None,
        final_unit_price: zero,
        items: zero,
        shipping: None,
        shipping_options: Vec::new(),
        total: zero,
        available: 0,
        handling_days: 0,
        problems: Vec::new(),
    };
    let sku = load_sku(conn, line.listing_id, line.sku_id).await?;
    let (Some(sku), true) = (&sku, sku.as_ref().is_some_and(|s| s.sellable)) else {
        quoted.problems.push(problem(
            LineProblemCode::Unavailable,
            "this item is no longer for sale",
        ));
        let (shop_id, shop_name) = sku.map_or((0, String::new()), |s| (s.shop_id, s.shop_name));
        return Ok((shop_id, shop_name, quoted, None));
    };
    if !seen_skus.insert(line.sku_id) {
        quoted.problems.push(problem(
            LineProblemCode::DuplicateLine,
            "this SKU is already on an earlier line; merge the two",
        ));
    }
    quoted.title = sku.title.clone();
    quoted.sku_code = sku.sku_code.clone();
    quoted.sku_label = sku.options.join(" / ");
    quoted.image_url = sku.image_url.clone();
    quoted.available = sku.stock;
    quoted.handling_days = u32::try_from(sku.handling_days).unwrap_or(0);

    let (Some(price), Some(list_price)) = (
        settle(
            Money::new(sku.sale_minor.unwrap_or(sku.price_minor), sku.currency),
            rates,
        ),
        settle(Money::new(sku.price_minor, sku.currency), rates),
    ) else {
        // No rate to charge a foreign-currency listing in USD today.
        quoted.problems.push(problem(
            LineProblemCode::Unavailable,
            "this item cannot be priced in the settlement currency today",
        ));
        return Ok((sku.shop_id, sku.shop_name.clone(), quoted, None));
    };
    quoted.unit_price = price;
    quoted.original_unit_price = sku.sale_minor.map(|_| list_price);

    if input.buyer_id == Some(sku.owner_id) {
        quoted.problems.push(problem(
            LineProblemCode::OwnListing,
            "you cannot buy from your own shop",
        ));
    }
    if line.quantity < 1 {
        quoted.problems.push(problem(
            LineProblemCode::InvalidQuantity,
            "the quantity must be at least 1",
        ));
    } else if line.quantity > MAX_LINE_QUANTITY {
        quoted.problems.push(LineProblem {
            limit: Some(MAX_LINE_QUANTITY),
            ..problem(
                LineProblemCode::QuantityOverLimit,
                format!("at most {MAX_LINE_QUANTITY} units a line"),
            )
        });
    }
    if sku.stock == 0 {
        quoted.problems.push(LineProblem {
            available: Some(0),
            ..problem(LineProblemCode::OutOfStock, "sold out")
        });
    } else if line.quantity > sku.stock {
        quoted.problems.push(LineProblem {
            available: Some(sku.stock),
            ..problem(
                LineProblemCode::QuantityOverStock,
                format!("only {} left", sku.stock),
            )
        });
    }

    let quantity = line.quantity.clamp(1, MAX_LINE_QUANTITY);
    let discount = pricing::best_discount(
        discounts.get(&line.listing_id),
        line.sku_id,
        quantity,
        price,
    );
    let per_unit_off = discount.map_or(zero, |d| d.per_unit);
    let final_unit = Money::new(price.minor - per_unit_off.minor, SETTLEMENT);
    quoted.final_unit_price = final_unit;
    if let Some(d) = discount {
        quoted.discount = Some(AppliedDiscount {
            promotion_id: d.promotion_id,
            label: d.label.clone(),
            per_unit: d.per_unit,
            total: d
                .per_unit
                .checked_mul(quantity)
                .map_err(|e| AppError::Internal(e.to_string()))?,
        });
    }
    if let Some(expected) = line.expected_unit_price
        && expected != final_unit
    {
        quoted.problems.push(LineProblem {
            expected: Some(expected),
            actual: Some(final_unit),
            ..problem(
                LineProblemCode::PriceChanged,
                format!(
                    "the price is now {} {} (was {} {})",
                    final_unit.to_decimal_string(),
                    final_unit.currency.code(),
                    expected.to_decimal_string(),
                    expected.currency.code()
                ),
            )
        });
    }

    quoted.shipping_options = shipping_options(conn, sku, input.destination, rates).await?;
    let chosen = match line.shipping_class {
        Some(class) => quoted.shipping_options.iter().find(|o| o.class == class),
        None => quoted.shipping_options.first(),
    };
    match chosen {
        Some(option) => {
            quoted.shipping = Some(LineShipping {
                class: option.class,
                cost: option.cost,
                min_days: option.min_days,
                max_days: option.max_days,
            });
        }
        None if quoted.shipping_options.is_empty() => quoted.problems.push(problem(
            LineProblemCode::NotShippedToDestination,
            format!("this item is not shipped to {}", input.destination),
        )),
        None => quoted.problems.push(problem(
            LineProblemCode::ShippingClassUnavailable,
            "this shipping method does not reach the destination; choose another",
        )),
    }

    // ORD-1: the figures come from the rules crate's order arithmetic.
    let shipping_cost = quoted.shipping.as_ref().map_or(zero, |s| s.cost);
    let figures = order_totals(final_unit, quantity, shipping_cost)
        .map_err(|e| AppError::Internal(format!("line {index}: {e}")))?;
    quoted.items = figures.items;
    quoted.total = figures.total;
    let line_totals = quoted.problems.is_empty().then(|| {
        let discount_total = quoted.discount.as_ref().map_or(zero, |d| d.total);
        Totals {
            subtotal: Money::new(figures.items.minor + discount_total.minor, SETTLEMENT),
            discount: discount_total,
            items: figures.items,
            shipping: figures.shipping,
            total: figures.total,
        }
    });
    Ok((sku.shop_id, sku.shop_name.clone(), quoted, line_totals))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_settlement_currency_displays_at_one() {
        let (rate, date) = display_rate(None, SETTLEMENT).unwrap();
        assert_eq!(rate.micros, 1_000_000);
        assert_eq!(date, None);
        assert!(display_rate(None, Currency::EUR).is_none());
    }
}

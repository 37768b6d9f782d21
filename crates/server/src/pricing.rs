//! Promotion prices for carts and orders: the hook between orders and promotions (PRM).
//!
//! The quote asks [`discounts_for`] which discounts are active for the listings in a cart and applies the
//! best one that has promotion stock left for the line; placing an order then calls [`claim`] for every
//! discounted line **inside the order's transaction**, so promotion stock of N is used exactly N times under
//! concurrency (a conditional `UPDATE … WHERE stock_left >= quantity`, as for SKU stock), and [`release`]
//! when such an order is cancelled or expires. Until promotions exist all three are inert.

use crate::error::ApiResult;
use caravan_types::{ListingId, Money, SkuId};
use sqlx::SqliteConnection;
use std::collections::HashMap;

/// An active promotion price for a listing (or one SKU of it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Discount {
    /// The promotion.
    pub promotion_id: i64,
    /// Label shown with the price (the promotion's name).
    pub label: String,
    /// The listing.
    pub listing_id: ListingId,
    /// Only this SKU, or every SKU of the listing when `None`.
    pub sku_id: Option<SkuId>,
    /// Amount taken off each unit, in the settlement currency (USD). Must be below the unit price.
    pub per_unit: Money,
    /// Promotion units left, when the promotion has a stock; a line asking for more gets no discount.
    pub stock_left: Option<i64>,
}

impl Discount {
    /// Whether this discount applies to `sku` for `quantity` units priced `unit_price`.
    pub fn applies(&self, sku: SkuId, quantity: i64, unit_price: Money) -> bool {
        self.sku_id.is_none_or(|s| s == sku)
            && self.stock_left.is_none_or(|left| left >= quantity)
            && self.per_unit.currency == unit_price.currency
            && self.per_unit.minor > 0
            && self.per_unit.minor < unit_price.minor
    }
}

/// Active discounts at `now` for each of `listing_ids`: one per SKU in an approved promotion that is running,
/// has promotion stock left and beats the SKU's own price (see [`crate::trust::promotions::active_deals`]).
/// `per_unit` is in the listing's currency; a listing priced in another currency than the settlement's
/// therefore gets none (its price is converted, the promotion's amount is not).
pub async fn discounts_for(
    conn: &mut SqliteConnection,
    listing_ids: &[ListingId],
    now: i64,
) -> Result<HashMap<ListingId, Vec<Discount>>, sqlx::Error> {
    let ids: Vec<i64> = listing_ids.iter().map(|l| l.0).collect();
    let deals = crate::trust::promotions::active_deals(conn, &ids, now).await?;
    let mut out: HashMap<ListingId, Vec<Discount>> = HashMap::new();
    for deal in deals.into_values() {
        out.entry(ListingId(deal.listing_id))
            .or_default()
            .push(Discount {
                promotion_id: deal.promotion_id,
                label: deal.name.clone(),
                listing_id: ListingId(deal.listing_id),
                sku_id: Some(SkuId(deal.sku_id)),
                per_unit: Money::new(
                    deal.regular_price_minor - deal.unit_price_minor,
                    deal.currency,
                ),
                stock_left: Some(deal.units_left),
            });
    }
    Ok(out)
}

/// The promotion item (a SKU in a promotion) an order line's discount came from.
async fn promotion_item(
    conn: &mut SqliteConnection,
    promotion_id: i64,
    listing_id: i64,
    sku_code: &str,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT id FROM promotion_items WHERE promotion_id = ? AND listing_id = ? AND sku_code = ?",
    )
    .bind(promotion_id)
    .bind(listing_id)
    .bind(sku_code)
    .fetch_optional(conn)
    .await
}

/// Uses `quantity` units of a promotion's stock for an order line, inside the order's write transaction.
/// Returns `false` when the promotion no longer has them (the order is then refused and rolled back).
pub async fn claim(
    tx: &mut SqliteConnection,
    promotion_id: i64,
    listing_id: i64,
    sku_code: &str,
    quantity: i64,
) -> ApiResult<bool> {
    match promotion_item(tx, promotion_id, listing_id, sku_code).await? {
        Some(item) => Ok(crate::trust::promotions::claim(tx, item, quantity).await?),
        None => Ok(false),
    }
}

/// Gives `quantity` units back to a promotion's stock when the order that claimed them is cancelled or
/// expires before shipment (inside that transaction).
pub async fn release(
    tx: &mut SqliteConnection,
    promotion_id: i64,
    listing_id: i64,
    sku_code: &str,
    quantity: i64,
) -> ApiResult<()> {
    match promotion_item(tx, promotion_id, listing_id, sku_code).await? {
        Some(item) => Ok(crate::trust::promotions::release(tx, item, quantity).await?),
        None => Ok(()),
    }
}

/// Picks the largest applicable discount for a line.
pub fn best_discount(
    discounts: Option<&Vec<Discount>>,
    sku: SkuId,
    quantity: i64,
    unit_price: Money,
) -> Option<&Discount> {
    discounts?
        .iter()
        .filter(|d| d.applies(sku, quantity, unit_price))
        .max_by_key(|d| (d.per_unit.minor, -d.promotion_id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use caravan_types::Currency;

    fn discount(id: i64, sku: Option<i64>, off: i64, left: Option<i64>) -> Discount {
        Discount {
            promotion_id: id,
            label: format!("promo {id}"),
            listing_id: ListingId(1),
            sku_id: sku.map(SkuId),
            per_unit: Money::new(off, Currency::USD),
            stock_left: left,
        }
    }

    #[test]
    fn the_largest_applicable_discount_wins() {
        let price = Money::new(1_000, Currency::USD);
        let all = vec![
            discount(1, None, 100, None),
            discount(2, Some(7), 300, None),
            discount(3, None, 500, Some(2)),
            discount(4, None, 1_000, None), // not below the price
        ];
        assert_eq!(
            best_discount(Some(&all), SkuId(7), 1, price).map(|d| d.promotion_id),
            Some(3)
        );
        // Promotion 3 has two units left: three units fall back to the SKU's promotion.
        assert_eq!(
            best_discount(Some(&all), SkuId(7), 3, price).map(|d| d.promotion_id),
            Some(2)
        );
        assert_eq!(
            best_discount(Some(&all), SkuId(8), 3, price).map(|d| d.promotion_id),
            Some(1)
        );
        assert_eq!(best_discount(None, SkuId(8), 3, price), None);
    }
}

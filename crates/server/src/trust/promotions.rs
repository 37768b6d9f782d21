//! Promotions as the rest of the server needs them: the PRM-2 … PRM-5 commitment check of listing edits
//! against the promotions a listing is committed to, the deals running now (for the product page, the
//! flash-deal list and the quote), promotion stock claimed exactly once per unit, and goods removed under a
//! sanction.

use crate::error::{ApiResult, AppError};
use caravan_rules::{
    Engine,
    promotion::{Promotion as RulePromotion, PromotionSkuTerms, PromotionStatus as RuleStatus},
};
use caravan_types::{
    Currency, Money, SkuId,
    listing::ListingCard,
    listing_draft::ListingDraft,
    promotion::{
        CardDeal, CommittedSku, Discount, ListingCommitment, ListingDeal, PromotionKind, SkuDeal,
    },
    verdict::Verdict,
};
use sqlx::{QueryBuilder, Row, Sqlite, SqliteConnection, sqlite::SqliteRow};
use std::collections::BTreeMap;

/// The discount stored in a promotion row (`discount_type`, `discount_value`).
pub fn discount_of(row: &SqliteRow) -> ApiResult<Discount> {
    let value: i64 = row.get("discount_value");
    match row.get::<String, _>("discount_type").as_str() {
        "percent" => Ok(Discount::Percent { percent: value }),
        "fixed" => Ok(Discount::Fixed {
            amount_minor: value,
        }),
        other => Err(AppError::Internal(format!(
            "stored discount type `{other}` is unknown"
        ))),
    }
}

/// `(discount_type, discount_value)` to store.
pub fn discount_columns(discount: Discount) -> (&'static str, i64) {
    match discount {
        Discount::Percent { percent } => ("percent", percent),
        Discount::Fixed { amount_minor } => ("fixed", amount_minor),
    }
}

/// The size of a discount as PRM-2 compares it. The rules' `discount_percent` only has to order an edit's
/// discount against the approved one, and a promotion never changes its discount type after approval, so
/// a fixed discount is compared in its own unit (minor units); the verdict shows the two amounts.
pub fn discount_magnitude(discount: Discount) -> i64 {
    discount.magnitude()
}

/// The cheapest shipping cost of a template (what PRM-2 freezes), 0 without one.
pub async fn cheapest_shipping(
    conn: &mut SqliteConnection,
    template: Option<i64>,
) -> ApiResult<i64> {
    let Some(template) = template else {
        return Ok(0);
    };
    let cost: Option<i64> =
        sqlx::query_scalar("SELECT min(cost_minor) FROM shipping_rates WHERE template_id = ?")
            .bind(template)
            .fetch_one(&mut *conn)
            .await?;
    Ok(cost.unwrap_or(0))
}

/// Brands the shop holds approved authorisations for (PRM-3 judges brand terms with them).
pub async fn authorised_brands(
    conn: &mut SqliteConnection,
    shop_id: i64,
) -> ApiResult<Vec<String>> {
    Ok(sqlx::query_scalar(
        "SELECT name FROM shop_documents WHERE shop_id = ? AND kind = 'brand' AND status = 'approved'
         ORDER BY name",
    )
    .bind(shop_id)
    .fetch_all(&mut *conn)
    .await?)
}

/// The promotion terms of a listing's SKUs in one promotion, as the rules compare them.
pub async fn enrolment(
    conn: &mut SqliteConnection,
    promotion_id: i64,
    listing_id: i64,
    discount: Discount,
) -> ApiResult<Vec<PromotionSkuTerms>> {
    let rows = sqlx::query(
        "SELECT sku_code, promo_stock FROM promotion_items
         WHERE promotion_id = ? AND listing_id = ? AND removed_at IS NULL ORDER BY id",
    )
    .bind(promotion_id)
    .bind(listing_id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .iter()
        .map(|r| PromotionSkuTerms {
            sku_code: r.get("sku_code"),
            promo_stock: r.get("promo_stock"),
            discount_percent: discount_magnitude(discount),
        })
        .collect())
}

/// The rules' view of approved goods (PRM-2 applies from approval on).
pub const APPROVED_GOODS: RulePromotion = RulePromotion {
    status: RuleStatus::Approved,
    goods_approved: true,
};

/// PRM-2 … PRM-5: the verdicts on changing listing `listing_id` of `shop_id` to `after` (`None`: taking it
/// out of the catalogue, or out of the promotion, which is leaving), against every approved promotion it
/// is committed to that has not ended (or only promotion `only`). The "before" of each is the listing as it
/// was when the promotion's goods were approved, so changing something back is never a violation.
pub async fn check_listing_edit(
    conn: &mut SqliteConnection,
    engine: &Engine,
    shop_id: i64,
    listing_id: i64,
    after: Option<&ListingDraft>,
    only: Option<i64>,
    now: i64,
) -> ApiResult<Vec<Verdict>> {
    let committed = commitments(conn, shop_id, listing_id, only, now).await?;
    if committed.is_empty() {
        return Ok(Vec::new());
    }
    let brands = authorised_brands(conn, shop_id).await?;
    let after = match after {
        Some(draft) => Some((
            draft,
            cheapest_shipping(conn, draft.shipping_template_id).await?,
        )),
        None => None,
    };
    Ok(engine.check_committed_edit(&committed, after, &brands))
}

/// The approved promotions listing `listing_id` of `shop_id` is committed to that have not ended at `now`
/// (or only promotion `only`), each with the listing as approved and the SKUs still in it: what PRM-2
/// judges edits against, here and in the seller center.
pub async fn commitments(
    conn: &mut SqliteConnection,
    shop_id: i64,
    listing_id: i64,
    only: Option<i64>,
    now: i64,
) -> ApiResult<Vec<ListingCommitment>> {
    let rows = sqlx::query(
        "SELECT p.id, p.name, p.kind, p.starts_at, p.ends_at, p.discount_type, p.discount_value,
                pl.draft_json, pl.shipping_cost_minor
         FROM promotion_listings pl JOIN promotions p ON p.id = pl.promotion_id
         WHERE pl.listing_id = ? AND p.shop_id = ? AND p.status = 'approved' AND p.ends_at > ?
           AND (? IS NULL OR p.id = ?)
           AND EXISTS (SELECT 1 FROM promotion_items i WHERE i.promotion_id = p.id
                       AND i.listing_id = pl.listing_id AND i.removed_at IS NULL)
         ORDER BY p.id",
    )
    .bind(listing_id)
    .bind(shop_id)
    .bind(now)
    .bind(only)
    .bind(only)
    .fetch_all(&mut *conn)
    .await?;
    let mut out = Vec::with_capacity(rows.len());
    for row in &rows {
        let promotion_id: i64 = row.get("id");
        let approved_draft: ListingDraft =
            serde_json::from_str(&row.get::<String, _>("draft_json")).map_err(|e| {
                AppError::Internal(format!("stored promotion snapshot is unreadable: {e}"))
            })?;
        let kind: String = row.get("kind");
        let skus = sqlx::query(
            "SELECT sku_code, promo_stock FROM promotion_items
             WHERE promotion_id = ? AND listing_id = ? AND removed_at IS NULL ORDER BY id",
        )
        .bind(promotion_id)
        .bind(listing_id)
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(|r| CommittedSku {
            sku_code: r.get("sku_code"),
            promo_stock: r.get("promo_stock"),
        })
        .collect();
        out.push(ListingCommitment {
            promotion_id,
            name: row.get("name"),
            kind: PromotionKind::from_name(&kind)
                .ok_or_else(|| AppError::Internal(format!("stored kind `{kind}` is unknown")))?,
            discount: discount_of(row)?,
            starts_at: row.get("starts_at"),
            ends_at: row.get("ends_at"),
            approved_draft,
            approved_shipping_minor: row.get("shipping_cost_minor"),
            skus,
        });
    }
    Ok(out)
}

/// Takes goods out of a promotion under a sanction (PRM-2 … PRM-6): all of the promotion's, or one
/// listing's. Returns how many SKUs left it.
pub async fn remove_goods(
    conn: &mut SqliteConnection,
    promotion_id: i64,
    listing_id: Option<i64>,
    rule: &str,
    now: i64,
) -> ApiResult<u64> {
    Ok(sqlx::query(
        "UPDATE promotion_items SET removed_at = ?, removed_rule = ?
         WHERE promotion_id = ? AND removed_at IS NULL AND (? IS NULL OR listing_id = ?)",
    )
    .bind(now)
    .bind(rule)
    .bind(promotion_id)
    .bind(listing_id)
    .bind(listing_id)
    .execute(&mut *conn)
    .await?
    .rows_affected())
}

/// A deal that applies to one SKU now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActiveDeal {
    /// The promotion item (what [`claim`] takes units from).
    pub item_id: i64,
    /// The promotion.
    pub promotion_id: i64,
    /// Discount or flash deal.
    pub kind: PromotionKind,
    /// The seller's name for the promotion.
    pub name: String,
    /// What is taken off.
    pub discount: Discount,
    /// When the deal ends.
    pub ends_at: i64,
    /// The listing.
    pub listing_id: i64,
    /// The SKU.
    pub sku_id: i64,
    /// Unit price with the deal, minor units.
    pub unit_price_minor: i64,
    /// Unit price without it (the SKU's own discount price if it has one).
    pub regular_price_minor: i64,
    /// Units left at the deal price (never more than the SKU's stock).
    pub units_left: i64,
    /// The listing's currency.
    pub currency: Currency,
}

/// Deals running at `now` on the SKUs of `listing_ids` (published listings only), keyed by SKU id. A deal
/// shows only where it beats the SKU's own price and has units left.
pub async fn active_deals(
    conn: &mut SqliteConnection,
    listing_ids: &[i64],
    now: i64,
) -> Result<BTreeMap<i64, ActiveDeal>, sqlx::Error> {
    if listing_ids.is_empty() {
        return Ok(BTreeMap::new());
    }
    let mut sql: QueryBuilder<Sqlite> = QueryBuilder::new(
        "SELECT i.id AS item_id, p.id AS promotion_id, p.name, p.kind, p.discount_type, p.discount_value, p.ends_at,
                i.listing_id, i.promo_stock - i.promo_used AS units_left, s.id AS sku_id, s.price_minor,
                s.discount_price_minor, s.stock, l.currency
         FROM promotion_items i
         JOIN promotions p ON p.id = i.promotion_id
         JOIN listings l ON l.id = i.listing_id AND l.status = 'published'
         JOIN skus s ON s.listing_id = i.listing_id AND s.code = i.sku_code
         WHERE p.status = 'approved' AND i.removed_at IS NULL AND i.promo_used < i.promo_stock
           AND p.starts_at <= ",
    );
    sql.push_bind(now)
        .push(" AND p.ends_at > ")
        .push_bind(now)
        .push(" AND i.listing_id IN (");
    let mut ids = sql.separated(", ");
    for id in listing_ids {
        ids.push_bind(*id);
    }
    sql.push(") ORDER BY p.ends_at, i.id");
    let rows = sql.build().fetch_all(&mut *conn).await?;
    let mut deals = BTreeMap::new();
    // Stored values this code wrote itself; a bad one is a defect, reported as a protocol error.
    let defect = |what: String| sqlx::Error::Protocol(what);
    for row in &rows {
        let discount = discount_of(row).map_err(|e| defect(e.to_string()))?;
        let price: i64 = row.get("price_minor");
        let regular = row
            .get::<Option<i64>, _>("discount_price_minor")
            .unwrap_or(price);
        let Some(unit) = discount.apply(price).filter(|d| *d < regular) else {
            continue;
        };
        let units_left = row.get::<i64, _>("units_left").min(row.get("stock"));
        if units_left <= 0 {
            continue;
        }
        let code: String = row.get("currency");
        let currency: Currency = code
            .parse()
            .map_err(|_| defect(format!("stored currency `{code}` is unknown")))?;
        let kind: String = row.get("kind");
        let deal = ActiveDeal {
            item_id: row.get("item_id"),
            promotion_id: row.get("promotion_id"),
            kind: PromotionKind::from_name(&kind)
                .ok_or_else(|| defect(format!("stored kind `{kind}` is unknown")))?,
            name: row.get("name"),
            discount,
            ends_at: row.get("ends_at"),
            listing_id: row.get("listing_id"),
            sku_id: row.get("sku_id"),
            unit_price_minor: unit,
            regular_price_minor: regular,
            units_left,
            currency,
        };
        // Overlapping promotions on one SKU are refused when created and approved; should two ever
        // apply, the buyer gets the lower price.
        deals
            .entry(deal.sku_id)
            .and_modify(|d: &mut ActiveDeal| {
                if deal.unit_price_minor < d.unit_price_minor {
                    *d = deal.clone();
                }
            })
            .or_insert(deal);
    }
    Ok(deals)
}

/// The deals of one listing, grouped as the product page shows them (the deal ending first when a
/// listing's SKUs are in several).
pub fn listing_deal(deals: &BTreeMap<i64, ActiveDeal>, listing_id: i64) -> Option<ListingDeal> {
    let mine: Vec<&ActiveDeal> = deals
        .values()
        .filter(|d| d.listing_id == listing_id)
        .collect();
    let first = mine.iter().min_by_key(|d| (d.ends_at, d.promotion_id))?;
    Some(ListingDeal {
        promotion_id: first.promotion_id,
        kind: first.kind,
        discount: first.discount,
        ends_at: first.ends_at,
        skus: mine
            .iter()
            .filter(|d| d.promotion_id == first.promotion_id)
            .map(|d| SkuDeal {
                sku_id: SkuId(d.sku_id),
                price: Money::new(d.unit_price_minor, d.currency),
                original_price: Money::new(d.regular_price_minor, d.currency),
                stock_left: d.units_left,
            })
            .collect(),
    })
}

/// Puts the running deals on catalogue cards: a card whose listing has one shows the cheapest deal price,
/// the regular price of that SKU as the original, and the deal's end. One query for the whole page.
pub async fn annotate_cards(
    conn: &mut SqliteConnection,
    cards: &mut [ListingCard],
    now: i64,
) -> Result<(), sqlx::Error> {
    let ids: Vec<i64> = cards.iter().map(|c| c.id.0).collect();
    let deals = active_deals(conn, &ids, now).await?;
    if deals.is_empty() {
        return Ok(());
    }
    for card in cards {
        let cheapest = deals
            .values()
            .filter(|d| d.listing_id == card.id.0)
            .min_by_key(|d| (d.unit_price_minor, d.ends_at));
        if let Some(deal) = cheapest.filter(|d| d.unit_price_minor < card.price.minor) {
            card.price = Money::new(deal.unit_price_minor, deal.currency);
            card.original_price = Some(Money::new(deal.regular_price_minor, deal.currency));
            card.deal = Some(CardDeal {
                promotion_id: deal.promotion_id,
                kind: deal.kind,
                ends_at: deal.ends_at,
            });
        }
    }
    Ok(())
}

/// Takes `quantity` units of promotion stock from item `item_id`, all or nothing; `false` when fewer are
/// left (the order then pays the regular price). One conditional UPDATE: inside a write transaction
/// (`BEGIN IMMEDIATE`) no two buyers can take the same unit, and the table's CHECK backs it.
pub async fn claim(
    conn: &mut SqliteConnection,
    item_id: i64,
    quantity: i64,
) -> Result<bool, sqlx::Error> {
    if quantity <= 0 {
        return Ok(false);
    }
    let claimed = sqlx::query(
        "UPDATE promotion_items SET promo_used = promo_used + ?1
         WHERE id = ?2 AND removed_at IS NULL AND promo_used + ?1 <= promo_stock",
    )
    .bind(quantity)
    .bind(item_id)
    .execute(&mut *conn)
    .await?;
    Ok(claimed.rows_affected() == 1)
}

/// Gives back units of a cancelled or expired order's promotion stock.
pub async fn release(
    conn: &mut SqliteConnection,
    item_id: i64,
    quantity: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE promotion_items SET promo_used = max(promo_used - ?, 0) WHERE id = ?")
        .bind(quantity)
        .bind(item_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

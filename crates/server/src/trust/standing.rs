//! What a shop may do now, given its penalties in force: publish (not restricted), sell (not suspended or
//! closed) and promote (not restricted, not banned from promotions). The API checks these before acting;
//! the catalogue leaves out shops that may not sell.

use crate::error::{ApiResult, AppError};
use caravan_rules::{
    Engine,
    penalty::{IpStanding, IpStrike},
};
use caravan_types::penalty::{PenaltyLevel, ShopStanding};
use sqlx::{QueryBuilder, Row, Sqlite, SqliteConnection};

/// SQL condition on a shop id column `col` that holds for shops that may sell at the one bind parameter
/// (now): not suspended, not closed (PEN-1). Every catalogue query ANDs it. The subquery is not correlated,
/// so SQLite computes the (small) set once per query.
pub fn may_sell_sql(col: &str) -> String {
    format!(
        "{col} NOT IN (SELECT p.shop_id FROM penalties p WHERE p.status = 'active'
           AND p.level IN ('trading_suspended', 'cooperation_ended')
           AND (p.expires_at IS NULL OR p.expires_at > ?))"
    )
}

/// Appends ` AND ` [`may_sell_sql`] with `now` bound.
pub fn push_may_sell(sql: &mut QueryBuilder<'_, Sqlite>, col: &str, now: i64) {
    sql.push(format_args!(
        " AND {col} NOT IN (SELECT p.shop_id FROM penalties p WHERE p.status = 'active'
           AND p.level IN ('trading_suspended', 'cooperation_ended')
           AND (p.expires_at IS NULL OR p.expires_at > "
    ))
    .push_bind(now)
    .push("))");
}

/// A shop's penalties in force, summarised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    /// The most severe ladder penalty in force (PEN-1).
    pub level: Option<PenaltyLevel>,
    /// End of the longest promotion ban in force.
    pub promotion_ban_until: Option<i64>,
    /// The IP standing (PEN-5).
    pub ip: IpStanding,
}

impl Standing {
    /// Restricted, suspended or closed shops may not publish.
    pub fn can_publish(&self) -> bool {
        self.level.is_none_or(|l| l == PenaltyLevel::Warning)
    }

    /// Suspended or closed shops may not sell.
    pub fn can_sell(&self) -> bool {
        !matches!(
            self.level,
            Some(PenaltyLevel::TradingSuspended | PenaltyLevel::CooperationEnded)
        )
    }

    /// Promotions need a shop that may publish and is not banned from them.
    pub fn can_promote(&self) -> bool {
        self.can_publish() && self.promotion_ban_until.is_none()
    }

    /// The payload the seller center shows.
    pub fn view(&self) -> ShopStanding {
        ShopStanding {
            can_publish: self.can_publish(),
            can_sell: self.can_sell(),
            can_promote: self.can_promote(),
            level: self.level,
            promotion_ban_until: self.promotion_ban_until,
            ip_points: self.ip.points,
            ip_serious: self.ip.serious,
        }
    }

    /// Refuses publishing with a code that says which penalty stands in the way.
    pub fn require_publish(&self) -> ApiResult<()> {
        if self.can_publish() {
            return Ok(());
        }
        Err(self.refusal("publish listings"))
    }

    /// Refuses selling (quotes, orders) for a suspended or closed shop.
    pub fn require_sell(&self) -> ApiResult<()> {
        if self.can_sell() {
            return Ok(());
        }
        Err(self.refusal("sell"))
    }

    /// Refuses promotions for a restricted or banned shop.
    pub fn require_promote(&self) -> ApiResult<()> {
        if !self.can_publish() {
            return Err(self.refusal("run promotions"));
        }
        if let Some(until) = self.promotion_ban_until {
            return Err(AppError::Forbidden {
                code: "promotion_banned",
                message: format!(
                    "the shop is banned from promotions until {until} (unix time); see its penalties"
                ),
            });
        }
        Ok(())
    }

    fn refusal(&self, what: &str) -> AppError {
        match self.level {
            Some(PenaltyLevel::CooperationEnded) => AppError::Forbidden {
                code: "shop_closed",
                message: format!("the platform ended cooperation with this shop; it cannot {what}"),
            },
            Some(PenaltyLevel::TradingSuspended) => AppError::Forbidden {
                code: "shop_suspended",
                message: format!(
                    "the shop's trading is suspended; it cannot {what} until the penalty ends"
                ),
            },
            _ => AppError::Forbidden {
                code: "shop_restricted",
                message: format!(
                    "the shop's operations are restricted; it cannot {what} until the penalty ends"
                ),
            },
        }
    }
}

/// The standing of `shop_id` at `now`.
pub async fn of_shop(
    conn: &mut SqliteConnection,
    engine: &Engine,
    shop_id: i64,
    now: i64,
) -> ApiResult<Standing> {
    let rows = sqlx::query(
        "SELECT level, expires_at, issued_at, ip_strike FROM penalties
         WHERE shop_id = ? AND status <> 'lifted' AND issued_at <= ?",
    )
    .bind(shop_id)
    .bind(now)
    .fetch_all(&mut *conn)
    .await?;
    let mut level: Option<PenaltyLevel> = None;
    let mut promotion_ban_until: Option<i64> = None;
    let mut strikes = Vec::new();
    for row in &rows {
        let name: String = row.get("level");
        let this = PenaltyLevel::from_name(&name).ok_or_else(|| {
            AppError::Internal(format!("stored penalty level `{name}` is unknown"))
        })?;
        let expires_at: Option<i64> = row.get("expires_at");
        // Strikes count for their own expiry (PEN-5), whatever became of the penalty's restriction.
        if let Some(kind) = row.get::<Option<String>, _>("ip_strike") {
            strikes.push(IpStrike {
                at: row.get("issued_at"),
                serious: kind == "serious",
            });
        }
        if expires_at.is_some_and(|at| at <= now) {
            continue;
        }
        if this == PenaltyLevel::PromotionBan {
            // A ban always has an end; an open-ended one would be a bug, so it counts as a long ban.
            let until = expires_at.unwrap_or(i64::MAX);
            promotion_ban_until = Some(promotion_ban_until.map_or(until, |u| u.max(until)));
        } else if level.is_none_or(|l| this > l) {
            level = Some(this);
        }
    }
    Ok(Standing {
        level,
        promotion_ban_until,
        ip: engine.ip_standing(&strikes, now),
    })
}

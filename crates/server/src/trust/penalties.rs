//! Issuing, reading, lifting and expiring penalties (PEN-1 … PEN-5, and the PRM sanctions recorded as
//! promotion bans). Every penalty carries the rule engine's statement of reasons (PEN-4); the level of a
//! staff penalty comes from the PEN-1 ladder unless staff name one; IP strikes are counted (PEN-5) and
//! enough of them end cooperation automatically.

use crate::{
    error::{ApiResult, AppError},
    trust::standing,
};
use caravan_rules::{
    Engine,
    penalty::{Penalty as RulePenalty, Violation},
    time::add_days,
};
use caravan_types::{
    ListingId, ShopId,
    penalty::{
        Appeal, AppealStatus, IpStrikeKind, Penalty, PenaltyLevel, PenaltyStatus,
        StatementOfReasons,
    },
    verdict::{Severity, Verdict, VerdictArg},
};
use sqlx::{Row, SqliteConnection, sqlite::SqliteRow};
use std::collections::BTreeMap;

/// Message key of a fact found by platform staff (`$rule`, `$facts`).
pub const STAFF_FINDING_KEY: &str = "penalty-reason-staff-finding";
/// Message key of the PEN-5 closure after too many IP strikes (`$points`, `$serious`).
pub const IP_CLOSURE_KEY: &str = "penalty-reason-ip-closure";

/// A penalty to record.
#[derive(Debug, Clone)]
pub struct NewPenalty {
    /// The shop.
    pub shop_id: i64,
    /// What it does.
    pub level: PenaltyLevel,
    /// The rule broken.
    pub rule: String,
    /// What was found, in words.
    pub facts: String,
    /// The facts as verdicts: the statement of reasons is built from them.
    pub verdicts: Vec<Verdict>,
    /// Decided by the rules rather than staff.
    pub automated: bool,
    /// The staff member, if any.
    pub issued_by: Option<i64>,
    /// When it ends.
    pub expires_at: Option<i64>,
    /// IP infringement counted (PEN-5).
    pub ip_strike: Option<IpStrikeKind>,
    /// Listing taken down with it (PEN-2).
    pub listing_id: Option<i64>,
    /// Promotion concerned.
    pub promotion_id: Option<i64>,
}

/// A verdict standing for one fact that staff found.
pub fn staff_fact(engine: &Engine, rule: &str, field: &str, facts: &str) -> Verdict {
    Verdict {
        rule: rule.to_owned(),
        severity: Severity::Block,
        field: field.to_owned(),
        message_key: STAFF_FINDING_KEY.to_owned(),
        args: BTreeMap::from([
            ("rule".to_owned(), VerdictArg::Text(rule.to_owned())),
            ("facts".to_owned(), VerdictArg::Text(facts.to_owned())),
        ]),
        policy_version: engine.version().to_owned(),
    }
}

/// The level and expiry the PEN-1 ladder gives a violation of `rule` at `now`, from the shop's earlier
/// ladder penalties (promotion sanctions have their own scale and do not count).
pub async fn ladder(
    conn: &mut SqliteConnection,
    engine: &Engine,
    shop_id: i64,
    rule: &str,
    serious: bool,
    now: i64,
) -> ApiResult<(PenaltyLevel, Option<i64>)> {
    let rows = sqlx::query(
        "SELECT level, rule, issued_at, expires_at, automated, status FROM penalties
         WHERE shop_id = ? AND level <> 'promotion_ban' AND rule NOT LIKE 'PRM-%'",
    )
    .bind(shop_id)
    .fetch_all(&mut *conn)
    .await?;
    let history = rows
        .iter()
        .map(|row| {
            Ok(RulePenalty {
                level: level_of(row)?,
                rule: row.get("rule"),
                reason_key: STAFF_FINDING_KEY.to_owned(),
                issued_at: row.get("issued_at"),
                expires_at: row.get("expires_at"),
                automated: row.get("automated"),
                lifted: row.get::<String, _>("status") == "lifted",
            })
        })
        .collect::<ApiResult<Vec<_>>>()?;
    let next = engine.next_penalty(
        &history,
        &Violation {
            rule: rule.to_owned(),
            reason_key: STAFF_FINDING_KEY.to_owned(),
            serious,
            automated: false,
        },
        now,
    );
    Ok((next.level, next.expires_at))
}

/// The expiry the policy gives `level` when staff choose it directly.
pub fn expiry_of(engine: &Engine, level: PenaltyLevel, now: i64) -> Option<i64> {
    let policy = &engine.policy().penalties;
    match level {
        PenaltyLevel::RestrictedOperations => Some(add_days(now, policy.restriction_days)),
        PenaltyLevel::TradingSuspended => Some(add_days(now, policy.suspension_days)),
        PenaltyLevel::Warning | PenaltyLevel::CooperationEnded | PenaltyLevel::PromotionBan => None,
    }
}

/// Records a penalty with its statement of reasons, takes down its listing (PEN-2) and, when its IP strike
/// tips the shop over the PEN-5 limits, ends cooperation. Returns the ids recorded, the asked-for first.
pub async fn record(
    conn: &mut SqliteConnection,
    engine: &Engine,
    penalty: &NewPenalty,
    now: i64,
) -> ApiResult<Vec<i64>> {
    let mut ids = vec![insert(conn, engine, penalty, now).await?];
    if let Some(listing) = penalty.listing_id {
        take_down(conn, penalty.shop_id, listing, now).await?;
    }
    if penalty.ip_strike.is_some() {
        let standing = standing::of_shop(conn, engine, penalty.shop_id, now).await?;
        if standing.ip.close_shop && standing.level != Some(PenaltyLevel::CooperationEnded) {
            let fact = Verdict {
                rule: "PEN-5".to_owned(),
                severity: Severity::Block,
                field: "shop".to_owned(),
                message_key: IP_CLOSURE_KEY.to_owned(),
                args: BTreeMap::from([
                    (
                        "points".to_owned(),
                        VerdictArg::Number(standing.ip.points.into()),
                    ),
                    (
                        "serious".to_owned(),
                        VerdictArg::Number(standing.ip.serious.into()),
                    ),
                ]),
                policy_version: engine.version().to_owned(),
            };
            let closure = NewPenalty {
                shop_id: penalty.shop_id,
                level: PenaltyLevel::CooperationEnded,
                rule: "PEN-5".to_owned(),
                facts: format!(
                    "{} IP points and {} serious infringements within the policy's period",
                    standing.ip.points, standing.ip.serious
                ),
                verdicts: vec![fact],
                automated: true,
                issued_by: None,
                expires_at: None,
                ip_strike: None,
                listing_id: None,
                promotion_id: None,
            };
            ids.push(insert(conn, engine, &closure, now).await?);
        }
    }
    Ok(ids)
}

async fn insert(
    conn: &mut SqliteConnection,
    engine: &Engine,
    penalty: &NewPenalty,
    now: i64,
) -> ApiResult<i64> {
    let statement = engine.statement_of_reasons(
        &format!("penalty:{}", penalty.level.as_str()),
        &penalty.verdicts,
        penalty.automated,
        now,
    );
    let missing = engine.check_statement(&statement);
    if !missing.is_empty() {
        // PEN-4: a restriction without a complete statement is never issued.
        return Err(AppError::BlockedByRules(missing));
    }
    let statement_json =
        serde_json::to_string(&statement).map_err(|e| AppError::Internal(e.to_string()))?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO penalties (shop_id, level, rule, facts, statement_json, automated, issued_by, issued_at,
            expires_at, ip_strike, listing_id, promotion_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(penalty.shop_id)
    .bind(penalty.level.as_str())
    .bind(&penalty.rule)
    .bind(&penalty.facts)
    .bind(statement_json)
    .bind(penalty.automated)
    .bind(penalty.issued_by)
    .bind(now)
    .bind(penalty.expires_at)
    .bind(penalty.ip_strike.map(strike_name))
    .bind(penalty.listing_id)
    .bind(penalty.promotion_id)
    .fetch_one(&mut *conn)
    .await?;
    crate::notify::notify_shop(
        conn,
        penalty.shop_id,
        "penalty_issued",
        serde_json::json!({"penalty_id": id, "level": penalty.level.as_str(), "rule": penalty.rule}),
        now,
    )
    .await?;
    Ok(id)
}

/// PEN-2: the listing leaves the catalogue and cannot be published again until the penalty is lifted.
async fn take_down(
    conn: &mut SqliteConnection,
    shop_id: i64,
    listing: i64,
    now: i64,
) -> ApiResult<()> {
    let updated = sqlx::query(
        "UPDATE seller_listings SET status = 'suspended', version = version + 1, updated_at = ?
         WHERE id = ? AND shop_id = ?",
    )
    .bind(now)
    .bind(listing)
    .bind(shop_id)
    .execute(&mut *conn)
    .await?;
    if updated.rows_affected() == 0 {
        return Err(AppError::bad_field(
            "listing_id",
            "not_in_shop",
            "the listing is not one of this shop's",
        ));
    }
    sqlx::query(
        "UPDATE listings SET status = 'suspended', updated_at = ? WHERE id = ? AND shop_id = ?",
    )
    .bind(now)
    .bind(listing)
    .bind(shop_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Lifts a penalty (staff decision or granted appeal, PEN-3); a listing it took down returns to the
/// seller's drafts. Refuses a penalty already lifted.
pub async fn lift(
    conn: &mut SqliteConnection,
    id: i64,
    by: i64,
    reason: &str,
    now: i64,
) -> ApiResult<()> {
    let row = sqlx::query(
        "UPDATE penalties SET status = 'lifted', lifted_at = ?, lifted_by = ?, lift_reason = ?
         WHERE id = ? AND status <> 'lifted' RETURNING shop_id, listing_id",
    )
    .bind(now)
    .bind(by)
    .bind(reason)
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(row) = row else {
        let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM penalties WHERE id = ?")
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?;
        return Err(match exists {
            Some(_) => AppError::Conflict {
                code: "penalty_lifted",
                message: "this penalty was already lifted".to_owned(),
                fields: Vec::new(),
            },
            None => AppError::NotFound("penalty"),
        });
    };
    let shop: i64 = row.get("shop_id");
    crate::notify::notify_shop(
        conn,
        shop,
        "penalty_lifted",
        serde_json::json!({"penalty_id": id}),
        now,
    )
    .await?;
    if let Some(listing) = row.get::<Option<i64>, _>("listing_id") {
        sqlx::query(
            "UPDATE seller_listings SET status = 'draft', version = version + 1, updated_at = ?
             WHERE id = ? AND shop_id = ? AND status = 'suspended'",
        )
        .bind(now)
        .bind(listing)
        .bind(shop)
        .execute(&mut *conn)
        .await?;
        sqlx::query("UPDATE listings SET status = 'draft', updated_at = ? WHERE id = ? AND status = 'suspended'")
            .bind(now)
            .bind(listing)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Records the expiry of penalties whose time ran out; returns how many. (They stopped applying at their
/// `expires_at` already: every check compares with the clock.)
pub async fn sweep(conn: &mut SqliteConnection, now: i64) -> ApiResult<u64> {
    Ok(sqlx::query(
        "UPDATE penalties SET status = 'expired'
         WHERE status = 'active' AND expires_at IS NOT NULL AND expires_at <= ?",
    )
    .bind(now)
    .execute(&mut *conn)
    .await?
    .rows_affected())
}

/// The columns [`view`] reads: a penalty and its appeal, if any.
pub const SELECT_PENALTY: &str = "SELECT p.*, a.id AS appeal_id, a.statement AS appeal_statement,
        a.status AS appeal_status, a.rejection_reason AS appeal_reason, a.created_at AS appeal_created_at,
        a.reviewed_at AS appeal_reviewed_at
    FROM penalties p LEFT JOIN penalty_appeals a ON a.penalty_id = p.id";

/// The payload of a row selected with [`SELECT_PENALTY`], with its status as of `now`.
pub fn view(row: &SqliteRow, now: i64) -> ApiResult<Penalty> {
    let statement: StatementOfReasons =
        serde_json::from_str(&row.get::<String, _>("statement_json"))
            .map_err(|e| AppError::Internal(format!("stored statement is unreadable: {e}")))?;
    let expires_at: Option<i64> = row.get("expires_at");
    let status = if row.get::<String, _>("status") == "lifted" {
        PenaltyStatus::Lifted
    } else if expires_at.is_some_and(|at| at <= now) {
        PenaltyStatus::Expired
    } else {
        PenaltyStatus::Active
    };
    let appeal = row.get::<Option<i64>, _>("appeal_id").map(|id| Appeal {
        id,
        penalty_id: row.get("id"),
        shop_id: ShopId(row.get("shop_id")),
        statement: row.get("appeal_statement"),
        status: match row.get::<String, _>("appeal_status").as_str() {
            "approved" => AppealStatus::Lifted,
            "rejected" => AppealStatus::Upheld,
            _ => AppealStatus::Pending,
        },
        decision_reason: row.get("appeal_reason"),
        created_at: row.get("appeal_created_at"),
        decided_at: row.get("appeal_reviewed_at"),
    });
    Ok(Penalty {
        id: row.get("id"),
        shop_id: ShopId(row.get("shop_id")),
        level: level_of(row)?,
        rule: row.get("rule"),
        facts: row.get("facts"),
        statement,
        automated: row.get("automated"),
        issued_at: row.get("issued_at"),
        expires_at,
        status,
        ip_strike: row.get::<Option<String>, _>("ip_strike").map(|s| {
            if s == "serious" {
                IpStrikeKind::Serious
            } else {
                IpStrikeKind::General
            }
        }),
        listing_id: row.get::<Option<i64>, _>("listing_id").map(ListingId),
        promotion_id: row.get("promotion_id"),
        lifted_at: row.get("lifted_at"),
        lift_reason: row.get("lift_reason"),
        appeal,
    })
}

/// One penalty by id, as of `now`.
pub async fn load(conn: &mut SqliteConnection, id: i64, now: i64) -> ApiResult<Penalty> {
    let row = sqlx::query(&format!("{SELECT_PENALTY} WHERE p.id = ?"))
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or(AppError::NotFound("penalty"))?;
    view(&row, now)
}

/// The penalty as the rule engine sees it (for PEN-3's appeal check).
pub fn as_rule_penalty(penalty: &Penalty) -> RulePenalty {
    RulePenalty {
        level: penalty.level,
        rule: penalty.rule.clone(),
        reason_key: penalty.statement.clause.clone(),
        issued_at: penalty.issued_at,
        expires_at: penalty.expires_at,
        automated: penalty.automated,
        lifted: penalty.status == PenaltyStatus::Lifted,
    }
}

fn level_of(row: &SqliteRow) -> ApiResult<PenaltyLevel> {
    let name: String = row.get("level");
    PenaltyLevel::from_name(&name)
        .ok_or_else(|| AppError::Internal(format!("stored penalty level `{name}` is unknown")))
}

fn strike_name(kind: IpStrikeKind) -> &'static str {
    match kind {
        IpStrikeKind::General => "general",
        IpStrikeKind::Serious => "serious",
    }
}

-- Penalties on shops (PEN-1 … PEN-5) and promotion bans (PRM-2 … PRM-6), each with its statement of reasons
-- (PEN-4), and the sellers' appeals (PEN-3). Whether a penalty is in force is decided from `status` and
-- `expires_at` at the time of asking, so an expiry needs no timer to take effect; the deadline sweep only
-- records it.
CREATE TABLE penalties (
    id             INTEGER PRIMARY KEY,
    shop_id        INTEGER NOT NULL REFERENCES shops (id),
    level          TEXT    NOT NULL CHECK (level IN ('warning', 'restricted_operations', 'trading_suspended',
                                                     'cooperation_ended', 'promotion_ban')),
    rule           TEXT    NOT NULL,
    -- What was found, in the platform's words; the structured facts are in the statement.
    facts          TEXT    NOT NULL,
    -- JSON of the rule engine's StatementOfReasons.
    statement_json TEXT    NOT NULL,
    automated      INTEGER NOT NULL CHECK (automated IN (0, 1)),
    issued_by      INTEGER REFERENCES users (id),
    issued_at      INTEGER NOT NULL,
    expires_at     INTEGER CHECK (expires_at IS NULL OR expires_at > issued_at),
    ip_strike      TEXT    CHECK (ip_strike IN ('general', 'serious')),
    -- A listing taken down with the penalty (PEN-2).
    listing_id     INTEGER REFERENCES seller_listings (id),
    promotion_id   INTEGER,
    status         TEXT    NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'expired', 'lifted')),
    lifted_at      INTEGER,
    lifted_by      INTEGER REFERENCES users (id),
    lift_reason    TEXT
);
CREATE INDEX penalties_shop ON penalties (shop_id, issued_at DESC);
-- The catalogue asks "which shops may not sell now" on every uncached page: a small, indexed answer.
CREATE INDEX penalties_in_force ON penalties (status, level, shop_id);

CREATE TABLE penalty_appeals (
    id               INTEGER PRIMARY KEY,
    -- One appeal per penalty.
    penalty_id       INTEGER NOT NULL UNIQUE REFERENCES penalties (id),
    shop_id          INTEGER NOT NULL REFERENCES shops (id),
    statement        TEXT    NOT NULL,
    -- The shared review flow: approved = penalty lifted, rejected = upheld (with the reason).
    status           TEXT    NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
    rejection_reason TEXT,
    created_at       INTEGER NOT NULL,
    reviewed_at      INTEGER,
    reviewed_by      INTEGER REFERENCES users (id)
);
CREATE INDEX penalty_appeals_status ON penalty_appeals (status, created_at);

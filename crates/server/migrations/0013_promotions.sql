-- Promotions (PRM-1 … PRM-7): seller discounts and flash deals, reviewed by the platform, with promotion
-- stock per SKU and the state of the goods when approved (PRM-2 compares every later edit with it).
CREATE TABLE promotions (
    id               INTEGER PRIMARY KEY,
    shop_id          INTEGER NOT NULL REFERENCES shops (id),
    kind             TEXT    NOT NULL CHECK (kind IN ('discount', 'flash_deal')),
    name             TEXT    NOT NULL,
    discount_type    TEXT    NOT NULL CHECK (discount_type IN ('percent', 'fixed')),
    -- Percent (1–90) or minor units of `currency`.
    discount_value   INTEGER NOT NULL CHECK (discount_value > 0),
    currency         TEXT    NOT NULL CHECK (length(currency) = 3),
    starts_at        INTEGER NOT NULL,
    ends_at          INTEGER NOT NULL CHECK (ends_at > starts_at),
    status           TEXT    NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'withdrawn')),
    rejection_reason TEXT,
    reviewed_at      INTEGER,
    reviewed_by      INTEGER REFERENCES users (id),
    version          INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);
CREATE INDEX promotions_shop ON promotions (shop_id, created_at DESC);
CREATE INDEX promotions_running ON promotions (status, ends_at, starts_at);

CREATE TABLE promotion_items (
    id           INTEGER PRIMARY KEY,
    promotion_id INTEGER NOT NULL REFERENCES promotions (id) ON DELETE CASCADE,
    listing_id   INTEGER NOT NULL REFERENCES seller_listings (id),
    sku_code     TEXT    NOT NULL,
    promo_stock  INTEGER NOT NULL CHECK (promo_stock BETWEEN 1 AND 999999),
    -- Claimed by orders with a conditional UPDATE; the CHECK makes overselling impossible even for a bug.
    promo_used   INTEGER NOT NULL DEFAULT 0 CHECK (promo_used >= 0 AND promo_used <= promo_stock),
    removed_at   INTEGER,
    removed_rule TEXT,
    UNIQUE (promotion_id, listing_id, sku_code)
);
CREATE INDEX promotion_items_listing ON promotion_items (listing_id, sku_code);

CREATE TABLE promotion_listings (
    promotion_id        INTEGER NOT NULL REFERENCES promotions (id) ON DELETE CASCADE,
    listing_id          INTEGER NOT NULL REFERENCES seller_listings (id),
    -- The seller-center draft (JSON of ListingDraft) when the goods were approved.
    draft_json          TEXT    NOT NULL,
    -- Its cheapest shipping cost then.
    shipping_cost_minor INTEGER NOT NULL,
    PRIMARY KEY (promotion_id, listing_id)
);

-- Orders (ORD-1 … ORD-6): a checkout (order group) holds one order per shop; each order keeps a snapshot of
-- what was bought, the figures charged, the rate shown to the buyer and the policy version; the escrow and
-- the fulfilment timestamps live on the order. Payments are per group (one charge for the checkout), refunds
-- and payouts per order. Constraints back the rules: positive quantities, non-negative money, known states.

CREATE TABLE order_groups (
    id                  INTEGER PRIMARY KEY,
    buyer_id            INTEGER NOT NULL REFERENCES users (id),
    -- The client's Idempotency-Key and the SHA-256 of its request body: a retry with the same key and body
    -- answers this group; the same key with another body is refused.
    idempotency_key     TEXT    NOT NULL CHECK (length(idempotency_key) BETWEEN 8 AND 128),
    request_hash        TEXT    NOT NULL,
    status              TEXT    NOT NULL CHECK (status IN ('awaiting_payment', 'paid', 'expired', 'cancelled')),
    currency            TEXT    NOT NULL CHECK (length(currency) = 3),
    total_minor         INTEGER NOT NULL CHECK (total_minor >= 0),
    -- ORD-4: the currency the buyer was shown, the settlement → display rate and its reference date.
    display_currency    TEXT    NOT NULL CHECK (length(display_currency) = 3),
    fx_rate_micros      INTEGER NOT NULL CHECK (fx_rate_micros > 0),
    fx_date             TEXT,
    policy_version      TEXT    NOT NULL,
    pay_by              INTEGER NOT NULL,
    paid_at             INTEGER,
    created_at          INTEGER NOT NULL,
    UNIQUE (buyer_id, idempotency_key)
);
CREATE INDEX order_groups_unpaid ON order_groups (pay_by) WHERE status = 'awaiting_payment';

CREATE TABLE orders (
    id                    INTEGER PRIMARY KEY,
    group_id              INTEGER NOT NULL REFERENCES order_groups (id),
    buyer_id              INTEGER NOT NULL REFERENCES users (id),
    shop_id               INTEGER NOT NULL REFERENCES shops (id),
    status                TEXT    NOT NULL CHECK (status IN ('awaiting_payment', 'paid', 'shipped', 'delivered',
                                                             'completed', 'cancelled', 'expired')),
    currency              TEXT    NOT NULL CHECK (length(currency) = 3),
    subtotal_minor        INTEGER NOT NULL CHECK (subtotal_minor > 0),
    discount_minor        INTEGER NOT NULL DEFAULT 0 CHECK (discount_minor >= 0 AND discount_minor <= subtotal_minor),
    shipping_minor        INTEGER NOT NULL CHECK (shipping_minor >= 0),
    total_minor           INTEGER NOT NULL CHECK (total_minor = subtotal_minor - discount_minor + shipping_minor),
    -- Snapshot of the delivery address (JSON of caravan_types::order::ShippingAddress).
    address_json          TEXT    NOT NULL,
    destination_country   TEXT    NOT NULL CHECK (length(destination_country) = 2),
    -- ORD-3: the longest handling time of the lines; ship_by = paid_at + handling_days.
    handling_days         INTEGER NOT NULL CHECK (handling_days BETWEEN 1 AND 60),
    policy_version        TEXT    NOT NULL,
    pay_by                INTEGER NOT NULL,
    paid_at               INTEGER,
    ship_by               INTEGER,
    -- Set once when ship_by passes without a shipment ("sold but not shipped", SRV-3); never cleared.
    not_shipped_at        INTEGER,
    shipped_at            INTEGER,
    shipped_class         TEXT    CHECK (shipped_class IS NULL OR shipped_class IN ('economy', 'standard', 'commercial', 'overseas_warehouse')),
    tracking_number       TEXT,
    carrier               TEXT,
    delivered_at          INTEGER,
    auto_confirm_at       INTEGER,
    completed_at          INTEGER,
    cancelled_at          INTEGER,
    cancel_reason         TEXT,
    -- ORD-2 escrow: what the platform holds for this order, what went back to the buyer, and the release.
    escrow_status         TEXT    NOT NULL DEFAULT 'none' CHECK (escrow_status IN ('none', 'held', 'released', 'refunded')),
    escrow_held_minor     INTEGER NOT NULL DEFAULT 0 CHECK (escrow_held_minor >= 0),
    escrow_refunded_minor INTEGER NOT NULL DEFAULT 0 CHECK (escrow_refunded_minor >= 0),
    released_at           INTEGER,
    released_by           TEXT    CHECK (released_by IS NULL OR released_by IN ('buyer', 'timeout', 'decision')),
    created_at            INTEGER NOT NULL,
    updated_at            INTEGER NOT NULL,
    CHECK (escrow_held_minor + escrow_refunded_minor <= total_minor)
);
CREATE INDEX orders_buyer ON orders (buyer_id, id DESC);
CREATE INDEX orders_shop ON orders (shop_id, id DESC);
CREATE INDEX orders_group ON orders (group_id);
CREATE INDEX orders_to_ship ON orders (shop_id, ship_by) WHERE status = 'paid';
CREATE INDEX orders_ship_deadline ON orders (ship_by) WHERE status = 'paid' AND not_shipped_at IS NULL;
CREATE INDEX orders_auto_confirm ON orders (auto_confirm_at) WHERE status = 'delivered';

CREATE TABLE order_lines (
    id                  INTEGER PRIMARY KEY,
    order_id            INTEGER NOT NULL REFERENCES orders (id),
    position            INTEGER NOT NULL,
    listing_id          INTEGER NOT NULL,
    sku_id              INTEGER NOT NULL,
    -- Snapshot at order time: later edits of the listing never change what was bought.
    title               TEXT    NOT NULL,
    sku_code            TEXT    NOT NULL,
    sku_label           TEXT    NOT NULL,
    image_url           TEXT,
    unit_price_minor    INTEGER NOT NULL CHECK (unit_price_minor > 0),
    quantity            INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 999),
    discount_minor      INTEGER NOT NULL DEFAULT 0 CHECK (discount_minor >= 0 AND discount_minor < unit_price_minor * quantity),
    promotion_id        INTEGER,
    shipping_class      TEXT    NOT NULL CHECK (shipping_class IN ('economy', 'standard', 'commercial', 'overseas_warehouse')),
    shipping_minor      INTEGER NOT NULL CHECK (shipping_minor >= 0),
    shipping_min_days   INTEGER NOT NULL,
    shipping_max_days   INTEGER NOT NULL,
    handling_days       INTEGER NOT NULL,
    UNIQUE (order_id, position)
);
CREATE INDEX order_lines_listing ON order_lines (listing_id);

-- The timeline of an order: status changes and carrier scans.
CREATE TABLE order_events (
    id          INTEGER PRIMARY KEY,
    order_id    INTEGER NOT NULL REFERENCES orders (id),
    kind        TEXT    NOT NULL,
    description TEXT,
    location    TEXT,
    at          INTEGER NOT NULL
);
CREATE INDEX order_events_order ON order_events (order_id, id);

-- Charges through the payment provider, one checkout each. Card numbers are never stored: only the brand,
-- the last four digits and the provider's reference.
CREATE TABLE payments (
    id              INTEGER PRIMARY KEY,
    group_id        INTEGER NOT NULL REFERENCES order_groups (id),
    status          TEXT    NOT NULL CHECK (status IN ('processing', 'succeeded', 'declined', 'failed')),
    amount_minor    INTEGER NOT NULL CHECK (amount_minor > 0),
    currency        TEXT    NOT NULL CHECK (length(currency) = 3),
    provider        TEXT    NOT NULL,
    -- Sent to the provider, so a re-driven attempt can never charge twice.
    provider_key    TEXT    NOT NULL UNIQUE,
    provider_ref    TEXT,
    card_brand      TEXT,
    card_last4      TEXT    CHECK (card_last4 IS NULL OR length(card_last4) = 4),
    failure_code    TEXT,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);
-- At most one charge in flight or succeeded per checkout: a double click cannot charge twice.
CREATE UNIQUE INDEX payments_one_live ON payments (group_id) WHERE status IN ('processing', 'succeeded');

CREATE TABLE refunds (
    id           INTEGER PRIMARY KEY,
    order_id     INTEGER NOT NULL REFERENCES orders (id),
    payment_id   INTEGER NOT NULL REFERENCES payments (id),
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    currency     TEXT    NOT NULL CHECK (length(currency) = 3),
    provider_ref TEXT    NOT NULL,
    reason       TEXT    NOT NULL,
    created_at   INTEGER NOT NULL
);
CREATE INDEX refunds_order ON refunds (order_id);

-- Released escrow on its way to the seller (ORD-2: 3–5 working days after completion).
CREATE TABLE payouts (
    id           INTEGER PRIMARY KEY,
    order_id     INTEGER NOT NULL UNIQUE REFERENCES orders (id),
    shop_id      INTEGER NOT NULL REFERENCES shops (id),
    amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
    currency     TEXT    NOT NULL CHECK (length(currency) = 3),
    status       TEXT    NOT NULL CHECK (status IN ('scheduled', 'paid')),
    earliest_at  INTEGER NOT NULL,
    latest_at    INTEGER NOT NULL CHECK (latest_at >= earliest_at),
    created_at   INTEGER NOT NULL
);
CREATE INDEX payouts_shop ON payouts (shop_id, id DESC);

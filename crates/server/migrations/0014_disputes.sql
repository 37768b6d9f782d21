-- Disputes (DSP-1 … DSP-4): one per order, with its offers and a timeline that holds both sides' evidence.
-- The deadlines come from the rule engine when the dispute opens or is escalated; the deadline sweep closes
-- disputes whose seller did not respond in time in the buyer's favour (DSP-2).
CREATE TABLE disputes (
    id                   INTEGER PRIMARY KEY,
    order_id             INTEGER NOT NULL UNIQUE REFERENCES orders (id),
    buyer_id             INTEGER NOT NULL REFERENCES users (id),
    shop_id              INTEGER NOT NULL REFERENCES shops (id),
    reason               TEXT    NOT NULL CHECK (reason IN ('not_received', 'not_as_described')),
    counterfeit          INTEGER NOT NULL DEFAULT 0 CHECK (counterfeit IN (0, 1)),
    damaged              INTEGER NOT NULL DEFAULT 0 CHECK (damaged IN (0, 1)),
    class                TEXT    NOT NULL CHECK (class IN ('counterfeit', 'damaged', 'not_as_described', 'logistics_delay')),
    priority             INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 4),
    -- JSON of caravan_types::dispute::Remedy.
    requested_json       TEXT    NOT NULL,
    description          TEXT    NOT NULL,
    status               TEXT    NOT NULL CHECK (status IN ('awaiting_seller', 'negotiating', 'arbitration', 'resolved')),
    outcome              TEXT    CHECK (outcome IN ('seller_accepted', 'buyer_accepted', 'response_timeout',
                                                    'decided_for_buyer', 'decided_for_seller', 'withdrawn')),
    resolution_json      TEXT,
    refunded_minor       INTEGER NOT NULL DEFAULT 0 CHECK (refunded_minor >= 0),
    currency             TEXT    NOT NULL CHECK (length(currency) = 3),
    order_total_minor    INTEGER NOT NULL CHECK (order_total_minor > 0),
    opened_at            INTEGER NOT NULL,
    response_deadline    INTEGER NOT NULL,
    responded_at         INTEGER,
    escalated_at         INTEGER,
    escalated_by         TEXT    CHECK (escalated_by IN ('buyer', 'seller')),
    arbitration_deadline INTEGER,
    decided_by           INTEGER REFERENCES users (id),
    decision_reason      TEXT,
    closed_at            INTEGER,
    updated_at           INTEGER NOT NULL,
    CHECK ((status = 'resolved') = (outcome IS NOT NULL))
);
CREATE INDEX disputes_buyer ON disputes (buyer_id, opened_at DESC);
CREATE INDEX disputes_shop ON disputes (shop_id, opened_at DESC);
CREATE INDEX disputes_response_due ON disputes (response_deadline) WHERE status = 'awaiting_seller';
CREATE INDEX disputes_arbitration ON disputes (priority, arbitration_deadline) WHERE status = 'arbitration';

CREATE TABLE dispute_offers (
    id          INTEGER PRIMARY KEY,
    dispute_id  INTEGER NOT NULL REFERENCES disputes (id),
    by_party    TEXT    NOT NULL CHECK (by_party IN ('buyer', 'seller')),
    remedy_json TEXT    NOT NULL,
    note        TEXT    NOT NULL DEFAULT '',
    status      TEXT    NOT NULL CHECK (status IN ('open', 'accepted', 'superseded')),
    created_at  INTEGER NOT NULL
);
-- At most one open offer per dispute: a new one supersedes the last.
CREATE UNIQUE INDEX dispute_offers_open ON dispute_offers (dispute_id) WHERE status = 'open';

CREATE TABLE dispute_events (
    id          INTEGER PRIMARY KEY,
    dispute_id  INTEGER NOT NULL REFERENCES disputes (id),
    by_party    TEXT    NOT NULL CHECK (by_party IN ('buyer', 'seller', 'platform')),
    kind        TEXT    NOT NULL CHECK (kind IN ('opened', 'message', 'offer', 'accepted', 'escalated', 'decided',
                                                 'timed_out', 'withdrawn')),
    text        TEXT    NOT NULL DEFAULT '',
    -- JSON array of evidence picture URLs.
    images_json TEXT    NOT NULL DEFAULT '[]',
    offer_id    INTEGER REFERENCES dispute_offers (id),
    created_at  INTEGER NOT NULL
);
CREATE INDEX dispute_events_dispute ON dispute_events (dispute_id, id);

-- The seller's working copy of each listing: the draft exactly as typed (JSON of caravan_types'
-- ListingDraft), its version for optimistic concurrency, and the verdicts of its last check. Publishing
-- copies a draft without blocking verdicts into the catalogue tables under the same id.
CREATE TABLE seller_listings (
    id             INTEGER PRIMARY KEY,
    shop_id        INTEGER NOT NULL REFERENCES shops (id),
    status         TEXT    NOT NULL CHECK (status IN ('draft', 'published', 'suspended')),
    draft_json     TEXT    NOT NULL,
    version        INTEGER NOT NULL CHECK (version >= 1),
    policy_version TEXT    NOT NULL,
    verdicts_json  TEXT    NOT NULL DEFAULT '[]',
    block_count    INTEGER NOT NULL DEFAULT 0,
    warn_count     INTEGER NOT NULL DEFAULT 0,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL
);
CREATE INDEX seller_listings_shop ON seller_listings (shop_id, updated_at DESC);

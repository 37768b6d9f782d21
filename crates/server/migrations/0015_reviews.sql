-- Reviews (SRV-1 … SRV-8): the buyer rates a completed order once, with the three detailed seller ratings.
-- The shop's service score is computed from these and the orders' and disputes' facts by the rule engine.
CREATE TABLE order_reviews (
    id            INTEGER PRIMARY KEY,
    order_id      INTEGER NOT NULL UNIQUE REFERENCES orders (id),
    buyer_id      INTEGER NOT NULL REFERENCES users (id),
    shop_id       INTEGER NOT NULL REFERENCES shops (id),
    rating        INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    text          TEXT    NOT NULL DEFAULT '',
    described     INTEGER NOT NULL CHECK (described BETWEEN 1 AND 5),
    communication INTEGER NOT NULL CHECK (communication BETWEEN 1 AND 5),
    shipping      INTEGER NOT NULL CHECK (shipping BETWEEN 1 AND 5),
    created_at    INTEGER NOT NULL
);
CREATE INDEX order_reviews_shop ON order_reviews (shop_id, created_at);

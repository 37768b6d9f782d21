-- Refunds are recorded first (pending) in the transaction that cancels or decides, then sent to the payment
-- provider after commit with an idempotency key; a failed call stays pending and the deadline sweep retries
-- it. So a refund is never lost and never sent twice.
CREATE TABLE refunds_new (
    id           INTEGER PRIMARY KEY,
    order_id     INTEGER NOT NULL REFERENCES orders (id),
    payment_id   INTEGER NOT NULL REFERENCES payments (id),
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    currency     TEXT    NOT NULL CHECK (length(currency) = 3),
    status       TEXT    NOT NULL CHECK (status IN ('pending', 'succeeded')),
    provider_key TEXT    NOT NULL UNIQUE,
    provider_ref TEXT,
    reason       TEXT    NOT NULL,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);
INSERT INTO refunds_new (id, order_id, payment_id, amount_minor, currency, status, provider_key, provider_ref,
                         reason, created_at, updated_at)
SELECT id, order_id, payment_id, amount_minor, currency, 'succeeded', 'refund-' || id, provider_ref, reason,
       created_at, created_at
FROM refunds;
DROP TABLE refunds;
ALTER TABLE refunds_new RENAME TO refunds;
CREATE INDEX refunds_order ON refunds (order_id);
CREATE INDEX refunds_pending ON refunds (id) WHERE status = 'pending';

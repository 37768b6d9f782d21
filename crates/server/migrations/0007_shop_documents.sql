-- Documents a shop keeps on file (SHOP-3, SHOP-4, LST-3, LST-4): licences for restricted goods,
-- qualification documents for categories, and trademark certificates or brand authorisations. The rules
-- consult only approved ones.
CREATE TABLE shop_documents (
    id               INTEGER PRIMARY KEY,
    shop_id          INTEGER NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
    kind             TEXT    NOT NULL CHECK (kind IN ('licence', 'qualification', 'brand')),
    -- Policy name of the licence or qualification (e.g. `medical-devices`), or the brand (policy id or name).
    name             TEXT    NOT NULL,
    -- The document's number or a description of what was submitted.
    reference        TEXT    NOT NULL,
    status           TEXT    NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
    rejection_reason TEXT,
    created_at       INTEGER NOT NULL,
    reviewed_at      INTEGER,
    reviewed_by      INTEGER REFERENCES users (id),
    UNIQUE (shop_id, kind, name)
);
CREATE INDEX shop_documents_status ON shop_documents (status, created_at);

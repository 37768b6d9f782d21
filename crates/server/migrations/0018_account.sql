-- The buyer's account follows them across devices: preferences and an address book (journey 9).
-- Preferences stay NULL until chosen, so a device signing in keeps its own until the buyer picks one.
ALTER TABLE users ADD COLUMN preferred_currency TEXT
    CHECK (preferred_currency IS NULL OR length(preferred_currency) = 3);
ALTER TABLE users ADD COLUMN preferred_language TEXT
    CHECK (preferred_language IS NULL OR length(preferred_language) BETWEEN 2 AND 16);

-- Saved delivery addresses, checked by the country's rules (caravan_types::address) before they are written.
CREATE TABLE addresses (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name        TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    line1       TEXT    NOT NULL CHECK (length(line1) BETWEEN 1 AND 200),
    line2       TEXT,
    city        TEXT    NOT NULL CHECK (length(city) BETWEEN 1 AND 100),
    region      TEXT,
    postal_code TEXT    NOT NULL DEFAULT '',
    country     TEXT    NOT NULL CHECK (length(country) = 2),
    phone       TEXT,
    is_default  INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE INDEX addresses_user ON addresses (user_id, id);
-- At most one default per account.
CREATE UNIQUE INDEX addresses_one_default ON addresses (user_id) WHERE is_default = 1;

-- Accounts, shops, the category tree, shipping templates and listings with their SKUs and images.
-- Constraints back the platform rules so a bug in the code can never store an impossible row.

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    email         TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    -- Argon2id PHC string; NULL means the account cannot sign in with a password.
    password_hash TEXT,
    role          TEXT    NOT NULL CHECK (role IN ('buyer', 'seller', 'admin')),
    display_name  TEXT    NOT NULL,
    created_at    INTEGER NOT NULL
);

CREATE TABLE categories (
    id        INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES categories (id),
    slug      TEXT    NOT NULL UNIQUE,
    name      TEXT    NOT NULL,
    position  INTEGER NOT NULL
);
CREATE INDEX categories_parent ON categories (parent_id, position);

CREATE TABLE shops (
    id               INTEGER PRIMARY KEY,
    owner_id         INTEGER NOT NULL REFERENCES users (id),
    name             TEXT    NOT NULL,
    -- Normalised name (SHOP-2): look-alike names collide here.
    name_key         TEXT    NOT NULL UNIQUE,
    status           TEXT    NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
    rejection_reason TEXT,
    country          TEXT    NOT NULL CHECK (length(country) = 2),
    return_policy    TEXT    NOT NULL,
    created_at       INTEGER NOT NULL
);

CREATE TABLE shipping_templates (
    id      INTEGER PRIMARY KEY,
    shop_id INTEGER NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
    name    TEXT    NOT NULL
);

CREATE TABLE shipping_rates (
    template_id INTEGER NOT NULL REFERENCES shipping_templates (id) ON DELETE CASCADE,
    class       TEXT    NOT NULL CHECK (class IN ('economy', 'standard', 'commercial', 'overseas_warehouse')),
    cost_minor  INTEGER NOT NULL CHECK (cost_minor >= 0),
    min_days    INTEGER NOT NULL CHECK (min_days >= 1),
    max_days    INTEGER NOT NULL CHECK (max_days >= min_days),
    PRIMARY KEY (template_id, class)
);

CREATE TABLE listings (
    id                   INTEGER PRIMARY KEY,
    shop_id              INTEGER NOT NULL REFERENCES shops (id),
    category_id          INTEGER NOT NULL REFERENCES categories (id),
    status               TEXT    NOT NULL CHECK (status IN ('draft', 'published', 'suspended')),
    title                TEXT    NOT NULL,
    description          TEXT    NOT NULL,
    brand                TEXT,
    currency             TEXT    NOT NULL DEFAULT 'USD' CHECK (length(currency) = 3),
    weight_grams         INTEGER NOT NULL CHECK (weight_grams BETWEEN 1 AND 500000),
    length_cm_hundredths INTEGER NOT NULL CHECK (length_cm_hundredths BETWEEN 1 AND 70000),
    width_cm_hundredths  INTEGER NOT NULL CHECK (width_cm_hundredths BETWEEN 1 AND 70000),
    height_cm_hundredths INTEGER NOT NULL CHECK (height_cm_hundredths BETWEEN 1 AND 70000),
    handling_days        INTEGER NOT NULL CHECK (handling_days BETWEEN 1 AND 60),
    shipping_template_id INTEGER REFERENCES shipping_templates (id),
    -- JSON arrays of {name, values} and {name, value}.
    variant_properties   TEXT    NOT NULL DEFAULT '[]',
    attributes           TEXT    NOT NULL DEFAULT '[]',
    -- Denormalised from skus so catalogue sorts and price filters use an index.
    min_price_minor      INTEGER NOT NULL CHECK (min_price_minor > 0),
    total_stock          INTEGER NOT NULL CHECK (total_stock >= 0),
    free_shipping        INTEGER NOT NULL DEFAULT 0 CHECK (free_shipping IN (0, 1)),
    rating_sum           INTEGER NOT NULL DEFAULT 0 CHECK (rating_sum >= 0),
    rating_count         INTEGER NOT NULL DEFAULT 0 CHECK (rating_count >= 0),
    orders_count         INTEGER NOT NULL DEFAULT 0 CHECK (orders_count >= 0),
    -- Optimistic concurrency: every update must name the version it read.
    version              INTEGER NOT NULL DEFAULT 1,
    policy_version       TEXT,
    created_at           INTEGER NOT NULL,
    updated_at           INTEGER NOT NULL
);
CREATE INDEX listings_shop ON listings (shop_id);
CREATE INDEX listings_best_selling ON listings (status, orders_count DESC, id DESC);
CREATE INDEX listings_newest ON listings (status, created_at DESC, id DESC);
CREATE INDEX listings_category ON listings (category_id, status);

CREATE TABLE skus (
    id                   INTEGER PRIMARY KEY,
    listing_id           INTEGER NOT NULL REFERENCES listings (id) ON DELETE CASCADE,
    position             INTEGER NOT NULL,
    code                 TEXT    NOT NULL,
    -- JSON array of option values, one per variant property.
    options              TEXT    NOT NULL DEFAULT '[]',
    price_minor          INTEGER NOT NULL CHECK (price_minor > 0),
    discount_price_minor INTEGER CHECK (discount_price_minor IS NULL OR (discount_price_minor > 0 AND discount_price_minor < price_minor)),
    stock                INTEGER NOT NULL CHECK (stock BETWEEN 0 AND 999999),
    image_index          INTEGER,
    UNIQUE (listing_id, position)
);

CREATE TABLE listing_images (
    listing_id INTEGER NOT NULL REFERENCES listings (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    url        TEXT    NOT NULL,
    thumb_url  TEXT    NOT NULL,
    width      INTEGER NOT NULL CHECK (width > 0),
    height     INTEGER NOT NULL CHECK (height > 0),
    PRIMARY KEY (listing_id, position)
);

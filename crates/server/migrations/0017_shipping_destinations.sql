-- Per-destination shipping: a template's rate for one logistics class may cost more or take longer to some
-- countries (Brazil's customs, a neighbour's short road), as sellers' templates allow on large marketplaces.
-- Where a destination has no row here, the class's rate in `shipping_rates` applies.
CREATE TABLE shipping_rate_destinations (
    template_id INTEGER NOT NULL,
    class       TEXT    NOT NULL,
    country     TEXT    NOT NULL CHECK (length(country) = 2 AND country = upper(country)),
    cost_minor  INTEGER NOT NULL CHECK (cost_minor >= 0),
    min_days    INTEGER NOT NULL CHECK (min_days >= 1),
    max_days    INTEGER NOT NULL CHECK (max_days >= min_days),
    PRIMARY KEY (template_id, class, country),
    FOREIGN KEY (template_id, class) REFERENCES shipping_rates (template_id, class) ON DELETE CASCADE
);

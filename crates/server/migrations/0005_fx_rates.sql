-- Reference exchange rates (ORD-4): units of each currency per 1 EUR in millionths, by ECB reference date.
CREATE TABLE fx_rates (
    date           TEXT    NOT NULL CHECK (length(date) = 10),
    currency       TEXT    NOT NULL CHECK (length(currency) = 3),
    micros_per_eur INTEGER NOT NULL CHECK (micros_per_eur > 0),
    PRIMARY KEY (date, currency)
);

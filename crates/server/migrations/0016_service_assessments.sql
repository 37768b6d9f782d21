-- When each shop's service was last assessed by the deadline sweep (SRV-1 … SRV-7), and what the rule
-- engine found; a shop with findings is penalised (PEN-1) at most once per assessment window.
CREATE TABLE service_assessments (
    shop_id       INTEGER PRIMARY KEY REFERENCES shops (id),
    assessed_at   INTEGER NOT NULL,
    findings_json TEXT    NOT NULL DEFAULT '[]'
);

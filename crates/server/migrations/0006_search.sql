-- Full-text search over listing titles and descriptions (FTS5, an external-content index kept in step with
-- `listings` by triggers), with prefix indexes for search-as-you-type, and where each shipping template
-- delivers to ('*' = worldwide, else ',US,DE,' style country lists).
CREATE VIRTUAL TABLE listings_fts USING fts5(
    title, description,
    content = 'listings', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
CREATE TRIGGER listings_fts_insert AFTER INSERT ON listings BEGIN
    INSERT INTO listings_fts (rowid, title, description) VALUES (new.id, new.title, new.description);
END;
CREATE TRIGGER listings_fts_delete AFTER DELETE ON listings BEGIN
    INSERT INTO listings_fts (listings_fts, rowid, title, description)
    VALUES ('delete', old.id, old.title, old.description);
END;
CREATE TRIGGER listings_fts_update AFTER UPDATE OF title, description ON listings BEGIN
    INSERT INTO listings_fts (listings_fts, rowid, title, description)
    VALUES ('delete', old.id, old.title, old.description);
    INSERT INTO listings_fts (rowid, title, description) VALUES (new.id, new.title, new.description);
END;
INSERT INTO listings_fts (listings_fts) VALUES ('rebuild');

ALTER TABLE shipping_templates ADD COLUMN ships_to TEXT NOT NULL DEFAULT '*';
CREATE INDEX listings_price ON listings (status, min_price_minor, id);

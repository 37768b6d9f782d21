-- The stock figure the seller last published for each SKU. Orders take units from `skus.stock` between two
-- publishes; republishing applies the seller's change to this figure (the difference) instead of writing
-- their figure over `stock`, which would bring back units already sold.
ALTER TABLE skus ADD COLUMN published_stock INTEGER CHECK (published_stock IS NULL OR published_stock >= 0);
UPDATE skus SET published_stock = stock;

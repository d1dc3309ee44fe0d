-- 003 and 004 were abandoned: numbered folders may have gaps.
ALTER TABLE orders RENAME COLUMN customer TO customer_name;
ALTER TABLE orders ADD CONSTRAINT orders_status_check CHECK (status IN ('new', 'paid', 'shipped'));
ALTER TABLE orders ALTER COLUMN status DROP DEFAULT, ALTER COLUMN status SET DEFAULT 'paid';
CREATE TABLE order_items (
  order_id integer REFERENCES orders,
  sku text,
  qty int CHECK (qty > 0),
  PRIMARY KEY (order_id, sku)
);

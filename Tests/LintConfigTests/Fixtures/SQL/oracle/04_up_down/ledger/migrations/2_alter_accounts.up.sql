ALTER TABLE accounts
  ALTER COLUMN name TYPE text,
  ALTER COLUMN balance SET DEFAULT 10,
  ADD COLUMN created timestamp(0) without time zone DEFAULT now();
ALTER TABLE accounts ALTER COLUMN kind DROP DEFAULT;
ALTER TABLE ONLY accounts ALTER COLUMN balance SET NOT NULL;

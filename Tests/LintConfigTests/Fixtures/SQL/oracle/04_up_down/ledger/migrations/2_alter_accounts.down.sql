ALTER TABLE accounts DROP COLUMN created;

-- Version 10 runs after version 2: golang-migrate orders by number, not by name.
ALTER TABLE accounts ADD COLUMN code integer;
ALTER TABLE accounts ALTER COLUMN code SET DATA TYPE bigint USING code::bigint;
ALTER TABLE accounts RENAME TO ledger_accounts;

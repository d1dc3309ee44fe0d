-- Version 10 runs after version 2: golang-migrate orders by number, not by name.
ALTER TABLE accounts ADD COLUMN code integer;
ALTER TABLE accounts ALTER COLUMN code SET DATA TYPE bigint USING code::bigint;
ALTER TABLE accounts RENAME TO ledger_accounts;
ALTER TABLE ledger_accounts ADD COLUMN tier varchar(10) DEFAULT 'basic';
ALTER TABLE ledger_accounts ALTER COLUMN tier TYPE text;
ALTER TABLE ledger_accounts ADD COLUMN score int DEFAULT 0;
ALTER TABLE ledger_accounts ALTER COLUMN score TYPE numeric(6,1);

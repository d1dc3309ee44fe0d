ALTER TABLE billing.invoices SET SCHEMA archive;
ALTER TABLE IF EXISTS billing.missing ADD COLUMN x int;

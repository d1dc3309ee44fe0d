ALTER TABLE ledger_accounts RENAME TO accounts;

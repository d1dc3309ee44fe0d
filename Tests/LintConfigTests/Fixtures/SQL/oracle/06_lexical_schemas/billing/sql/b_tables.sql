CREATE TABLE billing.invoices (
  id serial PRIMARY KEY,
  amount_cents bigint NOT NULL,
  currency char(3) NOT NULL DEFAULT 'USD'
);
CREATE TABLE public.tmp_invoices (LIKE billing.invoices INCLUDING DEFAULTS);
CREATE TABLE plain_copy (LIKE billing.invoices);
CREATE TABLE billing."Line Items" (id int, "Invoice Id" int, "select" text);

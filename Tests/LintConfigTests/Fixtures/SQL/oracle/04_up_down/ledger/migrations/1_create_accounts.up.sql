CREATE TABLE accounts (
  id bigserial PRIMARY KEY,
  name varchar NOT NULL,
  balance numeric(12,2) DEFAULT 0.00,
  kind char(1) DEFAULT 'u',
  flags bit(3),
  small smallserial
);

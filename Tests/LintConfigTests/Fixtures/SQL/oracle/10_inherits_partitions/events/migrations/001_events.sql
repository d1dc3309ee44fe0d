CREATE TABLE base_events (id bigint NOT NULL, at timestamptz DEFAULT now(), kind text CHECK (kind <> ''));
CREATE TABLE click_events (x int, y int) INHERITS (base_events);
CREATE TABLE measurements (
  city_id int NOT NULL,
  logdate date NOT NULL,
  peaktemp int DEFAULT 0,
  PRIMARY KEY (city_id, logdate)
) PARTITION BY RANGE (logdate);
CREATE TABLE measurements_2024 PARTITION OF measurements FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE measurements_rest PARTITION OF measurements (peaktemp DEFAULT 5) DEFAULT;
CREATE TABLE events_copy (LIKE base_events, extra text);
CREATE TABLE keyed (
  id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code text UNIQUE CHECK (code <> ''),
  n int DEFAULT 3,
  twice int GENERATED ALWAYS AS (n * 2) STORED
);
CREATE TABLE keyed_all (LIKE keyed INCLUDING ALL);
CREATE TABLE keyed_some (LIKE keyed INCLUDING CONSTRAINTS INCLUDING IDENTITY);
CREATE TABLE keyed_none (LIKE keyed);

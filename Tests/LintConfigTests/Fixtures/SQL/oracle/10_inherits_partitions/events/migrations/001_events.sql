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

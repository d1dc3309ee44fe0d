CREATE TABLE every_type (
  a int2, b int4, c int8, d smallint, e integer, f bigint, g int,
  h float4, i float8, j float(10), k float(30), l float, m double precision, n real,
  o numeric(10,2), p decimal(5), q numeric, r decimal,
  s char, t char(3), u character(2), v character varying, w character varying(40), x varchar(7), y nchar(2),
  z bit(3), aa varbit(5), ab bit varying, ac bit,
  ad timestamp, ae timestamp(3), af timestamptz, ag timestamptz(6), ah timestamp with time zone, ai timestamp(2) without time zone,
  aj time, ak time(1), al timetz, am time with time zone,
  an interval, ao date, ap bool, aq boolean, ar bytea, as_ json, at_ jsonb, au uuid, av inet, aw cidr, ax macaddr, ay money,
  az tsvector, ba xml, bb text[], bc int[][], bd integer ARRAY, be integer ARRAY[4], bf varchar(3)[], bg timestamptz[],
  bh pg_catalog.int4, bi "numeric"(4,1), bj interval(3), bk int4range, bl tstzrange, bm oid, bn "char"
);

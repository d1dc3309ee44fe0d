\set ON_ERROR_STOP on
/* outer /* nested */ still a comment; CREATE TABLE nope (x int); */
-- a line comment; with a semicolon
CREATE TABLE "Quoted ""Name""" (
  "Mixed Case" int,
  U&"d\0061ta" text DEFAULT E'it\'s',
  plain text DEFAULT 'it''s; still a string',
  dollars text DEFAULT $tag$a $$ b; c$tag$,
  UPPER_CASE INT,
  "select" int
);
CREATE TABLE semi(a text DEFAULT ';', b text DEFAULT '--not a comment', c text DEFAULT '/* nor this */');
DO $outer$
BEGIN
  EXECUTE $inner$CREATE TABLE made_in_do (x int)$inner$;
END
$outer$;
CREATE FUNCTION f_body() RETURNS int LANGUAGE sql RETURN 1 + 2;
CREATE FUNCTION f_atomic() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END;
COMMENT ON COLUMN semi.a IS 'a; b';
CREATE VIEW semi_view AS SELECT a, b FROM semi WHERE c = 'x';

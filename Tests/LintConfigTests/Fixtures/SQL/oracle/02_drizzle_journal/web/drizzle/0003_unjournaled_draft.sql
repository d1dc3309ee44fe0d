-- Not in meta/_journal.json: drizzle-kit never applies it, so neither may the replay.
ALTER TABLE "nope" ADD COLUMN "x" integer;

CREATE TABLE IF NOT EXISTS "gh_automation_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"payload" jsonb
);

CREATE TABLE IF NOT EXISTS "sandboxes" (
	"id" serial PRIMARY KEY NOT NULL,
	"worker_id" text NOT NULL,
	"ec2_ip" inet,
	"health" text DEFAULT 'unknown' NOT NULL CHECK ("health" IN ('unknown', 'up', 'degraded', 'down')),
	"updated_at" timestamptz DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "gh_automation_jobs" ADD COLUMN "priority" smallint DEFAULT 0 NOT NULL;

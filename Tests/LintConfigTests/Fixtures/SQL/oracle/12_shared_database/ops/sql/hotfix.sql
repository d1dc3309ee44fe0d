ALTER TABLE gh_automation_jobs ADD COLUMN IF NOT EXISTS region text NOT NULL DEFAULT 'us-east-1';
ALTER TABLE gh_automation_jobs ALTER COLUMN status SET DEFAULT 'pending';

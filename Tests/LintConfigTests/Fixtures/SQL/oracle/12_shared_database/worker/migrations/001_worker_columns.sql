ALTER TABLE gh_automation_jobs ADD COLUMN worker_id text, ADD COLUMN heartbeat_at timestamptz;

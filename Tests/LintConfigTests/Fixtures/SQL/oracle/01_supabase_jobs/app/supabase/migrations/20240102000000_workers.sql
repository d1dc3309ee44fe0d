CREATE TABLE IF NOT EXISTS gh_worker_registry (
  worker_id TEXT PRIMARY KEY,
  status TEXT NOT NULL DEFAULT 'idle' CHECK (status IN ('idle','busy','draining','offline')),
  last_heartbeat TIMESTAMPTZ DEFAULT NOW(),
  capabilities TEXT[] DEFAULT '{}',
  ec2_instance_id VARCHAR(64),
  registered_at TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE gh_job_events (
  id BIGSERIAL PRIMARY KEY,
  job_id UUID NOT NULL REFERENCES gh_automation_jobs(id) ON DELETE CASCADE,
  event_type TEXT NOT NULL,
  payload JSONB,
  created_at TIMESTAMPTZ DEFAULT now()
);

-- The worker's pickup function: it selects only 'pending' jobs.
CREATE OR REPLACE FUNCTION gh_pickup_job(p_worker_id TEXT)
RETURNS SETOF gh_automation_jobs
LANGUAGE plpgsql AS $fn$
DECLARE
  v_job gh_automation_jobs;
BEGIN
  UPDATE gh_automation_jobs
     SET status = 'running', worker_id = p_worker_id, started_at = now()
   WHERE id = (
     SELECT id FROM gh_automation_jobs
      WHERE status = 'pending'
      ORDER BY priority DESC, created_at
      FOR UPDATE SKIP LOCKED
      LIMIT 1)
  RETURNING * INTO v_job;
  IF FOUND THEN
    INSERT INTO gh_job_events (job_id, event_type) VALUES (v_job.id, 'started');
    PERFORM pg_notify('gh_job_started', v_job.id::text);
    RETURN NEXT v_job;
  END IF;
END;
$fn$;

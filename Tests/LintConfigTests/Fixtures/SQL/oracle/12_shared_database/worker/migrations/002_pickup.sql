CREATE OR REPLACE FUNCTION pickup(p_worker text) RETURNS uuid LANGUAGE sql AS $$
  UPDATE gh_automation_jobs SET status = 'running', worker_id = p_worker
   WHERE id = (SELECT id FROM gh_automation_jobs WHERE status = 'pending' LIMIT 1)
  RETURNING id;
$$;

CREATE TYPE sandbox_state AS ENUM ('creating', 'ready', 'destroyed');

CREATE TABLE sandboxes (
  id uuid DEFAULT gen_random_uuid() NOT NULL,
  owner uuid REFERENCES auth.users,
  state sandbox_state NOT NULL DEFAULT 'creating',
  ip inet,
  CONSTRAINT sandboxes_pkey PRIMARY KEY (id)
);

ALTER TABLE gh_automation_jobs
  ADD COLUMN sandbox_id uuid REFERENCES sandboxes(id),
  DROP COLUMN attempts,
  ALTER COLUMN worker_id SET DEFAULT 'unassigned';

ALTER TABLE gh_worker_registry RENAME COLUMN ec2_instance_id TO instance_id;
ALTER TYPE sandbox_state ADD VALUE 'stopped' BEFORE 'destroyed';

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sandbox_worker') THEN
    CREATE ROLE sandbox_worker NOLOGIN;
  END IF;
END
$$;

ALTER TABLE sandboxes ENABLE ROW LEVEL SECURITY;
CREATE POLICY "owners" ON sandboxes USING (owner = auth.uid());
COMMENT ON TABLE sandboxes IS 'one VM per job; see docs;';

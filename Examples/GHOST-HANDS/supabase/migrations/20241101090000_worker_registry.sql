-- Workers register themselves when they boot.
create table public.gh_worker_registry (
  worker_id text primary key,
  ec2_instance_id text,
  ec2_ip inet,
  dispatch_mode text not null default 'legacy' check (dispatch_mode in ('legacy', 'pgboss', 'direct')),
  last_heartbeat timestamptz not null default now()
);

alter table public.gh_automation_jobs
  add column worker_id text references public.gh_worker_registry (worker_id),
  add column started_at timestamptz;

create table public.gh_job_logs (
  id bigint generated always as identity primary key,
  job_id uuid not null references public.gh_automation_jobs (id) on delete cascade,
  event_type text not null,
  data jsonb,
  created_at timestamptz not null default now()
);

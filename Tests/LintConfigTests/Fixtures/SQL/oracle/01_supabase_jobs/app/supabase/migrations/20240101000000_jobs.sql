create extension if not exists pgcrypto;

create table public.gh_automation_jobs (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users(id) on delete cascade,
  job_type text not null,
  status text not null default 'pending' check (status in ('pending', 'queued', 'running', 'completed', 'failed', 'cancelled')),
  priority integer not null default 0,
  input_data jsonb not null default '{}'::jsonb,
  result_data jsonb,
  error_message text,
  worker_id text,
  attempts integer default 0,
  created_at timestamptz not null default now(),
  updated_at timestamp with time zone default now(),
  started_at timestamptz,
  completed_at timestamptz
);

alter table public.gh_automation_jobs enable row level security;

create policy "Users read own jobs" on public.gh_automation_jobs
  for select to authenticated using (auth.uid() = user_id);
create policy "Service role all" on public.gh_automation_jobs
  for all to service_role using (true) with check (true);

create index idx_jobs_status on public.gh_automation_jobs (status, created_at);

create or replace function public.set_updated_at() returns trigger
language plpgsql as $$
begin
  new.updated_at = now();
  return new;
end;
$$;

create trigger trg_jobs_updated before update on public.gh_automation_jobs
  for each row execute function public.set_updated_at();

grant select, insert on public.gh_automation_jobs to authenticated;

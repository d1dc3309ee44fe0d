-- The worker's pickup: claims the oldest pending job.
create or replace function public.gh_pickup_job(p_worker_id text)
returns setof public.gh_automation_jobs
language sql
as $$
  update public.gh_automation_jobs
     set status = 'running', worker_id = p_worker_id, started_at = now()
   where id = (
     select id from public.gh_automation_jobs
      where status = 'pending'
      order by priority desc, created_at
      limit 1
      for update skip locked)
  returning *;
$$;

create or replace function public.gh_notify_job() returns trigger language plpgsql as $$
begin
  perform pg_notify('gh_job_created', new.id::text);
  return new;
end;
$$;

create trigger gh_automation_jobs_notify after insert on public.gh_automation_jobs
  for each row execute function public.gh_notify_job();

alter table public.gh_worker_registry rename column ec2_instance_id to instance_id;

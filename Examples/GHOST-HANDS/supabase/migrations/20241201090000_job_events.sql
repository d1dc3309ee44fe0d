-- The log became an event stream: renamed, and every new event is announced to listeners.
alter table public.gh_job_logs rename to gh_job_events;

create or replace function public.gh_announce_event() returns trigger language plpgsql as $$
begin
  perform pg_notify('gh_job_event', new.job_id::text);
  return new;
end;
$$;

create trigger gh_job_events_announce after insert on public.gh_job_events
  for each row execute function public.gh_announce_event();

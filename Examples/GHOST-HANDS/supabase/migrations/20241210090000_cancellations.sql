-- The worker takes VALET's cancel requests in batches: each one it takes is marked done.
create or replace function public.gh_take_cancellations(p_limit int)
returns setof uuid
language sql
as $$
  update public.gh_job_cancellations
     set state = 'done'
   where id in (
     select id from public.gh_job_cancellations
      where state = 'pending'
      order by requested_at
      limit p_limit
      for update skip locked)
  returning job_id;
$$;

create table jobs (id uuid primary key default gen_random_uuid(), status text not null default 'queued', payload jsonb, created_at timestamptz default now());
alter table jobs add column worker text;
alter table jobs rename column worker to worker_id;
create index on jobs (status) where status = 'pending';
create or replace function notify_job() returns trigger language plpgsql as $$ begin perform pg_notify('jobs', new.id::text); return new; end $$;
insert into jobs (status) values ('done');
update jobs set status = 'failed' where status in ('pending', 'running');
drop table if exists old cascade;

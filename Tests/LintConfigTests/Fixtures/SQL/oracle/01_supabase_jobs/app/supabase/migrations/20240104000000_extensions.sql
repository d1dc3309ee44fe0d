create extension if not exists "uuid-ossp" with schema extensions;
create extension if not exists citext;

create table if not exists public.api_keys (
  id uuid not null default extensions.uuid_generate_v4(),
  owner_id uuid not null references auth.users (id),
  label citext not null,
  scope text not null default 'read'::text,
  kind varchar(16) not null default 'personal',
  revoked boolean not null default false,
  created_at timestamp with time zone not null default timezone('utc'::text, now()),
  constraint api_keys_pkey primary key (id),
  constraint api_keys_scope_check check (scope = any (array['read'::text, 'write'::text, 'admin'::text])),
  constraint api_keys_kind_check check (kind in ('personal', 'service'))
);

alter table public.api_keys enable row level security;
create policy "owners manage keys" on public.api_keys for all to authenticated
  using (owner_id = auth.uid()) with check (owner_id = auth.uid());
grant all on table public.api_keys to service_role;

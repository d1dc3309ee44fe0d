-- Supabase stand-ins: the auth schema with its users table and auth.uid().
CREATE SCHEMA IF NOT EXISTS auth;
CREATE TABLE auth.users (id uuid PRIMARY KEY, email text);
CREATE FUNCTION auth.uid() RETURNS uuid LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('request.jwt.claim.sub', true), '')::uuid $$;
-- Supabase keeps extensions in their own schema.
CREATE SCHEMA IF NOT EXISTS extensions;

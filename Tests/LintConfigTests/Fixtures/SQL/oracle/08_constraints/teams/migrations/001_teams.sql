CREATE TABLE teams (id int PRIMARY KEY, name text UNIQUE, code text, region text);
CREATE TABLE members (
  id int,
  team_id int REFERENCES teams (id) ON DELETE SET NULL,
  email text CONSTRAINT members_email_required NOT NULL,
  role text CHECK (role = 'owner' OR role = 'member'),
  level int CHECK (level >= 0) CHECK (level < 10),
  state text,
  UNIQUE (team_id, email),
  CHECK (state = ANY (ARRAY['active'::text, 'gone'::text])),
  CONSTRAINT members_pk PRIMARY KEY (id),
  FOREIGN KEY (team_id) REFERENCES teams(id) DEFERRABLE INITIALLY DEFERRED
);

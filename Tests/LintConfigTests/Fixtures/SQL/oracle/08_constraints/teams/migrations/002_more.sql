ALTER TABLE teams ADD CONSTRAINT teams_code_region_key UNIQUE (code, region);
ALTER TABLE teams ADD UNIQUE (code);
ALTER TABLE members DROP CONSTRAINT members_role_check;
ALTER TABLE members ADD CHECK (role IN ('owner', 'member', 'guest'));
ALTER TABLE teams RENAME CONSTRAINT teams_name_key TO teams_name_unique;
ALTER TABLE members ADD CONSTRAINT members_state_level CHECK (state <> 'gone' OR level = 0) NOT VALID;
CREATE TABLE a_very_long_table_name_that_goes_on_and_on_and_on_for_ever (
  a_very_long_column_name_that_also_goes_on_and_on int UNIQUE CHECK (a_very_long_column_name_that_also_goes_on_and_on > 0)
);

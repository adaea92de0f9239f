-- A butler team is retired (解散), not deleted: its members' person-times stay counted for the year.
ALTER TABLE team ADD COLUMN retired_at timestamptz;

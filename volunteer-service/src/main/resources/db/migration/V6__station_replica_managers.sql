-- The station's managers (login names, comma-separated) from station-events, so that a station
-- manager publishes and manages shifts of their own station only.
ALTER TABLE station_replica ADD COLUMN managers varchar NOT NULL DEFAULT '';

-- Whether a station is open around the clock (from station-events): only there may a duty shift
-- cross midnight, since a night shift at a station that closes would guard a locked door.
ALTER TABLE station_replica ADD COLUMN open24h boolean NOT NULL DEFAULT false;

-- A city's official working-day calendar, loaded once a year from the State Council's notice:
-- public holidays (working = false) and the 调休 weekend days that are worked (working = true).
-- Days not listed follow the week: Monday to Friday work, weekends rest.
CREATE TABLE workday_calendar (
    tenant  varchar NOT NULL,
    day     date    NOT NULL,
    working boolean NOT NULL,
    name    varchar NOT NULL,
    PRIMARY KEY (tenant, day)
);

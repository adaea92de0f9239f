-- The programme's history of later upgrades (issue 19). A station keeps the year and kind of its
-- build (station.build_year, build_kind); an upgrade in a later year is a row here and counts in
-- its own year, so the year the station was built is never rewritten.
CREATE TABLE programme_event (
    id           uuid         PRIMARY KEY,
    station_id   uuid         NOT NULL REFERENCES station (id),
    tenant       varchar      NOT NULL,
    year         integer      NOT NULL,
    kind         varchar      NOT NULL CHECK (kind IN ('UPGRADE', 'SMART_UPGRADE')),
    note         varchar(200),
    recorded_at  timestamptz  NOT NULL,
    recorded_by  varchar      NOT NULL,
    -- one upgrade of a kind per station and year: a second is a mistake, answered 409
    UNIQUE (station_id, year, kind)
);

CREATE INDEX programme_event_year ON programme_event (year, tenant);

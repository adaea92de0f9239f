-- 爱心捐赠角: items donated to a station and how many were taken.
CREATE TABLE donation (
    id          uuid        PRIMARY KEY,
    tenant      varchar     NOT NULL,
    station_id  uuid        NOT NULL,
    item        varchar     NOT NULL,
    donor       varchar,              -- an organisation's name if it wishes to be named; never a private person's
    quantity    integer     NOT NULL CHECK (quantity BETWEEN 1 AND 100000),
    taken       integer     NOT NULL DEFAULT 0 CHECK (taken >= 0 AND taken <= quantity),
    recorded_by varchar     NOT NULL,
    created_at  timestamptz NOT NULL
);
CREATE INDEX donation_station ON donation (station_id, created_at);

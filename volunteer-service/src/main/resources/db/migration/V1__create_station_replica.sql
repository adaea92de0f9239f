-- This service's copy of the stations it needs, kept from station-events (never read from station's database).
CREATE TABLE station_replica (
    id         uuid        PRIMARY KEY,
    tenant     varchar        NOT NULL,
    name       varchar        NOT NULL,
    status     varchar        NOT NULL,
    lat        double precision NOT NULL,
    lon        double precision NOT NULL,
    version    bigint      NOT NULL,
    updated_at timestamptz NOT NULL
);
CREATE INDEX station_replica_tenant ON station_replica (tenant);

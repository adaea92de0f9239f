-- 驿站 (union station). Location is WGS-84; geog is derived from it for spatial search (GiST, KNN).
CREATE EXTENSION IF NOT EXISTS postgis;

CREATE TABLE station (
    id            uuid         PRIMARY KEY,
    tenant        varchar         NOT NULL,
    name          varchar         NOT NULL,
    address       varchar         NOT NULL,
    district      varchar         NOT NULL,
    lat           double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
    lon           double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
    geog          geography(Point, 4326) GENERATED ALWAYS AS (ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography) STORED,
    station_type  varchar         NOT NULL,
    status        varchar         NOT NULL,
    host_organisation varchar,
    contact_name  varchar,
    contact_phone varchar,
    version       bigint       NOT NULL DEFAULT 0,
    created_at    timestamptz  NOT NULL,
    updated_at    timestamptz  NOT NULL
);

CREATE INDEX station_geog ON station USING gist (geog);
CREATE INDEX station_tenant ON station (tenant, name);

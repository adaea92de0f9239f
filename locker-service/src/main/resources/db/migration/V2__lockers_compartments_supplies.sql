-- Smart lockers 智能柜 at stations of the replica, their compartments 格口, the per-city catalogue of
-- free supplies 免费物资, and union members (temporary source of membership, see README).

CREATE TABLE supply (
    id                  uuid        PRIMARY KEY,
    tenant              varchar     NOT NULL,
    name                varchar     NOT NULL,
    unit_value_fen      integer     NOT NULL CHECK (unit_value_fen >= 0),
    low_stock_threshold integer     NOT NULL CHECK (low_stock_threshold >= 0),
    quota_count         integer     NOT NULL CHECK (quota_count >= 1),
    quota_days          integer     NOT NULL CHECK (quota_days >= 1),
    members_only        boolean     NOT NULL,
    once_per_worker     boolean     NOT NULL,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL
);
CREATE INDEX supply_tenant ON supply (tenant, name);

CREATE TABLE locker (
    id                uuid        PRIMARY KEY,
    tenant            varchar     NOT NULL,
    station_id        uuid        NOT NULL REFERENCES station_replica (id),
    name              varchar     NOT NULL,
    device_client_id  varchar     NOT NULL UNIQUE,
    compartment_count integer     NOT NULL CHECK (compartment_count BETWEEN 1 AND 60),
    online            boolean     NOT NULL DEFAULT false,
    last_heartbeat_at timestamptz,
    created_at        timestamptz NOT NULL
);
CREATE INDEX locker_tenant_station ON locker (tenant, station_id);
CREATE INDEX locker_station ON locker (station_id);

-- One item per compartment. held = units promised to live reservations; the checks make an
-- oversold or negative stock impossible whatever the code does.
CREATE TABLE compartment (
    id        uuid    PRIMARY KEY,
    locker_id uuid    NOT NULL REFERENCES locker (id),
    number    integer NOT NULL,
    item_id   uuid    REFERENCES supply (id),
    quantity  integer NOT NULL DEFAULT 0 CHECK (quantity >= 0),
    held      integer NOT NULL DEFAULT 0 CHECK (held >= 0 AND held <= quantity),
    UNIQUE (locker_id, number)
);
CREATE INDEX compartment_locker_item ON compartment (locker_id, item_id);

-- Nearby search: bounding-box prefilter on the replica's coordinates (no PostGIS in this database).
CREATE INDEX station_replica_lat_lon ON station_replica (lat, lon);

-- TEMPORARY membership source until volunteer-service publishes member-joined events.
CREATE TABLE union_member (
    worker      varchar     PRIMARY KEY,
    tenant      varchar     NOT NULL,
    recorded_by varchar     NOT NULL,
    created_at  timestamptz NOT NULL
);

-- A service's station replica as the tests of yizhan-common's replica writer need it: the common
-- columns and one of the service's own (managers, as locker- and volunteer-service keep it).
CREATE TABLE station_replica (
    id         uuid             PRIMARY KEY,
    tenant     varchar          NOT NULL,
    name       varchar          NOT NULL,
    status     varchar          NOT NULL,
    lat        double precision NOT NULL,
    lon        double precision NOT NULL,
    version    bigint           NOT NULL,
    updated_at timestamptz      NOT NULL,
    managers   varchar          NOT NULL DEFAULT ''
);

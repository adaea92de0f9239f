-- Audit log of admin writes (io.yizhan.common.audit), in every service's own database.
-- Repeatable, not V0_x: a version below the services' own V1.. would be refused by Flyway in
-- databases that already ran those. Flyway runs it after the versioned migrations and again only
-- when this file changes, so every statement here must be safe to repeat.
CREATE TABLE IF NOT EXISTS audit_log (
    id         uuid        PRIMARY KEY,
    at         timestamptz NOT NULL DEFAULT now(),
    subject    varchar     NOT NULL,  -- the token's sub: an id, never a name
    roles      text[]      NOT NULL,
    tenant     varchar,               -- the token's tenant claim (fujian for the province, none for partners)
    method     varchar     NOT NULL,
    route      varchar     NOT NULL,  -- the endpoint's template, e.g. /api/v1/stations/{id}
    path       varchar     NOT NULL,  -- the path as called, without the query
    status     integer     NOT NULL,
    request_id varchar     NOT NULL   -- X-Request-Id, the client's or one we made; echoed in the response
);
CREATE INDEX IF NOT EXISTS audit_log_tenant_at ON audit_log (tenant, at DESC);

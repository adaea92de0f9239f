-- Third-party inspectors (issue 19, ADR 0015). An outside inspection body (第三方检查机构) is a row
-- here; its staff log in with the realm role `inspector` and the user attribute `inspection_body`
-- naming the body's code. A body reaches only the stations assigned to it, one row per station and
-- period; the assignment names the inspection that fulfilled it.
CREATE TABLE inspection_body (
    code        varchar      PRIMARY KEY CHECK (code ~ '^[a-z0-9-]{2,40}$'),
    name        varchar(100) NOT NULL,
    created_at  timestamptz  NOT NULL,
    created_by  varchar      NOT NULL
);

CREATE TABLE inspection_assignment (
    id             uuid         PRIMARY KEY,
    body_code      varchar      NOT NULL REFERENCES inspection_body (code),
    station_id     uuid         NOT NULL REFERENCES station (id),
    tenant         varchar      NOT NULL,
    period_from    date         NOT NULL,
    due            date         NOT NULL CHECK (due >= period_from),
    assigned_at    timestamptz  NOT NULL,
    assigned_by    varchar      NOT NULL,
    inspection_id  uuid         REFERENCES inspection (id),
    -- a station is given to a body once per period; assigning it again is a 409
    UNIQUE (body_code, station_id, period_from)
);

CREATE INDEX inspection_assignment_body ON inspection_assignment (body_code, due);
CREATE INDEX inspection_assignment_tenant ON inspection_assignment (tenant, due);

-- The body that recorded a sheet, from the inspector's token; null for sheets recorded by admins.
ALTER TABLE inspection ADD COLUMN inspection_body varchar REFERENCES inspection_body (code);

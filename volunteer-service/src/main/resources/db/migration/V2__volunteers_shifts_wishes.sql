-- Volunteers (志愿者), butler teams (驿站管家), duty shifts (值班) with sign-ups, and micro-wishes (微心愿).

CREATE TABLE volunteer (
    id           uuid        PRIMARY KEY,
    subject      varchar     NOT NULL UNIQUE,   -- the Keycloak identity (token subject)
    username     varchar,
    display_name varchar     NOT NULL,
    kind         varchar     NOT NULL,          -- UNION_CADRE, VOLUNTEER, WORKER_REPRESENTATIVE, SOCIAL_WORKER
    cadre_level  varchar,                       -- PROVINCE, CITY, COUNTY for union cadres
    tenant       varchar     NOT NULL,
    skills       varchar     NOT NULL DEFAULT '',
    created_at   timestamptz NOT NULL
);
CREATE INDEX volunteer_tenant ON volunteer (tenant);

CREATE TABLE team (
    id         uuid        PRIMARY KEY,
    tenant     varchar     NOT NULL,
    name       varchar     NOT NULL,
    station_id uuid        NOT NULL,
    lead_id    uuid        REFERENCES volunteer (id),
    created_at timestamptz NOT NULL
);
CREATE TABLE team_member (
    team_id      uuid NOT NULL REFERENCES team (id) ON DELETE CASCADE,
    volunteer_id uuid NOT NULL REFERENCES volunteer (id),
    PRIMARY KEY (team_id, volunteer_id)
);

CREATE TABLE shift (
    id               uuid        PRIMARY KEY,
    tenant           varchar     NOT NULL,
    station_id       uuid        NOT NULL,
    kind             varchar     NOT NULL,   -- STATION_MASTER, BUTLER_DUTY, SERVICE_ACTIVITY
    title            varchar     NOT NULL,
    role_needed      varchar,                -- a volunteer kind, or null for anyone
    starts_at        timestamptz NOT NULL,
    ends_at          timestamptz NOT NULL CHECK (ends_at > starts_at),
    capacity         integer     NOT NULL CHECK (capacity BETWEEN 1 AND 500),
    confirmed        integer     NOT NULL DEFAULT 0 CHECK (confirmed >= 0 AND confirmed <= capacity),
    series_id        uuid,                   -- occurrences generated from one weekly pattern share it
    created_by       varchar     NOT NULL,
    created_at       timestamptz NOT NULL
);
CREATE INDEX shift_station_time ON shift (station_id, starts_at);
CREATE INDEX shift_tenant_time ON shift (tenant, starts_at);

CREATE TABLE signup (
    id              uuid        PRIMARY KEY,
    shift_id        uuid        NOT NULL REFERENCES shift (id),
    volunteer_id    uuid        NOT NULL REFERENCES volunteer (id),
    status          varchar     NOT NULL,   -- CONFIRMED, WAITLISTED, CANCELLED, NO_SHOW
    waitlist_seq    bigint,
    starts_at       timestamptz NOT NULL,   -- copied from the shift to find overlaps quickly
    ends_at         timestamptz NOT NULL,
    checked_in_at   timestamptz,
    checked_out_at  timestamptz,
    late            boolean     NOT NULL DEFAULT false,
    auto_checked_out boolean    NOT NULL DEFAULT false,
    created_at      timestamptz NOT NULL,
    UNIQUE (shift_id, volunteer_id)
);
CREATE INDEX signup_volunteer_time ON signup (volunteer_id, starts_at);
CREATE SEQUENCE signup_waitlist_seq;

CREATE TABLE service_log (
    id             uuid        PRIMARY KEY,
    shift_id       uuid        NOT NULL REFERENCES shift (id),
    volunteer_id   uuid        NOT NULL REFERENCES volunteer (id),
    description    varchar     NOT NULL,
    workers_served integer     NOT NULL CHECK (workers_served BETWEEN 0 AND 10000),
    created_at     timestamptz NOT NULL
);

-- Yearly person-time targets, e.g. Fujian's 5,000 cadre person-times ("fujian" is the province).
CREATE TABLE person_time_target (
    year         integer NOT NULL,
    tenant       varchar NOT NULL,
    person_times integer NOT NULL CHECK (person_times >= 0),
    PRIMARY KEY (year, tenant)
);

CREATE TABLE wish (
    id               uuid        PRIMARY KEY,
    tenant           varchar     NOT NULL,
    author           varchar     NOT NULL,     -- the worker's token subject; never shown publicly
    category         varchar     NOT NULL,
    description      varchar     NOT NULL,
    value_cap_fen    integer     NOT NULL CHECK (value_cap_fen BETWEEN 1 AND 20000),
    station_id       uuid        NOT NULL,
    status           varchar     NOT NULL,     -- PENDING_REVIEW, PUBLISHED, REJECTED, CLAIMED, FULFILLED
    review_note      varchar,
    claimed_by       varchar,
    claim_expires_at timestamptz,
    created_at       timestamptz NOT NULL,
    fulfilled_at     timestamptz
);
CREATE INDEX wish_board ON wish (tenant, status, created_at);

-- Worker services at the station (issue 13): butler help requests, rights cases (维权), union
-- membership applications (入会) and health-check sessions. Only what each flow needs is stored.

CREATE TABLE help_request (
    id               uuid        PRIMARY KEY,
    tenant           varchar     NOT NULL,
    station_id       uuid        NOT NULL,
    requester        varchar     NOT NULL,   -- the worker's token subject; never shown to butlers, never in events
    category         varchar     NOT NULL,   -- WATER, MEAL, REST, TOILET, CHARGING, LOCKER, OTHER
    note             varchar,                -- at most 200 characters
    status           varchar     NOT NULL,   -- OPEN, ACCEPTED, RESOLVED, CANCELLED
    escalation_level integer     NOT NULL DEFAULT 0 CHECK (escalation_level BETWEEN 0 AND 2),
    requested_at     timestamptz NOT NULL,
    accepted_at      timestamptz,
    accepted_by      varchar,                -- subject of the butler, manager or admin who accepted
    escalated_at     timestamptz,
    resolved_at      timestamptz
);
CREATE INDEX help_request_station ON help_request (station_id, requested_at);
CREATE INDEX help_request_requester ON help_request (requester, requested_at);
CREATE INDEX help_request_unanswered ON help_request (requested_at) WHERE status = 'OPEN' AND escalation_level < 2;

CREATE TABLE rights_case (
    id              uuid        PRIMARY KEY,
    case_number     varchar     NOT NULL UNIQUE,   -- FZ-2026-000123: city, year, sequence
    tenant          varchar     NOT NULL,
    station_id      uuid,
    requester       varchar     NOT NULL,          -- the worker's token subject
    category        varchar     NOT NULL,          -- UNPAID_WAGES, ACCIDENT, PLATFORM_PENALTY, CONTRACT, OTHER
    description     varchar     NOT NULL,
    phone           varchar     NOT NULL,          -- for the desk only
    status          varchar     NOT NULL,          -- SUBMITTED, IN_PROGRESS, CLOSED
    created_at      timestamptz NOT NULL,
    first_reply_due timestamptz NOT NULL,
    first_reply_at  timestamptz,
    closed_at       timestamptz
);
CREATE INDEX rights_case_desk ON rights_case (tenant, status, created_at);
CREATE INDEX rights_case_requester ON rights_case (requester, created_at);
CREATE INDEX rights_case_unanswered ON rights_case (first_reply_due) WHERE first_reply_at IS NULL AND status <> 'CLOSED';

CREATE TABLE rights_case_reply (
    id         uuid        PRIMARY KEY,
    case_id    uuid        NOT NULL REFERENCES rights_case (id),
    from_desk  boolean     NOT NULL,
    author     varchar     NOT NULL,   -- token subject, for the record; the thread shows "desk" or "worker" only
    body       varchar     NOT NULL,
    created_at timestamptz NOT NULL
);
CREATE INDEX rights_case_reply_case ON rights_case_reply (case_id, created_at);

-- Case numbers run per city and year without gaps from concurrent filings (row lock on the counter).
CREATE TABLE rights_case_counter (
    tenant varchar NOT NULL,
    year   integer NOT NULL,
    last   bigint  NOT NULL,
    PRIMARY KEY (tenant, year)
);

CREATE TABLE membership_application (
    id            uuid        PRIMARY KEY,
    tenant        varchar     NOT NULL,
    station_id    uuid        NOT NULL,
    applicant     varchar     NOT NULL,   -- the worker's token subject
    name          varchar,                -- erased when the application is declined
    phone         varchar,                -- erased when the application is declined
    platform      varchar     NOT NULL,   -- MEITUAN, ELEME, SF, JD, JT, ZTO, YTO, STO, YUNDA, DIDI, HUOLALA, OTHER
    status        varchar     NOT NULL,   -- PENDING, APPROVED, DECLINED
    decision_note varchar,
    decided_by    varchar,
    decided_at    timestamptz,
    membership_id uuid        UNIQUE,
    created_at    timestamptz NOT NULL
);
-- One open application (or membership) per worker, also against two parallel submissions.
CREATE UNIQUE INDEX membership_application_one_open ON membership_application (applicant) WHERE status IN ('PENDING', 'APPROVED');
CREATE INDEX membership_application_city ON membership_application (tenant, status, created_at);

CREATE TABLE health_device (
    client_id     varchar     PRIMARY KEY,   -- the device's OIDC client (azp)
    tenant        varchar     NOT NULL,
    station_id    uuid        NOT NULL,
    registered_by varchar     NOT NULL,
    registered_at timestamptz NOT NULL
);

CREATE TABLE health_check_session (
    id               uuid        PRIMARY KEY,
    tenant           varchar     NOT NULL,
    station_id       uuid        NOT NULL,
    device_client_id varchar     NOT NULL,
    kind             varchar     NOT NULL,   -- BLOOD_PRESSURE, BLOOD_GLUCOSE, HEART_RATE, BODY_TEMPERATURE, WEIGHT_BMI, GENERAL
    worker_pseudonym varchar,                -- only if the worker chose to log in at the device; never medical values
    at               timestamptz NOT NULL,
    recorded_at      timestamptz NOT NULL
);
CREATE INDEX health_check_session_station_day ON health_check_session (station_id, at);
CREATE INDEX health_check_session_city_day ON health_check_session (tenant, at);

-- Partner courier platforms 合作平台: one row per Keycloak confidential client allowed to use the partner API.
CREATE TABLE partner (
    id             uuid        PRIMARY KEY,
    client_id      varchar     NOT NULL UNIQUE,
    name           varchar     NOT NULL,
    contact_name   varchar     NOT NULL,
    contact_email  varchar     NOT NULL,
    -- comma-separated tenant codes and scope names: short closed vocabularies, read whole
    cities         varchar     NOT NULL,
    scopes         varchar     NOT NULL,
    status         varchar     NOT NULL,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL
);

-- A partner's webhook endpoint and what it wants pushed to it.
CREATE TABLE subscription (
    id              uuid             PRIMARY KEY,
    partner_id      uuid             NOT NULL REFERENCES partner (id),
    url             varchar          NOT NULL,
    -- Standard Webhooks secret (whsec_ + base64); the service must sign with it, so it is kept, not hashed
    secret          varchar          NOT NULL,
    event_types     varchar          NOT NULL,
    cities          varchar,
    min_lng         double precision,
    min_lat         double precision,
    max_lng         double precision,
    max_lat         double precision,
    description     varchar,
    status          varchar          NOT NULL,
    -- first failed attempt since the last success; suspension counts from here
    failing_since   timestamptz,
    suspended_at    timestamptz,
    created_at      timestamptz      NOT NULL,
    updated_at      timestamptz      NOT NULL
);
CREATE INDEX subscription_partner ON subscription (partner_id);
CREATE INDEX subscription_active ON subscription (status);

-- One event for one subscription, with its attempts; also the delivery log partners read.
CREATE TABLE delivery (
    id                uuid        PRIMARY KEY,
    subscription_id   uuid        NOT NULL REFERENCES subscription (id),
    partner_id        uuid        NOT NULL,
    event_id          uuid        NOT NULL,
    event_type        varchar     NOT NULL,
    body              varchar     NOT NULL,
    status            varchar     NOT NULL,
    attempts          integer     NOT NULL,
    next_attempt_at   timestamptz,
    last_attempt_at   timestamptz,
    last_status_code  integer,
    last_error        varchar,
    created_at        timestamptz NOT NULL,
    delivered_at      timestamptz,
    UNIQUE (subscription_id, event_id)
);
CREATE INDEX delivery_due ON delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX delivery_partner ON delivery (partner_id, created_at DESC);

-- Where each station is, from station-events: locker events name only the station, and filters need city and place.
CREATE TABLE station_replica (
    id         uuid             PRIMARY KEY,
    tenant     varchar          NOT NULL,
    name       varchar          NOT NULL,
    status     varchar          NOT NULL,
    lat        double precision NOT NULL,
    lon        double precision NOT NULL,
    version    bigint           NOT NULL,
    updated_at timestamptz      NOT NULL
);

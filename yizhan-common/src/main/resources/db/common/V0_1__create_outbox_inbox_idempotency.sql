-- Shared infrastructure tables, migrated into every service's own database (Flyway location db/common).
-- Versions 0.x are reserved for them; a service's own migrations start at V1.

-- Transactional outbox: written in the same transaction as the state change, relayed to Kafka.
CREATE TABLE outbox_event (
    id           uuid        PRIMARY KEY,
    event_type   varchar        NOT NULL,
    subject      varchar        NOT NULL,  -- Kafka key: the station id, so one station's events stay in order
    tenant       varchar,
    envelope     jsonb       NOT NULL,  -- the complete CloudEvent as published
    created_at   timestamptz NOT NULL DEFAULT now(),
    published_at timestamptz,
    attempts     integer     NOT NULL DEFAULT 0
);
CREATE INDEX outbox_event_unpublished ON outbox_event (created_at) WHERE published_at IS NULL;

-- Idempotent inbox: one row per (event, consumer) applied, inserted in the consumer's transaction.
CREATE TABLE processed_event (
    event_id     uuid        NOT NULL,
    consumer     varchar        NOT NULL,
    processed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (event_id, consumer)
);

-- Idempotency-Key of creating POSTs: the same key from the same caller returns the same result.
CREATE TABLE idempotency_record (
    caller       varchar        NOT NULL,
    idem_key     varchar        NOT NULL,
    request_hash varchar        NOT NULL,
    response     jsonb       NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (caller, idem_key)
);

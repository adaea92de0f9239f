-- Reservations 预约 of one item at one locker, their pickup codes and dispense transactions; the
-- per-(worker, item) row that serialises quota checks; the audit of remote openings.

CREATE TABLE reservation (
    id                 uuid        PRIMARY KEY,
    tenant             varchar     NOT NULL,
    locker_id          uuid        NOT NULL REFERENCES locker (id),
    station_id         uuid        NOT NULL,
    compartment_id     uuid        NOT NULL REFERENCES compartment (id),
    compartment_number integer     NOT NULL,
    item_id            uuid        NOT NULL REFERENCES supply (id),
    item_name          varchar     NOT NULL,
    unit_value_fen     integer     NOT NULL,
    worker             varchar     NOT NULL,
    pickup_code        varchar     NOT NULL CHECK (pickup_code ~ '^[0-9]{6}$'),
    qr_payload         varchar     NOT NULL,
    status             varchar     NOT NULL,
    transaction_id     uuid        UNIQUE,
    created_at         timestamptz NOT NULL,
    expires_at         timestamptz NOT NULL,
    opened_at          timestamptz,
    picked_up_at       timestamptz,
    closed_at          timestamptz,
    closed_by          varchar
);
-- A code is unique among the locker's live reservations (it may come back once they are closed).
CREATE UNIQUE INDEX reservation_live_code ON reservation (locker_id, pickup_code) WHERE status IN ('RESERVED', 'OPENING');
CREATE INDEX reservation_worker_item ON reservation (worker, item_id, created_at);
CREATE INDEX reservation_due ON reservation (expires_at) WHERE status = 'RESERVED';
CREATE INDEX reservation_tenant_created ON reservation (tenant, created_at);

-- Locked (upserted) at the start of every reservation of (worker, item): two requests of one worker
-- for one item run their quota check one after the other.
CREATE TABLE worker_item_lock (
    worker     varchar     NOT NULL,
    item_id    uuid        NOT NULL,
    touched_at timestamptz NOT NULL,
    PRIMARY KEY (worker, item_id)
);

-- Every remote opening of a compartment by an admin, with who, why and what it dispensed.
CREATE TABLE remote_open (
    id                 uuid        PRIMARY KEY,
    tenant             varchar     NOT NULL,
    locker_id          uuid        NOT NULL REFERENCES locker (id),
    compartment_number integer     NOT NULL,
    reservation_id     uuid        REFERENCES reservation (id),
    reason             varchar     NOT NULL,
    opened_by          varchar     NOT NULL,
    created_at         timestamptz NOT NULL
);
CREATE INDEX remote_open_locker ON remote_open (locker_id, created_at);

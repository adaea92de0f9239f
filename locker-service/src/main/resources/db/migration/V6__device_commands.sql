-- The device channel (ADR 0012). Every command to a locker is a row here, written in the same
-- transaction as the state change it serves (a reservation going to OPENING), so a command is never
-- sent for a change that rolled back nor lost for one that committed. Its id is the transaction id
-- the device acknowledges with; the conditional updates on status make a duplicate or stale
-- acknowledgement change nothing.
CREATE TABLE device_command (
    id                 uuid        PRIMARY KEY,
    tenant             varchar     NOT NULL,
    locker_id          uuid        NOT NULL REFERENCES locker (id),
    kind               varchar     NOT NULL,      -- OPEN (for a reservation), REMOTE_OPEN, SET_CONFIG
    compartment_number integer,
    reservation_id     uuid        REFERENCES reservation (id),
    config             varchar,                   -- SET_CONFIG: the JSON object sent as is
    reason             varchar,
    requested_by       varchar     NOT NULL,
    status             varchar     NOT NULL,      -- PENDING → DONE | FAILED | EXPIRED | UNKNOWN (→ DONE | FAILED by reconciliation)
    created_at         timestamptz NOT NULL,
    expires_at         timestamptz NOT NULL,
    sent_at            timestamptz,               -- null: (re)send at the next relay pass
    send_count         integer     NOT NULL DEFAULT 0,
    ack_count          integer     NOT NULL DEFAULT 0,
    acked_at           timestamptz,
    outcome            varchar,                   -- what the device said, or how reconciliation closed it
    closed_by          varchar,
    CHECK (kind IN ('OPEN', 'REMOTE_OPEN', 'SET_CONFIG')),
    CHECK (status IN ('PENDING', 'DONE', 'FAILED', 'EXPIRED', 'UNKNOWN'))
);
CREATE INDEX device_command_unsent ON device_command (created_at) WHERE status = 'PENDING' AND sent_at IS NULL;
CREATE INDEX device_command_pending ON device_command (expires_at) WHERE status = 'PENDING';
CREATE INDEX device_command_locker ON device_command (locker_id, created_at);

-- The last stock each compartment's device reported: the truth stock is reconciled to.
CREATE TABLE stock_report (
    id          uuid        PRIMARY KEY,
    tenant      varchar     NOT NULL,
    locker_id   uuid        NOT NULL REFERENCES locker (id),
    reported_at timestamptz NOT NULL,
    received_at timestamptz NOT NULL,
    body        varchar     NOT NULL,
    adjusted    integer     NOT NULL              -- units the platform's count moved to match the device
);
CREATE INDEX stock_report_locker ON stock_report (locker_id, received_at);

-- A dispense neither confirmed nor failed (device silent) is UNKNOWN, keeps its unit held and waits for the device.
-- reservation.status is a varchar: UNKNOWN needs no change there.

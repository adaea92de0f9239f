-- Restocking 补货: a weekly plan per locker (weekday and what each compartment should hold), the tasks
-- generated from it (one per locker and date), and every restock operation with its lines.

CREATE TABLE restock_plan (
    locker_id  uuid        PRIMARY KEY REFERENCES locker (id),
    tenant     varchar     NOT NULL,
    weekday    integer     NOT NULL CHECK (weekday BETWEEN 1 AND 7),   -- ISO: 1 = Monday
    updated_by varchar     NOT NULL,
    updated_at timestamptz NOT NULL
);
CREATE INDEX restock_plan_weekday ON restock_plan (weekday);

CREATE TABLE restock_plan_line (
    locker_id          uuid    NOT NULL REFERENCES restock_plan (locker_id) ON DELETE CASCADE,
    compartment_number integer NOT NULL,
    item_id            uuid    NOT NULL REFERENCES supply (id),
    target_quantity    integer NOT NULL CHECK (target_quantity > 0),
    PRIMARY KEY (locker_id, compartment_number)
);

CREATE TABLE restock_task (
    id           uuid        PRIMARY KEY,
    tenant       varchar     NOT NULL,
    locker_id    uuid        NOT NULL REFERENCES locker (id),
    due_date     date        NOT NULL,
    status       varchar     NOT NULL,
    created_at   timestamptz NOT NULL,
    done_at      timestamptz,
    operation_id uuid,
    UNIQUE (locker_id, due_date)
);

CREATE TABLE restock_operation (
    id           uuid        PRIMARY KEY,
    tenant       varchar     NOT NULL,
    locker_id    uuid        NOT NULL REFERENCES locker (id),
    task_id      uuid        REFERENCES restock_task (id),
    performed_by varchar     NOT NULL,
    units        integer     NOT NULL,
    value_fen    bigint      NOT NULL,
    created_at   timestamptz NOT NULL
);
CREATE INDEX restock_operation_locker ON restock_operation (locker_id, created_at);

CREATE TABLE restock_operation_line (
    operation_id       uuid    NOT NULL REFERENCES restock_operation (id),
    compartment_number integer NOT NULL,
    item_id            uuid    NOT NULL REFERENCES supply (id),
    added              integer NOT NULL CHECK (added > 0),
    quantity_after     integer NOT NULL,
    PRIMARY KEY (operation_id, compartment_number)
);

-- Golden ideas 金点子: a worker's suggestion for a station or a whole city, answered by the city's admins:
-- SUBMITTED → ACKNOWLEDGED → ADOPTED | DECLINED, each answer with a reply the author reads.
CREATE TABLE suggestion (
    id               uuid          PRIMARY KEY,
    tenant           varchar       NOT NULL,
    station_id       uuid,
    title            varchar(100)  NOT NULL,
    body             varchar(2000) NOT NULL,
    author           varchar       NOT NULL,
    status           varchar       NOT NULL,
    created_at       timestamptz   NOT NULL,
    acknowledged_at  timestamptz,
    acknowledged_by  varchar,
    acknowledgement  varchar(1000),
    decided_at       timestamptz,
    decided_by       varchar,
    decision_reply   varchar(1000)
);
CREATE INDEX suggestion_author ON suggestion (author, created_at);
CREATE INDEX suggestion_tenant_status ON suggestion (tenant, status, created_at);

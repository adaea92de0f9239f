-- Evaluation (考评): signals from other services' events, inspections, yellow and red cards,
-- rectification and delisting. See docs/evaluation.md for the rules and their defaults.

-- When the station last began to be judged on its hours: it opened, or its hours changed. Periods
-- before that are never counted against it.
ALTER TABLE station
    ADD COLUMN opened_at        timestamptz,
    ADD COLUMN hours_changed_at timestamptz;

-- Facts that a station was in use or open: locker pickups, duty check-ins, health-check sessions,
-- managers' open/close reports. Keyed by the fact's own id, so a replayed event inserts nothing.
-- Door entries are not copied here: they live in door_entry already.
CREATE TABLE station_activity (
    kind       varchar     NOT NULL,
    source_id  varchar     NOT NULL,
    station_id uuid        NOT NULL,
    tenant     varchar     NOT NULL,
    at         timestamptz NOT NULL,
    counts_as_use boolean  NOT NULL,
    PRIMARY KEY (kind, source_id)
);
CREATE INDEX station_activity_station_time ON station_activity (station_id, at);

-- Ratings as rating-service announces them; a replacement keeps the rating id, the latest wins.
CREATE TABLE rating_signal (
    rating_id  uuid        PRIMARY KEY,
    station_id uuid        NOT NULL,
    score      integer     NOT NULL,
    rated_at   timestamptz NOT NULL
);
CREATE INDEX rating_signal_station_time ON rating_signal (station_id, rated_at);

-- Butler help requests as volunteer-service announces them; times only ever move from null to a value.
CREATE TABLE help_signal (
    help_request_id  uuid        PRIMARY KEY,
    station_id       uuid        NOT NULL,
    requested_at     timestamptz,
    accepted_at      timestamptz,
    resolved_at      timestamptz,
    escalation_level integer     NOT NULL DEFAULT 0
);
CREATE INDEX help_signal_station_time ON help_signal (station_id, requested_at);

-- Rule settings: the province's row ('fujian') and optional city rows; JSON objects of overrides only.
CREATE TABLE evaluation_setting (
    scope      varchar     PRIMARY KEY,
    settings   jsonb       NOT NULL,
    updated_at timestamptz NOT NULL,
    updated_by varchar     NOT NULL
);

-- Inspection checklists; a new version replaces the old for new inspections, old ones keep theirs.
CREATE TABLE inspection_checklist (
    version    integer     PRIMARY KEY,
    items      jsonb       NOT NULL,
    created_at timestamptz NOT NULL,
    created_by varchar     NOT NULL
);
INSERT INTO inspection_checklist (version, items, created_at, created_by) VALUES (1, '[
  {"code":"signboard","titleZh":"统一标识牌醒目","titleEn":"Union signboard clearly shown","points":1,"base":true},
  {"code":"space","titleZh":"独立休息空间","titleEn":"A room to rest in","points":1,"base":true},
  {"code":"water","titleZh":"饮用水","titleEn":"Drinking water","points":1,"base":true},
  {"code":"heating","titleZh":"热饭设备","titleEn":"A way to heat a meal","points":1,"base":true},
  {"code":"charging","titleZh":"充电设施","titleEn":"Charging","points":1,"base":true},
  {"code":"hours_posted","titleZh":"按公示时间开放","titleEn":"Open as posted","points":1,"base":true},
  {"code":"toilet","titleZh":"卫生间","titleEn":"Toilet","points":1,"base":false},
  {"code":"medicine","titleZh":"医药箱","titleEn":"Medicine box","points":1,"base":false},
  {"code":"cleanliness","titleZh":"环境整洁","titleEn":"Clean and tidy","points":1,"base":false},
  {"code":"services","titleZh":"特色服务（阅读、维修、健康）","titleEn":"Extra services (reading, repairs, health)","points":1,"base":false}
]', '2026-01-01T00:00:00+08:00', 'system');

-- A random sample of stations per city for a period; the seed makes the draw reproducible.
CREATE TABLE inspection_plan (
    id          uuid        PRIMARY KEY,
    period_from date        NOT NULL,
    period_to   date        NOT NULL,
    kind        varchar     NOT NULL,
    per_city    integer     NOT NULL,
    seed        bigint      NOT NULL,
    created_at  timestamptz NOT NULL,
    created_by  varchar     NOT NULL
);
CREATE TABLE inspection_plan_station (
    plan_id    uuid    NOT NULL REFERENCES inspection_plan (id),
    station_id uuid    NOT NULL REFERENCES station (id),
    tenant     varchar NOT NULL,
    position   integer NOT NULL,
    PRIMARY KEY (plan_id, station_id)
);

CREATE TABLE inspection (
    id                uuid        PRIMARY KEY,
    station_id        uuid        NOT NULL REFERENCES station (id),
    tenant            varchar     NOT NULL,
    plan_id           uuid        REFERENCES inspection_plan (id),
    kind              varchar     NOT NULL,
    inspector         varchar     NOT NULL,
    inspector_tenant  varchar,
    checklist_version integer     NOT NULL REFERENCES inspection_checklist (version),
    scores            jsonb       NOT NULL,
    total             integer     NOT NULL,
    max_total         integer     NOT NULL,
    base_met          boolean     NOT NULL,
    remarks           varchar,
    photos            jsonb       NOT NULL DEFAULT '[]',
    inspected_at      timestamptz NOT NULL,
    recorded_by       varchar     NOT NULL
);
CREATE INDEX inspection_station ON inspection (station_id, inspected_at);

-- Yellow and red cards. Evidence is a JSON object naming the rule's inputs, kept as issued.
CREATE TABLE evaluation_card (
    id                   uuid        PRIMARY KEY,
    station_id           uuid        NOT NULL REFERENCES station (id),
    tenant               varchar     NOT NULL,
    colour               varchar     NOT NULL,
    rule                 varchar     NOT NULL,
    status               varchar     NOT NULL,
    evidence             jsonb       NOT NULL,
    issued_at            timestamptz NOT NULL,
    deadline             timestamptz,
    closed_at            timestamptz,
    reinspection_due     date,
    escalated_to         uuid        REFERENCES evaluation_card (id),
    version              bigint      NOT NULL DEFAULT 0
);
CREATE INDEX evaluation_card_queue ON evaluation_card (tenant, status, issued_at);
CREATE INDEX evaluation_card_station ON evaluation_card (station_id, issued_at);
-- At most one open card per station and rule: a rule that keeps firing does not pile up cards.
CREATE UNIQUE INDEX evaluation_card_one_open ON evaluation_card (station_id, rule)
    WHERE status IN ('ISSUED', 'RECTIFICATION_SUBMITTED', 'DELISTING_PROPOSED');

-- Who did what to a card, and when: the audit trail the station and the city both read.
CREATE TABLE evaluation_card_action (
    id       uuid        PRIMARY KEY,
    card_id  uuid        NOT NULL REFERENCES evaluation_card (id),
    action   varchar     NOT NULL,
    actor    varchar     NOT NULL,
    at       timestamptz NOT NULL,
    note     varchar,
    photos   jsonb       NOT NULL DEFAULT '[]'
);
CREATE INDEX evaluation_card_action_card ON evaluation_card_action (card_id, at);

-- The daily run's scorecard of every station it judged: what the CSV export and the city reports read,
-- so that exporting 6,000 stations does not recompute 6,000 sets of signals.
CREATE TABLE station_scorecard (
    station_id uuid        PRIMARY KEY REFERENCES station (id),
    tenant     varchar     NOT NULL,
    as_of      timestamptz NOT NULL,
    score      integer,
    signals    jsonb       NOT NULL
);
CREATE INDEX station_scorecard_tenant ON station_scorecard (tenant);

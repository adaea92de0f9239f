-- Station details (issue: station registry and map search): amenities, photos, opening hours,
-- verification, build programme fields, managers, worker reports, yearly targets, door devices and visits.

CREATE TABLE amenity (
    code       varchar PRIMARY KEY,
    name_zh    varchar NOT NULL,
    name_en    varchar NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO amenity (code, name_zh, name_en) VALUES
    ('microwave', '微波炉', 'Microwave'),
    ('fridge', '冰箱', 'Fridge'),
    ('water_dispenser', '饮水机', 'Water dispenser'),
    ('medicine_box', '医药箱', 'Medicine box'),
    ('phone_charging', '手机充电', 'Phone charging'),
    ('ebike_charging', '电动车充电', 'E-bike charging'),
    ('reading_corner', '阅读角', 'Reading corner'),
    ('rest_seats', '休息座椅', 'Rest seats'),
    ('toilet', '卫生间', 'Toilet'),
    ('wifi', '无线网络', 'Wi-Fi'),
    ('air_conditioning', '空调', 'Air conditioning'),
    ('umbrella', '爱心雨伞', 'Umbrella'),
    ('repair_tools', '维修工具', 'Repair tools'),
    ('smart_locker', '智能柜', 'Smart locker'),
    ('health_check', '健康检测设备', 'Health-check device'),
    ('training_room', '培训室', 'Training room');

ALTER TABLE station
    ADD COLUMN area_m2            numeric(7, 1),
    ADD COLUMN build_year         integer,
    ADD COLUMN build_kind         varchar,
    ADD COLUMN amenities          jsonb   NOT NULL DEFAULT '[]',
    ADD COLUMN photos             jsonb   NOT NULL DEFAULT '[]',
    ADD COLUMN open_24h           boolean NOT NULL DEFAULT false,
    ADD COLUMN weekly_hours       jsonb   NOT NULL DEFAULT '[]',
    ADD COLUMN hours_exceptions   jsonb   NOT NULL DEFAULT '[]',
    ADD COLUMN hours_verified_at  timestamptz,
    ADD COLUMN hours_verified_by  varchar;

CREATE INDEX station_amenities ON station USING gin (amenities jsonb_path_ops);
CREATE INDEX station_build ON station (build_year, tenant, build_kind);

-- Whether a station is open at a local (Asia/Shanghai) time, from its posted hours.
-- weekly: [{"day":1..7 (ISO, Monday=1),"opens":"HH:MM","closes":"HH:MM"}], closes <= opens runs past midnight;
-- exceptions: [{"date":"YYYY-MM-DD","closed":true} | {"date":...,"opens":...,"closes":...}] replace that day's hours.
CREATE FUNCTION station_open_at(weekly jsonb, exceptions jsonb, open_24h boolean, at timestamp)
RETURNS boolean LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    d date := at::date;
    t time := at::time;
    w jsonb;
    ex jsonb;
    prev_ex jsonb;
BEGIN
    IF open_24h THEN
        RETURN true;
    END IF;
    -- today's windows (from the exception for today, else the weekly schedule)
    SELECT e INTO ex FROM jsonb_array_elements(exceptions) e WHERE e->>'date' = d::text LIMIT 1;
    IF ex IS NOT NULL THEN
        IF coalesce((ex->>'closed')::boolean, false) THEN
            RETURN false;
        END IF;
        IF (ex->>'opens')::time <= t AND (t < (ex->>'closes')::time OR (ex->>'closes')::time <= (ex->>'opens')::time) THEN
            RETURN true;
        END IF;
    ELSE
        FOR w IN SELECT x FROM jsonb_array_elements(weekly) x WHERE (x->>'day')::int = extract(isodow FROM d) LOOP
            IF (w->>'opens')::time <= t AND (t < (w->>'closes')::time OR (w->>'closes')::time <= (w->>'opens')::time) THEN
                RETURN true;
            END IF;
        END LOOP;
    END IF;
    -- yesterday's windows that run past midnight
    SELECT e INTO prev_ex FROM jsonb_array_elements(exceptions) e WHERE e->>'date' = (d - 1)::text LIMIT 1;
    IF prev_ex IS NOT NULL THEN
        RETURN NOT coalesce((prev_ex->>'closed')::boolean, false)
            AND (prev_ex->>'closes')::time <= (prev_ex->>'opens')::time AND t < (prev_ex->>'closes')::time;
    END IF;
    RETURN EXISTS (SELECT 1 FROM jsonb_array_elements(weekly) x
                   WHERE (x->>'day')::int = extract(isodow FROM d - 1)
                     AND (x->>'closes')::time <= (x->>'opens')::time AND t < (x->>'closes')::time);
END;
$$;

-- Station managers (驿站负责人) by their login name; they edit their own station's details and hours.
CREATE TABLE station_manager (
    station_id uuid    NOT NULL REFERENCES station (id) ON DELETE CASCADE,
    username   varchar NOT NULL,
    PRIMARY KEY (station_id, username)
);
CREATE INDEX station_manager_username ON station_manager (username);

-- Workers' reports that a station is closed, moved or wrong; they queue for the city admin.
CREATE TABLE station_report (
    id          uuid        PRIMARY KEY,
    station_id  uuid        NOT NULL REFERENCES station (id),
    tenant      varchar     NOT NULL,
    kind        varchar     NOT NULL,
    note        varchar,
    reporter    varchar     NOT NULL,
    status      varchar     NOT NULL,
    created_at  timestamptz NOT NULL,
    resolved_at timestamptz,
    resolved_by varchar,
    resolution  varchar
);
CREATE INDEX station_report_queue ON station_report (tenant, status, created_at);

-- The province's yearly build and upgrade targets per city.
CREATE TABLE programme_target (
    year           integer NOT NULL,
    tenant         varchar NOT NULL,
    new_stations   integer NOT NULL CHECK (new_stations >= 0),
    upgraded       integer NOT NULL CHECK (upgraded >= 0),
    smart_upgrades integer NOT NULL CHECK (smart_upgrades >= 0),
    updated_at     timestamptz NOT NULL,
    updated_by     varchar NOT NULL,
    PRIMARY KEY (year, tenant)
);

-- Door devices of 24-hour stations, bound to one station by their OIDC client id.
CREATE TABLE door_device (
    client_id  varchar     PRIMARY KEY,
    station_id uuid        NOT NULL REFERENCES station (id),
    tenant     varchar     NOT NULL,
    created_at timestamptz NOT NULL
);

-- Entries as the door reports them: a pseudonym at most, never a face or a name.
CREATE TABLE door_entry (
    id         uuid        PRIMARY KEY,
    station_id uuid        NOT NULL REFERENCES station (id),
    at         timestamptz NOT NULL,
    direction  varchar     NOT NULL,
    granted    boolean     NOT NULL,
    pseudonym  varchar
);
CREATE INDEX door_entry_station_time ON door_entry (station_id, at);

-- Per station and local day: visits (granted entries), denied attempts, and who is inside now.
CREATE TABLE station_visit_day (
    station_id uuid    NOT NULL REFERENCES station (id),
    day        date    NOT NULL,
    visits     integer NOT NULL DEFAULT 0,
    denied     integer NOT NULL DEFAULT 0,
    occupancy  integer NOT NULL DEFAULT 0,
    published  boolean NOT NULL DEFAULT false,
    PRIMARY KEY (station_id, day)
);

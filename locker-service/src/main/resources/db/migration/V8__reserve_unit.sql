-- A reservation's rules and writes in one call (ADR 0022): ReservationService made ~12 round trips
-- for one reservation, each a statement through Hibernate Reactive; the service's CPU per
-- reservation, not PostgreSQL, bounded the morning peak. The function runs them in the order the
-- service did, in the caller's transaction, and answers with an outcome the service turns into a
-- response: on any refusal the service throws and the whole transaction (lock row, held unit)
-- rolls back. The rules that are the service's words stay in Java and come in as arguments: which
-- station statuses serve, the QR payload's format ('{code}' stands for the code drawn here).
--
-- Outcomes: OK, NO_LOCKER, NO_ITEM (missing or another city's), NOT_SERVING (station_status says
-- why), OFFLINE, NOT_MEMBER, NO_CODE (no free code drawn), QUOTA (quota_* say which), OUT_OF_STOCK.

-- A six-digit code not used by a live reservation of the locker, or null when 16 draws were all taken.
CREATE FUNCTION free_pickup_code(p_locker uuid) RETURNS varchar LANGUAGE sql VOLATILE AS $$
    SELECT d.code
      FROM (SELECT lpad(floor(random() * 1000000)::int::text, 6, '0') AS code FROM generate_series(1, 16)) d
     WHERE NOT EXISTS (SELECT 1 FROM reservation r WHERE r.locker_id = p_locker AND r.pickup_code = d.code
                          AND r.status IN ('RESERVED', 'OPENING'))
     LIMIT 1
$$;

CREATE FUNCTION reserve_unit(p_id uuid, p_worker varchar, p_locker uuid, p_item uuid, p_now timestamptz,
                             p_expires timestamptz, p_serving varchar[], p_qr_template varchar,
                             OUT r_outcome varchar, OUT r_station_status varchar, OUT r_tenant varchar,
                             OUT r_station_id uuid, OUT r_compartment_id uuid, OUT r_compartment_number integer,
                             OUT r_item_name varchar, OUT r_unit_value_fen integer, OUT r_pickup_code varchar,
                             OUT r_qr_payload varchar, OUT r_quota_count integer, OUT r_quota_days integer,
                             OUT r_once_per_worker boolean)
LANGUAGE plpgsql AS $$
DECLARE
    l locker%ROWTYPE;
    s supply%ROWTYPE;
    used bigint;
    c record;
BEGIN
    SELECT * INTO l FROM locker WHERE id = p_locker;
    IF NOT FOUND THEN
        r_outcome := 'NO_LOCKER';
        RETURN;
    END IF;
    SELECT * INTO s FROM supply WHERE id = p_item;
    IF NOT FOUND OR s.tenant <> l.tenant THEN
        r_outcome := 'NO_ITEM';
        RETURN;
    END IF;
    r_quota_count := s.quota_count;
    r_quota_days := s.quota_days;
    r_once_per_worker := s.once_per_worker;
    SELECT status INTO r_station_status FROM station_replica WHERE id = l.station_id;
    IF r_station_status IS NULL OR NOT (r_station_status = ANY (p_serving)) THEN
        r_outcome := 'NOT_SERVING';
        RETURN;
    END IF;
    IF NOT l.online THEN
        r_outcome := 'OFFLINE';
        RETURN;
    END IF;
    IF s.members_only AND NOT EXISTS (SELECT 1 FROM union_member WHERE worker = p_worker) THEN
        r_outcome := 'NOT_MEMBER';
        RETURN;
    END IF;
    -- drawn before the hold, so that the compartment's row lock (kept to commit) covers as little as possible
    r_pickup_code := free_pickup_code(p_locker);
    IF r_pickup_code IS NULL THEN
        r_outcome := 'NO_CODE';
        RETURN;
    END IF;
    -- the (worker, item) row first: one worker's requests for one item count their quota one after another,
    -- and this statement's successor takes a snapshot after the lock, so it sees the other's reservation
    INSERT INTO worker_item_lock (worker, item_id, touched_at) VALUES (p_worker, p_item, p_now)
        ON CONFLICT (worker, item_id) DO UPDATE SET touched_at = excluded.touched_at;
    -- abandoned reservations (EXPIRED: the unit was kept from others for hours) count; cancelled and failed ones do not
    SELECT count(*) INTO used FROM reservation
     WHERE worker = p_worker AND item_id = p_item
       AND created_at >= CASE WHEN s.once_per_worker THEN '-infinity'::timestamptz
                              ELSE p_now - make_interval(days => s.quota_days) END
       AND status IN ('RESERVED', 'OPENING', 'PICKED_UP', 'UNKNOWN', 'EXPIRED');
    IF used >= (CASE WHEN s.once_per_worker THEN 1 ELSE s.quota_count END) THEN
        r_outcome := 'QUOTA';
        RETURN;
    END IF;
    -- one unit held by a conditional update that PostgreSQL re-checks under the row lock: never promised twice
    FOR c IN SELECT id, number FROM compartment
              WHERE locker_id = p_locker AND item_id = p_item AND quantity - held > 0 ORDER BY number LOOP
        UPDATE compartment SET held = held + 1 WHERE id = c.id AND quantity - held > 0;
        IF FOUND THEN
            r_compartment_id := c.id;
            r_compartment_number := c.number;
            EXIT;
        END IF;
    END LOOP;
    IF r_compartment_id IS NULL THEN
        r_outcome := 'OUT_OF_STOCK';
        RETURN;
    END IF;
    r_tenant := l.tenant;
    r_station_id := l.station_id;
    r_item_name := s.name;
    r_unit_value_fen := s.unit_value_fen;
    -- a code another transaction drew at the same moment and committed first: the unique index would refuse
    -- the insert, so a clash skips it and the code is drawn again (the index, not the draw, is the guarantee)
    FOR attempt IN 1..3 LOOP
        r_qr_payload := replace(p_qr_template, '{code}', r_pickup_code);
        INSERT INTO reservation (id, tenant, locker_id, station_id, compartment_id, compartment_number, item_id,
                                 item_name, unit_value_fen, worker, pickup_code, qr_payload, status, created_at,
                                 expires_at)
        VALUES (p_id, r_tenant, p_locker, r_station_id, r_compartment_id, r_compartment_number, p_item, r_item_name,
                r_unit_value_fen, p_worker, r_pickup_code, r_qr_payload, 'RESERVED', p_now, p_expires)
        ON CONFLICT (locker_id, pickup_code) WHERE status IN ('RESERVED', 'OPENING') DO NOTHING;
        IF FOUND THEN
            r_outcome := 'OK';
            RETURN;
        END IF;
        r_pickup_code := free_pickup_code(p_locker);
        EXIT WHEN r_pickup_code IS NULL;
    END LOOP;
    r_outcome := 'NO_CODE';
END;
$$;

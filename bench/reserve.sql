-- pgbench script: one locker reservation as ReservationService runs it (locker-service), in one
-- transaction: draw a free pickup code, upsert the (worker, item) lock row, count the quota, find a
-- compartment with stock, hold a unit (conditional UPDATE), insert the reservation and its outbox
-- event. Run against the burst's database after the burst (bench_pair: n → locker, item, station;
-- compartments topped up so stock never runs out). The locker, item and station reads and the
-- idempotency record the service also does are left out: the anchor is the write path's SQL.
\set n random(1, :pairs)
\set w random(1, 1000000000)
SELECT locker_id AS locker, item_id AS item, station_id AS station FROM bench_pair WHERE n = :n \gset
BEGIN;
SELECT c AS code FROM (SELECT lpad(floor(random() * 1000000)::int::text, 6, '0') AS c FROM generate_series(1, 16)) s
 WHERE NOT EXISTS (SELECT 1 FROM reservation r WHERE r.locker_id = :locker::uuid AND r.pickup_code = s.c
   AND r.status IN ('RESERVED', 'OPENING')) LIMIT 1 \gset
INSERT INTO worker_item_lock (worker, item_id, touched_at) VALUES ('pgbench-' || :w::text, :item::uuid, now())
  ON CONFLICT (worker, item_id) DO UPDATE SET touched_at = excluded.touched_at;
SELECT count(*) AS used FROM reservation WHERE worker = 'pgbench-' || :w::text AND item_id = :item::uuid
  AND created_at >= now() - interval '7 days' AND status IN ('RESERVED', 'OPENING', 'PICKED_UP') \gset
SELECT id AS cid, number AS num FROM compartment WHERE locker_id = :locker::uuid AND item_id = :item::uuid
  AND quantity - held > 0 ORDER BY number LIMIT 1 \gset
UPDATE compartment SET held = held + 1 WHERE id = :cid::uuid AND quantity - held > 0;
INSERT INTO reservation (id, tenant, locker_id, station_id, compartment_id, compartment_number, item_id, item_name,
    unit_value_fen, worker, pickup_code, qr_payload, status, created_at, expires_at)
  VALUES (gen_random_uuid(), 'fuzhou', :locker::uuid, :station::uuid, :cid::uuid, :num::int, :item::uuid, '基准物资',
    100, 'pgbench-' || :w::text, :code::text, 'YZ1|' || :locker::text || '|' || :code::text, 'RESERVED', now(), now() + interval '2 hours')
  -- two clients that drew the same code at once: the service answers the second 409 and its worker retries;
  -- pgbench would abort the client (and the run), so the second insert is skipped (2 of 21,778 on 2026-12-07)
  ON CONFLICT (locker_id, pickup_code) WHERE status IN ('RESERVED', 'OPENING') DO NOTHING;
INSERT INTO outbox_event (id, event_type, subject, tenant, envelope)
  VALUES (gen_random_uuid(), 'yizhan.locker.item-reserved', :station::text, 'fuzhou',
    jsonb_build_object('specversion', '1.0', 'type', 'yizhan.locker.item-reserved', 'data',
      jsonb_build_object('lockerId', :locker::text, 'itemId', :item::text, 'compartment', :num::int, 'worker', 'pgbench-' || :w::text)));
END;

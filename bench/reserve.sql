-- pgbench script: one locker reservation as ReservationService runs it (locker-service), its whole
-- transaction: the Idempotency-Key lookup, reserve_unit (V8: the locker, item and station reads, the
-- (worker, item) lock row, the quota count, the hold and the reservation's insert), the
-- item-reserved event into the outbox and the Idempotency-Key record. Run against the burst's
-- database after the bursts (bench_pair: n → locker, item; compartments topped up so stock never
-- runs out; lockers marked online; a new worker and key each time). A refusal divides by zero: the anchor aborts rather than count
-- cheaper, refused reservations.
\set n random(1, :pairs)
SELECT locker_id AS locker, item_id AS item, gen_random_uuid() AS key FROM bench_pair WHERE n = :n \gset
BEGIN;
SELECT request_hash, response, created_at FROM idempotency_record WHERE caller = 'pgbench-' || :key AND idem_key = :key;
SELECT r_tenant AS tenant, r_station_id AS station, r_compartment_number AS num, r_pickup_code AS code,
       1 / (r_outcome = 'OK')::int AS ok
  FROM reserve_unit(gen_random_uuid(), 'pgbench-' || :key, :locker::uuid, :item::uuid, now(), now() + interval '2 hours',
                    ARRAY['OPEN', 'WARNED']::varchar[], 'YZ1|' || :locker || '|{code}|pgbench') \gset
INSERT INTO outbox_event (id, event_type, subject, tenant, envelope, created_at)
  VALUES (gen_random_uuid(), 'yizhan.locker.item-reserved', :station, :tenant,
    jsonb_build_object('specversion', '1.0', 'type', 'yizhan.locker.item-reserved', 'data',
      jsonb_build_object('lockerId', :locker::text, 'itemId', :item::text, 'compartment', :num::int)), now());
INSERT INTO idempotency_record (caller, idem_key, request_hash, response, created_at)
  VALUES ('pgbench-' || :key, :key, md5(:locker || :item),
    jsonb_build_object('lockerId', :locker::text, 'itemId', :item::text, 'pickupCode', :code::text, 'compartment', :num::int), now());
END;

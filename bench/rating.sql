-- pgbench script: one anonymous rating as RatingService runs it (rating-service), statement for
-- statement as PostgreSQL's log shows them: the flood limit counted on its own, before the
-- transaction (one key per station, as wrk's raters from one address give); then in one transaction
-- the station's replica row and QR version read, its satisfaction state made and locked, the rating
-- and its outbox event inserted (the rating's trigger adding it to rating_day), and the station's 30-day
-- sums read from rating_day plus the window's first day (SatisfactionStateRepository.SUMS_30). Run against the stack's rating
-- database after the stream (bench_rating_station: n -> an open station). The outbox rows are written
-- as already published so that the relay does not send them: the one difference from the service,
-- which spares PostgreSQL an entry in the partial index of unpublished events.
\set n random(1, :stations)
SELECT id AS station, tenant FROM bench_rating_station WHERE n = :n \gset
INSERT INTO rate_limit_window (limiter, key_hash, window_start, used, expires_at)
  VALUES ('pgbench-anonymous', md5(:station::text), date_trunc('hour', now()), 1, date_trunc('hour', now()) + interval '1 hour')
  ON CONFLICT (limiter, key_hash, window_start) DO UPDATE SET used = rate_limit_window.used + 1 RETURNING used;
BEGIN;
SELECT id, lat, lon, name, status, tenant, updated_at, version FROM station_replica WHERE id = :station::uuid;
SELECT coalesce(max(version), 1) FROM station_qr WHERE station_id = :station::uuid;
INSERT INTO satisfaction_state (station_id, tenant, low, updated_at) VALUES (:station::uuid, :tenant::text, false, now())
  ON CONFLICT (station_id) DO NOTHING;
INSERT INTO rating (id, station_id, tenant, score, environment, service, tags, comment_status, source, qr_verified,
    rated_at, first_rated_at, replaced)
  VALUES (gen_random_uuid(), :station::uuid, :tenant::text, 4, 3, 4, 'clean', 'NONE', 'QR', true, now(), now(), 0);
INSERT INTO outbox_event (id, event_type, subject, tenant, envelope, created_at, published_at, attempts)
  VALUES (gen_random_uuid(), 'yizhan.rating.rating-submitted', :station::text, :tenant::text,
    jsonb_build_object('id', gen_random_uuid(), 'type', 'yizhan.rating.rating-submitted', 'source', '/rating-service',
      'specversion', '1.0', 'datacontenttype', 'application/json', 'subject', :station::text, 'tenant', :tenant::text, 'time', now(),
      'data', jsonb_build_object('ratingId', gen_random_uuid(), 'stationId', :station::text, 'tenant', :tenant::text, 'score', 4,
        'environment', 3, 'service', 4, 'facilities', null, 'openingAsPosted', null, 'tags', jsonb_build_array('clean'),
        'source', 'QR', 'weight', 0.25, 'anonymous', true, 'qrVerified', true, 'hasComment', false, 'replaced', false,
        'ratedAt', now())),
    now(), now(), 1);
SELECT low FROM satisfaction_state WHERE station_id = :station::uuid FOR UPDATE;
SELECT json_build_object('workers', sum(workers), 'workerSum', sum(worker_sum),
                         'anonymous', sum(anonymous), 'anonymousSum', sum(anonymous_sum))::text
FROM (SELECT workers, worker_sum, anonymous, anonymous_sum FROM rating_day
       WHERE station_id = :station::uuid AND day > CAST((now() - interval '30 days') AT TIME ZONE 'Asia/Shanghai' AS date)
      UNION ALL
      SELECT count(*) FILTER (WHERE author IS NOT NULL), coalesce(sum(score) FILTER (WHERE author IS NOT NULL), 0),
             count(*) FILTER (WHERE author IS NULL), coalesce(sum(score) FILTER (WHERE author IS NULL), 0)
        FROM rating
       WHERE station_id = :station::uuid AND rated_at > now() - interval '30 days'
         AND rated_at < CAST(CAST((now() - interval '30 days') AT TIME ZONE 'Asia/Shanghai' AS date) + 1 AS timestamp) AT TIME ZONE 'Asia/Shanghai') parts;
END;

-- "One open report per worker per station" was checked in code only: two parallel reports both
-- passed the check (issue 24). Open duplicates already made are closed as rejected (the oldest stays
-- open), then a partial unique index makes the rule the database's; a duplicate insert is a 409.
UPDATE station_report r
SET status = 'REJECTED', resolved_at = now(), resolved_by = 'system',
    resolution = '重复的反馈 / duplicate of an earlier open report'
WHERE r.status = 'OPEN'
  AND EXISTS (SELECT 1 FROM station_report o
              WHERE o.reporter = r.reporter AND o.station_id = r.station_id AND o.status = 'OPEN'
                AND (o.created_at, o.id) < (r.created_at, r.id));
CREATE UNIQUE INDEX station_report_one_open ON station_report (reporter, station_id) WHERE status = 'OPEN';

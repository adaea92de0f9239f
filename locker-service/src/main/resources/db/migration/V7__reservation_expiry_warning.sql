-- A worker is told once that an uncollected reservation is about to expire (yizhan.locker.reservation-warn-before).
ALTER TABLE reservation ADD COLUMN expiry_warned_at timestamptz;
CREATE INDEX reservation_warn_due ON reservation (expires_at) WHERE status = 'RESERVED' AND expiry_warned_at IS NULL;

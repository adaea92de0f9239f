-- The current QR token version of a station; a station without a row is at version 1.
-- Rotating (reprinting a poster) raises the version, and tokens of older versions stop working.
CREATE TABLE station_qr (
    station_id uuid        PRIMARY KEY,
    version    integer     NOT NULL,
    rotated_at timestamptz NOT NULL,
    rotated_by varchar     NOT NULL
);

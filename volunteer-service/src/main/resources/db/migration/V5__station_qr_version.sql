-- The current version of each station's wall QR code, from rating-service's qr-rotated events
-- (a station never rotated is at version 1). Check-ins with an older code are refused.
CREATE TABLE station_qr_version (
    station_id uuid    PRIMARY KEY,
    version    integer NOT NULL CHECK (version >= 1)
);

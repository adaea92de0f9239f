-- Station photos (issue 19, docs/adr/0016-station-photos-s3.md). The images live in object storage
-- through the S3 API, re-encoded without their metadata: <station>/<photo>.jpg (at most 1600 px on
-- the long edge) and <station>/<photo>-thumb.jpg (320 px). This row is what the service knows of them.
CREATE TABLE station_photo (
    id            uuid         PRIMARY KEY,
    station_id    uuid         NOT NULL REFERENCES station (id),
    tenant        varchar      NOT NULL,
    object_key    varchar(200) NOT NULL,
    thumbnail_key varchar(200) NOT NULL,
    width         integer      NOT NULL CHECK (width > 0),
    height        integer      NOT NULL CHECK (height > 0),
    bytes         integer      NOT NULL CHECK (bytes > 0),
    uploaded_at   timestamptz  NOT NULL,
    uploaded_by   varchar      NOT NULL
);

CREATE INDEX station_photo_station ON station_photo (station_id, uploaded_at);

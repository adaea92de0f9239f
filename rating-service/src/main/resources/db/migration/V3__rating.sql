-- Ratings of stations, by logged-in workers (author = token subject) or anonymously with a QR token.
-- A worker's second rating of a station within 24 h replaces the first (same row, rated_at moves).
CREATE TABLE rating (
    id                uuid        PRIMARY KEY,
    station_id        uuid        NOT NULL,
    tenant            varchar     NOT NULL,
    score             integer     NOT NULL CHECK (score BETWEEN 1 AND 5),
    environment       integer     CHECK (environment BETWEEN 1 AND 5),
    facilities        integer     CHECK (facilities BETWEEN 1 AND 5),
    service           integer     CHECK (service BETWEEN 1 AND 5),
    opening_as_posted integer     CHECK (opening_as_posted BETWEEN 1 AND 5),
    -- tag codes, comma-separated (fixed vocabulary, see RatingTag)
    tags              varchar     NOT NULL DEFAULT '',
    comment           varchar(500),
    -- NONE (no comment), PUBLISHED, PENDING (word list hit, awaiting a city admin), APPROVED, REJECTED
    comment_status    varchar     NOT NULL,
    screened_words    varchar,
    author            varchar,
    source            varchar     NOT NULL,
    qr_verified       boolean     NOT NULL,
    rated_at          timestamptz NOT NULL,
    first_rated_at    timestamptz NOT NULL,
    replaced          integer     NOT NULL DEFAULT 0,
    moderated_by      varchar,
    moderated_at      timestamptz,
    moderation_note   varchar
);
CREATE INDEX rating_station_time ON rating (station_id, rated_at);
CREATE INDEX rating_tenant_time ON rating (tenant, rated_at);
CREATE INDEX rating_time ON rating (rated_at);
CREATE INDEX rating_author_station ON rating (author, station_id, rated_at) WHERE author IS NOT NULL;
CREATE INDEX rating_pending ON rating (tenant, rated_at) WHERE comment_status = 'PENDING';

-- Whether a station's 30-day satisfaction is below the alert threshold (with enough ratings), so that
-- an event goes out only when it crosses; the row is locked while a rating of the station commits.
CREATE TABLE satisfaction_state (
    station_id uuid        PRIMARY KEY,
    tenant     varchar     NOT NULL,
    low        boolean     NOT NULL,
    updated_at timestamptz NOT NULL
);

-- The daily per-station figure published (at most once per station and day, however many replicas run the job).
CREATE TABLE satisfaction_daily (
    day          date        NOT NULL,
    station_id   uuid        NOT NULL,
    tenant       varchar     NOT NULL,
    ratings      integer     NOT NULL,
    average      numeric(4, 2) NOT NULL,
    published_at timestamptz NOT NULL,
    PRIMARY KEY (day, station_id)
);

-- A volunteer's secret calendar link (GET /api/v1/volunteers/calendar/{secret}.ics, no login), so a
-- phone's calendar app can subscribe to their shifts. One link per volunteer: rotating it replaces the
-- row, revoking deletes it. Only the SHA-256 of the 256-bit secret is kept (hex), and the feed is found
-- by that hash, so the database holds nothing that opens the feed.
CREATE TABLE calendar_feed (
    volunteer_id uuid        PRIMARY KEY REFERENCES volunteer (id) ON DELETE CASCADE,
    token_sha256 char(64)    NOT NULL UNIQUE CHECK (token_sha256 ~ '^[0-9a-f]{64}$'),
    created_at   timestamptz NOT NULL
);

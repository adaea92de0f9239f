-- Fixed-window counters shared by every replica of a service (io.yizhan.common.ratelimit.SharedRateLimiter).
-- Repeatable like R__audit_log.sql, so every statement must be safe to repeat. The key is a SHA-256
-- of what the limiter counts (a QR token and a client address): no address is stored. Rows live one
-- window; the limiter deletes expired ones whenever it opens a new window, so the table stays bounded
-- by the keys seen in one window.
CREATE TABLE IF NOT EXISTS rate_limit_window (
    limiter      varchar     NOT NULL,
    key_hash     varchar     NOT NULL,
    window_start timestamptz NOT NULL,
    used         integer     NOT NULL,
    expires_at   timestamptz NOT NULL,
    PRIMARY KEY (limiter, key_hash, window_start)
);
CREATE INDEX IF NOT EXISTS rate_limit_window_expires ON rate_limit_window (expires_at);

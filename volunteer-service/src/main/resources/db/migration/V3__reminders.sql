-- Reminders already sent (a day and two hours before a shift), so that each goes out once.
CREATE TABLE reminder_sent (
    signup_id uuid        NOT NULL REFERENCES signup (id),
    kind      varchar     NOT NULL,   -- DAY_BEFORE, TWO_HOURS_BEFORE
    sent_at   timestamptz NOT NULL,
    PRIMARY KEY (signup_id, kind)
);

-- Notifications 通知 (io.yizhan.partner.notify, ADR 0014).

-- Station managers (login names, comma-separated) from station-events: the audience "this station's managers".
-- Stations not updated since this column came get their managers with their next station event.
ALTER TABLE station_replica ADD COLUMN managers varchar NOT NULL DEFAULT '';

-- One message for one recipient. recipient is a key a caller's token resolves to: sub:<subject>,
-- user:<login name> (managers, as station-service names them) or role:<role>@<city> (everyone holding
-- that role in that city, read state kept per person in notification_read).
CREATE TABLE notification (
    id            uuid        PRIMARY KEY,
    event_id      uuid        NOT NULL,
    recipient     varchar     NOT NULL,
    kind          varchar     NOT NULL,
    urgent        boolean     NOT NULL,
    tenant        varchar,
    station_id    uuid,
    title         varchar     NOT NULL,
    body          varchar     NOT NULL,
    link          varchar,
    -- held for the admins' daily digest instead of showing on its own
    digest        boolean     NOT NULL,
    created_at    timestamptz NOT NULL,
    -- quiet hours: a message that is not urgent shows from 07:00 station time
    visible_from  timestamptz NOT NULL,
    -- a replayed event (even past the inbox, e.g. a second consumer) never notifies twice
    UNIQUE (event_id, recipient)
);
CREATE INDEX notification_feed ON notification (recipient, visible_from DESC) WHERE NOT digest;
CREATE INDEX notification_digest ON notification (recipient, created_at) WHERE digest;

CREATE TABLE notification_read (
    notification_id uuid        NOT NULL REFERENCES notification (id),
    subject         varchar     NOT NULL,
    read_at         timestamptz NOT NULL,
    PRIMARY KEY (subject, notification_id)
);

-- A person's choices. username, roles and tenant are copied from their token when they save, so that
-- an SMS for user:/role: recipients finds their phone.
CREATE TABLE notification_preference (
    subject       varchar     PRIMARY KEY,
    username      varchar,
    roles         varchar     NOT NULL,
    tenant        varchar,
    phone         varchar,
    -- comma-separated kinds
    in_app_off    varchar     NOT NULL,
    sms_on        varchar     NOT NULL,
    updated_at    timestamptz NOT NULL
);
CREATE INDEX notification_preference_username ON notification_preference (username);

-- Text messages waiting for, or handed to, the SMS gateway (an outbox of its own: written with the notification).
CREATE TABLE sms_message (
    id              uuid        PRIMARY KEY,
    notification_id uuid        NOT NULL REFERENCES notification (id),
    subject         varchar     NOT NULL,
    phone           varchar     NOT NULL,
    kind            varchar     NOT NULL,
    text            varchar     NOT NULL,
    status          varchar     NOT NULL,
    send_after      timestamptz NOT NULL,
    sent_at         timestamptz,
    UNIQUE (notification_id, subject)
);
CREATE INDEX sms_message_due ON sms_message (send_after) WHERE status = 'PENDING';

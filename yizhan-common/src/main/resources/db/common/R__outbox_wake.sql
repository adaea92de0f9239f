-- Wakes the outbox relay of every instance of the service at commit (OutboxRelay listens on
-- outbox_wake): one NOTIFY per inserting statement, and PostgreSQL folds a transaction's identical
-- notifications into one; nothing is sent for a transaction that rolls back. The relay's tick stays
-- as the backstop for a notification an instance missed while its listening connection was down.
CREATE OR REPLACE FUNCTION outbox_wake() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('outbox_wake', '');
    RETURN NULL;
END
$$;

DROP TRIGGER IF EXISTS outbox_wake ON outbox_event;
CREATE TRIGGER outbox_wake AFTER INSERT ON outbox_event FOR EACH STATEMENT EXECUTE FUNCTION outbox_wake();

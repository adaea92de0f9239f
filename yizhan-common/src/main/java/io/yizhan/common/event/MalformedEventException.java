package io.yizhan.common.event;

/** A record on a topic that is not a usable event; the consumer dead-letters it and goes on. */
public class MalformedEventException extends RuntimeException {
    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}

package io.yizhan.partner.notify;

/**
 * What the live stream tells an open page: first the unread count, then each new message, and a
 * ping now and then so that no proxy closes an idle stream.
 */
public sealed interface LiveEvent {

    record Hello(long unread) implements LiveEvent {
    }

    record Arrived(Notification notification) implements LiveEvent {
    }

    record Ping() implements LiveEvent {
    }
}

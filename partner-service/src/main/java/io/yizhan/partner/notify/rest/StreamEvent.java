package io.yizhan.partner.notify.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One event of the live stream: first {@code hello} with the unread count (the page knows it is
 * connected and can stop polling), then one {@code notification} per new message.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StreamEvent(String type, Long unread, NotificationView notification) {

    public static StreamEvent hello(long unread) {
        return new StreamEvent("hello", unread, null);
    }

    /** Keeps an idle stream open through proxies; carries nothing. */
    public static StreamEvent ping() {
        return new StreamEvent("ping", null, null);
    }

    public static StreamEvent of(NotificationView notification) {
        return new StreamEvent("notification", null, notification);
    }
}

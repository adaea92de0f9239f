package io.yizhan.partner.notify.rest;

/** How many messages of the caller's feed are unread (the bell's badge). */
public record UnreadCount(long unread) {
}

package io.yizhan.partner.notify.rest;

/** How many messages {@code read-all} marked read (0 when all were read already). */
public record ReadAllResult(int marked) {
}

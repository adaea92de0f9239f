package io.yizhan.partner.notify.sms;

import io.yizhan.partner.notify.NotificationKind;

/**
 * One message for one person outside the app. {@code address} is what the channel reaches them by
 * (a phone for SMS; an openid for a WeChat subscription message), {@code kind} picks the approved
 * template a gateway needs (both Chinese SMS and WeChat require pre-registered templates).
 */
public record OutgoingMessage(String subject, String address, NotificationKind kind, String text) {

    /** The address for logs: 13812345678 → 138****5678; anything else keeps no more than its ends. */
    public String maskedAddress() {
        if (address == null || address.length() < 8) {
            return "****";
        }
        return address.replaceAll("^(.{3}).*(.{4})$", "$1****$2");
    }

    @Override
    public String toString() {
        return "OutgoingMessage[" + subject + " " + maskedAddress() + " " + kind + "]";
    }
}

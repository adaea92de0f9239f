package io.yizhan.partner.notify;

import java.util.Set;

/**
 * A person's channels: the kinds kept out of their feed, the kinds also sent by text message, and the
 * phone those go to. Someone who never saved a choice has the defaults (every kind in the feed, no text).
 */
public record Preferences(String phone, Set<String> inAppOff, Set<String> smsOn) {

    public static final Preferences DEFAULTS = new Preferences(null, Set.of(), Set.of());

    /** One kind's channels as the person chose them. */
    public record Choice(String kind, boolean inApp, boolean sms) {
    }
}

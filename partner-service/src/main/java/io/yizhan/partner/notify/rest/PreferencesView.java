package io.yizhan.partner.notify.rest;

import java.util.List;

/** The caller's choices: every kind with its channels, and the phone text messages go to (their own, unmasked). */
public record PreferencesView(String phone, List<KindPreference> kinds) {

    public record KindPreference(String kind, String kindLabel, boolean inApp, boolean sms, boolean smsOffered) {
    }
}

package io.yizhan.partner.notify.sms;

import io.smallrye.mutiny.Uni;

/**
 * A channel that reaches a person outside the app: a city union's SMS gateway today, a WeChat
 * subscription message later (same shape: an address, a template kind, a short text). A failure
 * leaves the message pending for the next run.
 */
public interface MessageGateway {

    Uni<Void> send(OutgoingMessage message);
}

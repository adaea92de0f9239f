package io.yizhan.partner.notify.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.yizhan.partner.notify.SmsMessage;
import io.yizhan.partner.notify.config.NotifyConfig;
import io.yizhan.partner.notify.repository.SmsRepository;
import io.yizhan.partner.notify.sms.MessageGateway;
import io.yizhan.partner.notify.sms.OutgoingMessage;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Hands due text messages to the gateway. Rows are locked while sent, so two instances never send
 * one twice; a message the gateway refused stays pending for the next run.
 */
@ApplicationScoped
public class SmsDispatchService {

    private final SmsRepository messages;
    private final MessageGateway gateway;
    private final NotifyConfig config;
    private final Clock clock;

    public SmsDispatchService(SmsRepository messages, MessageGateway gateway, NotifyConfig config, Clock clock) {
        this.messages = messages;
        this.gateway = gateway;
        this.config = config;
        this.clock = clock;
    }

    /** Sends what is due now; returns how many were handed over. */
    @WithTransaction
    public Uni<Integer> sendDue() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return messages.lockDue(now, config.smsBatchSize()).chain(due -> {
            Uni<Integer> sent = Uni.createFrom().item(0);
            for (SmsMessage sms : due) {
                sent = sent.chain(count -> gateway.send(new OutgoingMessage(sms.subject, sms.phone, sms.kind, sms.text))
                        .map(ok -> {
                            sms.status = SmsMessage.SENT;
                            sms.sentAt = now;
                            return count + 1;
                        })
                        .onFailure().recoverWithItem(count));
            }
            return sent;
        });
    }
}

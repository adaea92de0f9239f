package io.yizhan.partner.notify.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.yizhan.common.pg.PgChannels;
import io.yizhan.partner.notify.Notification;
import io.yizhan.partner.notify.mapping.LiveMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Set;

/**
 * New messages to the open live streams of this instance, from every instance: whichever instance's
 * consumer stored a message NOTIFYs it at commit, and each instance LISTENs (ADR 0014). A message
 * released later by quiet hours, or one sent while this instance's listening connection was down,
 * reaches the page through its polling of the feed.
 */
@ApplicationScoped
public class NotificationStream {

    /** The PostgreSQL channel; one database serves every instance of partner-service. */
    public static final String CHANNEL = "yizhan_notifications";

    private final BroadcastProcessor<Notification> processor = BroadcastProcessor.create();
    private final PgChannels channels;
    private final ObjectMapper json;

    public NotificationStream(PgChannels channels, ObjectMapper json) {
        this.channels = channels;
        this.json = json;
    }

    void listen(@Observes StartupEvent event) {
        channels.listen(CHANNEL, payload -> LiveMessages.parse(payload, json).ifPresent(this::publish));
    }

    void publish(Notification n) {
        synchronized (processor) {
            processor.onNext(n);
        }
    }

    /** The messages for these recipient keys, not muted, that show at once. */
    public Multi<Notification> of(Set<String> keys, Set<String> muted) {
        return processor.filter(n -> keys.contains(n.recipient) && LiveMessages.showsAtOnce(n) && !muted.contains(n.kind.name()));
    }
}

package io.yizhan.partner.notify.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.yizhan.partner.notify.Notification;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Set;

/**
 * New messages to the open live streams of this instance. Only what this instance's consumers stored
 * passes here; a page connected to another instance, or a message released later by quiet hours, is
 * picked up by the page's polling (ADR 0014).
 */
@ApplicationScoped
public class NotificationStream {

    private final BroadcastProcessor<Notification> processor = BroadcastProcessor.create();

    /** Called after the storing transaction committed, never inside it. */
    public void publish(List<Notification> stored) {
        synchronized (processor) {
            stored.forEach(processor::onNext);
        }
    }

    /** The messages for these recipient keys, not muted, that show at once. */
    public Multi<Notification> of(Set<String> keys, Set<String> muted) {
        return processor.filter(n -> keys.contains(n.recipient) && !n.digest && !muted.contains(n.kind.name())
                && !n.visibleFrom.isAfter(n.createdAt));
    }
}

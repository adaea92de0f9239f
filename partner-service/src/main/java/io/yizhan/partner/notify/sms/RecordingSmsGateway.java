package io.yizhan.partner.notify.sms;

import io.quarkus.arc.DefaultBean;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * The development gateway: sends nothing, logs what it would send (phone masked) and keeps the last
 * messages in memory for tests. The row in {@code sms_message} (status SENT) is the lasting record.
 * A deployment with a real gateway provides its own {@link MessageGateway} bean and replaces this one.
 */
@DefaultBean
@ApplicationScoped
public class RecordingSmsGateway implements MessageGateway {

    static final int KEEP = 1000;

    private final List<OutgoingMessage> sent = new ArrayList<>();

    @Override
    public Uni<Void> send(OutgoingMessage message) {
        Log.infof("SMS (dev, not sent) to %s [%s]: %s", message.maskedAddress(), message.kind(), message.text());
        synchronized (sent) {
            if (sent.size() >= KEEP) {
                sent.remove(0);
            }
            sent.add(message);
        }
        return Uni.createFrom().voidItem();
    }

    /** What was "sent", oldest first. */
    public List<OutgoingMessage> sent() {
        synchronized (sent) {
            return List.copyOf(sent);
        }
    }
}

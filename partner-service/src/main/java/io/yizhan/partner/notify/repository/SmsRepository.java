package io.yizhan.partner.notify.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.yizhan.partner.notify.SmsMessage;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SmsRepository implements PanacheRepositoryBase<SmsMessage, UUID> {

    /** Due messages, locked for the caller's transaction; rows another instance holds are skipped. */
    public Uni<List<SmsMessage>> lockDue(OffsetDateTime now, int limit) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "SELECT * FROM sms_message WHERE status = 'PENDING' AND send_after <= :now"
                                + " ORDER BY send_after LIMIT :limit FOR UPDATE SKIP LOCKED", SmsMessage.class)
                .setParameter("now", now).setParameter("limit", limit)
                .getResultList());
    }
}

package io.yizhan.partner.notify.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.yizhan.partner.notify.NotificationKind;
import io.yizhan.partner.notify.NotificationPreference;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class PreferenceRepository implements PanacheRepositoryBase<NotificationPreference, String> {

    /**
     * The people behind a recipient key who want {@code kind} as a text message and gave a phone:
     * {@code sub:} by subject, {@code user:} by login name, {@code role:r@city} by the roles and city
     * their token had when they saved.
     */
    public Uni<List<NotificationPreference>> textingFor(String recipient, NotificationKind kind) {
        String kindLike = "%," + kind.name() + ",%";
        if (recipient.startsWith("sub:")) {
            return find("subject = ?1 and phone is not null and concat(',', smsOn, ',') like ?2",
                    recipient.substring(4), kindLike).list();
        }
        if (recipient.startsWith("user:")) {
            return find("username = ?1 and phone is not null and concat(',', smsOn, ',') like ?2",
                    recipient.substring(5), kindLike).list();
        }
        if (recipient.startsWith("role:") && recipient.contains("@")) {
            String role = recipient.substring(5, recipient.indexOf('@'));
            String tenant = recipient.substring(recipient.indexOf('@') + 1);
            return find("tenant = ?1 and concat(',', roles, ',') like ?2 and phone is not null"
                    + " and concat(',', smsOn, ',') like ?3", tenant, "%," + role + ",%", kindLike).list();
        }
        return Uni.createFrom().item(List.of());
    }
}

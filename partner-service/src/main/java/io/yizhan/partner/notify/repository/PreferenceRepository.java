package io.yizhan.partner.notify.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.yizhan.partner.notify.NotificationKind;
import io.yizhan.partner.notify.NotificationPreference;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

@ApplicationScoped
public class PreferenceRepository implements PanacheRepositoryBase<NotificationPreference, String> {

    /**
     * The people behind each recipient key who gave a phone, whatever kinds they want texted (the
     * caller picks by kind): {@code sub:} by subject and {@code user:} by login name, each in one query
     * for a whole poll, {@code role:r@city} by the roles and city their token had when they saved.
     */
    public Uni<Map<String, List<NotificationPreference>>> withPhones(Collection<String> recipients) {
        Map<String, List<NotificationPreference>> found = new HashMap<>();
        Set<String> subjects = new HashSet<>();
        Set<String> usernames = new HashSet<>();
        List<String> roles = new ArrayList<>();
        for (String recipient : new LinkedHashSet<>(recipients)) {
            if (recipient.startsWith("sub:")) {
                subjects.add(recipient.substring(4));
            } else if (recipient.startsWith("user:")) {
                usernames.add(recipient.substring(5));
            } else if (recipient.startsWith("role:") && recipient.contains("@")) {
                roles.add(recipient);
            }
        }
        Uni<Void> chain = Uni.createFrom().voidItem();
        if (!subjects.isEmpty()) {
            chain = chain.chain(() -> withPhone("subject = ANY(CAST(:keys AS varchar[]))", Map.of("keys", subjects.toArray(String[]::new)))
                    .invoke(people -> people.forEach(p -> found.computeIfAbsent("sub:" + p.subject, k -> new ArrayList<>()).add(p))))
                    .replaceWithVoid();
        }
        if (!usernames.isEmpty()) {
            chain = chain.chain(() -> withPhone("username = ANY(CAST(:keys AS varchar[]))", Map.of("keys", usernames.toArray(String[]::new)))
                    .invoke(people -> people.forEach(p -> found.computeIfAbsent("user:" + p.username, k -> new ArrayList<>()).add(p))))
                    .replaceWithVoid();
        }
        for (String key : roles) {
            String role = key.substring(5, key.indexOf('@'));
            String tenant = key.substring(key.indexOf('@') + 1);
            chain = chain.chain(() -> withPhone("tenant = :tenant AND ',' || roles || ',' LIKE :pattern",
                    Map.of("tenant", tenant, "pattern", "%," + role + ",%"))
                    .invoke(people -> found.put(key, new ArrayList<>(people))))
                    .replaceWithVoid();
        }
        return chain.map(done -> found);
    }

    /**
     * The rows matching {@code where} that have a phone. Native SQL, a poll's keys in one array parameter: the
     * intake asks once per Kafka poll, and HQL is parsed on every execution (ADR 0020).
     */
    private Uni<List<NotificationPreference>> withPhone(String where, Map<String, Object> parameters) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery("SELECT * FROM notification_preference WHERE " + where + " AND phone IS NOT NULL",
                    NotificationPreference.class);
            parameters.forEach(query::setParameter);
            return query.getResultList();
        });
    }

    /** Whether {@code person} asked for {@code kind} by text message. */
    public static boolean texts(NotificationPreference person, NotificationKind kind) {
        return ("," + person.smsOn + ",").contains("," + kind.name() + ",");
    }
}

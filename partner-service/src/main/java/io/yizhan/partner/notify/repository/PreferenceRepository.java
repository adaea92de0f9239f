package io.yizhan.partner.notify.repository;

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
            chain = chain.chain(() -> find("subject in ?1 and phone is not null", subjects).list()
                    .invoke(people -> people.forEach(p -> found.computeIfAbsent("sub:" + p.subject, k -> new ArrayList<>()).add(p))))
                    .replaceWithVoid();
        }
        if (!usernames.isEmpty()) {
            chain = chain.chain(() -> find("username in ?1 and phone is not null", usernames).list()
                    .invoke(people -> people.forEach(p -> found.computeIfAbsent("user:" + p.username, k -> new ArrayList<>()).add(p))))
                    .replaceWithVoid();
        }
        for (String key : roles) {
            String role = key.substring(5, key.indexOf('@'));
            String tenant = key.substring(key.indexOf('@') + 1);
            chain = chain.chain(() -> find("tenant = ?1 and concat(',', roles, ',') like ?2 and phone is not null",
                    tenant, "%," + role + ",%").list()
                    .invoke(people -> found.put(key, new ArrayList<>(people))))
                    .replaceWithVoid();
        }
        return chain.map(done -> found);
    }

    /** Whether {@code person} asked for {@code kind} by text message. */
    public static boolean texts(NotificationPreference person, NotificationKind kind) {
        return ("," + person.smsOn + ",").contains("," + kind.name() + ",");
    }
}

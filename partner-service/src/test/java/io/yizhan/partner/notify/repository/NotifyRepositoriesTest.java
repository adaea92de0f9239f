package io.yizhan.partner.notify.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.yizhan.partner.notify.Notification;
import io.yizhan.partner.notify.NotificationKind;
import io.yizhan.partner.notify.NotificationPreference;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The intake's statements against the real database: one statement a poll, whatever its size. */
@QuarkusTest
class NotifyRepositoriesTest {

    @Inject
    PreferenceRepository preferences;

    @Inject
    NotificationRepository notifications;

    static <T> T inTransaction(Supplier<Uni<T>> work) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(work));
    }

    static final OffsetDateTime SAVED = OffsetDateTime.parse("2026-12-01T09:00:00+08:00");

    static NotificationPreference person(String subject, String username, String roles, String tenant, String phone) {
        NotificationPreference p = new NotificationPreference();
        p.subject = subject;
        p.username = username;
        p.roles = roles;
        p.tenant = tenant;
        p.phone = phone;
        p.inAppOff = "";
        p.smsOn = "HELP_ESCALATED";
        p.updatedAt = SAVED;
        return p;
    }

    @Test
    void peopleWithPhonesAreFoundBySubjectLoginNameAndRoleInTheirCity() throws Throwable {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String city = "city-" + tag;
        inTransaction(() -> NotificationPreference.persist(List.of(
                person("s1-" + tag, null, "volunteer", "fuzhou", "13900000001"),
                person("s2-" + tag, null, "volunteer", "fuzhou", null),
                person("s3-" + tag, "login-" + tag, "station-manager", "fuzhou", "13900000003"),
                person("s4-" + tag, null, "city-admin,rights-desk", city, "13900000004"),
                person("s5-" + tag, null, "city-admin", "other-" + tag, "13900000005"),
                person("s6-" + tag, null, "city-administrator", city, "13900000006"))).replaceWith(true));

        Map<String, List<NotificationPreference>> found = inTransaction(() -> preferences.withPhones(List.of(
                "sub:s1-" + tag, "sub:s2-" + tag, "sub:nobody-" + tag, "user:login-" + tag,
                "role:rights-desk@" + city, "role:city-admin@" + city, "sub:s1-" + tag)));

        assertThat(found.keySet()).containsExactlyInAnyOrder("sub:s1-" + tag, "user:login-" + tag,
                "role:rights-desk@" + city, "role:city-admin@" + city);
        assertThat(found.get("sub:s1-" + tag)).extracting(p -> p.phone).containsExactly("13900000001");
        assertThat(found.get("user:login-" + tag)).extracting(p -> p.subject).containsExactly("s3-" + tag);
        // the role is a whole word of the list, in that city only
        assertThat(found.get("role:city-admin@" + city)).extracting(p -> p.subject).containsExactly("s4-" + tag);
        assertThat(found.get("role:rights-desk@" + city)).extracting(p -> p.subject).containsExactly("s4-" + tag);
    }

    static Notification message(UUID event, String recipient, UUID station, String link, boolean urgent, OffsetDateTime at) {
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.eventId = event;
        n.recipient = recipient;
        n.kind = NotificationKind.HELP_ESCALATED;
        n.urgent = urgent;
        n.tenant = station == null ? null : "fuzhou";
        n.stationId = station;
        n.title = "求助升级";
        n.body = "驿站有人求助";
        n.link = link;
        n.digest = false;
        n.createdAt = at;
        n.visibleFrom = urgent ? at : at.plusHours(9);
        return n;
    }

    @Test
    void aPollsMessagesAreStoredOnceEachWithTheirNullsAndInstants() throws Throwable {
        UUID event = UUID.randomUUID();
        UUID station = UUID.randomUUID();
        OffsetDateTime at = OffsetDateTime.parse("2026-12-31T23:30:00.123456+08:00");
        Notification a = message(event, "sub:a-" + event, station, "/worker/help", true, at);
        Notification b = message(event, "sub:b-" + event, null, null, false, at);
        Notification again = message(event, "sub:a-" + event, station, null, true, at);

        Set<UUID> first = inTransaction(() -> notifications.insertAllOnce(List.of(a, b, again)));
        Set<UUID> replay = inTransaction(() -> notifications.insertAllOnce(List.of(message(event, "sub:b-" + event, null, null, false, at))));

        assertThat(first).containsExactlyInAnyOrder(a.id, b.id);
        assertThat(replay).isEmpty();
        Notification storedA = inTransaction(() -> notifications.findById(a.id));
        Notification storedB = inTransaction(() -> notifications.findById(b.id));
        assertThat(storedA.stationId).isEqualTo(station);
        assertThat(storedA.link).isEqualTo("/worker/help");
        assertThat(storedA.urgent).isTrue();
        assertThat(storedA.createdAt.toInstant()).isEqualTo(at.toInstant());
        assertThat(storedB.stationId).isNull();
        assertThat(storedB.link).isNull();
        assertThat(storedB.tenant).isNull();
        assertThat(storedB.visibleFrom.toInstant()).isEqualTo(at.plusHours(9).toInstant());
        assertThat(inTransaction(() -> notifications.insertAllOnce(List.of()))).isEmpty();
    }
}

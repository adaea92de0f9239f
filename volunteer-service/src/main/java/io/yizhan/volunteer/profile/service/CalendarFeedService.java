package io.yizhan.volunteer.profile.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.volunteer.profile.CalendarFeedSecret;
import io.yizhan.volunteer.profile.repository.CalendarFeedRepository;
import io.yizhan.volunteer.shift.service.CalendarService;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A volunteer's secret calendar link: made or replaced (rotated) and revoked by the volunteer, read by
 * anyone who holds it. The secret is shown once, when it is made; the database keeps its SHA-256.
 */
@ApplicationScoped
public class CalendarFeedService {

    private final VolunteerProfileService profiles;
    private final CalendarFeedRepository feeds;
    private final CalendarService calendars;
    private final Clock clock;

    public CalendarFeedService(VolunteerProfileService profiles, CalendarFeedRepository feeds, CalendarService calendars, Clock clock) {
        this.profiles = profiles;
        this.feeds = feeds;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** A new secret for the volunteer; any earlier link stops working in the same transaction. */
    @WithTransaction
    public Uni<Issued> issue(Caller caller) {
        return profiles.required(caller).chain(volunteer -> {
            String secret = CalendarFeedSecret.generate();
            OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
            return feeds.replace(volunteer.id, CalendarFeedSecret.sha256(secret), now).map(n -> new Issued(secret, now));
        });
    }

    /** Removes the volunteer's link, if there is one (asking twice is no error). */
    @WithTransaction
    public Uni<Void> revoke(Caller caller) {
        return profiles.required(caller).chain(volunteer -> feeds.delete(volunteer.id)).replaceWithVoid();
    }

    /** When the volunteer's current link was made, or null without one. */
    @WithSession
    public Uni<OffsetDateTime> current(Caller caller) {
        return profiles.required(caller).chain(volunteer -> feeds.createdAt(volunteer.id));
    }

    /** The feed behind a secret link; a malformed, replaced or revoked secret is 404, the same for all. */
    @WithSession
    public Uni<String> feed(String secret) {
        if (!CalendarFeedSecret.wellFormed(secret)) {
            return Uni.createFrom().failure(unknown());
        }
        return feeds.volunteerBySha256(CalendarFeedSecret.sha256(secret)).chain(volunteer -> volunteer == null
                ? Uni.createFrom().failure(unknown())
                : calendars.ofVolunteer(volunteer));
    }

    private static ProblemException unknown() {
        return new ProblemException(404, "未找到 / Not found",
                "日历订阅链接无效或已停用 / this calendar link is unknown, was replaced or was revoked", List.of());
    }

    /** A secret just made, and when. */
    public record Issued(String secret, OffsetDateTime createdAt) {
    }
}

package io.yizhan.volunteer.shift.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.tenant.Caller;
import io.yizhan.common.time.StationTime;
import io.yizhan.volunteer.profile.repository.VolunteerRepository;
import io.yizhan.volunteer.shift.Shift;
import io.yizhan.volunteer.shift.Signup;
import io.yizhan.volunteer.shift.repository.ShiftRepository;
import io.yizhan.volunteer.shift.repository.SignupRepository;
import jakarta.enterprise.context.ApplicationScoped;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A volunteer's own shifts as an iCalendar feed (RFC 5545), written by ical4j. */
@ApplicationScoped
public class CalendarService {

    private final VolunteerRepository volunteers;
    private final SignupRepository signups;
    private final ShiftRepository shifts;
    private final ShiftService shiftService;
    private final Clock clock;

    public CalendarService(VolunteerRepository volunteers, SignupRepository signups, ShiftRepository shifts, ShiftService shiftService, Clock clock) {
        this.clock = clock;
        this.volunteers = volunteers;
        this.signups = signups;
        this.shifts = shifts;
        this.shiftService = shiftService;
    }

    @WithSession
    public Uni<String> calendar(Caller caller) {
        return volunteers.bySubject(caller.subject()).chain(volunteer -> volunteer == null
                ? Uni.createFrom().item(() -> write(List.of(), Map.of(), clock.instant()))
                : ofVolunteer(volunteer.id));
    }

    /**
     * The feed of one volunteer (their confirmed shifts from 30 days ago on), for the secret calendar
     * link as for the volunteer's own token. Call inside a session.
     */
    public Uni<String> ofVolunteer(UUID volunteerId) {
        return signups.ofVolunteer(volunteerId, OffsetDateTime.now(clock).minusDays(30))
                .chain(mine -> {
                    List<UUID> ids = mine.stream().filter(s -> s.status == Signup.Status.CONFIRMED).map(s -> s.shiftId).toList();
                    Uni<List<Shift>> found = ids.isEmpty() ? Uni.createFrom().item(List.of()) : shifts.list("id in ?1", ids);
                    return found.chain(list -> shiftService.names(list).map(names -> write(list, names, clock.instant())));
                });
    }

    /**
     * Times are written in station time with its TZID and VTIMEZONE (a bare offset is no time zone to
     * a calendar app); DTSTAMP is when the feed was made, by the service's clock.
     */
    static String write(List<Shift> list, Map<UUID, String> stationNames, Instant now) {
        VTimeZone zone = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(StationTime.ZONE.getId()).getVTimeZone();
        Calendar calendar = new Calendar().withProdId("-//Yizhan 驿站//Volunteer shifts//ZH").withDefaults().withComponent(zone)
                .getFluentTarget();
        for (Shift shift : list.stream().sorted(Comparator.comparing(s -> s.startsAt)).toList()) {
            String station = stationNames.getOrDefault(shift.stationId, "驿站");
            VEvent event = new VEvent(shift.startsAt.atZoneSameInstant(StationTime.ZONE), shift.endsAt.atZoneSameInstant(StationTime.ZONE),
                    shift.title + " · " + station);
            event.replace(new DtStamp(now));
            event = (VEvent) event
                    .withProperty(new Uid(shift.id + "@yizhan"))
                    .withProperty(new Location(station))
                    .withProperty(new Description(shift.kind.label + " / " + shift.kind.name()))
                    .getFluentTarget();
            calendar = calendar.withComponent(event).getFluentTarget();
        }
        return calendar.toString();
    }
}

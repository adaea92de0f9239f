package io.yizhan.volunteer.shift.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.tenant.Caller;
import io.yizhan.volunteer.shift.Shift;
import io.yizhan.volunteer.shift.Signup;
import io.yizhan.volunteer.shift.repository.ShiftRepository;
import io.yizhan.volunteer.shift.repository.SignupRepository;
import io.yizhan.volunteer.profile.repository.VolunteerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
                ? Uni.createFrom().item(List.<Signup>of())
                : signups.ofVolunteer(volunteer.id, OffsetDateTime.now(clock).minusDays(30)))
                .chain(mine -> {
                    List<java.util.UUID> ids = mine.stream().filter(s -> s.status == Signup.Status.CONFIRMED).map(s -> s.shiftId).toList();
                    Uni<List<Shift>> found = ids.isEmpty() ? Uni.createFrom().item(List.of()) : shifts.list("id in ?1", ids);
                    return found.chain(list -> shiftService.names(list).map(names -> write(list, names)));
                });
    }

    static String write(List<Shift> list, Map<java.util.UUID, String> stationNames) {
        Calendar calendar = new Calendar().withProdId("-//Yizhan 驿站//Volunteer shifts//ZH").withDefaults().getFluentTarget();
        for (Shift shift : list.stream().sorted(java.util.Comparator.comparing(s -> s.startsAt)).collect(Collectors.toList())) {
            String station = stationNames.getOrDefault(shift.stationId, "驿站");
            VEvent event = (VEvent) new VEvent(shift.startsAt.toZonedDateTime(), shift.endsAt.toZonedDateTime(), shift.title + " · " + station)
                    .withProperty(new Uid(shift.id + "@yizhan"))
                    .withProperty(new Location(station))
                    .withProperty(new Description(shift.kind.label + " / " + shift.kind.name()))
                    .getFluentTarget();
            calendar = calendar.withComponent(event).getFluentTarget();
        }
        return calendar.toString();
    }
}

package io.yizhan.volunteer.demo;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.event.CloudEvent;
import io.yizhan.common.event.CloudEventCodec;
import io.yizhan.common.demo.StationHistory;
import io.yizhan.volunteer.config.VolunteerConfig;
import io.yizhan.volunteer.demo.repository.DemoHistoryRepository;
import io.yizhan.volunteer.demo.repository.DemoHistoryRepository.DemoVolunteer;
import io.yizhan.volunteer.demo.repository.DemoHistoryRepository.PastShift;
import io.yizhan.volunteer.demo.repository.DemoHistoryRepository.PastSignup;
import io.yizhan.volunteer.demo.repository.DemoHistoryRepository.Week;
import io.yizhan.volunteer.messaging.VolunteerEventTypes;
import io.yizhan.volunteer.shift.ShiftEventPayload;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A week of duty before the load (issue 21, docs/adr/0017-demo-history.md): at a share of each city's
 * serving stations (most in Fuzhou) a butler's shift every day, morning or afternoon, taken by one or two
 * of the city's demo volunteers who checked in (a few late) and out, now and then one who never came
 * (NO_SHOW). The check-ins and check-outs go out as the normal events through the outbox, stamped when they
 * happened, so the evaluation's use and opening signals and the volunteers' tallies tell the same week.
 * Deterministic: whether and how a station is staffed comes from the seed and its id, the days from the
 * injected clock; runs again only when more stations have arrived, and never twice for a station.
 */
@ApplicationScoped
public class DemoHistoryService {

    static final ZoneId STATION_TIME = ZoneId.of("Asia/Shanghai");
    static final String[] NAMES = {"林", "陈", "黄", "张", "吴", "王", "郑", "刘", "李", "何"};
    /** Per cent of sign-ups whose volunteer never came. */
    static final int NO_SHOW_PERCENT = 5;

    /** Demo volunteers in Fuzhou, and in each other city, who take the shifts there. */
    static final int FUZHOU_VOLUNTEERS = 40;
    static final int OTHER_VOLUNTEERS = 6;

    private final DemoHistoryRepository history;
    private final StationHistory stationHistory;
    private final VolunteerConfig volunteerConfig;
    private final CloudEventCodec codec;

    public DemoHistoryService(DemoHistoryRepository history, StationHistory stationHistory, VolunteerConfig volunteerConfig,
                              CloudEventCodec codec) {
        this.history = history;
        this.stationHistory = stationHistory;
        this.volunteerConfig = volunteerConfig;
        this.codec = codec;
    }

    /** The scheduled path: behind the demo switch, and only when stations have arrived since the last run. */
    public Uni<Integer> fillMissing() {
        return stationHistory.fillMissing("duty shifts", this::fillMissing);
    }

    /** One city's stations without history get their shifts, as of {@code now}; returns how many were staffed. */
    public Uni<Integer> fillMissing(String city, OffsetDateTime now) {
        return history.write(city, stations -> week(city, stations, now), now);
    }

    Week week(String city, List<UUID> stations, OffsetDateTime now) {
        boolean fuzhou = "fuzhou".equals(city);
        List<DemoVolunteer> volunteers = volunteers(city, fuzhou ? FUZHOU_VOLUNTEERS : OTHER_VOLUNTEERS);
        List<PastShift> shifts = new ArrayList<>();
        List<PastSignup> signups = new ArrayList<>();
        List<CloudEvent> events = new ArrayList<>();
        LocalDate today = now.atZoneSameInstant(STATION_TIME).toLocalDate();
        int staffed = 0;
        for (UUID station : stations) {
            Random random = stationHistory.draw(station);
            if (!stationHistory.chosen(city, random)) {
                continue;
            }
            staffed++;
            for (int daysBack = stationHistory.config().days(); daysBack >= 1; daysBack--) {
                int startHour = random.nextBoolean() ? 9 : 14;
                OffsetDateTime starts = today.minusDays(daysBack).atTime(startHour, 0).atZone(STATION_TIME).toOffsetDateTime();
                OffsetDateTime ends = starts.plusHours(3);
                UUID shiftId = UUID.nameUUIDFromBytes(("demo-history/" + station + "/" + daysBack).getBytes(StandardCharsets.UTF_8));
                int people = 1 + random.nextInt(2);
                int first = random.nextInt(volunteers.size());
                shifts.add(new PastShift(shiftId, city, station, "BUTLER_DUTY", "管家值班 Butler duty", starts, ends, 2, people));
                for (int k = 0; k < people; k++) {
                    DemoVolunteer v = volunteers.get((first + k) % volunteers.size());
                    signups.add(signup(shiftId, station, city, v, starts, ends, random, events));
                }
            }
        }
        return new Week(volunteers, shifts, signups, events, staffed);
    }

    private PastSignup signup(UUID shiftId, UUID station, String city, DemoVolunteer v, OffsetDateTime starts, OffsetDateTime ends,
                              Random random, List<CloudEvent> events) {
        UUID id = UUID.nameUUIDFromBytes(("demo-history-signup/" + shiftId + "/" + v.id()).getBytes(StandardCharsets.UTF_8));
        OffsetDateTime signedUp = starts.minusDays(2);
        if (random.nextInt(100) < NO_SHOW_PERCENT) {
            return new PastSignup(id, shiftId, v.id(), "NO_SHOW", starts, ends, null, null, false, signedUp);
        }
        OffsetDateTime in = starts.plusMinutes(random.nextInt(25) - 10);
        OffsetDateTime out = ends.plusMinutes(random.nextInt(20) - 10);
        boolean late = in.isAfter(starts.plus(volunteerConfig.lateAfter()));
        events.add(event(VolunteerEventTypes.CHECKED_IN, id, "in",
                new ShiftEventPayload(shiftId, station, city, "BUTLER_DUTY", starts, ends, v.id(), "CONFIRMED", in, late)));
        events.add(event(VolunteerEventTypes.CHECKED_OUT, id, "out",
                new ShiftEventPayload(shiftId, station, city, "BUTLER_DUTY", starts, ends, v.id(), "CONFIRMED", out, null)));
        return new PastSignup(id, shiftId, v.id(), "CONFIRMED", starts, ends, in, out, late, signedUp);
    }

    /** Named after the sign-up and the step: a second writer could never publish it twice. */
    private CloudEvent event(String type, UUID signup, String step, ShiftEventPayload data) {
        return codec.envelopeAt(UUID.nameUUIDFromBytes(("demo-history-event/" + signup + "/" + step).getBytes(StandardCharsets.UTF_8)),
                type, data.stationId().toString(), data.tenant(), data, data.at());
    }

    /** The city's demo volunteers, the same every time: mostly volunteers, some union cadres and social workers. */
    static List<DemoVolunteer> volunteers(String city, int count) {
        List<DemoVolunteer> list = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            String subject = String.format("%s-%s-%02d", DemoHistoryRepository.MARK, city, n);
            String kind = n % 5 == 0 ? "UNION_CADRE" : n % 7 == 0 ? "SOCIAL_WORKER" : "VOLUNTEER";
            list.add(new DemoVolunteer(UUID.nameUUIDFromBytes(subject.getBytes(StandardCharsets.UTF_8)), subject,
                    NAMES[n % NAMES.length] + "志愿者" + n, kind, "UNION_CADRE".equals(kind) ? "CITY" : null, city));
        }
        return list;
    }
}

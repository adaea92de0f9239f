package io.yizhan.station.demo;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.yizhan.station.demo.repository.DemoDoorRepository;
import io.yizhan.station.demo.repository.DemoDoorRepository.Day;
import io.yizhan.station.demo.repository.DemoDoorRepository.Entry;
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
 * The week before the load at the demo province's 24-hour stations (issue 21, docs/adr/0017-demo-history.md):
 * door entries, the only part of the demo history that station-service itself holds. Every open 24-hour
 * station in Fuzhou and one in ten elsewhere that was open the whole week gets 20–59 visits a day
 * (Fuzhou; 5–19 elsewhere), round the clock but mostly by day, each an entry and an exit a while later,
 * and a refused attempt now and then; the day tallies go in beside them. No events: door entries are this
 * service's own evidence, and the day tallies go out through the usual publishing job. The week shows each
 * of those stations open on every whole day of it, so their {@code evidence_since} moves back to its start:
 * the evaluation judges them on it (their ratings included), and nothing it could miss lies in it.
 * Deterministic from the seed and the station's id; the days from the given moment.
 */
@ApplicationScoped
public class DemoDoorHistory {

    static final ZoneId STATION_TIME = ZoneId.of("Asia/Shanghai");

    private final DemoDoorRepository doors;
    private final DemoConfig config;

    public DemoDoorHistory(DemoDoorRepository doors, DemoConfig config) {
        this.doors = doors;
        this.config = config;
    }

    /**
     * Writes the week for the chosen stations in the caller's transaction unless it is there; returns the number
     * of stations given one (0 if not).
     */
    public Uni<Integer> load(SqlConnection c, List<DemoStation> stations, OffsetDateTime now) {
        Week week = week(stations, now);
        return doors.writeIfNone(c, week.stations(), week.entries(), week.days(), week.start()).map(wrote -> wrote ? week.stations().size() : 0);
    }

    record Week(List<UUID> stations, List<Entry> entries, List<Day> days, OffsetDateTime start) {
    }

    Week week(List<DemoStation> stations, OffsetDateTime now) {
        int daysBack = config.historyDays();
        LocalDate today = now.atZoneSameInstant(STATION_TIME).toLocalDate();
        OffsetDateTime start = today.minusDays(daysBack).atStartOfDay(STATION_TIME).toOffsetDateTime();
        List<UUID> chosen = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        List<Day> days = new ArrayList<>();
        for (DemoStation s : stations) {
            Random random = new Random(config.seed() ^ s.id().getMostSignificantBits() ^ s.id().getLeastSignificantBits());
            boolean fuzhou = "fuzhou".equals(s.tenant());
            if (!s.open24h() || !"OPEN".equals(s.status()) || s.openedAt() == null || s.openedAt().isAfter(start)
                    || !fuzhou && random.nextInt(10) != 0) {
                continue;
            }
            chosen.add(s.id());
            for (int d = daysBack; d >= 1; d--) {
                LocalDate day = today.minusDays(d);
                int visits = fuzhou ? 20 + random.nextInt(40) : 5 + random.nextInt(15);
                int denied = random.nextInt(4);
                for (int v = 0; v < visits + denied; v++) {
                    // two visits in three between 07:00 and 22:00, the rest at night
                    int minute = random.nextInt(3) < 2 ? 7 * 60 + random.nextInt(15 * 60) : (22 * 60 + random.nextInt(9 * 60)) % (24 * 60);
                    OffsetDateTime in = day.atStartOfDay(STATION_TIME).plusMinutes(minute).plusSeconds(random.nextInt(60))
                            .toOffsetDateTime();
                    String pseudonym = String.format("demo-%s-%03d", s.tenant(), random.nextInt(300));
                    boolean granted = v < visits;
                    entries.add(new Entry(id(s.id(), day, v, "IN"), s.id(), in, "IN", granted, pseudonym));
                    if (granted) {
                        entries.add(new Entry(id(s.id(), day, v, "OUT"), s.id(), in.plusMinutes(10 + random.nextInt(50)), "OUT", true,
                                pseudonym));
                    }
                }
                days.add(new Day(s.id(), day, visits, denied));
            }
        }
        return new Week(chosen, entries, days, start);
    }

    private static UUID id(UUID station, LocalDate day, int n, String direction) {
        return UUID.nameUUIDFromBytes(("demo-door/" + station + "/" + day + "/" + n + "/" + direction).getBytes(StandardCharsets.UTF_8));
    }
}

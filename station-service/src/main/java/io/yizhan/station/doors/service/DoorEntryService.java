package io.yizhan.station.doors.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.outbox.Outbox;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.common.time.StationTime;
import io.yizhan.station.doors.DoorDevice;
import io.yizhan.station.doors.DoorPass;
import io.yizhan.station.doors.VisitDay;
import io.yizhan.station.doors.messaging.StationVisitedPayload;
import io.yizhan.station.doors.repository.DoorEntryRepository;
import io.yizhan.station.registry.messaging.StationEventTypes;
import io.yizhan.station.registry.repository.StationRepository;
import io.yizhan.station.registry.service.StationService;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** 24-hour stations' doors: device bindings, entries counted once, daily tallies and their events. */
@ApplicationScoped
public class DoorEntryService {

    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    static final Duration OLDEST_ENTRY = Duration.ofDays(7);

    private final DoorEntryRepository entries;
    private final StationRepository stations;
    private final StationService stationService;
    private final Outbox outbox;
    private final Clock clock;

    public DoorEntryService(DoorEntryRepository entries, StationRepository stations, StationService stationService,
                            Outbox outbox, Clock clock) {
        this.clock = clock;
        this.entries = entries;
        this.stations = stations;
        this.stationService = stationService;
        this.outbox = outbox;
    }

    /** Binds a door device to a station of the admin's city; a device serves one station only. */
    @WithTransaction
    public Uni<Void> bind(Caller caller, UUID stationId, String clientId) {
        return stationService.adminStation(caller, stationId).chain(station ->
                DoorDevice.<DoorDevice>findById(clientId).chain(existing -> {
                    if (existing != null && !existing.stationId.equals(stationId)) {
                        throw ProblemException.conflict("该设备已绑定其他驿站 / this device is bound to another station");
                    }
                    if (existing != null) {
                        return Uni.createFrom().voidItem();
                    }
                    DoorDevice device = new DoorDevice();
                    device.clientId = clientId;
                    device.stationId = stationId;
                    device.tenant = station.tenant;
                    device.createdAt = OffsetDateTime.now(clock);
                    return device.persist().replaceWithVoid();
                }));
    }

    /** Counts an entry from the station's own door device; another device is refused. */
    /** How far back an exit looks for the entry that began its visit (a rest, not a stay). */
    static final int VISIT_DAYS = 1;

    @WithTransaction
    public Uni<VisitDay> record(Caller caller, UUID stationId, DoorPass entry) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (entry.at().isAfter(now.plus(CLOCK_SKEW)) || entry.at().isBefore(now.minus(OLDEST_ENTRY))) {
            throw ProblemException.badRequest("at", "时间须在过去 7 天内 / at must lie within the last 7 days (device clock?)");
        }
        return DoorDevice.<DoorDevice>findById(caller.clientId() == null ? "" : caller.clientId()).chain(device -> {
            if (device == null || !device.stationId.equals(stationId)) {
                throw ProblemException.forbidden("该设备未绑定此驿站 / this device is not bound to this station");
            }
            LocalDate day = entry.at().atZoneSameInstant(StationTime.ZONE).toLocalDate();
            return entries.insertOnce(entry.entryId(), stationId, entry.at(), entry.direction().name(), entry.granted(),
                            entry.pseudonym())
                    .chain(first -> first ? count(stationId, day, entry) : Uni.createFrom().voidItem())
                    .chain(() -> entries.days(stationId, day, day))
                    .map(days -> days.get(0));
        });
    }

    @WithSession
    public Uni<List<VisitDay>> visits(Caller caller, UUID stationId, LocalDate from, LocalDate to) {
        if (from.isAfter(to) || from.plusDays(366).isBefore(to)) {
            throw ProblemException.badRequest("from", "日期范围须在一年内且 from ≤ to / from must not be after to, at most a year apart");
        }
        return stationService.editable(caller, stationId).chain(station -> entries.days(stationId, from, to));
    }

    /**
     * Publishes one {@code visited} event per station and finished day; a day that gets late entries
     * after publishing is published again with its new totals (consumers keep the latest).
     */
    @WithTransaction
    public Uni<Integer> publishFinishedDays(LocalDate today) {
        return entries.lockUnpublished(today, 500).chain(days -> Multi.createFrom().iterable(days)
                .onItem().transformToUniAndConcatenate(day -> stations.findById(day.stationId())
                        .chain(station -> outbox.append(StationEventTypes.VISITED, day.stationId().toString(), station.tenant,
                                new StationVisitedPayload(day.stationId(), station.tenant, day.day(), day.visits(), day.denied())))
                        .chain(() -> entries.markPublished(day.stationId(), day.day())))
                .collect().asList()
                .map(List::size));
    }

    /**
     * Tallies a pass on its day. An exit whose visit began on an earlier day (in at 23:50, out at 00:10)
     * leaves that day's occupancy instead: otherwise the earlier day would count the person inside for
     * good and the exit's day could not go below zero. The visit is matched by the device's pseudonym.
     */
    private Uni<Void> count(UUID stationId, LocalDate day, DoorPass entry) {
        Uni<Void> tally = entries.tally(stationId, day, visits(entry), entry.granted() ? 0 : 1, occupancyChange(entry));
        if (!entry.granted() || entry.direction() != DoorPass.Direction.OUT || entry.pseudonym() == null) {
            return tally;
        }
        return entries.dayOfLastEntry(stationId, entry.pseudonym(), entry.at(), VISIT_DAYS).chain(began ->
                began.isEmpty() || !began.get().isBefore(day) ? tally
                        : entries.tally(stationId, day, 0, 0, 0).chain(() -> entries.moveOccupancy(stationId, began.get(), -1)));
    }

    private static int visits(DoorPass entry) {
        return entry.granted() && entry.direction() == DoorPass.Direction.IN ? 1 : 0;
    }

    private static int occupancyChange(DoorPass entry) {
        if (!entry.granted()) {
            return 0;
        }
        return entry.direction() == DoorPass.Direction.IN ? 1 : -1;
    }
}

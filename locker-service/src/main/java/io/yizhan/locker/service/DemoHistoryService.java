package io.yizhan.locker.service;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.event.CloudEvent;
import io.yizhan.common.event.CloudEventCodec;
import io.yizhan.common.tenant.EachCity;
import io.yizhan.locker.Reservation;
import io.yizhan.locker.config.DemoLockerConfig;
import io.yizhan.locker.config.LockerConfig;
import io.yizhan.locker.messaging.LockerEventTypes;
import io.yizhan.locker.messaging.ReservationPayload;
import io.yizhan.locker.repository.DemoHistoryRepository;
import io.yizhan.locker.repository.DemoHistoryRepository.Cell;
import io.yizhan.locker.repository.DemoHistoryRepository.Past;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * A week of plausible past at the demo lockers (issue 21, docs/adr/0017-demo-history.md): reservations
 * on each of the {@code historyDays} days before the load, most picked up within the hour, a few left to
 * expire; the stock they took; and the normal {@code item-picked-up} / {@code reservation-expired} events
 * through the outbox, stamped when they happened, so the evaluation (which reads {@code pickedUpAt}) and
 * the partner feeds see the same week as the statistics. Deterministic: the draw comes from the
 * configured seed and the locker's id, the days from the injected clock. A locker gets its week once
 * (the marker is its first generated reservation), when the demo loader has made it.
 */
@ApplicationScoped
public class DemoHistoryService {

    static final ZoneId STATION_TIME = ZoneId.of("Asia/Shanghai");
    /** Share of reservations nobody came for (per mille): a few, as in the field. */
    static final int EXPIRED_PER_MILLE = 70;
    /** Synthetic workers per city: enough that nobody meets the weekly quota of one item twice. */
    static final int WORKERS = 400;

    private final DemoHistoryRepository history;
    private final DemoLockerConfig demoConfig;
    private final LockerConfig lockerConfig;
    private final CloudEventCodec codec;
    private final Clock clock;

    public DemoHistoryService(DemoHistoryRepository history, DemoLockerConfig demoConfig, LockerConfig lockerConfig,
                              CloudEventCodec codec, Clock clock) {
        this.history = history;
        this.demoConfig = demoConfig;
        this.lockerConfig = lockerConfig;
        this.codec = codec;
        this.clock = clock;
    }

    /** Gives every demo locker without a history its week; returns how many lockers got one. */
    public Uni<Integer> fillMissing() {
        if (!demoConfig.load() || !demoConfig.history() || demoConfig.historyDays() <= 0) {
            return Uni.createFrom().item(0);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        return EachCity.sum(city -> fillMissing(city, now))
                .invoke(added -> {
                    if (added > 0) {
                        Log.infof("demo history: %d lockers given their past %d days", added, demoConfig.historyDays());
                    }
                });
    }

    /** The demo lockers of one city without a history get theirs, as of {@code now}. */
    public Uni<Integer> fillMissing(String city, OffsetDateTime now) {
        return history.lockersWithoutHistory(city)
                .chain(lockers -> Multi.createFrom().iterable(lockers)
                        .onItem().transformToUniAndConcatenate(locker -> history.cells(locker)
                                .chain(cells -> generate(city, locker, cells, now)))
                        .collect().asList().map(made -> (int) made.stream().filter(Boolean::booleanValue).count()));
    }

    private Uni<Boolean> generate(String city, UUID locker, List<Cell> cells, OffsetDateTime now) {
        if (cells.isEmpty()) {
            return Uni.createFrom().item(false);
        }
        Random random = new Random(demoConfig.seed() ^ locker.getMostSignificantBits() ^ locker.getLeastSignificantBits());
        int perDay = "fuzhou".equals(city) ? demoConfig.fuzhouReservationsPerDay() : demoConfig.otherReservationsPerDay();
        Map<UUID, Integer> left = new HashMap<>();
        cells.forEach(cell -> left.put(cell.compartmentId(), cell.quantity()));
        Map<UUID, Integer> dispatched = new HashMap<>();
        List<Past> rows = new ArrayList<>();
        List<CloudEvent> events = new ArrayList<>();
        LocalDate today = now.atZoneSameInstant(STATION_TIME).toLocalDate();
        int serial = 0;
        for (int daysBack = demoConfig.historyDays(); daysBack >= 1; daysBack--) {
            LocalDate day = today.minusDays(daysBack);
            // between half and all of the day's most, from 07:00 to 21:59 station time, in order of time
            int count = perDay / 2 + random.nextInt(perDay - perDay / 2 + 1);
            List<Integer> minutes = new ArrayList<>();
            for (int k = 0; k < count; k++) {
                minutes.add(7 * 60 + random.nextInt(15 * 60));
            }
            minutes.sort(null);
            for (int minute : minutes) {
                List<Cell> stocked = cells.stream().filter(cell -> left.get(cell.compartmentId()) > 0).toList();
                if (stocked.isEmpty()) {
                    break;
                }
                Cell cell = stocked.get(random.nextInt(stocked.size()));
                OffsetDateTime at = day.atTime(LocalTime.MIN).plusMinutes(minute).atZone(STATION_TIME).toOffsetDateTime();
                boolean expired = random.nextInt(1000) < EXPIRED_PER_MILLE;
                rows.add(reservation(city, locker, cell, serial++, at, expired, random, events));
                if (!expired) {
                    left.merge(cell.compartmentId(), -1, Integer::sum);
                    dispatched.merge(cell.compartmentId(), 1, Integer::sum);
                }
            }
        }
        return history.write(locker, rows, dispatched, events);
    }

    private Past reservation(String city, UUID locker, Cell cell, int serial, OffsetDateTime at, boolean expired, Random random,
                             List<CloudEvent> events) {
        UUID id = UUID.nameUUIDFromBytes(("demo-history/" + locker + "/" + serial).getBytes(StandardCharsets.UTF_8));
        String worker = String.format("%s%s-%03d", DemoHistoryRepository.WORKER_PREFIX, city, random.nextInt(WORKERS));
        String code = String.format("%06d", random.nextInt(1_000_000));
        OffsetDateTime expiresAt = at.plus(lockerConfig.reservationTtl());
        OffsetDateTime pickedUpAt = expired ? null : at.plusMinutes(3 + random.nextInt(55));
        OffsetDateTime closedAt = expired ? expiresAt : pickedUpAt;
        String closedBy = expired ? "expiry" : "device";
        Past past = new Past(id, city, locker, cell.stationId(), cell.compartmentId(), cell.number(), cell.itemId(), cell.itemName(),
                cell.unitValueFen(), worker, code, Reservation.qrPayload(locker, code, id), expired ? "EXPIRED" : "PICKED_UP",
                expired ? null : UUID.nameUUIDFromBytes(("demo-history-tx/" + id).getBytes(StandardCharsets.UTF_8)), at, expiresAt,
                expired ? null : pickedUpAt.minusSeconds(20), pickedUpAt, closedAt, closedBy);
        String type = expired ? LockerEventTypes.RESERVATION_EXPIRED : LockerEventTypes.ITEM_PICKED_UP;
        ReservationPayload data = new ReservationPayload(id, locker, cell.stationId(), city, cell.itemId(), cell.itemName(),
                cell.number(), cell.unitValueFen(), past.status(), at, expiresAt, pickedUpAt, closedBy, closedAt);
        // the event id is named after the reservation, so a second writer could never publish it twice
        events.add(codec.envelopeAt(UUID.nameUUIDFromBytes(("demo-history-event/" + id).getBytes(StandardCharsets.UTF_8)), type,
                cell.stationId().toString(), city, data, closedAt));
        return past;
    }
}

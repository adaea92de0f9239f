package io.yizhan.volunteer.health.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.outbox.Outbox;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.volunteer.health.CountedDevice;
import io.yizhan.volunteer.health.DailySessions;
import io.yizhan.volunteer.health.HealthCheckPayload;
import io.yizhan.volunteer.health.HealthCheckSession;
import io.yizhan.volunteer.health.HealthDevice;
import io.yizhan.volunteer.health.ReportedCheck;
import io.yizhan.volunteer.health.repository.HealthCheckRepository;
import io.yizhan.volunteer.messaging.VolunteerEventTypes;
import io.yizhan.volunteer.repository.StationReplicaRepository;
import io.yizhan.volunteer.support.DayRange;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * 健康检测: devices bound by the city to a station record that a session happened; counts feed usage
 * figures. The measured values never reach Yizhan.
 */
@ApplicationScoped
public class HealthCheckService {

    static final Pattern CLIENT_ID = Pattern.compile("^[A-Za-z0-9._-]{1,100}$");
    /** A device that was offline may report late, but not from before last week nor from the future. */
    static final Duration LATE_REPORT = Duration.ofDays(7);
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** The device list counts the sessions of this last stretch. */
    static final Duration COUNTED = Duration.ofDays(30);

    private final HealthCheckRepository sessions;
    private final StationReplicaRepository stations;
    private final Outbox outbox;

    public HealthCheckService(HealthCheckRepository sessions, StationReplicaRepository stations, Outbox outbox) {
        this.sessions = sessions;
        this.stations = stations;
        this.outbox = outbox;
    }

    /** Binds (or moves) a device to a station of the admin's city. */
    @WithTransaction
    public Uni<CountedDevice> bind(Caller caller, String clientId, UUID stationId, OffsetDateTime now) {
        if (!CLIENT_ID.matcher(clientId).matches()) {
            throw ProblemException.badRequest("clientId", "设备客户端 ID 为 1–100 位字母、数字、. _ - / clientId is 1–100 letters, digits, . _ -");
        }
        return stations.findById(stationId)
                .map(station -> station != null && caller.sees(station.tenant) ? station : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("驿站 / Station", stationId))
                .chain(station -> sessions.device(clientId).chain(existing -> {
                    if (existing != null && !caller.sees(existing.tenant)) {
                        throw ProblemException.forbidden("该设备已登记在其他城市 / this device is registered to another city's station");
                    }
                    HealthDevice device = new HealthDevice();
                    device.clientId = clientId;
                    device.tenant = station.tenant;
                    device.stationId = station.id;
                    device.registeredBy = caller.username() == null ? caller.subject() : caller.username();
                    device.registeredAt = now;
                    return sessions.saveDevice(device).chain(saved -> sessions.sessionsPerDevice(null, clientId, now.minus(COUNTED))
                            .map(counts -> new CountedDevice(saved, station.name, counts.getOrDefault(clientId, 0L))));
                }));
    }

    /** The city's devices, each with the sessions it recorded in the last 30 days (wherever it stood then). */
    @WithSession
    public Uni<List<CountedDevice>> devices(Caller caller, OffsetDateTime now) {
        String tenant = caller.tenantScope().orElse(null);
        return sessions.devices(tenant).chain(list -> stations.names(list.stream().map(d -> d.stationId).toList())
                .chain(names -> sessions.sessionsPerDevice(tenant, null, now.minus(COUNTED))
                        .map(counts -> list.stream().map(d -> new CountedDevice(d, names.get(d.stationId),
                                counts.getOrDefault(d.clientId, 0L))).toList())));
    }

    /** A session reported by a device, for the one station it is bound to. */
    @WithTransaction
    public Uni<HealthCheckSession> record(Caller caller, ReportedCheck body, OffsetDateTime now) {
        OffsetDateTime at = body.at() == null ? now : body.at();
        if (at.isAfter(now.plus(CLOCK_SKEW)) || at.isBefore(now.minus(LATE_REPORT))) {
            throw ProblemException.badRequest("at", "检测时间须在过去 7 天内 / at must lie within the last 7 days, not in the future");
        }
        if (caller.clientId() == null) {
            throw ProblemException.forbidden("令牌缺少设备客户端 ID / your token names no client (azp)");
        }
        return sessions.device(caller.clientId()).chain(device -> {
            if (device == null || !device.tenant.equals(caller.tenant())) {
                throw ProblemException.forbidden("该设备未登记到驿站，请联系市总工会 / this device (" + caller.clientId()
                        + ") is not registered to a station of its city; ask the city union to register it");
            }
            if (!device.stationId.equals(body.stationId())) {
                throw ProblemException.forbidden("该设备登记在另一座驿站 / this device is registered to station " + device.stationId
                        + ", not " + body.stationId());
            }
            HealthCheckSession session = new HealthCheckSession();
            session.id = UUID.randomUUID();
            session.tenant = device.tenant;
            session.stationId = device.stationId;
            session.deviceClientId = device.clientId;
            session.kind = body.kind();
            session.workerPseudonym = body.workerPseudonym();
            session.at = at;
            session.recordedAt = now;
            return sessions.persist(session)
                    .call(saved -> outbox.append(VolunteerEventTypes.HEALTH_CHECK_RECORDED, saved.stationId.toString(), saved.tenant,
                            new HealthCheckPayload(saved.id, saved.stationId, saved.tenant, saved.kind.name(), saved.at)));
        });
    }

    @WithSession
    public Uni<List<DailySessions>> counts(Caller caller, String tenant, UUID stationId, DayRange days) {
        String scope = caller.tenantScope().orElse(tenant);
        if (tenant != null && !tenant.equals(scope)) {
            return Uni.createFrom().item(List.of());
        }
        return sessions.perStationAndDay(scope, stationId, days.start(), days.end()).chain(rows -> stations.names(
                rows.stream().map(r -> UUID.fromString((String) r[0])).toList()).map(names -> rows.stream().map(r -> {
                    UUID station = UUID.fromString((String) r[0]);
                    return new DailySessions(station, names.get(station), (String) r[1], LocalDate.parse((String) r[2]),
                            ((Number) r[3]).longValue());
                }).toList()));
    }
}

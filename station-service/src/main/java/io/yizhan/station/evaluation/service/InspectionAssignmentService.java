package io.yizhan.station.evaluation.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.paging.Page;
import io.yizhan.common.paging.PageRequest;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.common.tenant.Roles;
import io.yizhan.station.evaluation.repository.InspectionBodyRepository;
import io.yizhan.station.registry.repository.StationRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Third-party inspection (第三方检查, ADR 0015): the province registers outside inspection bodies;
 * the province, or a city for its own stations, assigns stations to a body for a period; a body's
 * inspectors see those assignments only.
 */
@ApplicationScoped
public class InspectionAssignmentService {

    static final ZoneId STATION_TIME = ZoneId.of("Asia/Shanghai");

    private final InspectionBodyRepository bodies;
    private final StationRepository stations;
    private final Clock clock;

    public InspectionAssignmentService(InspectionBodyRepository bodies, StationRepository stations, Clock clock) {
        this.bodies = bodies;
        this.stations = stations;
        this.clock = clock;
    }

    /** Stations to give to a body for a period, as checked by Bean Validation on {@code rest.AssignmentRequest}. */
    public record NewAssignment(String body, List<UUID> stationIds, LocalDate from, LocalDate due) {
    }

    /** An assignment and whether it is overdue today (station time): not fulfilled and past its due date. */
    public record AssignedStation(InspectionBodyRepository.Assignment assignment, boolean overdue) {
    }

    @WithTransaction
    public Uni<InspectionBodyRepository.Body> register(Caller caller, String code, String name) {
        if (!caller.isProvinceAdmin()) {
            throw ProblemException.forbidden("检查机构由省总工会登记 / only the province registers inspection bodies");
        }
        return bodies.insertBody(code, name.trim(), OffsetDateTime.now(clock), caller.username()).map(added -> {
            if (!added) {
                throw ProblemException.conflict("机构代码已存在：" + code + " / inspection body " + code + " exists");
            }
            return new InspectionBodyRepository.Body(code, name.trim());
        });
    }

    @WithSession
    public Uni<List<InspectionBodyRepository.Body>> bodies() {
        return bodies.bodies();
    }

    /**
     * Assigns each station to the body; all or none. A city admin assigns only their own city's
     * stations (another city's is a 403: they named it); only running stations are inspected.
     */
    @WithTransaction
    public Uni<List<AssignedStation>> assign(Caller caller, NewAssignment request) {
        LocalDate today = LocalDate.now(clock.withZone(STATION_TIME));
        LocalDate from = request.from() == null ? today : request.from();
        if (request.due().isBefore(from)) {
            throw ProblemException.badRequest("due", "截止日期早于开始日期 / due is before from");
        }
        if (request.due().isBefore(today)) {
            throw ProblemException.badRequest("due", "截止日期已过 / due is in the past");
        }
        List<UUID> ids = new ArrayList<>(new LinkedHashSet<>(request.stationIds()));
        OffsetDateTime now = OffsetDateTime.now(clock);
        return bodies.body(request.body()).chain(found -> {
            InspectionBodyRepository.Body body = found.orElseThrow(() -> ProblemException.badRequest("body",
                    "未登记的检查机构：" + request.body() + " / no inspection body " + request.body()));
            Uni<Void> steps = Uni.createFrom().voidItem();
            for (UUID id : ids) {
                steps = steps.chain(() -> stations.findById(id)
                        .onItem().ifNull().failWith(() -> ProblemException.notFound("驿站 / Station", id))
                        .chain(station -> {
                            caller.tenantForWrite(station.tenant);
                            if (!station.status.searchable()) {
                                throw ProblemException.conflict("只检查运营中的驿站：" + station.name + " 为 " + station.status.label
                                        + " / only running stations are inspected; " + id + " is " + station.status);
                            }
                            return bodies.assign(UUID.randomUUID(), body.code(), id, station.tenant, from, request.due(), now,
                                    caller.username());
                        })
                        .invoke(added -> {
                            if (!added) {
                                throw ProblemException.conflict("该驿站本期已分派给此机构 / station " + id
                                        + " is already assigned to " + body.code() + " from " + from);
                            }
                        }).replaceWithVoid());
            }
            return steps.chain(() -> bodies.search(Optional.of(body.code()), Optional.empty(), Optional.empty(), 0, Integer.MAX_VALUE))
                    .map(all -> all.stream().filter(a -> ids.contains(a.stationId()) && a.from().equals(from))
                            .map(a -> view(a, today)).toList());
        });
    }

    /**
     * An inspector sees their own body's assignments, whatever filter they pass; an admin those of
     * their city (province: all), optionally one body's. Another city's filter gives an empty page.
     */
    @WithSession
    public Uni<Page<AssignedStation>> list(Caller caller, String callerBody, String body, String tenant, UUID stationId,
                                          PageRequest page) {
        Optional<String> bodyScope;
        Optional<String> tenantScope;
        if (isInspector(caller)) {
            bodyScope = Optional.of(ownBody(callerBody));
            if (body != null && !body.equals(callerBody)) {
                return Uni.createFrom().item(new Page<>(List.of(), page.page, page.size, 0));
            }
            tenantScope = Optional.ofNullable(tenant);
        } else {
            bodyScope = Optional.ofNullable(body);
            Optional<String> scope = caller.tenantScope();
            if (scope.isPresent() && tenant != null && !tenant.equals(scope.get())) {
                return Uni.createFrom().item(new Page<>(List.of(), page.page, page.size, 0));
            }
            tenantScope = scope.or(() -> Optional.ofNullable(tenant));
        }
        LocalDate today = LocalDate.now(clock.withZone(STATION_TIME));
        Optional<UUID> station = Optional.ofNullable(stationId);
        return bodies.search(bodyScope, tenantScope, station, page.page, page.size)
                .chain(items -> bodies.count(bodyScope, tenantScope, station)
                        .map(total -> new Page<>(items.stream().map(a -> view(a, today)).toList(), page.page, page.size, total)));
    }

    /** An inspector acting as such: an admin who also holds the role keeps the admin's reach. */
    static boolean isInspector(Caller caller) {
        return caller.has(Roles.INSPECTOR) && !caller.isProvinceAdmin() && !caller.has(Roles.CITY_ADMIN);
    }

    /** The body an inspector's token names; without one the account is misconfigured and reaches nothing. */
    static String ownBody(String callerBody) {
        if (callerBody == null || callerBody.isBlank()) {
            throw ProblemException.forbidden("令牌缺少所属检查机构 / Your token carries no inspection body (inspection_body claim)");
        }
        return callerBody;
    }

    private static AssignedStation view(InspectionBodyRepository.Assignment a, LocalDate today) {
        return new AssignedStation(a, a.inspectionId() == null && a.due().isBefore(today));
    }
}

package io.yizhan.volunteer.help.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.outbox.Outbox;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.common.tenant.Roles;
import io.yizhan.volunteer.StationReplica;
import io.yizhan.volunteer.config.VolunteerConfig;
import io.yizhan.volunteer.help.HelpCall;
import io.yizhan.volunteer.help.HelpEventPayload;
import io.yizhan.volunteer.help.HelpRequest;
import io.yizhan.volunteer.help.StationHelp;
import io.yizhan.volunteer.help.VisibleHelpRequest;
import io.yizhan.volunteer.help.repository.HelpRequestRepository;
import io.yizhan.volunteer.messaging.VolunteerEventTypes;
import io.yizhan.volunteer.repository.StationReplicaRepository;
import io.yizhan.volunteer.support.DayRange;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * 管家求助: a worker asks, the butlers on duty at the station (from the duty roster) accept and
 * resolve; unanswered requests escalate to the station manager, then to the city union.
 */
@ApplicationScoped
public class HelpService {

    private final HelpRequestRepository requests;
    private final StationReplicaRepository stations;
    private final Outbox outbox;
    private final VolunteerConfig config;

    public HelpService(HelpRequestRepository requests, StationReplicaRepository stations, Outbox outbox, VolunteerConfig config) {
        this.requests = requests;
        this.stations = stations;
        this.outbox = outbox;
        this.config = config;
    }

    @WithTransaction
    public Uni<VisibleHelpRequest> ask(Caller caller, HelpCall body, OffsetDateTime now) {
        return stations.findById(body.stationId())
                .map(station -> station != null && ("OPEN".equals(station.status) || "WARNED".equals(station.status)) ? station : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("运营中的驿站 / Open station", body.stationId()))
                .chain(station -> {
                    HelpRequest request = new HelpRequest();
                    request.id = UUID.randomUUID();
                    request.tenant = station.tenant;
                    request.stationId = station.id;
                    request.requester = caller.subject();
                    request.category = body.category();
                    request.note = body.note() == null || body.note().isBlank() ? null : body.note().strip();
                    request.status = HelpRequest.Status.OPEN;
                    request.requestedAt = now;
                    return requests.persist(request)
                            .chain(saved -> onDuty(station.id, null, now))
                            .chain(onDuty -> event(VolunteerEventTypes.HELP_REQUESTED, request, now, onDuty.intValue()))
                            .map(ignored -> view(request, station.name, caller));
                });
    }

    /** The station's open requests and those of the last day, for whoever may act there now. */
    @WithSession
    public Uni<List<VisibleHelpRequest>> forStation(Caller caller, UUID stationId, OffsetDateTime now) {
        return stations.findById(stationId)
                .map(station -> station != null && inScope(caller, station) ? station : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("驿站 / Station", stationId))
                .call(station -> mayAct(caller, station, now).invoke(may -> {
                    if (!may) {
                        throw ProblemException.forbidden("您此刻不在该驿站值班 / you are not on duty at this station now"
                                + " (a confirmed sign-up for a shift under way)");
                    }
                }))
                .chain(station -> requests.current(stationId, now.minusHours(24))
                        .map(list -> list.stream().map(r -> view(r, station.name, caller)).toList()));
    }

    /** Unanswered requests escalated to the city union: the city admins' list. */
    @WithSession
    public Uni<List<VisibleHelpRequest>> escalatedToCity(Caller caller) {
        return requests.escalatedToCity(caller.tenantScope().orElse(null))
                .chain(list -> views(list, caller));
    }

    @WithSession
    public Uni<List<VisibleHelpRequest>> mine(Caller caller) {
        return requests.byRequester(caller.subject())
                .chain(list -> views(list, caller));
    }

    @WithTransaction
    public Uni<VisibleHelpRequest> accept(Caller caller, UUID id, OffsetDateTime now) {
        return actionable(caller, id, now).chain(found -> {
            if (found.request().status != HelpRequest.Status.OPEN) {
                throw ProblemException.conflict("该求助已被接单或已结束 / this request was already accepted or has ended");
            }
            return requests.accept(id, caller.subject(), now).chain(accepted -> {
                if (!accepted) {
                    throw ProblemException.conflict("该求助已被其他管家接单 / another butler accepted this request first");
                }
                return requests.getSession().chain(s -> s.refresh(found.request()))
                        .chain(() -> event(VolunteerEventTypes.HELP_ACCEPTED, found.request(), now, null))
                        .map(ignored -> view(found.request(), found.station().name, caller));
            });
        });
    }

    @WithTransaction
    public Uni<VisibleHelpRequest> resolve(Caller caller, UUID id, OffsetDateTime now) {
        return actionable(caller, id, now).chain(found -> {
            HelpRequest request = found.request();
            if (request.status != HelpRequest.Status.ACCEPTED) {
                throw ProblemException.conflict("只有已接单的求助才能标记解决 / only an accepted request can be resolved (accept it first)");
            }
            request.status = HelpRequest.Status.RESOLVED;
            request.resolvedAt = now;
            return event(VolunteerEventTypes.HELP_RESOLVED, request, now, null).map(ignored -> view(request, found.station().name, caller));
        });
    }

    /** The worker withdraws their own request while it is open or accepted. */
    @WithTransaction
    public Uni<VisibleHelpRequest> cancel(Caller caller, UUID id, OffsetDateTime now) {
        return requests.findById(id).map(r -> r != null && r.requester.equals(caller.subject()) ? r : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("求助 / Help request", id))
                .chain(request -> {
                    if (request.status != HelpRequest.Status.OPEN && request.status != HelpRequest.Status.ACCEPTED) {
                        throw ProblemException.conflict("该求助已结束 / this request has already ended");
                    }
                    request.status = HelpRequest.Status.CANCELLED;
                    return event(VolunteerEventTypes.HELP_CANCELLED, request, now, null)
                            .chain(() -> stations.findById(request.stationId))
                            .map(station -> view(request, station == null ? null : station.name, caller));
                });
    }

    /**
     * Raises unanswered requests to the station manager, then to the city union, each step once with
     * its event. A request found late (the service was down) goes straight to the level it has reached.
     */
    @WithTransaction
    public Uni<Integer> escalate(OffsetDateTime now) {
        OffsetDateTime toManager = now.minus(config.help().escalateToManagerAfter());
        OffsetDateTime toCity = now.minus(config.help().escalateToCityAfter());
        return requests.lockUnanswered(toManager).chain(due -> Multi.createFrom().iterable(due)
                .onItem().transformToUniAndConcatenate(request -> {
                    int level = request.requestedAt.isAfter(toCity) ? HelpRequest.TO_MANAGER : HelpRequest.TO_CITY;
                    if (level <= request.escalationLevel) {
                        return Uni.createFrom().item(0);
                    }
                    request.escalationLevel = level;
                    request.escalatedAt = now;
                    return event(VolunteerEventTypes.HELP_ESCALATED, request, now, null).replaceWith(1);
                })
                .collect().asList().map(ones -> ones.stream().mapToInt(Integer::intValue).sum()));
    }

    /** Help answered per station in the period; none for another city than the caller's. */
    @WithSession
    public Uni<List<StationHelp>> stats(Caller caller, String tenant, DayRange days) {
        String scope = caller.tenantScope().orElse(tenant);
        if (tenant != null && !tenant.equals(scope)) {
            return Uni.createFrom().item(List.of());
        }
        return requests.stats(scope, days.start(), days.end()).chain(rows -> stations.names(
                rows.stream().map(r -> UUID.fromString((String) r[0])).toList()).map(names -> rows.stream().map(r -> {
                    UUID station = UUID.fromString((String) r[0]);
                    return new StationHelp(station, names.get(station), (String) r[1], number(r[2]), number(r[3]), number(r[4]),
                            number(r[5]), r[6] == null ? null : Math.round(((Number) r[6]).doubleValue()),
                            r[7] == null ? null : Math.round(((Number) r[7]).doubleValue()));
                }).toList()));
    }

    private record Found(HelpRequest request, StationReplica station) {
    }

    /** The request, if the caller may act at its station now; otherwise "not found", as for another station's. */
    private Uni<Found> actionable(Caller caller, UUID id, OffsetDateTime now) {
        return requests.findById(id)
                .chain(request -> request == null ? Uni.createFrom().<Found>nullItem()
                        : stations.findById(request.stationId).chain(station -> station == null || !inScope(caller, station)
                        ? Uni.createFrom().<Found>nullItem()
                        : mayAct(caller, station, now).map(may -> may ? new Found(request, station) : null)))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("求助 / Help request", id));
    }

    private static boolean inScope(Caller caller, StationReplica station) {
        return caller.sees(station.tenant);
    }

    /**
     * Admins of the city, the station's own managers, and volunteers on duty there now (a confirmed
     * sign-up whose shift has opened for check-in and not ended, not checked out).
     */
    private Uni<Boolean> mayAct(Caller caller, StationReplica station, OffsetDateTime now) {
        if (caller.isProvinceAdmin() || caller.has(Roles.CITY_ADMIN)
                || caller.has(Roles.STATION_MANAGER) && station.managedBy(caller.username())) {
            return Uni.createFrom().item(true);
        }
        if (caller.has(Roles.VOLUNTEER)) {
            return onDuty(station.id, caller.subject(), now).map(n -> n > 0);
        }
        return Uni.createFrom().item(false);
    }

    private Uni<Long> onDuty(UUID stationId, String subject, OffsetDateTime now) {
        return requests.onDuty(stationId, subject, now, now.plus(config.checkInOpensBefore()));
    }

    private Uni<Object> event(String type, HelpRequest r, OffsetDateTime at, Integer onDuty) {
        return outbox.append(type, r.stationId.toString(), r.tenant, new HelpEventPayload(r.id, r.stationId, r.tenant,
                        r.category.name(), r.status.name(), r.escalationLevel, r.requestedAt, r.acceptedAt, r.resolvedAt, at, onDuty))
                .replaceWith(Uni.createFrom().item(new Object()));
    }

    private Uni<List<VisibleHelpRequest>> views(List<HelpRequest> list, Caller caller) {
        return stations.names(list.stream().map(r -> r.stationId).toList())
                .map(names -> list.stream().map(r -> view(r, names.get(r.stationId), caller)).toList());
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    static VisibleHelpRequest view(HelpRequest r, String stationName, Caller caller) {
        boolean mine = r.requester.equals(caller.subject());
        return new VisibleHelpRequest(r, stationName, r.acceptedBy != null && r.acceptedBy.equals(caller.subject()) ? Boolean.TRUE : null,
                mine ? Boolean.TRUE : null);
    }
}

package io.yizhan.volunteer.membership.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.outbox.Outbox;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.volunteer.membership.JoinRequest;
import io.yizhan.volunteer.membership.MemberJoinedPayload;
import io.yizhan.volunteer.membership.MembershipApplication;
import io.yizhan.volunteer.membership.NewMembers;
import io.yizhan.volunteer.membership.VisibleApplication;
import io.yizhan.volunteer.membership.repository.MembershipRepository;
import io.yizhan.volunteer.messaging.VolunteerEventTypes;
import io.yizhan.volunteer.repository.StationReplicaRepository;
import io.yizhan.volunteer.support.DayRange;
import io.yizhan.volunteer.support.Phones;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * 入会: a worker applies at a station, the city union decides; approval emits member-joined (the
 * subject only), which locker-service uses for members-only items. A declined application keeps no
 * name or phone.
 */
@ApplicationScoped
public class MembershipService {

    private final MembershipRepository applications;
    private final StationReplicaRepository stations;
    private final Outbox outbox;

    public MembershipService(MembershipRepository applications, StationReplicaRepository stations, Outbox outbox) {
        this.applications = applications;
        this.stations = stations;
        this.outbox = outbox;
    }

    @WithTransaction
    public Uni<VisibleApplication> apply(Caller caller, JoinRequest body, OffsetDateTime now) {
        return stations.findById(body.stationId())
                .map(station -> station != null && ("OPEN".equals(station.status) || "WARNED".equals(station.status)) ? station : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("运营中的驿站 / Open station", body.stationId()))
                .chain(station -> {
                    if (body.tenant() != null && !body.tenant().equals(station.tenant)) {
                        throw ProblemException.badRequest("tenant", "所选城市与驿站所在城市不一致 / tenant differs from the station's city ("
                                + station.tenant + ")");
                    }
                    return applications.lockApplicant(caller.subject())
                            .chain(() -> applications.open(caller.subject()))
                            .chain(open -> {
                                if (open != null) {
                                    throw ProblemException.conflict(open.status == MembershipApplication.Status.APPROVED
                                            ? "您已是工会会员 / you are already a union member"
                                            : "您已有一份待审核的入会申请 / you already have an application waiting for the city union's decision");
                                }
                                MembershipApplication a = new MembershipApplication();
                                a.id = UUID.randomUUID();
                                a.tenant = station.tenant;
                                a.stationId = station.id;
                                a.applicant = caller.subject();
                                a.name = body.name().strip();
                                a.phone = body.phone();
                                a.platform = body.platform();
                                a.status = MembershipApplication.Status.PENDING;
                                a.createdAt = now;
                                return applications.persist(a).map(saved -> view(saved, station.name, false));
                            });
                });
    }

    @WithSession
    public Uni<List<VisibleApplication>> mine(Caller caller) {
        return applications.byApplicant(caller.subject()).chain(list -> views(list, false));
    }

    /** The city's applications of one status (pending by default), phones masked. */
    @WithSession
    public Uni<List<VisibleApplication>> ofCity(Caller caller, String status) {
        return applications.ofCity(caller.tenantScope().orElse(null), status(status)).chain(list -> views(list, false));
    }

    /** One application; the deciding admin sees the phone in full while it is pending, to call the applicant if needed. */
    @WithSession
    public Uni<VisibleApplication> get(Caller caller, UUID id) {
        return visible(caller, id).chain(a -> named(a, a.status == MembershipApplication.Status.PENDING));
    }

    @WithTransaction
    public Uni<VisibleApplication> decide(Caller caller, UUID id, boolean approve, String note, OffsetDateTime now) {
        return visible(caller, id).chain(a -> {
            if (a.status != MembershipApplication.Status.PENDING) {
                throw ProblemException.conflict("该申请已审核 / this application was already decided");
            }
            if (!approve && (note == null || note.isBlank())) {
                // the worker reads the reason on their page and may apply again once it is dealt with
                throw ProblemException.badRequest("note", "不予通过时请写明理由 / note (the reason) is required when declining");
            }
            a.decidedAt = now;
            a.decidedBy = caller.username() == null ? caller.subject() : caller.username();
            a.decisionNote = note == null || note.isBlank() ? null : note.strip();
            if (!approve) {
                a.status = MembershipApplication.Status.DECLINED;
                a.name = null;
                a.phone = null;
                return named(a, false);
            }
            a.status = MembershipApplication.Status.APPROVED;
            a.membershipId = UUID.randomUUID();
            return outbox.append(VolunteerEventTypes.MEMBER_JOINED, a.stationId.toString(), a.tenant,
                            new MemberJoinedPayload(a.membershipId, a.stationId, a.tenant, a.applicant, a.platform.name(), now))
                    .chain(() -> named(a, false));
        });
    }

    /** New members per station of the period, by city then station; none for another city than the caller's. */
    @WithSession
    public Uni<List<NewMembers>> counts(Caller caller, String tenant, DayRange days) {
        String scope = caller.tenantScope().orElse(tenant);
        if (tenant != null && !tenant.equals(scope)) {
            return Uni.createFrom().item(List.of());
        }
        return applications.newMembers(scope, days.start(), days.end()).chain(rows -> stations.names(
                rows.stream().map(r -> UUID.fromString((String) r[1])).toList()).map(names -> rows.stream().map(r -> {
                    UUID station = UUID.fromString((String) r[1]);
                    return new NewMembers(station, names.get(station), (String) r[0], ((Number) r[2]).longValue());
                }).toList()));
    }

    private Uni<MembershipApplication> visible(Caller caller, UUID id) {
        return applications.findById(id).map(a -> a != null && caller.sees(a.tenant) ? a : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("入会申请 / Membership application", id));
    }

    private static MembershipApplication.Status status(String value) {
        if (value == null || value.isBlank()) {
            return MembershipApplication.Status.PENDING;
        }
        try {
            return MembershipApplication.Status.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("status", "状态须为 PENDING, APPROVED, DECLINED / unknown status");
        }
    }

    private Uni<VisibleApplication> named(MembershipApplication a, boolean fullPhone) {
        return stations.findById(a.stationId).map(station -> view(a, station == null ? null : station.name, fullPhone));
    }

    private Uni<List<VisibleApplication>> views(List<MembershipApplication> list, boolean fullPhone) {
        return stations.names(list.stream().map(a -> a.stationId).toList())
                .map(names -> list.stream().map(a -> view(a, names.get(a.stationId), fullPhone)).toList());
    }

    static VisibleApplication view(MembershipApplication a, String stationName, boolean fullPhone) {
        return new VisibleApplication(a, stationName, fullPhone ? a.phone : Phones.masked(a.phone));
    }
}

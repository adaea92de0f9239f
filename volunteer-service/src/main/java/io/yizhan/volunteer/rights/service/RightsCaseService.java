package io.yizhan.volunteer.rights.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.outbox.Outbox;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.common.tenant.Roles;
import io.yizhan.common.tenant.Tenants;
import io.yizhan.volunteer.config.VolunteerConfig;
import io.yizhan.volunteer.messaging.VolunteerEventTypes;
import io.yizhan.volunteer.repository.StationReplicaRepository;
import io.yizhan.volunteer.rights.OverdueCase;
import io.yizhan.volunteer.rights.RightsAnsweredPayload;
import io.yizhan.volunteer.rights.RightsCase;
import io.yizhan.volunteer.rights.RightsCaseFiling;
import io.yizhan.volunteer.rights.RightsCaseReply;
import io.yizhan.volunteer.rights.VisibleCase;
import io.yizhan.volunteer.rights.repository.RightsCaseRepository;
import io.yizhan.volunteer.support.Phones;
import io.yizhan.volunteer.workday.service.WorkdayCalendarService;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * 维权求助: private between the worker and their chosen city's rights desk. One event leaves the
 * service: that the desk answered, addressed to the worker's subject and naming nothing else, so that
 * the worker is told (a rights matter is nobody else's business); city admins see only which cases
 * are overdue.
 */
@ApplicationScoped
public class RightsCaseService {

    /** Case-number prefixes; Pingtan takes PTS (平潭综合实验区) because Putian has PT. */
    static final Map<String, String> PREFIX = Map.of("fuzhou", "FZ", "xiamen", "XM", "zhangzhou", "ZZ", "quanzhou", "QZ",
            "sanming", "SM", "putian", "PT", "nanping", "NP", "longyan", "LY", "ningde", "ND", "pingtan", "PTS");

    private final RightsCaseRepository cases;
    private final StationReplicaRepository stations;
    private final VolunteerConfig config;
    private final WorkdayCalendarService workdays;
    private final Outbox outbox;

    public RightsCaseService(RightsCaseRepository cases, StationReplicaRepository stations, VolunteerConfig config,
                             WorkdayCalendarService workdays, Outbox outbox) {
        this.workdays = workdays;
        this.outbox = outbox;
        this.cases = cases;
        this.stations = stations;
        this.config = config;
    }

    @WithTransaction
    public Uni<VisibleCase> file(Caller caller, RightsCaseFiling body, OffsetDateTime now) {
        Uni<String> city = body.stationId() == null ? Uni.createFrom().item(namedCity(body.tenant()))
                : stations.findById(body.stationId()).map(station -> {
                    if (station == null) {
                        throw ProblemException.notFound("驿站 / Station", body.stationId());
                    }
                    if (body.tenant() != null && !body.tenant().equals(station.tenant)) {
                        throw ProblemException.badRequest("tenant", "所选城市与驿站所在城市不一致 / tenant differs from the station's city ("
                                + station.tenant + ")");
                    }
                    return station.tenant;
                });
        return city.chain(tenant -> cases.nextNumber(tenant, now.getYear())
                .chain(seq -> workdays.workingDaysAfter(tenant, now, config.rights().firstReplyWorkingDays()).chain(due -> {
            RightsCase c = new RightsCase();
            c.id = UUID.randomUUID();
            c.caseNumber = "%s-%d-%06d".formatted(PREFIX.get(tenant), now.getYear(), seq);
            c.tenant = tenant;
            c.stationId = body.stationId();
            c.requester = caller.subject();
            c.category = body.category();
            c.description = body.description().strip();
            c.phone = body.phone();
            c.status = RightsCase.Status.SUBMITTED;
            c.createdAt = now;
            c.firstReplyDue = due;
            return cases.persist(c).map(saved -> view(saved, caller, now, List.of()));
        })));
    }

    @WithSession
    public Uni<List<VisibleCase>> mine(Caller caller, OffsetDateTime now) {
        return cases.byRequester(caller.subject()).map(list -> list.stream().map(c -> view(c, caller, now, null)).toList());
    }

    /** The desk's cases of its own city, newest first, optionally of one status. */
    @WithSession
    public Uni<List<VisibleCase>> desk(Caller caller, String status, OffsetDateTime now) {
        RightsCase.Status wanted = status == null || status.isBlank() ? null : status(status);
        return cases.ofCity(deskCity(caller), wanted).map(list -> list.stream().map(c -> view(c, caller, now, null)).toList());
    }

    @WithSession
    public Uni<VisibleCase> get(Caller caller, UUID id, OffsetDateTime now) {
        return visible(caller, id).chain(c -> detail(c, caller, now));
    }

    /** A message in the thread; the desk's first one meets the first-reply deadline. */
    @WithTransaction
    public Uni<VisibleCase> reply(Caller caller, UUID id, String body, OffsetDateTime now) {
        return visible(caller, id).chain(c -> {
            if (c.status == RightsCase.Status.CLOSED) {
                throw ProblemException.conflict("该案件已办结 / this case is closed; file a new one if needed");
            }
            return addReply(c, caller, body, now).chain(() -> detail(c, caller, now));
        });
    }

    @WithTransaction
    public Uni<VisibleCase> close(Caller caller, UUID id, String note, OffsetDateTime now) {
        return visible(caller, id).chain(c -> {
            if (!desk(caller, c)) {
                throw ProblemException.forbidden("只有维权窗口可以办结案件 / only the rights desk closes a case");
            }
            if (c.status == RightsCase.Status.CLOSED) {
                throw ProblemException.conflict("该案件已办结 / this case is already closed");
            }
            Uni<Void> last = note == null || note.isBlank() ? Uni.createFrom().voidItem() : addReply(c, caller, note, now);
            return last.chain(() -> {
                c.status = RightsCase.Status.CLOSED;
                c.closedAt = now;
                return detail(c, caller, now);
            });
        });
    }

    /** Unanswered cases past their first-reply deadline: numbers and dates only. */
    @WithSession
    public Uni<List<OverdueCase>> overdue(Caller caller, OffsetDateTime now) {
        String scope = caller.has(Roles.RIGHTS_DESK) && !caller.isProvinceAdmin() ? deskCity(caller) : caller.tenantScope().orElse(null);
        return cases.overdue(scope, now).map(list -> list.stream()
                .map(c -> new OverdueCase(c, Duration.between(c.firstReplyDue, now).toHours())).toList());
    }

    private Uni<Void> addReply(RightsCase c, Caller caller, String body, OffsetDateTime now) {
        RightsCaseReply reply = new RightsCaseReply();
        reply.id = UUID.randomUUID();
        reply.caseId = c.id;
        reply.fromDesk = desk(caller, c);
        reply.author = caller.subject();
        reply.body = body.strip();
        reply.createdAt = now;
        if (reply.fromDesk && c.firstReplyAt == null) {
            c.firstReplyAt = now;
            c.status = RightsCase.Status.IN_PROGRESS;
        }
        Uni<Void> stored = cases.addReply(reply).replaceWithVoid();
        if (!reply.fromDesk) {
            return stored;
        }
        // every desk message is news to the worker (the first answer, a follow-up, the closing word)
        return stored.chain(() -> outbox.append(VolunteerEventTypes.RIGHTS_CASE_ANSWERED, c.id.toString(), c.tenant,
                new RightsAnsweredPayload(c.id, c.caseNumber, c.tenant, c.requester, now))).replaceWithVoid();
    }

    /** The worker who filed it, or the desk of its city; anyone else gets "not found". */
    private Uni<RightsCase> visible(Caller caller, UUID id) {
        return cases.findById(id)
                .map(c -> c != null && (caller.has(Roles.WORKER) && c.requester.equals(caller.subject()) || desk(caller, c)) ? c : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("维权案件 / Rights case", id));
    }

    private static boolean desk(Caller caller, RightsCase c) {
        return caller.has(Roles.RIGHTS_DESK) && c.tenant.equals(caller.tenant());
    }

    private static String deskCity(Caller caller) {
        if (!Tenants.isCity(caller.tenant())) {
            throw ProblemException.forbidden("令牌缺少所属城市 / Your token carries no city (tenant claim)");
        }
        return caller.tenant();
    }

    private static String namedCity(String tenant) {
        if (!Tenants.isCity(tenant)) {
            throw ProblemException.badRequest("tenant", "请选择向哪个城市工会求助，或填写驿站 / name the city (one of "
                    + String.join(", ", Tenants.codes()) + ") or the station you are at");
        }
        return tenant;
    }

    private static RightsCase.Status status(String value) {
        try {
            return RightsCase.Status.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("status", "状态须为 SUBMITTED, IN_PROGRESS, CLOSED / unknown status");
        }
    }

    private Uni<VisibleCase> detail(RightsCase c, Caller caller, OffsetDateTime now) {
        return cases.replies(c.id).map(replies -> view(c, caller, now, replies));
    }

    private static VisibleCase view(RightsCase c, Caller caller, OffsetDateTime now, List<RightsCaseReply> replies) {
        boolean overdue = c.firstReplyAt == null && c.status != RightsCase.Status.CLOSED && c.firstReplyDue.isBefore(now);
        return new VisibleCase(c, desk(caller, c) ? c.phone : Phones.masked(c.phone), overdue, replies);
    }
}

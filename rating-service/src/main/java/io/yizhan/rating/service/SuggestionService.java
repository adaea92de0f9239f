package io.yizhan.rating.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.outbox.Outbox;
import io.yizhan.common.paging.Page;
import io.yizhan.common.paging.PageRequest;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.common.tenant.Tenants;
import io.yizhan.rating.Suggestion;
import io.yizhan.rating.messaging.RatingEventTypes;
import io.yizhan.rating.messaging.SuggestionPayloads;
import io.yizhan.rating.repository.SuggestionRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Golden ideas: submitted by a worker for a station or a city; answered by that city's admins
 * (acknowledged, then adopted or declined), each answer with a reply the author reads.
 */
@ApplicationScoped
public class SuggestionService {

    private final SuggestionRepository suggestions;
    private final StationGuard guard;
    private final Outbox outbox;
    private final Clock clock;

    public SuggestionService(SuggestionRepository suggestions, StationGuard guard, Outbox outbox, Clock clock) {
        this.clock = clock;
        this.suggestions = suggestions;
        this.guard = guard;
        this.outbox = outbox;
    }

    /** A new idea for a station ({@code stationId}) or a city ({@code tenant}); title and body were checked by the resource. */
    @WithTransaction
    public Uni<Suggestion> submit(Caller caller, NewSuggestion request) {
        Uni<String> tenant;
        if (request.stationId() != null) {
            tenant = guard.rateable(request.stationId()).map(station -> {
                if (request.tenant() != null && !request.tenant().equals(station.tenant)) {
                    throw ProblemException.badRequest("tenant", "驿站不属于该城市 / the station is not in this city");
                }
                return station.tenant;
            });
        } else if (Tenants.isCity(request.tenant())) {
            tenant = Uni.createFrom().item(request.tenant());
        } else {
            return Uni.createFrom().failure(ProblemException.badRequest(request.tenant() == null ? "stationId" : "tenant",
                    "请选择驿站（stationId）或城市（tenant，取值之一 " + String.join(", ", Tenants.codes())
                            + "） / name a station (stationId) or a city (tenant)"));
        }
        return tenant.chain(city -> {
            Suggestion s = new Suggestion();
            s.id = UUID.randomUUID();
            s.tenant = city;
            s.stationId = request.stationId();
            s.title = request.title().strip();
            s.body = request.body().strip();
            s.author = caller.subject();
            s.status = Suggestion.Status.SUBMITTED;
            s.createdAt = OffsetDateTime.now(clock);
            return suggestions.persist(s)
                    .call(saved -> outbox.append(RatingEventTypes.SUGGESTION_SUBMITTED, key(saved), saved.tenant,
                            new SuggestionPayloads.Submitted(saved.id, saved.tenant, saved.stationId, saved.title, saved.createdAt)));
        });
    }

    @WithSession
    public Uni<Page<Suggestion>> mine(Caller caller, PageRequest page) {
        return suggestions.byAuthor(caller.subject(), page);
    }

    /** Its author, or an admin of its city, sees it; anyone else gets 404. */
    @WithSession
    public Uni<Suggestion> find(Caller caller, UUID id) {
        return suggestions.findById(id)
                .map(s -> s != null && (s.author.equals(caller.subject()) || isAdminWhoSees(caller, s)) ? s : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("金点子 / Suggestion", id));
    }

    @WithSession
    public Uni<Page<Suggestion>> queue(Caller caller, Suggestion.Status status, PageRequest page) {
        return suggestions.queue(caller.tenantScope(), status, page);
    }

    @WithSession
    public Uni<Page<Suggestion>> adopted(String tenant, PageRequest page) {
        return suggestions.adopted(tenant, page);
    }

    /** An answer of the suggestion's city's admins: {@code status} ACKNOWLEDGED first, then ADOPTED or DECLINED, with a reply. */
    @WithTransaction
    public Uni<Suggestion> answer(Caller caller, UUID id, Suggestion.Status status, String reply) {
        if (status == Suggestion.Status.SUBMITTED) {
            return Uni.createFrom().failure(ProblemException.badRequest("status",
                    "答复状态为 ACKNOWLEDGED、ADOPTED 或 DECLINED / status is ACKNOWLEDGED, ADOPTED or DECLINED"));
        }
        return suggestions.findById(id)
                .map(s -> s != null && caller.sees(s.tenant) ? s : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("金点子 / Suggestion", id))
                .chain(s -> {
                    OffsetDateTime now = OffsetDateTime.now(clock);
                    String by = caller.username();
                    if (status == Suggestion.Status.ACKNOWLEDGED) {
                        if (s.status != Suggestion.Status.SUBMITTED) {
                            throw ProblemException.conflict("该金点子已受理过 / this suggestion was already acknowledged (" + s.status + ")");
                        }
                        s.acknowledgedAt = now;
                        s.acknowledgedBy = by;
                        s.acknowledgement = reply.strip();
                    } else {
                        if (s.status != Suggestion.Status.ACKNOWLEDGED) {
                            throw ProblemException.conflict(s.status == Suggestion.Status.SUBMITTED
                                    ? "请先受理再决定是否采纳 / acknowledge the suggestion before adopting or declining it"
                                    : "该金点子已有结论 / this suggestion was already decided (" + s.status + ")");
                        }
                        s.decidedAt = now;
                        s.decidedBy = by;
                        s.decisionReply = reply.strip();
                    }
                    s.status = status;
                    return outbox.append(RatingEventTypes.SUGGESTION_ANSWERED, key(s), s.tenant,
                                    new SuggestionPayloads.Answered(s.id, s.tenant, s.stationId, s.status.name(), reply.strip(), now))
                            .replaceWith(s);
                });
    }

    /** A golden idea as the service takes it: for a station ({@code stationId}) or for a whole city ({@code tenant}). */
    public record NewSuggestion(UUID stationId, String tenant, String title, String body) {
    }

    /** Events of a station's suggestion are keyed by the station; a city-wide one by the city's code. */
    static String key(Suggestion s) {
        return s.stationId != null ? s.stationId.toString() : s.tenant;
    }

    static boolean isAdminWhoSees(Caller caller, Suggestion s) {
        return (caller.isProvinceAdmin() || caller.has(io.yizhan.common.tenant.Roles.CITY_ADMIN)) && caller.sees(s.tenant);
    }
}

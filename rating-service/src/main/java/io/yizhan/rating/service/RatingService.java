package io.yizhan.rating.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.idempotency.IdempotentRequests;
import io.yizhan.common.outbox.Outbox;
import io.yizhan.common.paging.Page;
import io.yizhan.common.paging.PageRequest;
import io.yizhan.common.problem.Problem;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.ratelimit.SharedRateLimiter;
import io.yizhan.common.tenant.Caller;
import io.yizhan.common.tenant.Roles;
import io.yizhan.rating.Rating;
import io.yizhan.rating.RatingTag;
import io.yizhan.rating.StationReplica;
import io.yizhan.rating.config.RatingConfig;
import io.yizhan.rating.messaging.RatingEventTypes;
import io.yizhan.rating.messaging.RatingSubmittedPayload;
import io.yizhan.rating.repository.RatingRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Ratings: from a logged-in worker (one per station per 24 h, a later one replaces the earlier) or
 * anonymous with the station's current QR token (rate-limited per token and client address, the
 * address read by yizhan-common's trusted-proxy rule, the count shared by every replica).
 */
@ApplicationScoped
public class RatingService {

    static final String ANONYMOUS_LIMITER = "rating-anonymous";

    private final RatingRepository ratings;
    private final StationGuard guard;
    private final QrService qr;
    private final QrTokens tokens;
    private final CommentScreen screen;
    private final Outbox outbox;
    private final IdempotentRequests idempotency;
    private final SatisfactionEvents alerts;
    private final RatingConfig config;
    private final SharedRateLimiter limiter;
    private final Clock clock;

    public RatingService(RatingRepository ratings, StationGuard guard, QrService qr, QrTokens tokens, CommentScreen screen,
                         Outbox outbox, IdempotentRequests idempotency, SatisfactionEvents alerts, RatingConfig config,
                         SharedRateLimiter limiter, Clock clock) {
        this.clock = clock;
        this.ratings = ratings;
        this.guard = guard;
        this.qr = qr;
        this.tokens = tokens;
        this.screen = screen;
        this.outbox = outbox;
        this.idempotency = idempotency;
        this.alerts = alerts;
        this.config = config;
        this.limiter = limiter;
    }

    /**
     * Rates a station. With an {@code Idempotency-Key} a repeat gets the response the first request
     * got, stored in this transaction; that response is the caller's view of the rating, so the
     * caller names its type and how to make it from the rating and whether it replaced an earlier one.
     * <p>
     * The transaction starts only after the anonymous flood limit was counted: the limiter takes a pool
     * connection of its own (its count must survive this request's rollback), and taking it while holding
     * the transaction's starved the pool — 16 concurrent anonymous raters on a pool of 8 got no answer.
     */
    public <V> Uni<IdempotentRequests.Outcome<V>> submit(Caller caller, RatingSubmission request, String clientAddress,
                                                         String idempotencyKey, Class<V> viewType,
                                                         BiFunction<Rating, Boolean, V> view) {
        List<String> tags = tags(request.tags());
        String comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
        if (caller.subject() == null) {
            if (request.qrToken() == null) {
                return Uni.createFrom().failure(new ProblemException(401, "未登录 / Unauthorized",
                        "请登录，或扫描驿站的二维码后评价 / log in, or scan the station's QR code, to rate it", List.of()));
            }
            if (tokens.verify(request.stationId(), request.qrToken()).isEmpty()) {
                return Uni.createFrom().failure(invalidToken());
            }
            // counted in the database before the rating's work, so a flood is refused by every replica alike
            return limiter.check(ANONYMOUS_LIMITER, request.qrToken() + "|" + clientAddress,
                            config.anonymous().limit(), config.anonymous().window())
                    .chain(() -> Panache.withTransaction(() -> guard.rateable(request.stationId())
                            .call(station -> qr.check(station.id, request.qrToken()))
                            .chain(station -> create(station, request, tags, comment, null, true))
                            .map(rating -> new IdempotentRequests.Outcome<>(view.apply(rating, false), false))));
        }
        if (!caller.has(Roles.WORKER)) {
            return Uni.createFrom().failure(ProblemException.forbidden("只有劳动者可以评价驿站 / only workers rate stations"));
        }
        return Panache.withTransaction(() -> idempotency.run(idempotencyKey, caller.subject(), request, viewType, () ->
                guard.rateable(request.stationId())
                        .call(station -> request.qrToken() != null ? qr.check(station.id, request.qrToken()) : Uni.createFrom().voidItem())
                        .chain(station -> ratings.lockAuthorStation(caller.subject(), station.id)
                                .chain(() -> ratings.latestSince(caller.subject(), station.id,
                                        OffsetDateTime.now(clock).minus(config.replaceWindow())))
                                .chain(earlier -> earlier == null
                                        ? create(station, request, tags, comment, caller.subject(), request.qrToken() != null)
                                                .map(r -> view.apply(r, false))
                                        : replace(earlier, station, request, tags, comment).map(r -> view.apply(r, true))))));
    }

    private Uni<Rating> create(StationReplica station, RatingSubmission request, List<String> tags, String comment,
                               String author, boolean qrVerified) {
        Rating rating = new Rating();
        rating.id = UUID.randomUUID();
        rating.stationId = station.id;
        rating.tenant = station.tenant;
        rating.author = author;
        rating.source = author == null ? Rating.Source.QR : Rating.Source.WORKER;
        rating.qrVerified = qrVerified;
        rating.ratedAt = OffsetDateTime.now(clock);
        rating.firstRatedAt = rating.ratedAt;
        fill(rating, request, tags, comment);
        return ratings.persist(rating).call(r -> after(r, false));
    }

    private Uni<Rating> replace(Rating rating, StationReplica station, RatingSubmission request, List<String> tags, String comment) {
        rating.ratedAt = OffsetDateTime.now(clock);
        rating.replaced++;
        rating.qrVerified = rating.qrVerified || request.qrToken() != null;
        rating.moderatedAt = null;
        rating.moderatedBy = null;
        rating.moderationNote = null;
        fill(rating, request, tags, comment);
        return ratings.persist(rating).call(r -> after(r, true));
    }

    private Uni<?> after(Rating rating, boolean replaced) {
        return outbox.append(RatingEventTypes.RATING_SUBMITTED, rating.stationId.toString(), rating.tenant,
                        RatingSubmittedPayload.of(rating, replaced, config.anonymous().weight()))
                .chain(() -> alerts.check(rating.stationId, rating.tenant));
    }

    private void fill(Rating rating, RatingSubmission request, List<String> tags, String comment) {
        rating.score = request.score();
        RatingSubmission.Dimensions d = request.dimensions();
        rating.environment = d == null ? null : d.environment();
        rating.facilities = d == null ? null : d.facilities();
        rating.service = d == null ? null : d.service();
        rating.openingAsPosted = d == null ? null : d.openingAsPosted();
        rating.tags = String.join(",", tags);
        rating.comment = comment;
        List<String> hits = screen.hits(comment);
        rating.screenedWords = hits.isEmpty() ? null : String.join(",", hits);
        rating.commentStatus = comment == null ? Rating.CommentStatus.NONE
                : hits.isEmpty() ? Rating.CommentStatus.PUBLISHED : Rating.CommentStatus.PENDING;
    }

    /** Known tag codes, each once, in the order given; an unknown one is a 400 naming it. */
    static List<String> tags(List<String> requested) {
        if (requested == null) {
            return List.of();
        }
        Set<String> tags = new LinkedHashSet<>();
        List<Problem.Violation> violations = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            String code = requested.get(i);
            if (code == null || RatingTag.ofCode(code).isEmpty()) {
                violations.add(new Problem.Violation("tags[" + i + "]",
                        "未知标签，可选 / unknown tag, one of " + RatingTag.codes()));
            } else {
                tags.add(code);
            }
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(400, "请求无效 / Invalid request",
                    violations.get(0).field() + ": " + violations.get(0).message(), violations);
        }
        return List.copyOf(tags);
    }

    static ProblemException invalidToken() {
        return ProblemException.badRequest("qrToken",
                "二维码无效或不属于该驿站 / the QR token is invalid or belongs to another station");
    }

    @WithSession
    public Uni<Page<Rating>> mine(Caller caller, PageRequest page) {
        return ratings.byAuthor(caller.subject(), page);
    }

    /** Comments anyone may read: published at once or approved by a moderator; never the author. */
    @WithSession
    public Uni<Page<Rating>> comments(UUID stationId, PageRequest page) {
        return ratings.publicComments(stationId, page);
    }
}

package io.yizhan.rating.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.paging.Page;
import io.yizhan.common.paging.PageRequest;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.rating.Rating;
import io.yizhan.rating.repository.RatingRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The queue of comments the word list held back, answered by the admins of the rating's city. */
@ApplicationScoped
public class ModerationService {

    public enum Decision { APPROVED, REJECTED }

    public record ModerationItem(UUID ratingId, UUID stationId, String tenant, int score, String comment,
                                 String screenedWords, String commentStatus, String commentStatusLabel,
                                 OffsetDateTime ratedAt, String moderatedBy, OffsetDateTime moderatedAt, String note) {
        static ModerationItem of(Rating r) {
            return new ModerationItem(r.id, r.stationId, r.tenant, r.score, r.comment, r.screenedWords,
                    r.commentStatus.name(), r.commentStatus.label, r.ratedAt, r.moderatedBy, r.moderatedAt, r.moderationNote);
        }
    }

    private final RatingRepository ratings;
    private final Clock clock;

    public ModerationService(RatingRepository ratings, Clock clock) {
        this.clock = clock;
        this.ratings = ratings;
    }

    @WithSession
    public Uni<Page<ModerationItem>> queue(Caller caller, Rating.CommentStatus status, PageRequest page) {
        return ratings.moderationQueue(caller.tenantScope(), status, page).map(p -> p.map(ModerationItem::of));
    }

    @WithTransaction
    public Uni<ModerationItem> decide(Caller caller, UUID ratingId, Decision decision, String note) {
        return ratings.findById(ratingId)
                .map(r -> r != null && caller.sees(r.tenant) && r.commentStatus != Rating.CommentStatus.NONE ? r : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("待审核评论 / Comment", ratingId))
                .map(r -> {
                    if (r.commentStatus != Rating.CommentStatus.PENDING) {
                        throw ProblemException.conflict("该评论不在待审核状态 / this comment is not awaiting moderation ("
                                + r.commentStatus + ")");
                    }
                    r.commentStatus = decision == Decision.APPROVED ? Rating.CommentStatus.APPROVED : Rating.CommentStatus.REJECTED;
                    r.moderatedBy = caller.username();
                    r.moderatedAt = OffsetDateTime.now(clock);
                    r.moderationNote = note;
                    return ModerationItem.of(r);
                });
    }
}

package io.yizhan.volunteer.wish.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.outbox.Outbox;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.common.tenant.Roles;
import io.yizhan.common.tenant.Tenants;
import io.yizhan.volunteer.StationReplica;
import io.yizhan.volunteer.config.VolunteerConfig;
import io.yizhan.volunteer.messaging.VolunteerEventTypes;
import io.yizhan.volunteer.repository.StationReplicaRepository;
import io.yizhan.volunteer.wish.NewWish;
import io.yizhan.volunteer.wish.VisibleWish;
import io.yizhan.volunteer.wish.Wish;
import io.yizhan.volunteer.wish.WishEventPayload;
import io.yizhan.volunteer.wish.repository.WishRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/** 微心愿: posted by a worker, reviewed by the city, claimed by exactly one donor, fulfilled at a station. */
@ApplicationScoped
public class WishService {

    /** Phone numbers, WeChat ids and e-mail addresses: contact details never go on the board. */
    static final Pattern CONTACT = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}|微信|wechat|vx[:：]|@\\w+\\.", Pattern.CASE_INSENSITIVE);

    private final WishRepository wishes;
    private final StationReplicaRepository stations;
    private final Outbox outbox;
    private final VolunteerConfig config;
    private final Clock clock;

    public WishService(WishRepository wishes, StationReplicaRepository stations, Outbox outbox, VolunteerConfig config, Clock clock) {
        this.clock = clock;
        this.wishes = wishes;
        this.stations = stations;
        this.outbox = outbox;
        this.config = config;
    }

    @WithTransaction
    public Uni<VisibleWish> post(Caller caller, NewWish request) {
        if (CONTACT.matcher(request.description()).find()) {
            throw ProblemException.badRequest("description", "请勿填写电话、微信等联系方式 / no phone numbers, WeChat ids or e-mail in a wish");
        }
        return stations.findById(request.stationId())
                .map(station -> station != null && ("OPEN".equals(station.status) || "WARNED".equals(station.status)) ? station : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("运营中的驿站 / Open station", request.stationId()))
                .chain(station -> {
                    Wish wish = new Wish();
                    wish.id = UUID.randomUUID();
                    wish.tenant = station.tenant;
                    wish.author = caller.subject();
                    wish.category = request.category();
                    wish.description = request.description().strip();
                    wish.valueCapFen = request.valueCapFen();
                    wish.stationId = station.id;
                    wish.status = Wish.Status.PENDING_REVIEW;
                    wish.createdAt = OffsetDateTime.now(clock);
                    return wishes.persist(wish).map(w -> view(w, station.name, caller));
                });
    }

    /** The city's admins publish or reject a wish; only published wishes reach the board. */
    @WithTransaction
    public Uni<VisibleWish> review(Caller caller, UUID id, boolean approve, String note) {
        return visibleToAdmin(caller, id).chain(wish -> {
            if (wish.status != Wish.Status.PENDING_REVIEW) {
                throw ProblemException.conflict("该心愿已审核 / this wish was already reviewed");
            }
            wish.status = approve ? Wish.Status.PUBLISHED : Wish.Status.REJECTED;
            wish.reviewNote = note;
            Uni<?> event = approve ? event(VolunteerEventTypes.WISH_PUBLISHED, wish) : Uni.createFrom().voidItem();
            return event.chain(() -> named(wish, caller));
        });
    }

    @WithTransaction
    public Uni<VisibleWish> claim(Caller caller, UUID id) {
        return wishes.findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("心愿 / Wish", id)).chain(wish -> {
            if (wish.author.equals(caller.subject())) {
                throw ProblemException.forbidden("不能认领自己的心愿 / you cannot claim your own wish");
            }
            int cap = config.maxOpenClaims();
            // the cap is checked under a per-person advisory lock, so a burst of claims cannot all pass it
            return wishes.openClaimsLocking(caller.subject()).chain(open -> {
                if (open >= cap) {
                    throw ProblemException.conflict("您认领的心愿已达 " + cap + " 个，请先实现它们 / you already hold " + cap
                            + " claimed wishes: fulfil them before claiming more");
                }
                return wishes.claim(id, caller.subject(), OffsetDateTime.now(clock).plus(config.claimValidity()));
            }).chain(claimed -> {
                if (!claimed) {
                    throw ProblemException.conflict("该心愿已被认领或未发布 / this wish is already claimed or not on the board");
                }
                return wishes.getSession().chain(s -> s.refresh(wish))
                        .chain(() -> event(VolunteerEventTypes.WISH_CLAIMED, wish))
                        .chain(() -> named(wish, caller));
            });
        });
    }

    /** The worker (or the station's manager at the handover) confirms the wish came true. */
    @WithTransaction
    public Uni<VisibleWish> fulfil(Caller caller, UUID id) {
        // the author, or whoever may act for the wish's station: its city's admins and its own managers only
        return wishes.findById(id).chain(wish -> wish == null || wish.author.equals(caller.subject())
                        ? Uni.createFrom().item(wish)
                        : stations.findById(wish.stationId).map(station -> station != null && station.manageableBy(caller) ? wish : null))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("心愿 / Wish", id))
                .chain(wish -> {
                    if (wish.status != Wish.Status.CLAIMED) {
                        throw ProblemException.conflict("只有已认领的心愿才能确认实现 / only a claimed wish can be fulfilled");
                    }
                    wish.status = Wish.Status.FULFILLED;
                    wish.fulfilledAt = OffsetDateTime.now(clock);
                    return event(VolunteerEventTypes.WISH_FULFILLED, wish).chain(() -> named(wish, caller));
                });
    }

    @WithSession
    public Uni<List<VisibleWish>> board(Caller caller, String tenant) {
        if (!Tenants.isCity(tenant)) {
            throw ProblemException.badRequest("tenant", "请指定城市 / name the city, one of " + String.join(", ", Tenants.codes()));
        }
        return wishes.board(tenant, Wish.Status.PUBLISHED).chain(list -> names().map(names ->
                list.stream().map(w -> view(w, names.get(w.stationId), caller)).toList()));
    }

    @WithSession
    public Uni<List<VisibleWish>> mine(Caller caller) {
        return wishes.byAuthor(caller.subject()).chain(list -> names().map(names ->
                list.stream().map(w -> view(w, names.get(w.stationId), caller)).toList()));
    }

    /**
     * The wishes this donor claimed: the ones still to hand over first (soonest deadline first), then the
     * fulfilled ones. Whoever wished them stays hidden, as on the board.
     */
    @WithSession
    public Uni<List<VisibleWish>> claimed(Caller caller) {
        return wishes.byDonor(caller.subject()).chain(list -> names().map(names -> list.stream()
                .sorted(Comparator.comparing((Wish w) -> w.status != Wish.Status.CLAIMED)
                        .thenComparing(w -> w.status == Wish.Status.CLAIMED ? w.claimExpiresAt : null,
                                Comparator.nullsLast(Comparator.<OffsetDateTime>naturalOrder())))
                .map(w -> view(w, names.get(w.stationId), caller)).toList()));
    }

    /** Wishes waiting for review in the admin's city, in full. */
    @WithSession
    public Uni<List<VisibleWish>> reviewQueue(Caller caller) {
        String tenant = caller.tenantScope().orElse(null);
        return (tenant == null ? wishes.list("status", Wish.Status.PENDING_REVIEW)
                : wishes.list("tenant = ?1 and status = ?2", tenant, Wish.Status.PENDING_REVIEW))
                .chain(list -> names().map(names -> list.stream().map(w -> view(w, names.get(w.stationId), caller)).toList()));
    }

    @WithSession
    public Uni<Map<String, Map<String, Long>>> counts(Caller caller) {
        java.util.Optional<String> scope = caller.tenantScope();
        return wishes.countsByCity().map(rows -> {
            Map<String, Map<String, Long>> byCity = new LinkedHashMap<>();
            // A city admin sees their own city's counts only; until SecurityTest caught it, every city's were returned.
            rows.stream().filter(r -> scope.map(r[0]::equals).orElse(true)).forEach(r -> byCity.computeIfAbsent((String) r[0], k -> new LinkedHashMap<>())
                    .put((String) r[1], ((Number) r[2]).longValue()));
            return byCity;
        });
    }

    @WithTransaction
    public Uni<Integer> releaseExpiredClaims(OffsetDateTime now) {
        return wishes.releaseExpiredClaims(now);
    }

    private Uni<Wish> visibleToAdmin(Caller caller, UUID id) {
        return wishes.findById(id).map(wish -> wish != null && caller.sees(wish.tenant) ? wish : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("心愿 / Wish", id));
    }

    private Uni<Object> event(String type, Wish wish) {
        return outbox.append(type, wish.stationId.toString(), wish.tenant,
                new WishEventPayload(wish.id, wish.stationId, wish.tenant, wish.category, wish.valueCapFen, wish.status.name()))
                .replaceWith(Uni.createFrom().item(new Object()));
    }

    private Uni<VisibleWish> named(Wish wish, Caller caller) {
        return stations.findById(wish.stationId).map(station -> view(wish, station == null ? null : station.name, caller));
    }

    private Uni<Map<UUID, String>> names() {
        return stations.listAll().map(all -> {
            Map<UUID, String> names = new java.util.HashMap<>();
            all.forEach((StationReplica s) -> names.put(s.id, s.name));
            return names;
        });
    }

    /** The author and the city's admins see the wish in full; the board never shows who wished it. */
    static VisibleWish view(Wish w, String stationName, Caller caller) {
        boolean author = w.author.equals(caller.subject());
        boolean reviewer = (caller.isProvinceAdmin() || caller.has(Roles.CITY_ADMIN)) && caller.sees(w.tenant);
        return new VisibleWish(w, stationName, author ? Boolean.TRUE : null, author || reviewer ? w.reviewNote : null);
    }
}

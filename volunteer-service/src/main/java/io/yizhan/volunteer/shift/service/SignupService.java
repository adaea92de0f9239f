package io.yizhan.volunteer.shift.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.outbox.Outbox;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.common.tenant.Tenants;
import io.yizhan.volunteer.config.VolunteerConfig;
import io.yizhan.volunteer.messaging.VolunteerEventTypes;
import io.yizhan.volunteer.profile.Volunteer;
import io.yizhan.volunteer.profile.repository.VolunteerRepository;
import io.yizhan.volunteer.repository.StationReplicaRepository;
import io.yizhan.volunteer.shift.PlacedSignup;
import io.yizhan.volunteer.shift.PresenceProof;
import io.yizhan.volunteer.shift.Shift;
import io.yizhan.volunteer.shift.Signup;
import io.yizhan.volunteer.shift.repository.ShiftRepository;
import io.yizhan.volunteer.shift.repository.SignupRepository;
import io.yizhan.volunteer.support.Distance;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Sign-ups within capacity, the waitlist in order, no person on two overlapping shifts, and
 * check-in/out at the station. The volunteer's row and the shift's row are locked, in that order,
 * so concurrent sign-ups for the last place or for overlapping shifts are decided one at a time.
 */
@ApplicationScoped
public class SignupService {

    private final SignupRepository signups;
    private final ShiftRepository shifts;
    private final VolunteerRepository volunteers;
    private final StationReplicaRepository stations;
    private final Outbox outbox;
    private final VolunteerConfig config;
    private final StationQrService qrCodes;
    private final Clock clock;

    public SignupService(SignupRepository signups, ShiftRepository shifts, VolunteerRepository volunteers,
                         StationReplicaRepository stations, Outbox outbox, VolunteerConfig config, StationQrService qrCodes, Clock clock) {
        this.clock = clock;
        this.qrCodes = qrCodes;
        this.signups = signups;
        this.shifts = shifts;
        this.volunteers = volunteers;
        this.stations = stations;
        this.outbox = outbox;
        this.config = config;
    }

    @WithTransaction
    public Uni<PlacedSignup> signUp(Caller caller, UUID shiftId) {
        return volunteers.lockBySubject(caller.subject())
                .onItem().ifNull().failWith(() -> ProblemException.conflict(
                        "请先填写志愿者资料 / register your volunteer profile first (PUT /api/v1/volunteers/me)"))
                .chain(volunteer -> shifts.lock(shiftId)
                        .map(shift -> shift != null && mayServe(volunteer, shift) ? shift : null)
                        .onItem().ifNull().failWith(() -> ProblemException.notFound("班次 / Shift", shiftId))
                        .chain(shift -> signUp(volunteer, shift)));
    }

    private Uni<PlacedSignup> signUp(Volunteer volunteer, Shift shift) {
        if (!shift.startsAt.isAfter(OffsetDateTime.now(clock))) {
            throw ProblemException.conflict("班次已开始 / the shift has already started");
        }
        if (shift.roleNeeded != null && shift.roleNeeded != volunteer.kind) {
            throw ProblemException.forbidden("此班次需要 " + shift.roleNeeded + " / this shift needs " + shift.roleNeeded);
        }
        return signups.of(shift.id, volunteer.id).chain(existing -> {
            if (existing != null && (existing.status == Signup.Status.CONFIRMED || existing.status == Signup.Status.WAITLISTED)) {
                throw ProblemException.conflict("您已报名此班次 / you have already signed up for this shift");
            }
            return signups.overlaps(volunteer.id, shift.id, shift.startsAt, shift.endsAt).chain(overlap -> {
                if (overlap) {
                    throw ProblemException.conflict("与您已报名的班次时间重叠 / this overlaps a shift you already signed up for");
                }
                Signup signup = existing != null ? existing : new Signup();
                if (existing == null) {
                    signup.id = UUID.randomUUID();
                    signup.shiftId = shift.id;
                    signup.volunteerId = volunteer.id;
                }
                signup.startsAt = shift.startsAt;
                signup.endsAt = shift.endsAt;
                signup.createdAt = OffsetDateTime.now(clock);
                Uni<Signup> placed;
                if (shift.confirmed < shift.capacity) {
                    shift.confirmed++;
                    signup.status = Signup.Status.CONFIRMED;
                    signup.waitlistSeq = null;
                    placed = Uni.createFrom().item(signup);
                } else {
                    signup.status = Signup.Status.WAITLISTED;
                    placed = signups.nextWaitlistSeq().map(seq -> {
                        signup.waitlistSeq = seq;
                        return signup;
                    });
                }
                return placed.chain(s -> signups.persist(s))
                        .call(s -> outbox.append(VolunteerEventTypes.SIGNED_UP, shift.stationId.toString(), shift.tenant,
                                ShiftService.payload(shift, volunteer.id, s.status.name(), s.createdAt, null)))
                        .chain(this::view);
            });
        });
    }

    /** Cancels the caller's sign-up before the deadline; the first on the waitlist takes the place. */
    @WithTransaction
    public Uni<PlacedSignup> cancel(Caller caller, UUID shiftId) {
        return volunteers.bySubject(caller.subject())
                .chain(volunteer -> volunteer == null ? Uni.createFrom().nullItem() : shifts.lock(shiftId)
                        .chain(shift -> shift == null ? Uni.createFrom().nullItem()
                                : signups.of(shiftId, volunteer.id).map(s -> s == null ? null : new Object[]{shift, s})))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("报名 / Sign-up", shiftId))
                .chain(pair -> {
                    Shift shift = (Shift) pair[0];
                    Signup signup = (Signup) pair[1];
                    if (signup.status != Signup.Status.CONFIRMED && signup.status != Signup.Status.WAITLISTED) {
                        throw ProblemException.conflict("该报名已取消 / this sign-up is not active");
                    }
                    if (OffsetDateTime.now(clock).isAfter(shift.startsAt.minus(config.cancelDeadline()))) {
                        throw ProblemException.conflict("已过取消截止时间（开始前 " + config.cancelDeadline().toHours()
                                + " 小时）/ too late to cancel: the deadline is " + config.cancelDeadline().toHours() + " h before the start");
                    }
                    boolean freedAPlace = signup.status == Signup.Status.CONFIRMED;
                    signup.status = Signup.Status.CANCELLED;
                    signup.waitlistSeq = null;
                    if (freedAPlace) {
                        shift.confirmed--;
                    }
                    Uni<Void> promotion = freedAPlace ? promoteNext(shift) : Uni.createFrom().voidItem();
                    return outbox.append(VolunteerEventTypes.SIGNUP_CANCELLED, shift.stationId.toString(), shift.tenant,
                                    ShiftService.payload(shift, signup.volunteerId, "CANCELLED", OffsetDateTime.now(clock), null))
                            .chain(() -> promotion)
                            .chain(() -> view(signup));
                });
    }

    private Uni<Void> promoteNext(Shift shift) {
        return signups.flush()
                .chain(() -> signups.firstWaiting(shift.id))
                .chain(next -> {
                    if (next == null) {
                        return Uni.createFrom().voidItem();
                    }
                    next.status = Signup.Status.CONFIRMED;
                    next.waitlistSeq = null;
                    shift.confirmed++;
                    return outbox.append(VolunteerEventTypes.SIGNED_UP, shift.stationId.toString(), shift.tenant,
                            ShiftService.payload(shift, next.volunteerId, "CONFIRMED", OffsetDateTime.now(clock), null)).replaceWithVoid();
                });
    }

    /** Check-in at the station: within the time window and within the configured distance. */
    @WithTransaction
    public Uni<PlacedSignup> checkIn(Caller caller, UUID shiftId, PresenceProof where) {
        return confirmedSignup(caller, shiftId).chain(found -> {
            Shift shift = found.shift();
            Signup signup = found.signup();
            OffsetDateTime now = OffsetDateTime.now(clock);
            if (now.isBefore(shift.startsAt.minus(config.checkInOpensBefore())) || now.isAfter(shift.endsAt)) {
                throw ProblemException.conflict("不在签到时间内（开始前 " + config.checkInOpensBefore().toMinutes()
                        + " 分钟至结束）/ check-in is open from " + config.checkInOpensBefore().toMinutes() + " min before the start to the end");
            }
            if (signup.checkedInAt != null) {
                return view(signup);
            }
            return atStation(shift, where).chain(() -> {
                signup.checkedInAt = now;
                signup.late = now.isAfter(shift.startsAt.plus(config.lateAfter()));
                return outbox.append(VolunteerEventTypes.CHECKED_IN, shift.stationId.toString(), shift.tenant,
                        ShiftService.payload(shift, signup.volunteerId, signup.status.name(), now, signup.late))
                        .chain(() -> view(signup));
            });
        });
    }

    @WithTransaction
    public Uni<PlacedSignup> checkOut(Caller caller, UUID shiftId, PresenceProof where) {
        return confirmedSignup(caller, shiftId).chain(found -> {
            Signup signup = found.signup();
            if (signup.checkedInAt == null) {
                throw ProblemException.conflict("尚未签到 / you have not checked in");
            }
            if (signup.checkedOutAt != null) {
                return view(signup);
            }
            return atStation(found.shift(), where).chain(() -> {
                signup.checkedOutAt = OffsetDateTime.now(clock);
                return outbox.append(VolunteerEventTypes.CHECKED_OUT, found.shift().stationId.toString(), found.shift().tenant,
                        ShiftService.payload(found.shift(), signup.volunteerId, signup.status.name(), signup.checkedOutAt, null))
                        .chain(() -> view(signup));
            });
        });
    }

    @WithTransaction
    public Uni<Void> serviceLog(Caller caller, UUID shiftId, String description, int workersServed) {
        return confirmedSignup(caller, shiftId).chain(found -> {
            if (found.signup().checkedInAt == null) {
                throw ProblemException.conflict("签到后才能填写服务记录 / check in before logging the service");
            }
            return signups.logService(shiftId, found.signup().volunteerId, description.strip(), workersServed,
                    OffsetDateTime.now(clock));
        });
    }

    @WithSession
    public Uni<List<PlacedSignup>> mine(Caller caller) {
        return volunteers.bySubject(caller.subject()).chain(volunteer -> volunteer == null ? Uni.createFrom().item(List.<PlacedSignup>of())
                : signups.ofVolunteer(volunteer.id, OffsetDateTime.now(clock).minusDays(1))
                        .chain(list -> Multi.createFrom().iterable(list).onItem().transformToUniAndConcatenate(this::view).collect().asList()));
    }

    /**
     * The clock's work: no-shows after the grace time, automatic check-out after the end plus grace.
     * Returns how many sign-ups changed. Run by {@code ShiftClock} every minute.
     */
    @WithTransaction
    public Uni<Integer> sweep(OffsetDateTime now) {
        Uni<Integer> noShows = signups.overdueCheckIns(now.minus(config.noShowAfter())).chain(list -> Multi.createFrom().iterable(list)
                .onItem().transformToUniAndConcatenate(signup -> shifts.findById(signup.shiftId).chain(shift -> {
                    signup.status = Signup.Status.NO_SHOW;
                    return outbox.append(VolunteerEventTypes.NO_SHOW, shift.stationId.toString(), shift.tenant,
                            ShiftService.payload(shift, signup.volunteerId, "NO_SHOW", now, null));
                })).collect().asList().map(List::size));
        Uni<Integer> checkOuts = signups.overdueCheckOuts(now.minus(config.autoCheckOutAfter())).chain(list -> Multi.createFrom().iterable(list)
                .onItem().transformToUniAndConcatenate(signup -> shifts.findById(signup.shiftId).chain(shift -> {
                    signup.checkedOutAt = shift.endsAt;
                    signup.autoCheckedOut = true;
                    return outbox.append(VolunteerEventTypes.CHECKED_OUT, shift.stationId.toString(), shift.tenant,
                            ShiftService.payload(shift, signup.volunteerId, "CONFIRMED", shift.endsAt, null));
                })).collect().asList().map(List::size));
        return noShows.chain(n -> checkOuts.map(m -> n + m));
    }

    record Found(Shift shift, Signup signup) {
    }

    private Uni<Found> confirmedSignup(Caller caller, UUID shiftId) {
        return volunteers.bySubject(caller.subject())
                .chain(volunteer -> volunteer == null ? Uni.createFrom().nullItem() : shifts.findById(shiftId)
                        .chain(shift -> shift == null ? Uni.createFrom().nullItem() : signups.of(shiftId, volunteer.id)
                                .map(signup -> signup != null && signup.status == Signup.Status.CONFIRMED ? new Found(shift, signup) : null)))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("已确认的报名 / Confirmed sign-up", shiftId));
    }

    private Uni<Void> atStation(Shift shift, PresenceProof where) {
        if (where.qrToken() != null && !where.qrToken().isBlank()) {
            return qrCodes.check(shift.stationId, where.qrToken());
        }
        if (where.lat() == null || where.lon() == null) {
            throw ProblemException.badRequest("qrToken", "请扫描驿站二维码，或提供位置 lat/lon / scan the station's QR code, or give lat and lon");
        }
        return stations.findById(shift.stationId).map(station -> {
            double metres = Distance.metres(where.lat(), where.lon(), station.lat, station.lon);
            if (metres > config.checkInRadiusM()) {
                throw ProblemException.badRequest("lat", "您距离驿站约 " + Math.round(metres) + " 米，须在 " + config.checkInRadiusM()
                        + " 米内 / you are about " + Math.round(metres) + " m from the station; be within " + config.checkInRadiusM() + " m");
            }
            return null;
        }).replaceWithVoid();
    }

    private static boolean mayServe(Volunteer volunteer, Shift shift) {
        return Tenants.PROVINCE.equals(volunteer.tenant) || volunteer.tenant.equals(shift.tenant);
    }

    private Uni<PlacedSignup> view(Signup s) {
        Uni<Long> position = s.status == Signup.Status.WAITLISTED && s.waitlistSeq != null
                ? signups.waitingBefore(s.shiftId, s.waitlistSeq).map(n -> n + 1) : Uni.createFrom().nullItem();
        return position.map(p -> new PlacedSignup(s, p));
    }
}

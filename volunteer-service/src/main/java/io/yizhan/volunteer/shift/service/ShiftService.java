package io.yizhan.volunteer.shift.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.outbox.Outbox;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.common.tenant.Roles;
import io.yizhan.common.tenant.Tenants;
import io.yizhan.common.time.StationTime;
import io.yizhan.volunteer.StationReplica;
import io.yizhan.volunteer.messaging.VolunteerEventTypes;
import io.yizhan.volunteer.profile.Volunteer;
import io.yizhan.volunteer.repository.StationReplicaRepository;
import io.yizhan.volunteer.shift.MissedCheckIn;
import io.yizhan.volunteer.shift.NewShift;
import io.yizhan.volunteer.shift.Roster;
import io.yizhan.volunteer.shift.Shift;
import io.yizhan.volunteer.shift.ShiftEventPayload;
import io.yizhan.volunteer.shift.StationShift;
import io.yizhan.volunteer.shift.repository.RosterRepository;
import io.yizhan.volunteer.shift.repository.ShiftRepository;
import io.yizhan.volunteer.support.Distance;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Publishing and browsing duty shifts. City admins publish for their city; station managers too. */
@ApplicationScoped
public class ShiftService {

    static final int MAX_OCCURRENCES = 120;

    private final ShiftRepository shifts;
    private final RosterRepository rosters;
    private final StationReplicaRepository stations;
    private final Outbox outbox;
    private final Clock clock;

    public ShiftService(ShiftRepository shifts, RosterRepository rosters, StationReplicaRepository stations, Outbox outbox,
                        Clock clock) {
        this.clock = clock;
        this.rosters = rosters;
        this.shifts = shifts;
        this.stations = stations;
        this.outbox = outbox;
    }

    @WithTransaction
    public Uni<List<StationShift>> publish(Caller caller, NewShift request) {
        LocalDate first = date("date", request.date());
        LocalTime start = LocalTime.parse(request.start());
        LocalTime end = LocalTime.parse(request.end());
        if (end.equals(start)) {
            throw ProblemException.badRequest("end", "结束时间不能等于开始时间 / end must differ from start");
        }
        // An end at or before the start is a night shift ending the next morning (22:00–06:00).
        boolean overnight = end.isBefore(start);
        List<LocalDate> dates = occurrences(first, request);
        if (dates.get(0).atTime(start).atZone(StationTime.ZONE).toOffsetDateTime().isBefore(OffsetDateTime.now(clock))) {
            throw ProblemException.badRequest("date", "不能发布已过去的班次 / a shift cannot start in the past");
        }
        return stations.findById(request.stationId())
                .map(station -> station != null && mayManage(caller, station) ? station : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("驿站 / Station", request.stationId()))
                .chain(station -> {
                    if (!"OPEN".equals(station.status) && !"WARNED".equals(station.status)) {
                        throw ProblemException.conflict("驿站未在运营，不能排班 / the station is not open: " + station.status);
                    }
                    if (overnight && !station.open24h) {
                        throw ProblemException.badRequest("end", "只有24小时驿站可排跨夜班，结束时间须晚于开始时间 / only a station open"
                                + " 24 hours may have a shift past midnight: end must be after start");
                    }
                    UUID series = dates.size() > 1 ? UUID.randomUUID() : null;
                    return Multi.createFrom().iterable(dates)
                            .onItem().transformToUniAndConcatenate(day ->
                                    create(caller, request, station, day, start, end, overnight, series))
                            .collect().asList();
                });
    }

    private Uni<StationShift> create(Caller caller, NewShift request, StationReplica station, LocalDate day, LocalTime start,
                                  LocalTime end, boolean overnight, UUID series) {
        Shift shift = new Shift();
        shift.id = UUID.randomUUID();
        shift.tenant = station.tenant;
        shift.stationId = station.id;
        shift.kind = request.kind();
        shift.title = request.title() == null || request.title().isBlank() ? request.kind().label : request.title().strip();
        shift.roleNeeded = request.roleNeeded();
        shift.startsAt = day.atTime(start).atZone(StationTime.ZONE).toOffsetDateTime();
        shift.endsAt = (overnight ? day.plusDays(1) : day).atTime(end).atZone(StationTime.ZONE).toOffsetDateTime();
        shift.capacity = request.capacity();
        shift.seriesId = series;
        shift.createdBy = caller.username() == null ? caller.subject() : caller.username();
        shift.createdAt = OffsetDateTime.now(clock);
        return shifts.persist(shift)
                .call(saved -> outbox.append(VolunteerEventTypes.SHIFT_PUBLISHED, saved.stationId.toString(), saved.tenant,
                        payload(saved, null, null, null, null)))
                .map(saved -> new StationShift(saved, station.name));
    }

    /** Changes a shift's capacity; never below the confirmed sign-ups. */
    @WithTransaction
    public Uni<StationShift> changeCapacity(Caller caller, UUID id, int capacity) {
        return shifts.lock(id)
                .chain(shift -> shift == null ? Uni.createFrom().nullItem()
                        : stations.findById(shift.stationId).map(station -> station != null && mayManage(caller, station) ? shift : null))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("班次 / Shift", id))
                .chain(shift -> {
                    if (capacity < shift.confirmed) {
                        throw ProblemException.conflict("人数不能少于已报名的 " + shift.confirmed + " 人 / capacity cannot go below the "
                                + shift.confirmed + " confirmed sign-ups");
                    }
                    shift.capacity = capacity;
                    return stations.findById(shift.stationId).map(station -> new StationShift(shift, station == null ? null : station.name));
                });
    }

    /** A shift's sign-ups, waitlist, no-shows and service log, for those who may manage its station; else 404. */
    @WithSession
    public Uni<Roster> roster(Caller caller, UUID id) {
        return shifts.findById(id)
                .chain(shift -> shift == null ? Uni.createFrom().<Roster>nullItem()
                        : stations.findById(shift.stationId).chain(station -> station == null || !mayManage(caller, station)
                                ? Uni.createFrom().<Roster>nullItem()
                                : rosters.signups(id).chain(signups -> rosters.serviceLog(id)
                                        .map(log -> new Roster(new StationShift(shift, station.name), signups, log)))))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("班次 / Shift", id));
    }

    /** A station a desk may publish shifts for: the publish form's choices. */
    public record StaffableStation(UUID id, String name, String tenant, boolean open24h) {
    }

    /** Open stations the caller may publish for, by name: a city's for its admins, a manager's own for a station manager. */
    @WithSession
    public Uni<List<StaffableStation>> staffable(Caller caller, Optional<String> tenant, String nameContains) {
        Optional<String> scope = caller.tenantScope().or(() -> tenant);
        if (caller.tenantScope().isPresent() && tenant.isPresent() && !tenant.get().equals(scope.get())) {
            return Uni.createFrom().item(List.of());
        }
        Optional<String> manager = managerOnly(caller) ? Optional.of(String.valueOf(caller.username())) : Optional.empty();
        return stations.staffable(scope, manager, nameContains, 50)
                .map(list -> list.stream().map(s -> new StaffableStation(s.id, s.name, s.tenant, s.open24h)).toList());
    }

    /** A station manager who is not also an admin: their desk shows their own stations only. */
    static boolean managerOnly(Caller caller) {
        return caller.has(Roles.STATION_MANAGER) && !caller.isProvinceAdmin() && !caller.has(Roles.CITY_ADMIN);
    }

    /** Where a volunteer wants to serve: within {@code radiusM} of a point (WGS-84). */
    public record Near(double lat, double lon, int radiusM) {
    }

    @WithSession
    public Uni<List<StationShift>> browse(Caller caller, Optional<String> tenant, Optional<UUID> stationId, OffsetDateTime from,
                                       OffsetDateTime to, Optional<Volunteer.Kind> forKind, Optional<Near> near) {
        // Province admins and province-level cadres see every city; everyone else their own.
        Optional<String> scope = caller.isProvinceAdmin() || Tenants.PROVINCE.equals(caller.tenant())
                ? tenant : caller.tenantScope();
        if (scope.isPresent() && tenant.isPresent() && !tenant.get().equals(scope.get())) {
            return Uni.createFrom().item(List.of());
        }
        return shifts.browse(scope, stationId, from, to, 500).chain(found -> {
            List<Shift> fitting = found.stream()
                    .filter(s -> forKind.isEmpty() || s.roleNeeded == null || s.roleNeeded == forKind.get()).toList();
            // a station manager's desk lists their own stations' shifts (as a volunteer they browse the city's)
            boolean ownOnly = managerOnly(caller) && !caller.has(Roles.VOLUNTEER);
            return replicas(fitting).map(byId -> fitting.stream()
                    .filter(s -> !ownOnly || byId.containsKey(s.stationId) && byId.get(s.stationId).managedBy(caller.username()))
                    .filter(s -> near.isEmpty() || byId.containsKey(s.stationId) && Distance.metres(near.get().lat(), near.get().lon(),
                            byId.get(s.stationId).lat, byId.get(s.stationId).lon) <= near.get().radiusM())
                    .map(s -> new StationShift(s, byId.containsKey(s.stationId) ? byId.get(s.stationId).name : null)).toList());
        });
    }

    private Uni<Map<UUID, StationReplica>> replicas(List<Shift> found) {
        Set<UUID> ids = found.stream().map(s -> s.stationId).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return stations.list("id in ?1", ids).map(list -> {
            Map<UUID, StationReplica> byId = new HashMap<>();
            list.forEach(st -> byId.put(st.id, st));
            return byId;
        });
    }

    /** Shifts starting in the next 48 hours with open places: the staffing gaps to fill. */
    @WithSession
    public Uni<List<StationShift>> atRisk(Caller caller, OffsetDateTime now) {
        Optional<String> scope = caller.tenantScope();
        return shifts.understaffed(scope, now, now.plusHours(48)).chain(found -> replicas(found)
                .map(byId -> found.stream()
                        .filter(s -> !managerOnly(caller) || byId.containsKey(s.stationId)
                                && byId.get(s.stationId).managedBy(caller.username()))
                        .map(s -> new StationShift(s, byId.containsKey(s.stationId) ? byId.get(s.stationId).name : null)).toList()));
    }

    /** Sign-ups marked no-show between two times, in the caller's city: who missed which shift. */
    @WithSession
    public Uni<List<MissedCheckIn>> missedCheckIns(Caller caller, OffsetDateTime from, OffsetDateTime to) {
        return shifts.missedCheckIns(caller.tenantScope().orElse(""), from, to);
    }

    Uni<Map<UUID, String>> names(List<Shift> found) {
        Set<UUID> ids = found.stream().map(s -> s.stationId).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return stations.list("id in ?1", ids).map(list -> {
            Map<UUID, String> names = new HashMap<>();
            list.forEach(st -> names.put(st.id, st.name));
            return names;
        });
    }

    /** Admins of the station's city, or the station's own managers (from station-events). */
    static boolean mayManage(Caller caller, StationReplica station) {
        if (!caller.sees(station.tenant)) {
            return false;
        }
        return caller.isProvinceAdmin() || caller.has(Roles.CITY_ADMIN)
                || caller.has(Roles.STATION_MANAGER) && station.managedBy(caller.username());
    }

    private static List<LocalDate> occurrences(LocalDate first, NewShift request) {
        if (request.weekdays() == null || request.weekdays().isEmpty()) {
            if (request.until() != null) {
                throw ProblemException.badRequest("weekdays", "每周重复须填写星期 / a weekly pattern needs weekdays");
            }
            return List.of(first);
        }
        if (request.until() == null) {
            throw ProblemException.badRequest("until", "每周重复须填写截止日期 / a weekly pattern needs until");
        }
        LocalDate until = date("until", request.until());
        if (until.isBefore(first)) {
            throw ProblemException.badRequest("until", "截止日期须不早于开始日期 / until must not be before date");
        }
        Set<DayOfWeek> days = request.weekdays().stream().map(DayOfWeek::of).collect(Collectors.toSet());
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(until); d = d.plusDays(1)) {
            if (days.contains(d.getDayOfWeek())) {
                dates.add(d);
            }
        }
        if (dates.isEmpty()) {
            throw ProblemException.badRequest("weekdays", "所选星期在日期范围内没有班次 / no weekday of the pattern falls in the range");
        }
        if (dates.size() > MAX_OCCURRENCES) {
            throw ProblemException.badRequest("until", "一次最多生成 " + MAX_OCCURRENCES + " 个班次 / at most " + MAX_OCCURRENCES
                    + " occurrences at once");
        }
        return dates;
    }

    static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(field, "不是有效日期 / not a real date: " + value);
        }
    }

    static ShiftEventPayload payload(Shift s, UUID volunteerId, String signupStatus, OffsetDateTime at, Boolean late) {
        return new ShiftEventPayload(s.id, s.stationId, s.tenant, s.kind.name(), s.startsAt, s.endsAt, volunteerId, signupStatus, at, late);
    }
}

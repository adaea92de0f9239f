package io.yizhan.rating.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.common.tenant.Tenants;
import io.yizhan.rating.config.RatingConfig;
import io.yizhan.rating.repository.SatisfactionRepository;
import io.yizhan.rating.repository.SatisfactionRepository.Scope;
import io.yizhan.rating.repository.StationReplicaRepository;
import io.yizhan.common.time.StationTime;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Satisfaction reports of a station, a city or the province, computed from the ratings on request. */
@ApplicationScoped
public class SatisfactionService {

    static final int WEEKS = 12;
    static final int[][] SLOTS = {{0, 6}, {6, 11}, {11, 14}, {14, 18}, {18, 24}};
    static final String[] SLOT_LABELS = {"凌晨 / night", "上午 / morning", "午间 / midday", "下午 / afternoon", "晚间 / evening"};

    private final SatisfactionRepository repository;
    private final StationReplicaRepository stations;
    private final RatingConfig config;

    public SatisfactionService(SatisfactionRepository repository, StationReplicaRepository stations, RatingConfig config) {
        this.repository = repository;
        this.stations = stations;
        this.config = config;
    }

    /** A station in the caller's city (admins of it, province admins, managers of that city); otherwise 404. */
    @WithSession
    public Uni<Satisfaction> station(Caller caller, UUID stationId, OffsetDateTime asOf) {
        return stations.findById(stationId)
                .map(s -> s != null && caller.sees(s.tenant) ? s : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("驿站 / Station", stationId))
                .chain(s -> report("station", s.id, s.name, s.tenant, Scope.STATION, s.id.toString(), asOf));
    }

    public Uni<Satisfaction> city(Caller caller, String tenant, OffsetDateTime asOf) {
        if (!Tenants.isCity(tenant) || !caller.sees(tenant)) {
            return Uni.createFrom().failure(ProblemException.notFound("城市 / City", tenant));
        }
        return report("city", null, null, tenant, Scope.CITY, tenant, asOf);
    }

    public Uni<Satisfaction> province(OffsetDateTime asOf) {
        return report("province", null, null, Tenants.PROVINCE, Scope.PROVINCE, Tenants.PROVINCE, asOf);
    }

    Uni<Satisfaction> report(String scopeName, UUID stationId, String stationName, String tenant, Scope scope, String key,
                                   OffsetDateTime asOf) {
        LocalDate thisWeek = asOf.atZoneSameInstant(StationTime.ZONE).toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstWeek = thisWeek.minusWeeks(WEEKS - 1);
        OffsetDateTime from = firstWeek.atStartOfDay(StationTime.ZONE).toOffsetDateTime();
        return repository.windows(scope, key, asOf).chain(w -> repository.timeOfDay(scope, key, asOf).chain(hours ->
                repository.weekly(scope, key, asOf, from).map(weeks -> {
                    List<Satisfaction.Window> windows = new ArrayList<>();
                    for (int d : SatisfactionRepository.WINDOWS) {
                        long count = w.getLong("c" + d);
                        windows.add(new Satisfaction.Window(d, count, avg(w, "a" + d),
                                count == 0 ? null : BigDecimal.valueOf(w.getLong("h" + d)).divide(BigDecimal.valueOf(count), 3, RoundingMode.HALF_UP),
                                new Satisfaction.Dimensions(avg(w, "e" + d), avg(w, "f" + d), avg(w, "s" + d), avg(w, "o" + d))));
                    }
                    Map<Integer, Row> bySlot = new HashMap<>();
                    hours.forEach(r -> bySlot.put(r.getInteger("slot"), r));
                    List<Satisfaction.TimeOfDay> slots = new ArrayList<>();
                    for (int i = 0; i < SLOTS.length; i++) {
                        Row r = bySlot.get(i);
                        slots.add(new Satisfaction.TimeOfDay(SLOTS[i][0], SLOTS[i][1], SLOT_LABELS[i],
                                r == null ? 0 : r.getLong("c"), r == null ? null : avg(r, "a")));
                    }
                    Map<LocalDate, Row> byWeek = new HashMap<>();
                    weeks.forEach(r -> byWeek.put(r.getLocalDate("wk"), r));
                    List<Satisfaction.Week> trend = new ArrayList<>();
                    for (LocalDate week = firstWeek; !week.isAfter(thisWeek); week = week.plusWeeks(1)) {
                        Row r = byWeek.get(week);
                        trend.add(new Satisfaction.Week(week, r == null ? 0 : r.getLong("c"), r == null ? null : avg(r, "a")));
                    }
                    Satisfaction.Window month = windows.get(1);
                    boolean low = month.ratings() >= config.satisfaction().minRatings()
                            && month.average() != null && month.average().doubleValue() < config.satisfaction().lowThreshold();
                    return new Satisfaction(scopeName, stationId, stationName, tenant,
                            Tenants.PROVINCE.equals(tenant) ? "福建省" : Tenants.CITIES.get(tenant),
                            asOf.atZoneSameInstant(StationTime.ZONE).toOffsetDateTime(),
                            config.satisfaction().lowThreshold(), config.satisfaction().minRatings(), low, windows, slots, trend);
                })));
    }

    static BigDecimal avg(Row row, String column) {
        BigDecimal value = row.getBigDecimal(column);
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }
}

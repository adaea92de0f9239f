package io.yizhan.station.evaluation.service;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.paging.Page;
import io.yizhan.common.paging.PageRequest;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.common.tenant.Tenants;
import io.yizhan.station.evaluation.EvaluationCard;
import io.yizhan.station.evaluation.EvaluationRule;
import io.yizhan.station.evaluation.Inspection;
import io.yizhan.station.evaluation.mapping.JsonColumns;
import io.yizhan.station.evaluation.repository.EvaluationCardRepository;
import io.yizhan.station.evaluation.repository.InspectionBodyRepository;
import io.yizhan.station.evaluation.repository.InspectionPlanRepository;
import io.yizhan.station.evaluation.repository.InspectionRepository;
import io.yizhan.station.evaluation.ChecklistItem;
import io.yizhan.station.registry.Station;
import io.yizhan.station.registry.repository.StationRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Inspections (检查): the province's checklist, random draws of stations per city, and filled-in
 * sheets. A sheet that misses a base item issues a yellow card at once, with the sheet as evidence.
 */
@ApplicationScoped
public class InspectionService {

    private static final TypeReference<List<ChecklistItem>> ITEMS = new TypeReference<>() { };

    private final InspectionRepository inspections;
    private final InspectionPlanRepository plans;
    private final InspectionBodyRepository bodies;
    private final StationRepository stations;
    private final EvaluationCardRepository cards;
    private final CardService cardService;
    private final EvaluationRuleService rules;
    private final JsonColumns json;
    private final SecureRandom seeds = new SecureRandom();

    private final Clock clock;

    public InspectionService(InspectionRepository inspections, InspectionPlanRepository plans, InspectionBodyRepository bodies,
                             StationRepository stations, EvaluationCardRepository cards, CardService cardService,
                             EvaluationRuleService rules, JsonColumns json, Clock clock) {
        this.clock = clock;
        this.bodies = bodies;
        this.inspections = inspections;
        this.plans = plans;
        this.stations = stations;
        this.cards = cards;
        this.cardService = cardService;
        this.rules = rules;
        this.json = json;
    }

    /** A checklist version and its items. */
    public record ChecklistVersion(int version, List<ChecklistItem> items) {
    }

    /** A filled-in sheet, as checked by Bean Validation on {@code rest.InspectionRequest}. */
    public record NewInspection(UUID stationId, Inspection.Kind kind, String inspector, UUID planId, OffsetDateTime inspectedAt,
                                List<Inspection.Score> scores, String remarks, List<String> photos) {
    }

    /**
     * A recorded sheet with its body's name (null for admins' sheets), and, when just recorded, the base
     * items not met in full and the card it led to (null in lists).
     */
    public record RecordedInspection(Inspection inspection, String inspectionBodyName, List<String> baseItemsNotMet,
                                     UUID cardId) {
    }

    /** A draw to make, as checked by Bean Validation on {@code rest.InspectionPlanRequest}. */
    public record NewPlan(LocalDate from, LocalDate to, Inspection.Kind kind, Integer perCity, Long seed, List<String> tenants) {
    }

    /** A drawn plan and its stations (those of the caller's city for a city admin). */
    public record DrawnPlan(InspectionPlanRepository.Plan plan, List<InspectionPlanRepository.Drawn> stations) {
    }

    @WithSession
    public Uni<ChecklistVersion> checklist() {
        return plans.currentChecklist().map(row -> new ChecklistVersion(((Number) row[0]).intValue(), json.read((String) row[1], ITEMS)));
    }

    @WithTransaction
    public Uni<ChecklistVersion> replaceChecklist(Caller caller, List<ChecklistItem> items) {
        if (!caller.isProvinceAdmin()) {
            throw ProblemException.forbidden("检查表由省总工会设定 / only the province sets the checklist");
        }
        Set<String> codes = new HashSet<>();
        for (ChecklistItem item : items) {
            if (!codes.add(item.code())) {
                throw ProblemException.badRequest("items", "检查项代码重复：" + item.code() + " / duplicate item code " + item.code());
            }
        }
        if (items.stream().noneMatch(ChecklistItem::base)) {
            throw ProblemException.badRequest("items", "至少一项为基础项 / at least one item must be a base item (base: true)");
        }
        return plans.addChecklist(json.write(items), caller.username(), OffsetDateTime.now(clock))
                .map(version -> new ChecklistVersion(version, items));
    }

    /**
     * Records a sheet. {@code callerBody} is the inspection body of the caller's token: an inspector
     * records only third-party sheets, only of a station assigned to their body, and the sheet
     * fulfils that assignment.
     */
    @WithTransaction
    public Uni<RecordedInspection> record(Caller caller, String callerBody, NewInspection request) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime inspectedAt = request.inspectedAt() == null ? now : request.inspectedAt();
        if (inspectedAt.isAfter(now.plusMinutes(5))) {
            throw ProblemException.badRequest("inspectedAt", "检查时间不能在将来 / inspectedAt cannot be in the future");
        }
        boolean inspector = InspectionAssignmentService.isInspector(caller);
        String body = inspector ? InspectionAssignmentService.ownBody(callerBody) : null;
        if (inspector && request.kind() != Inspection.Kind.THIRD_PARTY) {
            throw ProblemException.forbidden("第三方检查机构只录入第三方检查 / an inspection body records THIRD_PARTY inspections only");
        }
        if (inspector && request.planId() != null) {
            throw ProblemException.forbidden("抽查计划由工会执行 / a plan's sheets are recorded by the union, not an inspection body");
        }
        // The assignment is found before the station's state is told, so an inspector learns nothing of stations not theirs.
        Uni<Optional<UUID>> assignment = inspector
                ? bodies.openAssignment(body, request.stationId(), inspectedAt.atZoneSameInstant(InspectionAssignmentService.STATION_TIME)
                        .toLocalDate()).invoke(found -> {
                            if (found.isEmpty()) {
                                throw ProblemException.forbidden("该驿站未分派给本机构检查，或已检查 / this station is not assigned to your"
                                        + " inspection body, or its assignment is already done");
                            }
                        })
                : Uni.createFrom().item(Optional.empty());
        return assignment.chain(assigned -> stations.findById(request.stationId())
                .onItem().ifNull().failWith(() -> ProblemException.notFound("驿站 / Station", request.stationId()))
                .invoke(station -> mayInspect(caller, station, request.kind(), inspector))
                .call(station -> request.planId() == null ? Uni.createFrom().voidItem()
                        : plans.isDrawn(request.planId(), station.id).invoke(drawn -> {
                            if (!drawn) {
                                throw ProblemException.badRequest("planId", "该驿站不在此抽查计划中 / the station was not drawn in this plan");
                            }
                        }).replaceWithVoid())
                .chain(station -> plans.currentChecklist().chain(row -> {
                    int version = ((Number) row[0]).intValue();
                    List<ChecklistItem> items = json.read((String) row[1], ITEMS);
                    Inspection inspection = sheet(caller, request, station, inspectedAt, version, items);
                    inspection.inspectionBody = body;
                    List<String> notMet = baseItemsNotMet(items, request.scores());
                    inspection.baseMet = notMet.isEmpty();
                    return inspections.persistAndFlush(inspection)
                            .call(saved -> assigned.isEmpty() ? Uni.createFrom().voidItem()
                                    : bodies.fulfil(assigned.get(), saved.id).invoke(done -> {
                                        if (!done) {
                                            throw ProblemException.conflict("此分派刚由另一份检查完成 / another sheet just fulfilled"
                                                    + " this assignment; reload the list");
                                        }
                                    }))
                            .chain(saved -> bodies.names().chain(names -> inspection.baseMet
                                    ? Uni.createFrom().item(recorded(saved, names, notMet, null))
                                    : baseNotMetCard(station, saved, notMet).map(card -> recorded(saved, names, notMet, card))));
                })));
    }

    /** An inspector lists their own body's sheets (of any city); an admin those of their city (province: all). */
    @WithSession
    public Uni<Page<RecordedInspection>> list(Caller caller, String callerBody, String tenant, UUID stationId, PageRequest page) {
        Optional<String> body = Optional.empty();
        Optional<String> tenantFilter;
        if (InspectionAssignmentService.isInspector(caller)) {
            body = Optional.of(InspectionAssignmentService.ownBody(callerBody));
            tenantFilter = Optional.ofNullable(tenant);
        } else {
            Optional<String> scope = caller.tenantScope();
            if (scope.isPresent() && tenant != null && !tenant.equals(scope.get())) {
                return Uni.createFrom().item(new Page<>(List.of(), page.page, page.size, 0));
            }
            tenantFilter = scope.or(() -> Optional.ofNullable(tenant));
        }
        return inspections.search(tenantFilter, body, stationId, page)
                .chain(result -> bodies.names().map(names -> result.map(i -> recorded(i, names, null, null))));
    }

    /** Draws stations per city with a recorded seed; the same seed over the same stations draws the same sample. */
    @WithTransaction
    public Uni<DrawnPlan> draw(Caller caller, NewPlan request) {
        if (!caller.isProvinceAdmin()) {
            throw ProblemException.forbidden("抽查计划由省总工会制定 / only the province draws inspection plans");
        }
        if (request.to().isBefore(request.from())) {
            throw ProblemException.badRequest("to", "结束日期早于开始日期 / to is before from");
        }
        List<String> cities = request.tenants() == null || request.tenants().isEmpty()
                ? new ArrayList<>(new TreeSet<>(Tenants.CITIES.keySet())) : new ArrayList<>(new TreeSet<>(request.tenants()));
        for (String city : cities) {
            if (!Tenants.isCity(city)) {
                throw ProblemException.badRequest("tenants", "未知城市 " + city + " / unknown city " + city);
            }
        }
        long seed = request.seed() != null ? request.seed() : seeds.nextLong();
        InspectionPlanRepository.Plan plan = new InspectionPlanRepository.Plan(UUID.randomUUID(), request.from(), request.to(),
                request.kind().name(), request.perCity(), seed, OffsetDateTime.now(clock), caller.username());
        Uni<Void> steps = plans.insert(plan);
        for (String city : cities) {
            steps = steps.chain(() -> plans.candidates(city).chain(candidates -> {
                List<UUID> sample = sample(candidates, seed, city, request.perCity());
                Uni<Void> rows = Uni.createFrom().voidItem();
                for (int i = 0; i < sample.size(); i++) {
                    int position = i + 1;
                    UUID station = sample.get(i);
                    rows = rows.chain(() -> plans.draw(plan.id(), station, city, position));
                }
                return rows;
            }));
        }
        return steps.chain(() -> plans.drawn(plan.id(), Optional.empty())).map(drawn -> new DrawnPlan(plan, drawn));
    }

    @WithSession
    public Uni<DrawnPlan> plan(Caller caller, UUID id) {
        return plans.find(id).chain(found -> {
            InspectionPlanRepository.Plan plan = found.orElseThrow(() -> ProblemException.notFound("抽查计划 / Inspection plan", id));
            return plans.drawn(id, caller.tenantScope()).map(drawn -> new DrawnPlan(plan, drawn));
        });
    }

    /** Fisher–Yates with a generator seeded by the plan's seed and the city, over stations in id order. */
    static List<UUID> sample(List<UUID> candidates, long seed, String city, int perCity) {
        List<UUID> shuffled = new ArrayList<>(candidates);
        Collections.shuffle(shuffled, new Random(seed ^ city.hashCode()));
        return shuffled.subList(0, Math.min(perCity, shuffled.size()));
    }

    /**
     * Random and third-party results are recorded by the station's city or the province; a mutual
     * inspection by another city's admin (or the province), never by the station's own city.
     */
    private static void mayInspect(Caller caller, Station station, Inspection.Kind kind, boolean assignedToInspector) {
        if (!station.status.searchable()) {
            throw ProblemException.conflict("只检查运营中的驿站，该站状态为 " + station.status.label
                    + " / only running stations are inspected; this one is " + station.status);
        }
        if (caller.isProvinceAdmin() || assignedToInspector) {
            return;
        }
        boolean ownCity = station.tenant.equals(caller.tenant());
        if (kind == Inspection.Kind.MUTUAL && ownCity) {
            throw ProblemException.forbidden("交叉互查须由其他城市的检查人员进行 / a mutual inspection is done by another city's inspectors");
        }
        if (kind != Inspection.Kind.MUTUAL && !ownCity) {
            throw ProblemException.notFound("驿站 / Station", station.id);
        }
    }

    private Inspection sheet(Caller caller, NewInspection request, Station station, OffsetDateTime inspectedAt,
                             int version, List<ChecklistItem> items) {
        Map<String, ChecklistItem> byCode = items.stream().collect(Collectors.toMap(ChecklistItem::code, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
        Set<String> scored = new HashSet<>();
        int total = 0;
        for (Inspection.Score score : request.scores()) {
            ChecklistItem item = byCode.get(score.code());
            if (item == null) {
                throw ProblemException.badRequest("scores", "检查表中没有此项：" + score.code() + "，现行检查表各项：" + byCode.keySet()
                        + " / no item " + score.code() + " in checklist version " + version + "; its items: " + byCode.keySet());
            }
            if (!scored.add(score.code())) {
                throw ProblemException.badRequest("scores", "重复打分：" + score.code() + " / item " + score.code() + " scored twice");
            }
            if (score.points() > item.points()) {
                throw ProblemException.badRequest("scores", score.code() + " 最高 " + item.points() + " 分 / " + score.code()
                        + " is worth at most " + item.points());
            }
            total += score.points();
        }
        List<String> missing = byCode.keySet().stream().filter(code -> !scored.contains(code)).toList();
        if (!missing.isEmpty()) {
            throw ProblemException.badRequest("scores", "以下检查项未打分：" + missing + " / these items are not scored: " + missing);
        }
        Inspection inspection = new Inspection();
        inspection.id = UUID.randomUUID();
        inspection.stationId = station.id;
        inspection.tenant = station.tenant;
        inspection.planId = request.planId();
        inspection.kind = request.kind();
        inspection.inspector = request.inspector();
        inspection.inspectorTenant = request.kind() == Inspection.Kind.MUTUAL && !caller.isProvinceAdmin() ? caller.tenant() : null;
        inspection.checklistVersion = version;
        inspection.scores = json.write(request.scores());
        inspection.total = total;
        inspection.maxTotal = items.stream().mapToInt(ChecklistItem::points).sum();
        inspection.remarks = request.remarks();
        inspection.photos = json.write(request.photos() == null ? List.of() : request.photos());
        inspection.inspectedAt = inspectedAt;
        inspection.recordedBy = caller.username();
        return inspection;
    }

    private static List<String> baseItemsNotMet(List<ChecklistItem> items, List<Inspection.Score> scores) {
        Map<String, Integer> points = scores.stream().collect(Collectors.toMap(Inspection.Score::code,
                Inspection.Score::points, (a, b) -> a));
        return items.stream().filter(ChecklistItem::base)
                .filter(item -> points.getOrDefault(item.code(), 0) < item.points())
                .map(ChecklistItem::code).toList();
    }

    /** The yellow card of a failed sheet; a station that already has one open keeps that one. */
    private Uni<UUID> baseNotMetCard(Station station, Inspection inspection, List<String> notMet) {
        return cards.ofStation(station.id).chain(existing -> {
            Optional<EvaluationCard> open = existing.stream()
                    .filter(c -> c.rule == EvaluationRule.INSPECTION_BASE_NOT_MET && c.status.open()).findFirst();
            if (open.isPresent()) {
                return Uni.createFrom().item(open.get().id);
            }
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("inspectionId", inspection.id);
            evidence.put("kind", inspection.kind.name());
            evidence.put("inspector", inspection.inspector);
            if (inspection.inspectionBody != null) {
                evidence.put("inspectionBody", inspection.inspectionBody);
            }
            evidence.put("inspectedAt", inspection.inspectedAt.toString());
            evidence.put("baseItemsNotMet", notMet);
            evidence.put("total", inspection.total);
            evidence.put("maxTotal", inspection.maxTotal);
            return rules.settingsFor(station.tenant).chain(settings -> cardService.issueYellow(station,
                    EvaluationRule.INSPECTION_BASE_NOT_MET, evidence, OffsetDateTime.now(clock), settings))
                    .map(card -> card.id);
        });
    }

    private static RecordedInspection recorded(Inspection i, Map<String, String> bodyNames, List<String> notMet, UUID cardId) {
        return new RecordedInspection(i, i.inspectionBody == null ? null : bodyNames.get(i.inspectionBody), notMet, cardId);
    }
}

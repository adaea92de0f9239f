package io.yizhan.locker.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.outbox.Outbox;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.locker.Compartment;
import io.yizhan.locker.Locker;
import io.yizhan.locker.Supply;
import io.yizhan.locker.config.LockerConfig;
import io.yizhan.locker.messaging.LockerEventTypes;
import io.yizhan.locker.messaging.RestockedPayload;
import io.yizhan.locker.repository.CompartmentRepository;
import io.yizhan.locker.repository.RestockRepository;
import io.yizhan.locker.repository.SupplyRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Weekly restock plans, the tasks generated from them, and restock operations with the restocked event. */
@ApplicationScoped
public class RestockService {

    /** A weekly plan as an admin sets it, already checked by Bean Validation on {@code rest.RestockPlanRequest}. */
    public record NewPlan(int weekday, List<PlanLine> lines) {
    }

    public record PlanLine(int compartmentNumber, UUID itemId, int targetQuantity) {
    }

    /** A restock as recorded at the locker, already checked by Bean Validation on {@code rest.RestockRequest}. */
    public record NewRestock(UUID taskId, List<Fill> lines) {
    }

    public record Fill(int compartmentNumber, UUID itemId, int added) {
    }

    /** A locker's weekly plan (weekday 1 = Monday) with the items' names. */
    public record Plan(UUID lockerId, int weekday, List<PlannedLine> lines, OffsetDateTime updatedAt) {
    }

    public record PlannedLine(int compartmentNumber, UUID itemId, String itemName, int targetQuantity) {
    }

    /** A restock task; {@code toFill} (the plan's target minus what the compartment holds now) only while it is open. */
    public record Task(UUID id, UUID lockerId, LocalDate dueDate, String status, OffsetDateTime doneAt, UUID operationId,
                       List<ToFill> toFill) {
    }

    public record ToFill(int compartmentNumber, UUID itemId, String itemName, int targetQuantity, int quantity, int toAdd) {
    }

    /** A recorded restock operation, its lines as the restocked event carries them. */
    public record Restock(UUID id, UUID lockerId, UUID taskId, String performedBy, int units, long valueFen,
                          List<RestockedPayload.Line> lines, OffsetDateTime at) {
    }

    private final LockerService lockers;
    private final RestockRepository restocks;
    private final CompartmentRepository compartments;
    private final SupplyRepository supplies;
    private final Outbox outbox;
    private final LockerConfig config;
    private final Clock clock;

    public RestockService(LockerService lockers, RestockRepository restocks, CompartmentRepository compartments,
                          SupplyRepository supplies, Outbox outbox, LockerConfig config, Clock clock) {
        this.clock = clock;
        this.lockers = lockers;
        this.restocks = restocks;
        this.compartments = compartments;
        this.supplies = supplies;
        this.outbox = outbox;
        this.config = config;
    }

    static String who(Caller caller) {
        return caller.username() != null ? caller.username() : caller.subject();
    }

    @WithTransaction
    public Uni<Plan> savePlan(Caller caller, UUID lockerId, NewPlan request) {
        return lockers.managed(caller, lockerId).chain(locker -> {
            Set<Integer> seen = new HashSet<>();
            for (int i = 0; i < request.lines().size(); i++) {
                int n = request.lines().get(i).compartmentNumber();
                checkNumber(locker, n, "lines[" + i + "].compartmentNumber");
                if (!seen.add(n)) {
                    throw ProblemException.badRequest("lines[" + i + "].compartmentNumber", "格口号重复 / compartment listed twice");
                }
            }
            List<UUID> ids = request.lines().stream().map(PlanLine::itemId).toList();
            return items(locker, ids, "lines").chain(items -> restocks.savePlan(lockerId, locker.tenant, request.weekday(),
                            request.lines().stream().map(l -> new RestockRepository.PlanLine(l.compartmentNumber(), l.itemId(),
                                    l.targetQuantity())).toList(), who(caller), OffsetDateTime.now(clock))
                    .chain(() -> planView(lockerId)));
        });
    }

    @WithSession
    public Uni<Plan> plan(Caller caller, UUID lockerId) {
        return lockers.managed(caller, lockerId).chain(locker -> planView(lockerId)).onItem().ifNull()
                .failWith(() -> ProblemException.notFound("补货计划 / Restock plan of locker", lockerId));
    }

    @WithTransaction
    public Uni<Integer> generateTasks(LocalDate day) {
        return restocks.generateTasks(day, OffsetDateTime.now(clock));
    }

    @WithSession
    public Uni<List<Task>> tasks(Caller caller, UUID lockerId) {
        return lockers.managed(caller, lockerId).chain(locker -> restocks.tasks(lockerId, 20).chain(tasks ->
                restocks.plan(lockerId).chain(plan -> compartments.ofLocker(lockerId).chain(cs -> supplies.list("tenant", locker.tenant)
                        .map(items -> {
                            Map<UUID, Supply> byId = items.stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
                            Map<Integer, Compartment> byNumber = cs.stream().collect(Collectors.toMap(c -> c.number, Function.identity()));
                            List<ToFill> toFill = plan == null ? List.of() : plan.lines().stream().map(l -> {
                                Compartment c = byNumber.get(l.compartmentNumber());
                                int quantity = c == null || !l.itemId().equals(c.itemId) ? 0 : c.quantity;
                                Supply item = byId.get(l.itemId());
                                return new ToFill(l.compartmentNumber(), l.itemId(), item == null ? null : item.name,
                                        l.targetQuantity(), quantity, Math.max(0, l.targetQuantity() - quantity));
                            }).toList();
                            return tasks.stream().map(t -> new Task(t.id(), t.lockerId(), t.dueDate(), t.status(),
                                    t.doneAt(), t.operationId(), "OPEN".equals(t.status()) ? toFill : List.of())).toList();
                        })))));
    }

    /** Records what was put where; a compartment holding another item (with stock) is refused. */
    @WithTransaction
    public Uni<Restock> restock(Caller caller, UUID lockerId, NewRestock request) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return lockers.managed(caller, lockerId).chain(locker -> {
            Set<Integer> seen = new HashSet<>();
            for (int i = 0; i < request.lines().size(); i++) {
                int n = request.lines().get(i).compartmentNumber();
                checkNumber(locker, n, "lines[" + i + "].compartmentNumber");
                if (!seen.add(n)) {
                    throw ProblemException.badRequest("lines[" + i + "].compartmentNumber", "格口号重复 / compartment listed twice");
                }
            }
            List<UUID> ids = request.lines().stream().map(Fill::itemId).toList();
            UUID operationId = UUID.randomUUID();
            return items(locker, ids, "lines").chain(items -> {
                List<RestockedPayload.Line> done = new ArrayList<>();
                Uni<Void> chain = Uni.createFrom().voidItem();
                for (int i = 0; i < request.lines().size(); i++) {
                    Fill line = request.lines().get(i);
                    String field = "lines[" + i + "]";
                    chain = chain.chain(() -> restocks.fill(lockerId, line.compartmentNumber(), line.itemId(), line.added(),
                            config.maxCompartmentQuantity()).map(after -> {
                        if (after < 0) {
                            throw ProblemException.conflict(field + ": " + line.compartmentNumber()
                                    + " 号格口已有其他物资，或超出容量 " + config.maxCompartmentQuantity()
                                    + " / compartment holds another item or would exceed " + config.maxCompartmentQuantity());
                        }
                        done.add(new RestockedPayload.Line(line.compartmentNumber(), line.itemId(), items.get(line.itemId()).name,
                                line.added(), after));
                        return null;
                    }));
                }
                return chain.chain(() -> {
                    int units = done.stream().mapToInt(RestockedPayload.Line::added).sum();
                    long value = done.stream().mapToLong(l -> (long) l.added() * items.get(l.itemId()).unitValueFen).sum();
                    Uni<Void> task = request.taskId() == null ? Uni.createFrom().voidItem()
                            : restocks.completeTask(request.taskId(), lockerId, operationId, now).map(ok -> {
                                if (!ok) {
                                    throw ProblemException.conflict("补货任务不存在、不属于此柜或已完成 / the task is not an open task of this locker");
                                }
                                return null;
                            });
                    Restock view = new Restock(operationId, lockerId, request.taskId(), who(caller), units, value, done, now);
                    return restocks.recordOperation(operationId, locker.tenant, lockerId, request.taskId(), who(caller), units, value, now)
                            .chain(() -> task)
                            .chain(() -> {
                                Uni<Void> lines = Uni.createFrom().voidItem();
                                for (RestockedPayload.Line l : done) {
                                    lines = lines.chain(() -> restocks.recordLine(operationId, l.compartmentNumber(), l.itemId(),
                                            l.added(), l.quantityAfter()));
                                }
                                return lines;
                            })
                            .chain(() -> outbox.append(LockerEventTypes.RESTOCKED, locker.stationId.toString(), locker.tenant,
                                    new RestockedPayload(operationId, lockerId, locker.stationId, locker.tenant, request.taskId(),
                                            units, value, done, now)))
                            .replaceWith(view);
                });
            });
        });
    }

    private Uni<Plan> planView(UUID lockerId) {
        return restocks.plan(lockerId).chain(plan -> {
            if (plan == null) {
                return Uni.createFrom().nullItem();
            }
            List<UUID> ids = plan.lines().stream().map(RestockRepository.PlanLine::itemId).distinct().toList();
            return supplies.list("id in ?1", ids).map(items -> {
                Map<UUID, String> names = items.stream().collect(Collectors.toMap(s -> s.id, s -> s.name));
                return new Plan(lockerId, plan.weekday(), plan.lines().stream()
                        .map(l -> new PlannedLine(l.compartmentNumber(), l.itemId(), names.get(l.itemId()),
                                l.targetQuantity())).toList(), plan.updatedAt());
            });
        });
    }

    private static void checkNumber(Locker locker, int number, String field) {
        if (number > locker.compartmentCount) {
            throw ProblemException.badRequest(field, "此柜只有 " + locker.compartmentCount + " 个格口 / this locker has "
                    + locker.compartmentCount + " compartments");
        }
    }

    /** The named items, all of the locker's city; an unknown one is a 400 naming its line. */
    private Uni<Map<UUID, Supply>> items(Locker locker, List<UUID> ids, String field) {
        return supplies.list("id in ?1", ids.stream().distinct().toList()).map(found -> {
            Map<UUID, Supply> byId = found.stream().filter(s -> s.tenant.equals(locker.tenant))
                    .collect(Collectors.toMap(s -> s.id, Function.identity()));
            for (int i = 0; i < ids.size(); i++) {
                if (!byId.containsKey(ids.get(i))) {
                    throw ProblemException.badRequest(field + "[" + i + "].itemId",
                            "本市物资目录中没有此物资 / no such item in this city's catalogue");
                }
            }
            return byId;
        });
    }
}

package io.yizhan.locker.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Restock plans, tasks and operations (tables restock_*), in native SQL. */
@ApplicationScoped
public class RestockRepository {

    public record PlanLine(int compartmentNumber, UUID itemId, int targetQuantity) {
    }

    public record Plan(UUID lockerId, int weekday, OffsetDateTime updatedAt, List<PlanLine> lines) {
    }

    public record Task(UUID id, UUID lockerId, LocalDate dueDate, String status, OffsetDateTime doneAt, UUID operationId) {
    }

    public Uni<Void> savePlan(UUID lockerId, String tenant, int weekday, List<PlanLine> lines, String by, OffsetDateTime at) {
        Uni<Integer> plan = Panache.getSession().chain(s -> s.createNativeQuery(
                        "INSERT INTO restock_plan (locker_id, tenant, weekday, updated_by, updated_at) VALUES (:l, :t, :w, :by, :at)"
                                + " ON CONFLICT (locker_id) DO UPDATE SET weekday = excluded.weekday, updated_by = excluded.updated_by,"
                                + " updated_at = excluded.updated_at")
                .setParameter("l", lockerId).setParameter("t", tenant).setParameter("w", weekday).setParameter("by", by)
                .setParameter("at", at).executeUpdate());
        Uni<Integer> clear = Panache.getSession().chain(s -> s.createNativeQuery("DELETE FROM restock_plan_line WHERE locker_id = :l")
                .setParameter("l", lockerId).executeUpdate());
        Uni<Void> chain = plan.chain(() -> clear).replaceWithVoid();
        for (PlanLine line : lines) {
            chain = chain.chain(() -> Panache.getSession().chain(s -> s.createNativeQuery(
                            "INSERT INTO restock_plan_line (locker_id, compartment_number, item_id, target_quantity) VALUES (:l, :n, :i, :q)")
                    .setParameter("l", lockerId).setParameter("n", line.compartmentNumber()).setParameter("i", line.itemId())
                    .setParameter("q", line.targetQuantity()).executeUpdate())).replaceWithVoid();
        }
        return chain;
    }

    @SuppressWarnings("unchecked")
    public Uni<Plan> plan(UUID lockerId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT weekday, updated_at FROM restock_plan WHERE locker_id = :l", Object[].class)
                .setParameter("l", lockerId).getResultList()).chain(rows -> {
            if (rows.isEmpty()) {
                return Uni.createFrom().nullItem();
            }
            Object[] head = (Object[]) rows.get(0);
            return Panache.getSession().chain(s -> s.createNativeQuery(
                            "SELECT compartment_number, item_id, target_quantity FROM restock_plan_line WHERE locker_id = :l"
                                    + " ORDER BY compartment_number", Object[].class)
                    .setParameter("l", lockerId).getResultList()).map(lines -> new Plan(lockerId, ((Number) head[0]).intValue(),
                    time(head[1]), ((List<Object[]>) (List<?>) lines).stream()
                    .map(l -> new PlanLine(((Number) l[0]).intValue(), (UUID) l[1], ((Number) l[2]).intValue())).toList()));
        });
    }

    /** One task per locker whose plan falls on {@code day}'s weekday; a second run on the same day adds none. */
    public Uni<Integer> generateTasks(LocalDate day, OffsetDateTime at) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "INSERT INTO restock_task (id, tenant, locker_id, due_date, status, created_at)"
                                + " SELECT gen_random_uuid(), p.tenant, p.locker_id, :day, 'OPEN', :at FROM restock_plan p"
                                + " WHERE p.weekday = :wd ON CONFLICT (locker_id, due_date) DO NOTHING")
                .setParameter("day", day).setParameter("at", at).setParameter("wd", day.getDayOfWeek().getValue())
                .executeUpdate());
    }

    @SuppressWarnings("unchecked")
    public Uni<List<Task>> tasks(UUID lockerId, int limit) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT id, locker_id, due_date, status, done_at, operation_id FROM restock_task WHERE locker_id = :l"
                                + " ORDER BY due_date DESC LIMIT :n", Object[].class)
                .setParameter("l", lockerId).setParameter("n", limit).getResultList())
                .map(rows -> ((List<Object[]>) (List<?>) rows).stream().map(RestockRepository::task).toList());
    }

    /** Completes an open task of the locker; false if it is not this locker's or not open. */
    public Uni<Boolean> completeTask(UUID taskId, UUID lockerId, UUID operationId, OffsetDateTime at) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "UPDATE restock_task SET status = 'DONE', done_at = :at, operation_id = :op"
                                + " WHERE id = :id AND locker_id = :l AND status = 'OPEN'")
                .setParameter("at", at).setParameter("op", operationId).setParameter("id", taskId).setParameter("l", lockerId)
                .executeUpdate()).map(n -> n > 0);
    }

    /**
     * Adds units to a compartment, setting its item when it is empty; refuses (false) if it holds another
     * item or would exceed {@code max}. Returns the quantity after, or -1.
     */
    public Uni<Integer> fill(UUID lockerId, int number, UUID itemId, int added, int max) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "UPDATE compartment SET item_id = :item, quantity = quantity + :added"
                                + " WHERE locker_id = :l AND number = :n AND (item_id = :item OR item_id IS NULL OR quantity = 0)"
                                + " AND quantity + :added <= :max")
                .setParameter("item", itemId).setParameter("added", added).setParameter("l", lockerId)
                .setParameter("n", number).setParameter("max", max).executeUpdate())
                .chain(n -> n == 0 ? Uni.createFrom().item(-1) : Panache.getSession().chain(s -> s.createNativeQuery(
                                "SELECT quantity FROM compartment WHERE locker_id = :l AND number = :n", Integer.class)
                        .setParameter("l", lockerId).setParameter("n", number).getSingleResult())
                        .map(q -> ((Number) q).intValue()));
    }

    public Uni<Void> recordOperation(UUID id, String tenant, UUID lockerId, UUID taskId, String by, int units, long valueFen,
                                     OffsetDateTime at) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "INSERT INTO restock_operation (id, tenant, locker_id, task_id, performed_by, units, value_fen, created_at)"
                                + " VALUES (:id, :t, :l, :task, :by, :u, :v, :at)")
                .setParameter("id", id).setParameter("t", tenant).setParameter("l", lockerId).setParameter("task", taskId)
                .setParameter("by", by).setParameter("u", units).setParameter("v", valueFen).setParameter("at", at)
                .executeUpdate()).replaceWithVoid();
    }

    public Uni<Void> recordLine(UUID operationId, int number, UUID itemId, int added, int after) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "INSERT INTO restock_operation_line (operation_id, compartment_number, item_id, added, quantity_after)"
                                + " VALUES (:op, :n, :i, :a, :q)")
                .setParameter("op", operationId).setParameter("n", number).setParameter("i", itemId).setParameter("a", added)
                .setParameter("q", after).executeUpdate()).replaceWithVoid();
    }

    private static Task task(Object[] r) {
        LocalDate due = r[2] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[2];
        return new Task((UUID) r[0], (UUID) r[1], due, (String) r[3], time(r[4]), (UUID) r[5]);
    }

    static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.ofHours(8));
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.ofHours(8));
        }
        if (value instanceof java.time.LocalDateTime l) {
            return l.atOffset(ZoneOffset.UTC).withOffsetSameInstant(ZoneOffset.ofHours(8));
        }
        return OffsetDateTime.parse(value.toString());
    }
}

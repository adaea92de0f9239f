package io.yizhan.station.demo.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.yizhan.station.demo.DemoStation;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The demo load's SQL: the advisory lock, the emptiness check and multi-row INSERTs of stations and of
 * their outbox rows. Every method runs on the caller's connection, so the whole load stays the one
 * transaction {@code DemoStationLoader} opens (or a test's, rolled back). Plain Vert.x SQL rather than
 * Panache: thousands of rows in a few statements, at start-up, without a Hibernate session.
 */
@ApplicationScoped
public class DemoStationRepository {

    /** pg_advisory_xact_lock key of the demo load ("yizhan-demo" in spirit; any constant works). */
    public static final long LOCK_KEY = 0x59697A68616EL;

    private static final String STATION_COLUMNS = "id, tenant, name, address, district, lat, lon, station_type, status,"
            + " host_organisation, contact_name, contact_phone, area_m2, build_year, build_kind, amenities, open_24h,"
            + " weekly_hours, version, created_at, updated_at, opened_at, evidence_since";
    private static final int STATION_PARAMS = 22;
    private static final int OUTBOX_PARAMS = 6;

    /** An outbox row as {@code Outbox.append} writes it: the envelope is the CloudEvent's JSON. */
    public record OutboxRow(UUID id, String eventType, String subject, String tenant, String envelope, OffsetDateTime createdAt) {
    }

    /**
     * Waits for the demo load's lock, held until the transaction ends: two replicas starting together
     * load the set once (the second then finds the table full).
     */
    public Uni<Void> lockLoad(SqlConnection connection) {
        return connection.query("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")").execute().replaceWithVoid();
    }

    public Uni<Boolean> anyStation(SqlConnection connection) {
        return connection.query("SELECT EXISTS (SELECT 1 FROM station) AS present").execute()
                .map(rows -> rows.iterator().next().getBoolean("present"));
    }

    /**
     * The stations of one batch as one multi-row INSERT, at version 0, with Yizhan receiving their
     * evidence from {@code evidenceSince} (the load) on.
     */
    public Uni<Void> insertStations(SqlConnection connection, List<DemoStation> batch, OffsetDateTime evidenceSince) {
        StringBuilder sql = new StringBuilder("INSERT INTO station (" + STATION_COLUMNS + ") VALUES ");
        Tuple args = Tuple.tuple();
        for (int i = 0; i < batch.size(); i++) {
            int p = i * STATION_PARAMS;
            sql.append(i == 0 ? "(" : ", (");
            for (int c = 1; c <= STATION_PARAMS; c++) {
                switch (c) {
                    case 13 -> sql.append("$").append(p + c).append("::float8, ");
                    case 16, 18 -> sql.append("$").append(p + c).append("::text::jsonb, ");
                    case 19 -> sql.append("0, $").append(p + c).append(", ");
                    case 22 -> sql.append("$").append(p + c).append(")");
                    default -> sql.append("$").append(p + c).append(", ");
                }
            }
            DemoStation s = batch.get(i);
            args.addUUID(s.id()).addString(s.tenant()).addString(s.name()).addString(s.address()).addString(s.district())
                    .addDouble(s.lat()).addDouble(s.lon()).addString(s.type()).addString(s.status())
                    .addString(s.hostOrganisation()).addString(s.contactName()).addString(s.contactPhone())
                    .addDouble(s.areaM2()).addInteger(s.buildYear()).addString(s.buildKind())
                    .addString(s.amenitiesJson()).addBoolean(s.open24h()).addString(s.weeklyHoursJson())
                    .addOffsetDateTime(s.createdAt()).addOffsetDateTime(s.createdAt()).addOffsetDateTime(s.openedAt())
                    .addOffsetDateTime(evidenceSince);
        }
        return connection.preparedQuery(sql.toString()).execute(args).replaceWithVoid();
    }

    /** Outbox rows as one multi-row INSERT, left unpublished for the relay. */
    public Uni<Void> insertOutboxRows(SqlConnection connection, List<OutboxRow> rows) {
        StringBuilder sql = new StringBuilder(
                "INSERT INTO outbox_event (id, event_type, subject, tenant, envelope, created_at) VALUES ");
        Tuple args = Tuple.tuple();
        for (int i = 0; i < rows.size(); i++) {
            int p = i * OUTBOX_PARAMS;
            sql.append(i == 0 ? "" : ", ").append("($").append(p + 1).append(", $").append(p + 2).append(", $").append(p + 3)
                    .append(", $").append(p + 4).append(", $").append(p + 5).append("::text::jsonb, $").append(p + 6).append(")");
            OutboxRow row = rows.get(i);
            args.addUUID(row.id()).addString(row.eventType()).addString(row.subject())
                    .addString(row.tenant()).addString(row.envelope()).addOffsetDateTime(row.createdAt());
        }
        return connection.preparedQuery(sql.toString()).execute(args).replaceWithVoid();
    }

    /**
     * The demo's outside inspection body (the realm's {@code inspector1} carries its code) and the
     * stations assigned to it from the load until {@code due}: the inspector's screen is not empty.
     */
    public Uni<Void> insertInspectionDemo(SqlConnection connection, String code, String name, List<DemoStation> assigned,
                                          OffsetDateTime at, java.time.LocalDate from, java.time.LocalDate due) {
        Uni<Void> body = connection.preparedQuery("INSERT INTO inspection_body (code, name, created_at, created_by)"
                        + " VALUES ($1, $2, $3, 'demo') ON CONFLICT (code) DO NOTHING")
                .execute(Tuple.of(code, name, at)).replaceWithVoid();
        for (DemoStation s : assigned) {
            body = body.chain(() -> connection.preparedQuery("INSERT INTO inspection_assignment"
                            + " (id, body_code, station_id, tenant, period_from, due, assigned_at, assigned_by)"
                            + " VALUES ($1, $2, $3, $4, $5, $6, $7, 'demo')")
                    .execute(Tuple.tuple().addUUID(UUID.randomUUID()).addString(code).addUUID(s.id()).addString(s.tenant())
                            .addLocalDate(from).addLocalDate(due).addOffsetDateTime(at)).replaceWithVoid());
        }
        return body;
    }
}

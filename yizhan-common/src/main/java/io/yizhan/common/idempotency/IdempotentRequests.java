package io.yizhan.common.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.yizhan.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Implements the {@code Idempotency-Key} header of creating POSTs. Inside the creating transaction:
 * the first request with a key runs and its response is stored with the key; a repeat with the
 * same body gets the stored response; a repeat with another body is refused (422), because the
 * key would otherwise hide a different request.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    static final int MAX_KEY_LENGTH = 200;

    private final ObjectMapper mapper;
    private final IdempotencyRecords records;

    private final Clock clock;

    public IdempotentRequests(ObjectMapper mapper, IdempotencyRecords records, Clock clock) {
        this.mapper = mapper;
        this.records = records;
        this.clock = clock;
    }

    /** The outcome: the response and whether it is a replay of an earlier one. */
    public record Outcome<T>(T response, boolean replayed) {
    }

    public <T> Uni<Outcome<T>> run(String key, String caller, Object request, Class<T> responseType,
                                   Supplier<Uni<T>> action) {
        return run(key, caller, request, responseType, action,
                id -> Panache.getSession().chain(session -> session.find(IdempotencyRecord.class, id)),
                row -> row.persist().replaceWithVoid());
    }

    /**
     * The same inside a transaction the caller runs on the reactive pool without a Hibernate session: the record
     * is read and written on {@code transaction}, and commits or rolls back with the action's change.
     */
    public <T> Uni<Outcome<T>> run(SqlClient transaction, String key, String caller, Object request, Class<T> responseType,
                                   Supplier<Uni<T>> action) {
        return run(key, caller, request, responseType, action,
                id -> records.find(transaction, id), row -> records.insert(transaction, row));
    }

    private <T> Uni<Outcome<T>> run(String key, String caller, Object request, Class<T> responseType, Supplier<Uni<T>> action,
                                    Function<IdempotencyRecord.Key, Uni<IdempotencyRecord>> find,
                                    Function<IdempotencyRecord, Uni<Void>> insert) {
        if (key == null) {
            return action.get().map(response -> new Outcome<>(response, false));
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            return Uni.createFrom().failure(ProblemException.badRequest(HEADER,
                    "长度应为 1–" + MAX_KEY_LENGTH + " 个字符 / must be 1 to " + MAX_KEY_LENGTH + " characters"));
        }
        IdempotencyRecord.Key id = new IdempotencyRecord.Key(caller == null ? "" : caller, key);
        String hash = hash(request);
        return find.apply(id)
                .chain(existing -> {
                    if (existing != null) {
                        if (!existing.requestHash.equals(hash)) {
                            return Uni.createFrom().failure(ProblemException.unprocessable(
                                    "此 Idempotency-Key 已用于另一个请求 / This Idempotency-Key was used for a different request"));
                        }
                        return Uni.createFrom().item(new Outcome<>(read(existing.response, responseType), true));
                    }
                    return action.get().call(response -> insert.apply(record(id, hash, response)))
                            .map(response -> new Outcome<>(response, false));
                });
    }

    private IdempotencyRecord record(IdempotencyRecord.Key id, String hash, Object response) {
        IdempotencyRecord row = new IdempotencyRecord();
        row.id = id;
        row.requestHash = hash;
        row.response = write(response);
        row.createdAt = OffsetDateTime.now(clock);
        return row;
    }

    private String hash(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(write(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.yizhan.common.problem;

import io.vertx.pgclient.PgException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProblemMappersTest {

    final ProblemMappers mappers = new ProblemMappers();

    @Test
    void dataPostgresCannotStoreIsTheCallersMistake() {
        // found by the bad-input suite: a NUL character in a name reached PostgreSQL and came back as a 500
        Exception nul = new CompletionException(new RuntimeException(new SQLException("invalid byte sequence", "22021")));
        assertEquals(400, mappers.unexpected(nul).getStatus());
        assertEquals(Problem.MEDIA_TYPE, mappers.unexpected(nul).getMediaType().toString());
        assertEquals(400, mappers.unexpected(new SQLException("numeric field overflow", "22003")).getStatus());
    }

    @Test
    void aKeyOrReferenceRefusedByPostgresIsAConflict() {
        // a write on the reactive pool (no Hibernate wrapper): two first uses of one Idempotency-Key at once
        Exception duplicate = new CompletionException(new PgException(
                "duplicate key value violates unique constraint", "ERROR", "23505", "Key (caller, idem_key) exists"));
        assertEquals(409, mappers.unexpected(duplicate).getStatus());
        assertEquals(Problem.MEDIA_TYPE, mappers.unexpected(duplicate).getMediaType().toString());
        assertEquals(409, mappers.unexpected(new SQLException("violates foreign key constraint", "23503")).getStatus());
    }

    @Test
    void otherFailuresStayServerErrors() {
        assertEquals(500, mappers.unexpected(new SQLException("connection refused", "08001")).getStatus());
        assertEquals(500, mappers.unexpected(new IllegalStateException("bug")).getStatus());
    }
}

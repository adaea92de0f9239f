package io.yizhan.common.problem;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class QueryParamsTest {

    @Test
    void absentValuesGiveTheFallback() {
        assertNull(QueryParams.uuid("stationId", null));
        assertEquals(LocalDate.of(2026, 1, 1), QueryParams.date("from", " ", LocalDate.of(2026, 1, 1)));
        assertEquals(7, QueryParams.integer("year", null, 7));
    }

    @Test
    void goodValuesAreParsed() {
        UUID id = UUID.randomUUID();
        assertEquals(id, QueryParams.uuid("stationId", id.toString()));
        assertEquals(LocalDate.of(2026, 11, 28), QueryParams.date("from", "2026-11-28", null));
        assertEquals(2026, QueryParams.integer("year", "2026", 0));
    }

    @Test
    void badValuesAre400NamingTheParameter() {
        ProblemException uuid = assertThrows(ProblemException.class, () -> QueryParams.uuid("stationId", "abc"));
        assertEquals(400, uuid.status());
        assertEquals("stationId", uuid.toProblem().violations().get(0).field());
        assertEquals("from", assertThrows(ProblemException.class, () -> QueryParams.date("from", "2026-02-30", null))
                .toProblem().violations().get(0).field());
        assertEquals(400, assertThrows(ProblemException.class, () -> QueryParams.integer("year", "MMXXVI", 0)).status());
        assertEquals("lat", assertThrows(ProblemException.class, () -> QueryParams.decimal("lat", "91", -90, 90))
                .toProblem().violations().get(0).field());
        assertEquals(400, assertThrows(ProblemException.class, () -> QueryParams.decimal("lon", null, 0, 1)).status());
        assertEquals(26.08, QueryParams.decimal("lat", " 26.08 ", 3.8, 53.6));
    }

    @Test
    void boundedWholeNumbersTakeTheFallbackWhenAbsentAndRefuseOutOfRange() {
        assertEquals(3_000, QueryParams.integer("radius", null, 1, 20_000, 3_000));
        assertEquals(20_000, QueryParams.integer("radius", "20000", 1, 20_000, 3_000));
        ProblemException tooFar = assertThrows(ProblemException.class, () -> QueryParams.integer("radius", "20001", 1, 20_000, 3_000));
        assertEquals(400, tooFar.status());
        assertEquals("radius", tooFar.toProblem().violations().get(0).field());
        assertEquals("limit", assertThrows(ProblemException.class, () -> QueryParams.integer("limit", "0", 1, 100, 20))
                .toProblem().violations().get(0).field());
    }

    enum Colour { YELLOW, RED }

    @Test
    void enumerationsAreReadInAnyCaseAndUnknownOnesNameTheChoices() {
        assertNull(QueryParams.enumeration("colour", null, Colour.class));
        assertEquals(Colour.RED, QueryParams.enumeration("colour", " red ", Colour.class));
        ProblemException unknown = assertThrows(ProblemException.class, () -> QueryParams.enumeration("colour", "GREEN", Colour.class));
        assertEquals(400, unknown.status());
        assertEquals("colour", unknown.toProblem().violations().get(0).field());
        org.junit.jupiter.api.Assertions.assertTrue(unknown.toProblem().violations().get(0).message().contains("YELLOW"));
    }
}

package io.yizhan.common.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import io.yizhan.common.event.CloudEvent;
import io.yizhan.common.replica.StationChange;
import io.yizhan.common.replica.StationReplicaTable;
import io.yizhan.common.replica.StationReplicaWriter;
import io.yizhan.common.replica.StationStateEvent;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The replica writer's rules on the real database: once per event, newest version wins, the service's own columns. */
@QuarkusTest
@TestProfile(CommonTestProfile.class)
class StationReplicaWriterTest {

    static final StationReplicaTable TABLE = StationReplicaTable.of("test.station-replica")
            .withColumn("managers", StationChange::managersJoined);

    final ObjectMapper json = new ObjectMapper();

    @Inject
    StationReplicaWriter writer;

    StationStateEvent event(UUID eventId, UUID station, String name, long version, String... managers) {
        StationChange change = new StationChange(station, "fuzhou", name, "OPEN", null, 26.08, 119.30, version,
                List.of(managers), false);
        CloudEvent envelope = new CloudEvent("1.0", eventId, "/station-service", "yizhan.station.updated",
                OffsetDateTime.now(), station.toString(), "fuzhou", "application/json", json.valueToTree(change));
        return new StationStateEvent(envelope, change);
    }

    List<StationStateEvent> apply(StationStateEvent... events) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> writer.apply(List.of(events), TABLE)));
    }

    Object[] row(UUID station) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Panache.getSession().chain(s -> s
                .createNativeQuery("SELECT name, version, managers, tenant, status, lat, lon FROM station_replica WHERE id = :id",
                        Object[].class)
                .setParameter("id", station).getSingleResultOrNull())));
    }

    @Test
    void aNewStationIsWrittenWithTheServicesOwnColumns() throws Throwable {
        UUID station = UUID.randomUUID();
        StationStateEvent registered = event(UUID.randomUUID(), station, "鼓楼驿站", 0, "fuzhou-manager", "deputy");

        assertThat(apply(registered)).containsExactly(registered);
        Object[] row = row(station);
        assertThat(row[0]).isEqualTo("鼓楼驿站");
        assertThat(((Number) row[1]).longValue()).isZero();
        assertThat(row[2]).isEqualTo("fuzhou-manager,deputy");
        assertThat(row[3]).isEqualTo("fuzhou");
        assertThat(row[4]).isEqualTo("OPEN");
        assertThat(((Number) row[5]).doubleValue()).isEqualTo(26.08);
        assertThat(((Number) row[6]).doubleValue()).isEqualTo(119.30);
    }

    @Test
    void aColumnOfItsOwnWithAValueOfNoKnownSqlTypeIsRefusedAndNothingIsWritten() throws Throwable {
        StationReplicaTable odd = StationReplicaTable.of("test.station-replica-odd").withColumn("managers", change -> 7);
        UUID station = UUID.randomUUID();
        StationStateEvent registered = event(UUID.randomUUID(), station, "奇怪驿站", 0);

        assertThatThrownBy(() -> VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() ->
                writer.apply(List.of(registered), odd)))).hasMessageContaining("managers");
        assertThat(row(station)).isNull();
    }

    @Test
    void withinAPollTheNewestVersionWinsAndOnlyNewerEventsCountAsApplied() throws Throwable {
        UUID station = UUID.randomUUID();
        StationStateEvent v1 = event(UUID.randomUUID(), station, "一", 1);
        StationStateEvent v3 = event(UUID.randomUUID(), station, "三", 3);
        StationStateEvent v2 = event(UUID.randomUUID(), station, "二", 2);

        assertThat(apply(v1, v3, v2)).containsExactly(v1, v3);
        assertThat(row(station)[0]).isEqualTo("三");
    }

    @Test
    void anOlderOrEqualVersionInALaterPollChangesNothing() throws Throwable {
        UUID station = UUID.randomUUID();
        apply(event(UUID.randomUUID(), station, "新", 5));

        assertThat(apply(event(UUID.randomUUID(), station, "旧", 4), event(UUID.randomUUID(), station, "同版本", 5))).isEmpty();
        Object[] row = row(station);
        assertThat(row[0]).isEqualTo("新");
        assertThat(((Number) row[1]).longValue()).isEqualTo(5);
    }

    @Test
    void aRedeliveredEventIsSkippedEvenWithANewerVersion() throws Throwable {
        UUID station = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        StationStateEvent original = event(eventId, station, "第一次", 1);

        assertThat(apply(original, event(eventId, station, "同一次投递中的重复", 2))).containsExactly(original);
        assertThat(apply(event(eventId, station, "之后的重复", 3))).isEmpty();
        assertThat(row(station)[0]).isEqualTo("第一次");
    }

    @Test
    void manyStationsOfOnePollAreWrittenTogether() throws Throwable {
        StationStateEvent[] events = new StationStateEvent[300];
        for (int i = 0; i < events.length; i++) {
            events[i] = event(UUID.randomUUID(), UUID.randomUUID(), "批量-" + i, 1);
        }
        assertThat(apply(events)).hasSize(300);
        assertThat(row(events[299].change().id())[0]).isEqualTo("批量-299");
    }
}

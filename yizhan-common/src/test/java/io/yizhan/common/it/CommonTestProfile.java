package io.yizhan.common.it;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * yizhan-common's own Quarkus tests run the shared beans as a service would, against a database of
 * their own (db/common plus a test replica table) and the real broker. Kept out of the test-jar.
 */
public class CommonTestProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.application.name", "yizhan-common-test",
                "yizhan.db.name", "common_test",
                "yizhan.outbox.source", "/yizhan-common-test",
                "mp.messaging.outgoing.events-out.topic", OutboxRelayTest.TOPIC,
                // an outage is noticed in seconds rather than the production ten
                "yizhan.outbox.send-timeout", "2s",
                "quarkus.flyway.locations", "db/common,db/commontest",
                // the tests run the relay themselves, one run at a time
                "quarkus.scheduler.enabled", "false",
                "yizhan.outbox.wake-on-commit", "false");
    }
}

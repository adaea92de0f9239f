package io.yizhan.locker;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.yizhan.common.testing.KafkaBrokerResource;
import io.yizhan.locker.device.MosquittoResource;
import io.yizhan.common.testing.TestDatabaseResource;

/** The real parts every test of this module runs against: PostgreSQL, Kafka, an OIDC server, Mosquitto. */
@WithTestResource(value = TestDatabaseResource.class, scope = TestResourceScope.GLOBAL, initArgs =
        @ResourceArg(name = "database", value = "locker_test"))
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = MosquittoResource.class, scope = TestResourceScope.GLOBAL)
public final class TestStack {
    private TestStack() {
    }
}

package io.yizhan.station;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.yizhan.common.testing.KafkaBrokerResource;
import io.yizhan.common.testing.S3ServerResource;
import io.yizhan.common.testing.TestDatabaseResource;

/** The real parts every test of this module runs against: PostgreSQL (+PostGIS), Kafka, an S3 server (S3Proxy), an OIDC server. */
@WithTestResource(value = TestDatabaseResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "station_test"),
        @ResourceArg(name = "extensions", value = "postgis")})
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = S3ServerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
public final class TestStack {
    private TestStack() {
    }
}

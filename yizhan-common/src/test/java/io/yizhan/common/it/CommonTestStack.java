package io.yizhan.common.it;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.yizhan.common.testing.KafkaBrokerResource;
import io.yizhan.common.testing.TestDatabaseResource;

/** The real parts yizhan-common's own tests run against: PostgreSQL, Kafka, an OIDC server. */
@WithTestResource(value = TestDatabaseResource.class, scope = TestResourceScope.GLOBAL, initArgs =
        @ResourceArg(name = "database", value = "common_test"))
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
public final class CommonTestStack {
    private CommonTestStack() {
    }
}

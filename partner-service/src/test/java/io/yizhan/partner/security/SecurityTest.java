package io.yizhan.partner.security;

import io.quarkus.test.junit.QuarkusTest;
import io.yizhan.common.testing.SecuritySuite;

/** Token attacks and generated bad input against every endpoint of this service (see SecuritySuite). */
@QuarkusTest
class SecurityTest extends SecuritySuite {
}

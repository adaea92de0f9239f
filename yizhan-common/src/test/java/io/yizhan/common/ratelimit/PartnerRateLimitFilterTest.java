package io.yizhan.common.ratelimit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The partner limit every service applies: who is counted, who is refused, and what the metrics say. */
class PartnerRateLimitFilterTest {

    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final RateLimiters limiters = new RateLimiters(registry, java.time.Clock.fixed(java.time.Instant.parse("2026-12-04T09:00:30Z"), java.time.ZoneOffset.UTC));

    static PartnerRateLimitConfig config(boolean enabled, int limit) {
        return new PartnerRateLimitConfig() {
            @Override
            public boolean enabled() {
                return enabled;
            }

            @Override
            public int limit() {
                return limit;
            }

            @Override
            public Duration window() {
                return Duration.ofMinutes(1);
            }
        };
    }

    static JsonWebToken token(String azp) {
        Map<String, Object> claims = Map.of("azp", azp, "sub", "service-account-" + azp);
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "service-account-" + azp;
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String name) {
                return (T) claims.get(name);
            }
        };
    }

    static SecurityIdentity caller(String azp, String role) {
        return QuarkusSecurityIdentity.builder().setPrincipal(token(azp)).addRole(role).build();
    }

    static CurrentIdentityAssociation current(Uni<SecurityIdentity> identity) {
        return new CurrentIdentityAssociation() {
            @Override
            public void setIdentity(SecurityIdentity identity) {
            }

            @Override
            public void setIdentity(Uni<SecurityIdentity> identity) {
            }

            @Override
            public Uni<SecurityIdentity> getDeferredIdentity() {
                return identity;
            }

            @Override
            public SecurityIdentity getIdentity() {
                return identity.await().indefinitely();
            }
        };
    }

    void call(PartnerRateLimitConfig config, Uni<SecurityIdentity> identity) {
        new PartnerRateLimitFilter(current(identity), config, limiters, registry).limit().await().indefinitely();
    }

    double counted(String partner, String outcome) {
        var counter = registry.find(PartnerRateLimitFilter.PARTNER_METER).tag("partner", partner).tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void aPartnerBeyondItsLimitIsRefusedWithRetryAfterAndCountedPerPartner() {
        PartnerRateLimitConfig config = config(true, 2);
        call(config, Uni.createFrom().item(caller("jt-express", "partner")));
        call(config, Uni.createFrom().item(caller("jt-express", "partner")));
        RateLimitedException refused = assertThrows(RateLimitedException.class,
                () -> call(config, Uni.createFrom().item(caller("jt-express", "partner"))));
        assertTrue(refused.retryAfterSeconds() >= 1 && refused.retryAfterSeconds() <= 60);
        assertEquals(429, refused.status());

        assertDoesNotThrow(() -> call(config, Uni.createFrom().item(caller("sf-express", "partner"))));
        assertEquals(2, counted("jt-express", "allowed"));
        assertEquals(1, counted("jt-express", "limited"));
        assertEquals(1, counted("sf-express", "allowed"));
        assertEquals(1, registry.find(FixedWindowLimiter.METER).tag("limiter", "partner").tag("outcome", "limited").counter().count());
    }

    @Test
    void otherCallersAnonymousOnesAndFailedAuthenticationPassUncounted() {
        PartnerRateLimitConfig config = config(true, 1);
        for (int i = 0; i < 5; i++) {
            call(config, Uni.createFrom().item(caller("yizhan-cli", "city-admin")));
            call(config, Uni.createFrom().item(QuarkusSecurityIdentity.builder().setAnonymous(true).build()));
            call(config, Uni.createFrom().failure(new AuthenticationFailedException("expired")));
        }
        assertEquals(0, counted("yizhan-cli", "allowed"));
    }

    @Test
    void switchedOffNothingIsLimited() {
        PartnerRateLimitConfig config = config(false, 1);
        for (int i = 0; i < 5; i++) {
            call(config, Uni.createFrom().item(caller("jt-express", "partner")));
        }
        assertEquals(0, counted("jt-express", "allowed"));
    }
}

package io.yizhan.common.auth;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import io.yizhan.common.testing.MovableClock;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** What the cache of verified tokens hands out, for how long, and what it refuses to keep. */
class VerifiedTokensTest {

    static final Instant T0 = Instant.parse("2026-12-07T09:00:00Z");
    static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ3b3JrZXIxIn0.c2lnbmF0dXJl";

    final MovableClock clock = new MovableClock();
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final VerifiedTokens tokens = new VerifiedTokens(true, 2, Duration.ofSeconds(60), clock, registry);

    VerifiedTokensTest() {
        clock.set(T0);
    }

    static RoutingContext request() {
        return (RoutingContext) Proxy.newProxyInstance(VerifiedTokensTest.class.getClassLoader(),
                new Class<?>[] {RoutingContext.class}, (proxy, method, args) -> method.getName().equals("hashCode")
                        ? System.identityHashCode(proxy) : method.getName().equals("equals") ? proxy == args[0] : null);
    }

    static SecurityIdentity verified(String user, Instant exp, RoutingContext request) {
        Principal principal = () -> user;
        return QuarkusSecurityIdentity.builder().setPrincipal(principal).addRole("worker")
                .addAttribute(VerifiedTokens.EXPIRE_TIME, exp.getEpochSecond())
                .addAttribute(RoutingContext.class.getName(), request).build();
    }

    double count(String result) {
        return registry.counter("yizhan.auth.token.cache", "result", result).count();
    }

    @Test
    void aVerifiedTokenIsFoundWithItsIdentityAndTheAskingRequestNotTheFirstOne() {
        RoutingContext first = request();
        RoutingContext second = request();
        tokens.remember(TOKEN, verified("worker1", T0.plusSeconds(300), first));

        SecurityIdentity found = tokens.find(TOKEN, second);

        assertThat(found.getPrincipal().getName()).isEqualTo("worker1");
        assertThat(found.getRoles()).containsExactly("worker");
        assertThat((Object) found.getAttribute(RoutingContext.class.getName())).isSameAs(second);
        assertThat(count("hit")).isEqualTo(1.0);
    }

    @Test
    void aTokenDifferingInOneCharacterIsAMiss() {
        tokens.remember(TOKEN, verified("worker1", T0.plusSeconds(300), request()));

        assertThat(tokens.find(TOKEN.substring(0, TOKEN.length() - 1) + "X", request())).isNull();
        assertThat(tokens.find(TOKEN + ".", request())).isNull();
        assertThat(count("miss")).isEqualTo(2.0);
        assertThat(count("hit")).isZero();
    }

    @Test
    void aTokenIsNotTrustedPastItsExpiry() {
        tokens.remember(TOKEN, verified("worker1", T0.plusSeconds(30), request()));

        clock.set(T0.plusSeconds(29));
        assertThat(tokens.find(TOKEN, request())).isNotNull();
        clock.set(T0.plusSeconds(30));
        assertThat(tokens.find(TOKEN, request())).isNull();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void aLongLivedTokenIsVerifiedAgainAfterTheMaximumAge() {
        tokens.remember(TOKEN, verified("worker1", T0.plusSeconds(3600), request()));

        clock.set(T0.plusSeconds(59));
        assertThat(tokens.find(TOKEN, request())).isNotNull();
        clock.set(T0.plusSeconds(61));    // the age counts from when it was kept, a few ms after T0 (the clock runs)
        assertThat(tokens.find(TOKEN, request())).isNull();
    }

    @Test
    void expiredTokensIdentitiesWithoutExpiryAndIdentitiesFromTheCacheAreNotKept() {
        tokens.remember("expired", verified("worker1", T0, request()));
        tokens.remember("no-exp", QuarkusSecurityIdentity.builder().setPrincipal(() -> "worker1").build());
        tokens.remember(TOKEN, verified("worker1", T0.plusSeconds(300), request()));
        tokens.remember("copied", tokens.find(TOKEN, request()));

        assertThat(tokens.size()).isEqualTo(1);
        assertThat(tokens.find("expired", request())).isNull();
        assertThat(tokens.find("no-exp", request())).isNull();
        assertThat(tokens.find("copied", request())).isNull();
    }

    @Test
    void aCacheTurnedOffKeepsAndFindsNothing() {
        VerifiedTokens off = new VerifiedTokens(false, 2, Duration.ofSeconds(60), clock, registry);
        off.remember(TOKEN, verified("worker1", T0.plusSeconds(300), request()));

        assertThat(off.size()).isZero();
        assertThat(off.find(TOKEN, request())).isNull();
    }

    @Test
    void aFullCacheKeepsNoNewTokenUntilItsEntriesHaveExpired() {
        tokens.remember("a", verified("a", T0.plusSeconds(10), request()));
        tokens.remember("b", verified("b", T0.plusSeconds(300), request()));
        tokens.remember("c", verified("c", T0.plusSeconds(300), request()));

        assertThat(tokens.find("c", request())).isNull();
        assertThat(count("full")).isEqualTo(1.0);

        clock.set(T0.plusSeconds(11));    // "a" expired: the next newcomer sweeps it out and takes its place
        tokens.remember("c", verified("c", T0.plusSeconds(300), request()));
        assertThat(tokens.size()).isEqualTo(2);
        assertThat(tokens.find("c", request()).getPrincipal().getName()).isEqualTo("c");
        assertThat(tokens.find("b", request()).getPrincipal().getName()).isEqualTo("b");
    }
}

package io.yizhan.common.ratelimit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.tenant.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Limits partner platforms the same way in every service: a request whose token has role
 * {@code partner} counts against its client ({@code azp}) in this instance's fixed window and is
 * refused with 429 and {@code Retry-After} beyond it. Other callers pass untouched. Counted in
 * Micrometer as {@code yizhan.ratelimit.requests{limiter="partner"}} and, per partner, as
 * {@code yizhan.partner.requests{partner=<client>,outcome=allowed|limited}}.
 *
 * <p>A token that does not authenticate is left to the endpoint's own check (401), not refused here.
 */
public class PartnerRateLimitFilter {

    public static final String LIMITER = "partner";
    public static final String PARTNER_METER = "yizhan.partner.requests";

    private final CurrentIdentityAssociation identities;
    private final PartnerRateLimitConfig config;
    private final RateLimiters limiters;
    private final MeterRegistry registry;

    public PartnerRateLimitFilter(CurrentIdentityAssociation identities, PartnerRateLimitConfig config, RateLimiters limiters,
                                  MeterRegistry registry) {
        this.identities = identities;
        this.config = config;
        this.limiters = limiters;
        this.registry = registry;
    }

    @ServerRequestFilter
    public Uni<Void> limit() {
        if (!config.enabled()) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity()
                .onFailure().recoverWithNull()
                .invoke(this::check)
                .replaceWithVoid();
    }

    private void check(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !identity.hasRole(Roles.PARTNER)
                || !(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getClaim("azp") == null) {
            return;
        }
        String client = jwt.getClaim("azp").toString();
        FixedWindowLimiter.Decision decision = limiters.fixedWindow(LIMITER, config.limit(), config.window()).acquire(client);
        Counter.builder(PARTNER_METER).description("Partner requests by client and rate-limit outcome")
                .tag("partner", client).tag("outcome", decision.allowed() ? "allowed" : "limited")
                .register(registry).increment();
        if (!decision.allowed()) {
            throw new RateLimitedException(decision.retryAfterSeconds());
        }
    }
}

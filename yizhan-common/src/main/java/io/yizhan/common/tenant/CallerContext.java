package io.yizhan.common.tenant;

import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Set;

/** The verified caller of the current request, from the token's subject, realm roles and tenant claim. */
@ApplicationScoped
public class CallerContext {

    static final String TENANT_CLAIM = "tenant";
    /** The inspection body (a code) of an {@code inspector}: a user attribute only an administrator sets. */
    public static final String INSPECTION_BODY_CLAIM = "inspection_body";

    private final SecurityIdentity identity;
    private final CurrentIdentityAssociation identities;

    public CallerContext(SecurityIdentity identity, CurrentIdentityAssociation identities) {
        this.identity = identity;
        this.identities = identities;
    }

    public Caller current() {
        return of(identity);
    }

    /**
     * The inspection body the token names, or null: read apart from {@link Caller} because only the
     * inspector role carries it, and never from a request body (a sheet cannot claim another body).
     */
    public String inspectionBody() {
        return identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim(INSPECTION_BODY_CLAIM) : null;
    }

    /**
     * The caller of an endpoint open to anonymous users ({@code @PermitAll}): authentication is not
     * proactive, so the token (if any) is verified here, reactively. A bad token is still a 401.
     */
    public Uni<Caller> resolve() {
        return identities.getDeferredIdentity().map(CallerContext::of);
    }

    /**
     * A claim as text, or null. smallrye-jwt's {@code getClaim} first looks a name up among the standard claims
     * with {@code Enum.valueOf}, which throws, stack trace and all, for each custom one: 1.5 % of locker-service's
     * CPU in a reservation burst (async-profiler, 2026-12-07). An OIDC token's own claims are a map.
     */
    static String claim(JsonWebToken jwt, String name) {
        if (jwt instanceof OidcJwtCallerPrincipal oidc) {
            Object value = oidc.getClaims().getClaimValue(name);
            return value == null ? null : value.toString();
        }
        return jwt.getClaim(name);
    }

    /** The caller an identity stands for; also for code that gets the identity itself (filters). */
    public static Caller of(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            return new Caller(null, null, null, Set.of(), null);
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            String subject = jwt.getSubject() != null ? jwt.getSubject() : jwt.getName();
            return new Caller(subject, claim(jwt, "preferred_username"), claim(jwt, "azp"),
                    Set.copyOf(identity.getRoles()), claim(jwt, TENANT_CLAIM));
        }
        return new Caller(identity.getPrincipal().getName(), identity.getPrincipal().getName(), null,
                Set.copyOf(identity.getRoles()), null);
    }
}

package io.yizhan.rating.rest;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.tenant.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Set;

/**
 * The caller of an endpoint open to anonymous users ({@code @PermitAll}): authentication is not
 * proactive, so the token (if any) is verified here, reactively. A bad token is still a 401.
 */
@ApplicationScoped
public class Callers {

    private final CurrentIdentityAssociation identities;

    public Callers(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    public Uni<Caller> resolve() {
        return identities.getDeferredIdentity().map(Callers::of);
    }

    static Caller of(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            return new Caller(null, null, null, Set.of(), null);
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            String subject = jwt.getSubject() != null ? jwt.getSubject() : jwt.getName();
            return new Caller(subject, jwt.getClaim("preferred_username"), jwt.getClaim("azp"),
                    Set.copyOf(identity.getRoles()), jwt.getClaim("tenant"));
        }
        return new Caller(identity.getPrincipal().getName(), identity.getPrincipal().getName(), null,
                Set.copyOf(identity.getRoles()), null);
    }
}

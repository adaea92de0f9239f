package io.yizhan.common.auth;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps the identity quarkus-oidc made from a bearer token in {@link VerifiedTokens}. First of the
 * augmentors, so the cache holds quarkus-oidc's identity as it was, and any later augmentor runs on a
 * cached identity exactly as on a fresh one.
 */
@ApplicationScoped
public class VerifiedTokenAugmentor implements SecurityIdentityAugmentor {

    private final VerifiedTokens tokens;
    private final boolean enabled;

    public VerifiedTokenAugmentor(VerifiedTokens tokens, TokenCacheConfig config) {
        this.tokens = tokens;
        this.enabled = config.enabled();
    }

    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (enabled && !identity.isAnonymous()) {
            AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
            if (token != null && !token.isOpaque()) {
                tokens.remember(token.getToken(), identity);
            }
        }
        return Uni.createFrom().item(identity);
    }
}

package io.yizhan.common.tenant;

import io.yizhan.common.problem.ProblemException;

import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, as the verified token says: subject, login name, OIDC client (for devices and
 * partners), realm roles and the {@code tenant} claim. Decides the tenant scope of every query, so
 * that no resource filters by hand.
 */
public record Caller(String subject, String username, String clientId, Set<String> roles, String tenant) {

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean isProvinceAdmin() {
        return has(Roles.PROVINCE_ADMIN);
    }

    /**
     * The tenant a query of this caller is confined to; empty means all tenants (province admin).
     * A tenant-bound caller without a valid {@code tenant} claim is refused, never widened to all.
     */
    public Optional<String> tenantScope() {
        if (isProvinceAdmin()) {
            return Optional.empty();
        }
        if (!Tenants.isCity(tenant)) {
            throw ProblemException.forbidden("令牌缺少所属城市 / Your token carries no city (tenant claim)");
        }
        return Optional.of(tenant);
    }

    /** Whether a row of {@code rowTenant} is inside this caller's scope. */
    public boolean sees(String rowTenant) {
        return tenantScope().map(own -> own.equals(rowTenant)).orElse(true);
    }

    /**
     * The tenant a new object of this caller belongs to: a city admin's own city (asking for another
     * is refused), or the city a province admin names.
     */
    public String tenantForWrite(String requested) {
        Optional<String> scope = tenantScope();
        if (scope.isPresent()) {
            if (requested != null && !requested.equals(scope.get())) {
                throw ProblemException.forbidden("只能在本市登记 / You may only act for your own city: " + scope.get());
            }
            return scope.get();
        }
        if (!Tenants.isCity(requested)) {
            throw ProblemException.badRequest("tenant",
                    "请指定城市，取值之一 / name the city, one of " + String.join(", ", Tenants.codes()));
        }
        return requested;
    }
}

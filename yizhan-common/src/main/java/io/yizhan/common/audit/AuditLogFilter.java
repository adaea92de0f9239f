package io.yizhan.common.audit;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.tenant.Caller;
import io.yizhan.common.tenant.CallerContext;
import io.yizhan.common.tenant.Roles;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records every successful write (POST, PUT, PATCH, DELETE answered 2xx) by an administrative role in
 * the service's {@code audit_log}, before the response leaves: the caller's token subject, roles and
 * city, the route template and the path called, the status and a request id (the client's
 * {@code X-Request-Id} if it is a plain token, else one made here; either is echoed in the response).
 * Workers, volunteers and devices act for themselves and are not recorded; refused and failed
 * requests changed nothing and are not recorded either.
 *
 * <p>The row is written after the change has committed, so a failure to write cannot undo it; such a
 * failure is logged as an error with everything the row would have held, and the response goes out.
 */
public class AuditLogFilter {

    public static final String REQUEST_ID = "X-Request-Id";
    static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    static final Set<String> AUDITED_ROLES = Set.of(Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN, Roles.STATION_MANAGER, Roles.RIGHTS_DESK,
            Roles.PARTNER, Roles.INSPECTOR);

    private static final Logger LOG = Logger.getLogger(AuditLogFilter.class);
    private static final Map<Method, String> ROUTES = new ConcurrentHashMap<>();

    private final CurrentIdentityAssociation identities;
    private final AuditLog log;

    public AuditLogFilter(CurrentIdentityAssociation identities, AuditLog log) {
        this.identities = identities;
        this.log = log;
    }

    @ServerResponseFilter
    public Uni<Void> record(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        if (!WRITES.contains(request.getMethod()) || response.getStatus() / 100 != 2 || resource == null
                || resource.getResourceMethod() == null) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity().onFailure().recoverWithNull().chain(identity -> {
            if (identity == null || identity.isAnonymous() || identity.getRoles().stream().noneMatch(AUDITED_ROLES::contains)) {
                return Uni.createFrom().voidItem();
            }
            Caller caller = CallerContext.of(identity);
            String requestId = requestId(request.getHeaderString(REQUEST_ID));
            response.getHeaders().putSingle(REQUEST_ID, requestId);
            String path = request.getUriInfo().getRequestUri().getRawPath();
            AuditEntry entry = log.entry(caller.subject() == null ? "" : caller.subject(),
                    List.copyOf(new java.util.TreeSet<>(caller.roles())), caller.tenant(), request.getMethod(), route(resource), path.length() > 1000 ? path.substring(0, 1000) : path,
                    response.getStatus(), requestId);
            return log.append(entry).onFailure().recoverWithItem(failure -> {
                LOG.errorf(failure, "audit log: could not record %s", entry);
                return null;
            });
        });
    }

    private static String requestId(String given) {
        return given != null && given.matches("[A-Za-z0-9._:-]{1,100}") ? given : UUID.randomUUID().toString();
    }

    /** The endpoint's template (class and method {@code @Path}), with any parameter regex left out. */
    static String route(ResourceInfo resource) {
        return ROUTES.computeIfAbsent(resource.getResourceMethod(), method -> {
            Path type = resource.getResourceClass().getAnnotation(Path.class);
            Path own = method.getAnnotation(Path.class);
            String joined = "/" + (type == null ? "" : type.value()) + "/" + (own == null ? "" : own.value());
            String route = joined.replaceAll("/+", "/").replaceAll("\\{\\s*([^}:\\s]+)\\s*:[^}]*}", "{$1}");
            return route.length() > 1 && route.endsWith("/") ? route.substring(0, route.length() - 1) : route;
        });
    }
}

package io.yizhan.common.event;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Retries a consumer's failed {@code Uni} (a database restart, a lock timeout, a serialization
 * failure between two consumers) with exponential backoff; only when the attempts are spent does the
 * failure reach the connector, which dead-letters the record. The {@code Uni} is subscribed afresh
 * each time, so the whole handling, transaction included, runs again; consumers are idempotent
 * (inbox, versioned replicas), so a retry after a commit whose acknowledgement was lost is harmless.
 */
@RetryTransient
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 100)
public class RetryTransientInterceptor {

    private final EventRetryConfig config;

    public RetryTransientInterceptor(EventRetryConfig config) {
        this.config = config;
    }

    @AroundInvoke
    Object retry(InvocationContext context) throws Exception {
        Object result = context.proceed();
        if (!(result instanceof Uni<?> uni)) {
            return result;
        }
        return config.retrying(uni, context.getMethod().getDeclaringClass().getSimpleName() + "." + context.getMethod().getName());
    }
}

package io.yizhan.common.event;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an {@code @Incoming} method returning {@code Uni}: a failure is retried with backoff
 * ({@code yizhan.events.retry.*}) before the connector's failure strategy (the dead-letter topic)
 * sees it; a {@link MalformedEventException} is not, since no retry can mend it.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RetryTransient {
}

package io.yizhan.common.event;

import io.quarkus.logging.Log;
import io.smallrye.config.ConfigMapping;
import io.smallrye.mutiny.Uni;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code yizhan.events.retry.*}: how a consumer retries a failure before the dead-letter topic. */
@ConfigMapping(prefix = "yizhan.events.retry")
public interface EventRetryConfig {

    /** Tries in all, the first included; 1 turns retrying off. */
    @WithDefault("5")
    int attempts();

    @WithDefault("200ms")
    Duration initialBackoff();

    @WithDefault("10s")
    Duration maxBackoff();

    /**
     * {@code work} resubscribed with exponential backoff after a transient failure, until the attempts
     * are spent; for a consumer that handles a whole poll itself and cannot leave retrying to the
     * connector. {@code where} names it in the log.
     */
    default <T> Uni<T> retrying(Uni<T> work, String where) {
        if (attempts() <= 1) {
            return work;
        }
        return work.onFailure(EventRetryConfig::transientFailure)
                .invoke(e -> Log.warnf("%s failed (%s); retrying with backoff", where, e.toString()))
                .onFailure(EventRetryConfig::transientFailure)
                .retry().withBackOff(initialBackoff(), maxBackoff()).atMost(attempts() - 1L);
    }

    /** Worth another try: anything but a record no retry can mend. */
    static boolean transientFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MalformedEventException) {
                return false;
            }
        }
        return true;
    }
}

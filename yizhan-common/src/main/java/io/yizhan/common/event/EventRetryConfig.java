package io.yizhan.common.event;

import io.smallrye.config.ConfigMapping;
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

package io.yizhan.partner.notify.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.LocalTime;

/** Notification settings (ADR 0014), with the defaults a deployment uses unless it says otherwise. */
@ConfigMapping(prefix = "yizhan.notify")
public interface NotifyConfig {

    /**
     * Quiet hours start, station time: from here until {@link #quietEnd()} only urgent messages show or
     * text. The same time for both means no quiet hours.
     */
    @WithDefault("22:00")
    LocalTime quietStart();

    @WithDefault("07:00")
    LocalTime quietEnd();

    /**
     * How long one live stream stays open. Access tokens live 300 s, so a stream must end before the
     * token it was opened with would be refused; the page then reconnects with a fresh one.
     */
    @WithDefault("4m")
    Duration streamMaxDuration();

    /** Text messages one gateway run hands over at most. */
    @WithDefault("50")
    int smsBatchSize();
}

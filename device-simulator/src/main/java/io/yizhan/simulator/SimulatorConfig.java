package io.yizhan.simulator;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code yizhan.simulator.*}: where the broker is, whose devices to play, and how faulty they are. */
@ConfigMapping(prefix = "yizhan.simulator")
public interface SimulatorConfig {

    /** {@code YIZHAN_SIMULATOR=off} switches it off (./platform then does not start it at all). */
    @WithDefault("on")
    String mode();

    @WithDefault("127.0.0.1")
    String mqttHost();

    @WithDefault("18830")
    int mqttPort();

    /** One file per device identity, named after it and holding its password (./platform's .platform/mosquitto/secrets). */
    String deviceFolder();

    /**
     * Only identities starting with this are played: the demo lockers ({@code demo-locker-…}) and the spare
     * devices a person binds to a locker they register in the console ({@code demo-spare-…}); not device-demo.
     */
    @WithDefault("demo-")
    String devicePrefix();

    /** Share of openings that fail: the compartment door is jammed. */
    @WithDefault("0.03")
    double jamRate();

    /** Share of commands during which the device loses its connection before answering. */
    @WithDefault("0.02")
    double offlineRate();

    /** A door takes this long at least to open and report, and at most {@link #slowest()}. */
    @WithDefault("PT0.8S")
    Duration fastest();

    @WithDefault("PT4S")
    Duration slowest();

    /** How long a device stays away after losing its connection. */
    @WithDefault("PT45S")
    Duration outage();

    /** How often a device says it is alive (locker-service marks a locker silent for 3 min offline). */
    @WithDefault("PT60S")
    Duration aliveEvery();
}

package io.yizhan.locker.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * {@code yizhan.device.*}: how long commands to lockers stay valid (ADR 0012). The broker's address and
 * this service's own credentials are the MQTT connector's settings ({@code mp.messaging.connector.smallrye-mqtt.*}).
 */
@ConfigMapping(prefix = "yizhan.device")
public interface DeviceChannelConfig {

    /**
     * An open command (for a reservation, or an admin's remote open) is valid this long: the worker is
     * standing at the locker, so a door that opens much later would open for nobody.
     */
    @WithDefault("PT2M")
    Duration openTtl();

    /** A set-config command waits this long for a device that is away. */
    @WithDefault("PT24H")
    Duration configTtl();

    /** Topic prefix; a device's topics are {@code <prefix>/<its client id>/{commands,acks,stock,status}}. */
    @WithDefault("yizhan/lockers")
    String topicPrefix();
}

package io.yizhan.locker.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code yizhan.locker.*}: device liveness, reservation lifetime, compartment defaults. */
@ConfigMapping(prefix = "yizhan.locker")
public interface LockerConfig {

    /** A locker without a heartbeat for this long is marked offline. */
    @WithDefault("PT3M")
    Duration offlineAfter();

    /** How long a reservation's pickup code stays valid. */
    @WithDefault("PT2H")
    Duration reservationTtl();

    /** A worker who has not collected a reservation is told this long before its code expires, once. */
    @WithDefault("PT30M")
    Duration reservationWarnBefore();

    /**
     * A dispense opened by a code but neither confirmed nor failed after this long is closed as FAILED
     * and its unit released (the device went silent mid-dispense); a later confirm gets 409.
     */
    @WithDefault("PT10M")
    Duration openingTimeout();

    /** Compartments of a new locker when the request names none. */
    @WithDefault("18")
    int defaultCompartments();

    /** Largest quantity one restock line may put into a compartment. */
    @WithDefault("200")
    int maxCompartmentQuantity();
}

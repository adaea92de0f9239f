package io.yizhan.station.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code yizhan.demo.*}: the demo province for the local stack (./platform up turns it on). */
@ConfigMapping(prefix = "yizhan.demo")
public interface DemoConfig {

    /** Load the Fujian demo stations at start-up when the station table is empty (env YIZHAN_DEMO_LOAD_STATIONS). */
    @WithDefault("false")
    boolean loadStations();

    /** Seed of the generator: the same seed gives the same stations, ids included. */
    @WithDefault("20260501")
    long seed();

    /** Write the week before the load with it (door entries, DemoDoorHistory, ADR 0017; env YIZHAN_DEMO_HISTORY). */
    @WithDefault("false")
    boolean loadHistory();

    /** Days of door entries before the load at the 24-hour stations (DemoDoorHistory, ADR 0017); 0 = none. */
    @WithDefault("7")
    int historyDays();
}

package io.yizhan.locker.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code yizhan.demo.lockers.*}: the demo province's lockers, loaded by the local stack only. */
@ConfigMapping(prefix = "yizhan.demo.lockers")
public interface DemoLockerConfig {

    /** Load them at all ({@code YIZHAN_DEMO_LOAD_LOCKERS}; ./platform sets it, production never). */
    @WithDefault("false")
    boolean load();

    /** Lockers in Fuzhou (the article's 39). */
    @WithDefault("39")
    int fuzhou();

    /** Lockers in each other city. */
    @WithDefault("3")
    int otherCities();

    /** Weeks of restocks already done, so "value stocked per month" has figures on the first day. */
    @WithDefault("4")
    int historyWeeks();
}

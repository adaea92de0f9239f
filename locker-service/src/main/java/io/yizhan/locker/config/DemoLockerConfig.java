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

    /** Give the demo lockers their past week ({@code YIZHAN_DEMO_HISTORY}; ./platform sets it, tests and production never). */
    @WithDefault("false")
    boolean history();

    /**
     * Days of reservations and pickups before the load (issue 21): the dashboards, the statistics and the
     * evaluation then show figures the first time someone opens them. 0 = none.
     */
    @WithDefault("7")
    int historyDays();

    /** Reservations a day at a Fuzhou demo locker, at most (at least half of it); the article's busiest city. */
    @WithDefault("9")
    int fuzhouReservationsPerDay();

    /** Reservations a day at another city's demo locker, at most. */
    @WithDefault("3")
    int otherReservationsPerDay();

    /** Seed of the history, so the same locker gets the same week on every machine (shifted to the load's moment). */
    @WithDefault("20260501")
    long seed();
}

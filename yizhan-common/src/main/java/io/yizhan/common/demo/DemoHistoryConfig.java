package io.yizhan.common.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code yizhan.demo.history.*}: the demo province's past week (issue 21, ADR 0017), written by the local
 * stack only ({@code YIZHAN_DEMO_HISTORY}, which ./platform sets beside the demo stations and lockers). The
 * services that write one of a station's kind of history (ratings, duty shifts) set their shares.
 */
@ConfigMapping(prefix = "yizhan.demo.history")
public interface DemoHistoryConfig {

    /** Write it at all; production never does. */
    @WithDefault("false")
    boolean load();

    /** Days before the load that the history falls on. */
    @WithDefault("7")
    int days();

    /** Seed of the draw, so a station gets the same history on every machine (shifted to the load's moment). */
    @WithDefault("20260501")
    long seed();

    /** Per cent of Fuzhou's serving stations given a history (the demo users' city, so its screens are full). */
    @WithDefault("10")
    int fuzhouPercent();

    /** Per cent of another city's serving stations given a history. */
    @WithDefault("1")
    int otherPercent();
}

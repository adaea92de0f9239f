package io.yizhan.rating.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code yizhan.demo.history.*}: the demo province's past week of ratings (issue 21), written by the local
 * stack only ({@code YIZHAN_DEMO_HISTORY}, which ./platform sets beside the demo stations and lockers).
 */
@ConfigMapping(prefix = "yizhan.demo.history")
public interface DemoHistoryConfig {

    /** Write it at all; production never does. */
    @WithDefault("false")
    boolean load();

    /** Days before the load that the ratings fall on. */
    @WithDefault("7")
    int days();

    /** Seed of the draw, so a station gets the same ratings on every machine (shifted to the load's moment). */
    @WithDefault("20260501")
    long seed();

    /** Per cent of Fuzhou's serving stations rated in the week (the demo users' city, so its screens are full). */
    @WithDefault("30")
    int fuzhouPercent();

    /** Per cent of another city's serving stations rated in the week. */
    @WithDefault("5")
    int otherPercent();

    /** Per cent of the rated stations that a dozen workers rate low: what the evaluation should find. */
    @WithDefault("2")
    int lowPercent();
}

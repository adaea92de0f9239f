package io.yizhan.partner.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;

/** Webhook delivery and registry settings, with the defaults a deployment uses unless it says otherwise. */
@ConfigMapping(prefix = "yizhan.partner")
public interface PartnerConfig {

    /** Register the realm's demo partner {@code partner-demo} at start-up (local stack only). */
    @WithDefault("false")
    boolean seedDemo();

    /** Webhook subscriptions one partner may hold at once (a 409 beyond), so no partner multiplies our deliveries. */
    @WithDefault("20")
    int maxSubscriptions();

    Webhooks webhooks();

    interface Webhooks {

        /**
         * Waits before each retry: the n-th failed attempt is retried after the n-th entry; after the
         * last entry the delivery is given up.
         */
        @WithDefault("30s,2m,10m,1h,6h,12h")
        List<Duration> retrySchedule();

        /** A subscription whose deliveries have failed for this long without one success is suspended. */
        @WithDefault("24h")
        Duration suspendAfter();

        /** Deliveries one worker run sends at most. */
        @WithDefault("50")
        int batchSize();

        /**
         * Deliveries of one partner a worker run takes at most; the run takes every partner's first
         * due delivery before anyone's second, so one partner's backlog never starves the others.
         */
        @WithDefault("10")
        int perPartnerPerRun();

        /** TCP connect timeout towards a partner. */
        @WithDefault("5s")
        Duration connectTimeout();

        /** Whole-request timeout towards a partner: a slow partner never holds a delivery longer. */
        @WithDefault("10s")
        Duration requestTimeout();

        /** Allow webhook URLs on loopback, private, link-local or unique-local addresses (local runs only). */
        @WithDefault("false")
        boolean allowPrivateTargets();
    }
}

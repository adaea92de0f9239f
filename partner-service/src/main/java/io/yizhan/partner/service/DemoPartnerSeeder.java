package io.yizhan.partner.service;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.yizhan.partner.config.PartnerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Registers the demo realm's {@code partner-demo} client at start-up when {@code yizhan.partner.seed-demo}
 * is on (dev profile and ./platform), so the local stack's partner token works without a registration step.
 */
@ApplicationScoped
public class DemoPartnerSeeder {

    static final String DEMO_CLIENT = "partner-demo";

    void onStart(@Observes StartupEvent event, PartnerConfig config, PartnerService partners) throws Throwable {
        if (!config.seedDemo()) {
            return;
        }
        boolean created = VertxContextSupport.subscribeAndAwait(() -> partners.ensureRegistered(DEMO_CLIENT, "演示合作平台 / Demo partner"));
        Log.infof("demo partner %s %s", DEMO_CLIENT, created ? "registered" : "already registered");
    }
}

package io.yizhan.common.it;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import io.yizhan.common.outbox.PendingEvent;
import io.yizhan.common.outbox.OutboxRepository;
import jakarta.inject.Inject;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.query.internal.QueryInterpretationCacheDisabledImpl;
import org.hibernate.query.spi.QueryInterpretationCache;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hibernate's query-plan cache never finds a native select of ours: each execution stored one more plan
 * under the same hash until the cache held 2,048 of them, and every lookup compared the SQL with all of
 * that statement's plans (ADR 0020). The services run with the cache off; these tests hold them to it.
 * A cache of size 0 is not off (Quarkus's Caffeine stores each plan and evicts it later), so the first
 * test asks for Hibernate's no-cache implementation itself.
 */
@QuarkusTest
@TestProfile(CommonTestProfile.class)
class QueryPlanCacheTest {

    @Inject
    Mutiny.SessionFactory sessionFactory;

    @Inject
    OutboxRepository outbox;

    /** The cache behind the reactive session factory (the ORM one it wraps). */
    QueryInterpretationCache interpretations() {
        var orm = (SessionFactoryImplementor) ((org.hibernate.Cache) sessionFactory.getCache()).getSessionFactory();
        return orm.getQueryEngine().getInterpretationCache();
    }

    @Test
    void theSessionFactoryRunsHibernatesNoCacheImplementation() {
        assertThat(interpretations()).isInstanceOf(QueryInterpretationCacheDisabledImpl.class);
    }

    @Test
    void theRelaysNativeSelectRunTwentyTimesLeavesNoPlanBehind() throws Throwable {
        QueryInterpretationCache cache = interpretations();
        int before = cache.getNumberOfCachedQueryPlans();

        for (int i = 0; i < 20; i++) {
            List<PendingEvent> rows = VertxContextSupport.subscribeAndAwait(
                    () -> Panache.withTransaction(() -> outbox.lockUnpublished(5)));
            assertThat(rows).hasSizeLessThanOrEqualTo(5);
        }

        assertThat(cache.getNumberOfCachedQueryPlans()).isEqualTo(before);
    }

    @Test
    void aNativeSelectStillAnswersWithTheCacheOff() throws Throwable {
        Object answer = VertxContextSupport.subscribeAndAwait(() -> sessionFactory.withSession(s -> s
                .createNativeQuery("SELECT CAST(:a AS int) + CAST(:b AS int)", Integer.class)
                .setParameter("a", 40).setParameter("b", 2).getSingleResult()));

        assertThat(answer).isEqualTo(42);
        assertThat(interpretations().getNumberOfCachedQueryPlans()).isZero();
        assertThat(interpretations().getNumberOfCachedHqlInterpretations()).isZero();
    }
}

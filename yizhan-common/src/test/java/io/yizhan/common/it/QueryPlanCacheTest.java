package io.yizhan.common.it;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.query.internal.QueryInterpretationCacheDisabledImpl;
import org.hibernate.query.spi.QueryInterpretationCache;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hibernate's query-plan cache never finds a native select of ours: each execution stored one more plan
 * under the same hash until the cache held 2,048 of them, and every lookup compared the SQL with all of
 * that statement's plans (ADR 0020). The services run with the cache off; these tests hold them to it.
 * A cache of size 0 is not off (Quarkus's Caffeine stores each plan and evicts it later), so the test
 * asks for Hibernate's no-cache implementation itself; counting plans after a few runs cannot tell the
 * two apart (the no-cache implementation always answers 0, the empty cache nearly always).
 */
@QuarkusTest
@TestProfile(CommonTestProfile.class)
class QueryPlanCacheTest {

    @Inject
    Mutiny.SessionFactory sessionFactory;

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
    void aNativeSelectStillAnswersWithTheCacheOff() throws Throwable {
        Object answer = VertxContextSupport.subscribeAndAwait(() -> sessionFactory.withSession(s -> s
                .createNativeQuery("SELECT CAST(:a AS int) + CAST(:b AS int)", Integer.class)
                .setParameter("a", 40).setParameter("b", 2).getSingleResult()));

        assertThat(answer).isEqualTo(42);
        assertThat(interpretations().getNumberOfCachedQueryPlans()).isZero();
        assertThat(interpretations().getNumberOfCachedHqlInterpretations()).isZero();
    }
}

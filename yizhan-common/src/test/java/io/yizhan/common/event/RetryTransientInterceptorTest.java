package io.yizhan.common.event;

import io.smallrye.mutiny.Uni;
import jakarta.interceptor.InvocationContext;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryTransientInterceptorTest {

    static final EventRetryConfig CONFIG = new EventRetryConfig() {
        public int attempts() {
            return 4;
        }

        public Duration initialBackoff() {
            return Duration.ofMillis(10);
        }

        public Duration maxBackoff() {
            return Duration.ofMillis(50);
        }
    };

    /** A consumer method whose Uni fails the first {@code failures} times it is subscribed. */
    static InvocationContext consumer(AtomicInteger subscriptions, int failures, Supplier<RuntimeException> failure) throws Exception {
        Method method = RetryTransientInterceptorTest.class.getDeclaredMethod("consume");
        Uni<String> uni = Uni.createFrom().item(() -> {
            if (subscriptions.incrementAndGet() <= failures) {
                throw failure.get();
            }
            return "done";
        });
        return new InvocationContext() {
            public Object getTarget() { return null; }
            public Object getTimer() { return null; }
            public Method getMethod() { return method; }
            public Constructor<?> getConstructor() { return null; }
            public Object[] getParameters() { return new Object[0]; }
            public void setParameters(Object[] params) { }
            public Map<String, Object> getContextData() { return Map.of(); }
            public Object proceed() { return uni; }
        };
    }

    @SuppressWarnings("unused")
    void consume() {
    }

    @SuppressWarnings("unchecked")
    static Uni<String> intercept(InvocationContext context) throws Exception {
        return (Uni<String>) new RetryTransientInterceptor(CONFIG).retry(context);
    }

    @Test
    void aTransientFailureIsRetriedWithBackoffBeforeItReachesTheDeadLetterTopic() throws Exception {
        AtomicInteger subscriptions = new AtomicInteger();
        Uni<String> uni = intercept(consumer(subscriptions, 2, () -> new IllegalStateException("connection reset")));
        assertThat(uni.await().atMost(Duration.ofSeconds(5))).isEqualTo("done");
        assertThat(subscriptions.get()).isEqualTo(3);
    }

    @Test
    void aFailureThatOutlastsTheAttemptsIsPassedOn() throws Exception {
        AtomicInteger subscriptions = new AtomicInteger();
        Uni<String> uni = intercept(consumer(subscriptions, 100, () -> new IllegalStateException("database down")));
        assertThatThrownBy(() -> uni.await().atMost(Duration.ofSeconds(5))).hasMessageContaining("database down");
        assertThat(subscriptions.get()).isEqualTo(4);
    }

    @Test
    void aMalformedRecordGoesStraightToTheDeadLetterTopic() throws Exception {
        AtomicInteger subscriptions = new AtomicInteger();
        Uni<String> uni = intercept(consumer(subscriptions, 100, () -> new MalformedEventException("not JSON")));
        assertThatThrownBy(() -> uni.await().atMost(Duration.ofSeconds(5))).isInstanceOf(MalformedEventException.class);
        assertThat(subscriptions.get()).isEqualTo(1);
    }
}

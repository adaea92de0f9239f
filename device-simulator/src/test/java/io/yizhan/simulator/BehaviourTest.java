package io.yizhan.simulator;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class BehaviourTest {

    /** The defaults of SimulatorConfig, with the fault rates a test chooses. */
    static SimulatorConfig config(double jam, double offline) {
        return new SimulatorConfig() {
            public String mode() { return "on"; }
            public String mqttHost() { return "127.0.0.1"; }
            public int mqttPort() { return 18830; }
            public String deviceFolder() { return "."; }
            public String devicePrefix() { return "demo-locker-"; }
            public double jamRate() { return jam; }
            public double offlineRate() { return offline; }
            public Duration fastest() { return Duration.ofMillis(800); }
            public Duration slowest() { return Duration.ofSeconds(4); }
            public Duration outage() { return Duration.ofSeconds(45); }
            public Duration aliveEvery() { return Duration.ofSeconds(60); }
        };
    }

    static final Instant NOW = Instant.parse("2026-12-05T04:00:00Z");
    static final OffsetDateTime LATER = OffsetDateTime.ofInstant(NOW.plusSeconds(120), ZoneOffset.ofHours(8));

    @Test
    void aCommandIsCarriedOutOnceAndARepeatGetsTheSameAnswer() {
        Behaviour b = new Behaviour(config(0, 0), new Random(1));
        String id = UUID.randomUUID().toString();
        Behaviour.Decision first = b.decide(id, "OPEN", LATER, NOW);
        assertThat(first.outcome()).isEqualTo("OPENED");
        assertThat(first.delay()).isBetween(Duration.ofMillis(800), Duration.ofSeconds(4));
        Behaviour.Decision again = b.decide(id, "OPEN", LATER, NOW);
        assertThat(again.repeat()).isTrue();
        assertThat(again.outcome()).isEqualTo("OPENED");
    }

    @Test
    void aStaleCommandIsRefusedAndSettingsAreApplied() {
        Behaviour b = new Behaviour(config(0, 0), new Random(2));
        assertThat(b.decide("late", "OPEN", OffsetDateTime.ofInstant(NOW.minusSeconds(1), ZoneOffset.UTC), NOW).outcome())
                .isEqualTo("EXPIRED");
        assertThat(b.decide("cfg", "SET_CONFIG", LATER, NOW).outcome()).isEqualTo("APPLIED");
    }

    @Test
    void faultsComeAtAboutTheirConfiguredRates() {
        Behaviour b = new Behaviour(config(0.1, 0.05), new Random(3));
        int jammed = 0;
        int dropped = 0;
        for (int i = 0; i < 10_000; i++) {
            Behaviour.Decision d = b.decide("c" + i, "OPEN", LATER, NOW);
            jammed += "FAILED".equals(d.outcome()) ? 1 : 0;
            dropped += d.dropFirst() ? 1 : 0;
        }
        assertThat(jammed).isBetween(850, 1150);
        assertThat(dropped).isBetween(400, 600);
    }
}

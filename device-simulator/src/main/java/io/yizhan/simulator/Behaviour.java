package io.yizhan.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one simulated locker does with a command, as a real controller would: a command id it has
 * already carried out is answered again with the same outcome and never carried out twice; a command
 * past its expiry is refused (EXPIRED); otherwise, after a realistic delay, the door opens (OPENED), is
 * jammed (FAILED), or the device loses its connection first and answers when it is back (a late answer).
 */
public final class Behaviour {

    /** What to do: answer {@code outcome} after {@code delay}; {@code dropFirst} = lose the connection before answering. */
    public record Decision(String outcome, String reason, Duration delay, boolean dropFirst, boolean repeat) {
    }

    private final SimulatorConfig config;
    private final Random random;
    private final Map<String, String> done = new ConcurrentHashMap<>();

    public Behaviour(SimulatorConfig config, Random random) {
        this.config = config;
        this.random = random;
    }

    public Decision decide(String id, String type, OffsetDateTime expiresAt, Instant now) {
        String before = done.get(id);
        if (before != null) {
            return new Decision(before, null, Duration.ZERO, false, true);
        }
        if (expiresAt != null && !expiresAt.toInstant().isAfter(now)) {
            done.put(id, "EXPIRED");
            return new Decision("EXPIRED", "指令已过期 / command arrived after its expiry", Duration.ZERO, false, false);
        }
        long span = Math.max(0, config.slowest().toMillis() - config.fastest().toMillis());
        Duration delay = config.fastest().plusMillis(span == 0 ? 0 : (long) (random.nextDouble() * span));
        if ("SET_CONFIG".equals(type)) {
            done.put(id, "APPLIED");
            return new Decision("APPLIED", null, delay, false, false);
        }
        boolean drop = random.nextDouble() < config.offlineRate();
        if (random.nextDouble() < config.jamRate()) {
            done.put(id, "FAILED");
            return new Decision("FAILED", "格口门卡住 / compartment door jammed", delay, drop, false);
        }
        done.put(id, "OPENED");
        return new Decision("OPENED", null, delay, drop, false);
    }
}

package io.yizhan.simulator;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.vertx.core.Vertx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The demo's lockers as devices (issue 21): a process of its own that ./platform up starts beside the
 * services (YIZHAN_SIMULATOR=off leaves it out). Each device identity in the secrets folder whose name
 * starts with the demo prefix becomes one {@link SimulatedLocker}.
 */
@QuarkusMain
public class DeviceSimulator implements QuarkusApplication {

    private final Vertx vertx;
    private final SimulatorConfig config;

    public DeviceSimulator(Vertx vertx, SimulatorConfig config) {
        this.vertx = vertx;
        this.config = config;
    }

    @Override
    public int run(String... args) throws IOException {
        if ("off".equalsIgnoreCase(config.mode())) {
            Log.info("device simulator switched off (YIZHAN_SIMULATOR=off)");
            return 0;
        }
        List<Path> devices;
        try (Stream<Path> files = Files.list(Path.of(config.deviceFolder()))) {
            devices = files.filter(f -> f.getFileName().toString().startsWith(config.devicePrefix())).sorted().toList();
        }
        Behaviour behaviour = new Behaviour(config, new Random());
        for (Path device : devices) {
            new SimulatedLocker(vertx, device.getFileName().toString(), Files.readString(device).strip(), config, behaviour).start();
        }
        Log.infof("device simulator: %d lockers on mqtt://%s:%d (jammed %.0f%%, offline %.0f%% of commands)", devices.size(),
                config.mqttHost(), config.mqttPort(), config.jamRate() * 100, config.offlineRate() * 100);
        Quarkus.waitForExit();
        return 0;
    }
}

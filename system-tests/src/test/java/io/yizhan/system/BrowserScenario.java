package io.yizhan.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

/**
 * One scenario of portal/src/main/webapp/e2e/portal.e2e.mjs (playwright-core driving Debian's Chromium)
 * against a stack's portal; its output goes to system-tests/target/e2e-SCENARIO.log and its screenshots
 * to system-tests/target/screenshots.
 */
final class BrowserScenario {

    private BrowserScenario() {
    }

    static Path screenshots(PlatformStack stack) throws Exception {
        return Files.createDirectories(stack.root.resolve("system-tests/target/screenshots"));
    }

    static void run(PlatformStack stack, String scenario, Map<String, String> env) throws Exception {
        start(stack, scenario, env).finish();
    }

    /**
     * A scenario left running, for a test that acts while the page is open: {@link Running#awaitOutput}
     * waits for a line the scenario prints when it is ready, {@link Running#finish} for its end.
     */
    static Running start(PlatformStack stack, String scenario, Map<String, String> env) throws Exception {
        Path webapp = stack.root.resolve("portal/src/main/webapp");
        assertThat(webapp.resolve("node_modules/playwright-core")).as("npm ci ran in the portal build").exists();
        Path log = stack.root.resolve("system-tests/target/e2e-" + scenario + ".log");
        ProcessBuilder builder = new ProcessBuilder("node", "e2e/portal.e2e.mjs", scenario)
                .directory(webapp.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> all = new HashMap<>(env);
        all.put("PORTAL_URL", stack.portalUrl());
        all.put("SCREENSHOT_DIR", screenshots(stack).toString());
        builder.environment().putAll(all);
        return new Running(scenario, builder.start(), log);
    }

    record Running(String scenario, Process process, Path log) {

        /** Waits until the scenario printed {@code line}; fails at once if it ended without. */
        void awaitOutput(String line) throws Exception {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() -> {
                boolean printed = Files.readString(log).contains(line);
                if (!printed && !process.isAlive()) {
                    fail("browser scenario " + scenario + " ended before printing " + line + ":\n" + Files.readString(log));
                }
                return printed;
            });
        }

        void finish() throws Exception {
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("browser scenario " + scenario + " did not finish in 180 s; see " + log);
            }
            String output = Files.readString(log);
            assertThat(process.exitValue()).as("browser scenario %s:\n%s", scenario, output).isZero();
        }
    }
}

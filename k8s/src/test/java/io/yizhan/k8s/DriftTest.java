package io.yizhan.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What k8s/sync.sh copies must equal what the build generates: the services' manifests
 * (quarkus-kubernetes, byte for byte) and the realm import (k8s/realm-import.sh, as JSON).
 * In the reactor the services are packaged before this module; run alone, a missing target/ is skipped.
 */
class DriftTest {

    static List<String> services() {
        return Manifests.SERVICES;
    }

    @ParameterizedTest
    @MethodSource("services")
    void committedManifestMatchesGenerated(String service) throws IOException {
        Path generated = Manifests.root().resolve(service).resolve("target/kubernetes/kubernetes.yml");
        Assumptions.assumeTrue(Files.exists(generated),
                () -> "SKIPPED drift check: " + generated + " is missing; package " + service + " first (./mvnw -pl " + service + " -am package)");
        Path committed = Manifests.k8s().resolve("base").resolve(service).resolve("kubernetes.yml");
        assertThat(drift(Files.readString(committed), Files.readString(generated)))
                .as(committed + " differs from " + generated + ": run k8s/sync.sh and commit").isNull();
    }

    @Test
    void committedRealmImportMatchesTheLocalRealm() throws Exception {
        Path script = Manifests.k8s().resolve("realm-import.sh");
        Process p = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        JsonNode derived = Manifests.JSON.readTree(out);
        JsonNode committed = Manifests.JSON.readTree(Files.readString(Manifests.k8s().resolve("base/keycloak/realm-import.yml")));
        assertThat(committed).as("k8s/base/keycloak/realm-import.yml is stale: run k8s/sync.sh and commit").isEqualTo(derived);
    }

    @Test
    void driftIsDetected() {
        String a = "kind: Deployment\nspec:\n  replicas: 1\n";
        assertThat(drift(a, a)).isNull();
        assertThat(drift(a, a.replace("1", "2"))).isEqualTo("line 3: committed '  replicas: 1', generated '  replicas: 2'");
        assertThat(drift(a, a + "extra: x\n")).startsWith("line 4");
    }

    /** Null when equal, else the first differing line. */
    static String drift(String committed, String generated) {
        List<String> c = committed.lines().toList();
        List<String> g = generated.lines().toList();
        for (int i = 0; i < Math.max(c.size(), g.size()); i++) {
            String cl = i < c.size() ? c.get(i) : "<end>";
            String gl = i < g.size() ? g.get(i) : "<end>";
            if (!cl.equals(gl)) {
                return "line " + (i + 1) + ": committed '" + cl + "', generated '" + gl + "'";
            }
        }
        return null;
    }
}

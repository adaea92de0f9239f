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
 * (quarkus-kubernetes, compared as YAML documents) and the realm import (k8s/realm-import.sh, as JSON).
 * In the reactor the services are packaged before this module; run alone, a missing target/ is skipped.
 */
class DriftTest {

    static List<String> services() {
        return Manifests.GENERATED;
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
        String a = "kind: Deployment\nmetadata:\n  labels: {a: x, b: y}\nspec:\n  replicas: 1\n";
        assertThat(drift(a, a)).isNull();
        assertThat(drift(a, a.replace("{a: x, b: y}", "{b: y, a: x}"))).as("key order is not drift").isNull();
        assertThat(drift(a, a.replace("replicas: 1", "replicas: 2"))).isEqualTo("document 1 /spec/replicas: committed 1, generated 2");
        assertThat(drift(a, a + "---\nkind: Service\n")).isEqualTo("committed has 1 documents, generated 2");
        String ports = "kind: Deployment\nspec:\n  ports:\n  - {name: http, containerPort: 8081}\n  - {name: management, containerPort: 9000}\n";
        String swapped = "kind: Deployment\nspec:\n  ports:\n  - {name: management, containerPort: 9000}\n  - {name: http, containerPort: 8081}\n";
        assertThat(drift(ports, swapped))
                .as("the order of named items is not drift").isNull();
        assertThat(drift(ports, ports.replace("9000", "9001"))).isEqualTo("document 1 /spec/ports/1/containerPort: committed 9000, generated 9001");
        String args = "kind: Deployment\nspec:\n  args: [a, b]\n";
        assertThat(drift(args, args.replace("[a, b]", "[b, a]"))).as("unnamed lists keep their order").isNotNull();
        assertThat(drift(a, a.replace("b: y", "b: y, c: z"))).isEqualTo("document 1 /metadata/labels/c: committed <absent>, generated \"z\"");
    }

    /**
     * Null when both hold the same YAML documents, else where they first differ. Key order is ignored
     * (quarkus-kubernetes does not keep label order stable from one build to the next); list order counts.
     */
    static String drift(String committed, String generated) {
        List<JsonNode> c = Manifests.parseAll(committed);
        List<JsonNode> g = Manifests.parseAll(generated);
        if (c.size() != g.size()) {
            return "committed has " + c.size() + " documents, generated " + g.size();
        }
        for (int i = 0; i < c.size(); i++) {
            String d = firstDifference(c.get(i), g.get(i), "");
            if (d != null) {
                return "document " + (i + 1) + " " + d;
            }
        }
        return null;
    }

    /**
     * A list whose items all carry a name (containers, ports, env, volumes) is a map keyed by name to
     * Kubernetes, and quarkus-kubernetes does not keep its order stable either (the http and management
     * ports swap between builds): such lists are compared in name order. Other lists keep their order.
     */
    private static List<JsonNode> byName(JsonNode array) {
        List<JsonNode> items = new java.util.ArrayList<>();
        array.forEach(items::add);
        if (!items.isEmpty() && items.stream().allMatch(n -> n.isObject() && n.path("name").isTextual())) {
            items.sort(java.util.Comparator.comparing((JsonNode n) -> n.path("name").asText()));
        }
        return items;
    }

    private static String firstDifference(JsonNode c, JsonNode g, String path) {
        if (c != null && g != null && c.isObject() && g.isObject()) {
            java.util.Set<String> names = new java.util.TreeSet<>();
            c.fieldNames().forEachRemaining(names::add);
            g.fieldNames().forEachRemaining(names::add);
            for (String n : names) {
                String d = firstDifference(c.get(n), g.get(n), path + "/" + n);
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (c != null && g != null && c.isArray() && g.isArray() && c.size() == g.size()) {
            List<JsonNode> cs = byName(c);
            List<JsonNode> gs = byName(g);
            for (int i = 0; i < cs.size(); i++) {
                String d = firstDifference(cs.get(i), gs.get(i), path + "/" + i);
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (c == null ? g == null : c.equals(g)) {
            return null;
        }
        return path + ": committed " + (c == null ? "<absent>" : c.toString()) + ", generated " + (g == null ? "<absent>" : g.toString());
    }
}

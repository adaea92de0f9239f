package io.yizhan.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** The repository's k8s/ folder, rendered by {@code kubectl kustomize}, as Jackson trees. */
final class Manifests {

    static final List<String> SERVICES = List.of("station-service", "locker-service", "rating-service", "volunteer-service", "partner-service");
    /** What quarkus-kubernetes generates and k8s/sync.sh copies: the services and the portal (no database, no Kafka). */
    static final List<String> GENERATED = List.of("station-service", "locker-service", "rating-service", "volunteer-service", "partner-service", "portal");
    static final YAMLMapper YAML = new YAMLMapper();
    static final ObjectMapper JSON = new ObjectMapper();

    private static final Map<String, List<JsonNode>> RENDERED = new ConcurrentHashMap<>();

    private Manifests() {
    }

    static Path root() {
        return Path.of(System.getProperty("yizhan.root", "..")).toAbsolutePath().normalize();
    }

    static Path k8s() {
        return root().resolve("k8s");
    }

    /** {@code kubectl kustomize k8s/overlays/<overlay>}, parsed; fails with kubectl's message. */
    static List<JsonNode> render(String overlay) {
        return RENDERED.computeIfAbsent(overlay, o -> parseAll(kustomize(k8s().resolve("overlays").resolve(o))));
    }

    static String kustomize(Path dir) {
        String kubectl = System.getenv().getOrDefault("KUBECTL", "kubectl");
        try {
            Path out = Files.createTempFile("kustomize", ".yaml");
            Path err = Files.createTempFile("kustomize", ".err");
            Process p = new ProcessBuilder(kubectl, "kustomize", dir.toString())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("kubectl kustomize " + dir + " timed out");
            }
            String stdout = Files.readString(out);
            String stderr = Files.readString(err);
            Files.delete(out);
            Files.delete(err);
            if (p.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + dir + " failed (" + p.exitValue() + "):\n" + stderr);
            }
            return stdout;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + kubectl + " (set KUBECTL to its path)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<JsonNode> parseAll(String yaml) {
        List<JsonNode> docs = new ArrayList<>();
        try (var parser = new YAMLFactory().createParser(yaml.getBytes(StandardCharsets.UTF_8))) {
            var it = YAML.readValues(parser, JsonNode.class);
            while (it.hasNext()) {
                JsonNode n = it.next();
                if (n != null && !n.isNull() && !n.isEmpty()) {
                    docs.add(n);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("not YAML: " + e.getMessage(), e);
        }
        return docs;
    }

    static JsonNode parseOne(String yaml) {
        List<JsonNode> all = parseAll(yaml);
        if (all.size() != 1) {
            throw new IllegalArgumentException("expected one document, got " + all.size());
        }
        return all.get(0);
    }

    static String id(JsonNode o) {
        return o.path("apiVersion").asText() + " " + o.path("kind").asText() + " " + o.path("metadata").path("name").asText();
    }

    static boolean is(JsonNode o, String kind) {
        return kind.equals(o.path("kind").asText());
    }

    /**
     * Secrets that operations create outside these manifests, with the keys each holds
     * (k8s/external-secrets.txt: name, comma-separated keys, description).
     */
    static Map<String, Set<String>> externalSecrets() {
        Map<String, Set<String>> secrets = new java.util.TreeMap<>();
        try {
            for (String line : Files.readAllLines(k8s().resolve("external-secrets.txt"))) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    String[] words = t.split("\\s+");
                    if (words.length < 2) {
                        throw new IllegalStateException("external-secrets.txt: no keys for " + words[0]);
                    }
                    secrets.put(words[0], new TreeSet<>(List.of(words[1].split(","))));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return secrets;
    }
}

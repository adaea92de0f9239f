package io.yizhan.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No CRD says which Kafka versions a Strimzi release can run: the release's kafka-versions.yaml does
 * (copied as k8s/schemas/strimzi-kafka-versions.json by sync-crds.py). A version outside it makes the
 * operator refuse the Kafka resource.
 */
class KafkaVersionTest {

    static Set<String> supported() throws IOException {
        JsonNode versions = Manifests.JSON.readTree(Files.readString(Manifests.k8s().resolve("schemas/strimzi-kafka-versions.json")));
        Set<String> s = new TreeSet<>();
        versions.path("versions").forEach(v -> s.add(v.path("version").asText()));
        return s;
    }

    static List<String> problems(List<JsonNode> objects, Set<String> supported) {
        List<String> problems = new ArrayList<>();
        for (JsonNode o : objects) {
            if (Manifests.is(o, "Kafka")) {
                String version = o.at("/spec/kafka/version").asText("");
                if (!supported.contains(version)) {
                    problems.add(Manifests.id(o) + ": Kafka " + (version.isEmpty() ? "<operator default>" : version)
                            + " is not one the Strimzi release runs " + supported);
                }
            }
        }
        return problems;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void kafkaRunsAVersionStrimziSupports(String overlay) throws IOException {
        assertThat(problems(Manifests.render(overlay), supported())).isEmpty();
    }

    @Test
    void anUnsupportedVersionIsCaught() throws IOException {
        JsonNode kafka = Manifests.render("prod").stream().filter(o -> Manifests.is(o, "Kafka")).findFirst().orElseThrow().deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) kafka.at("/spec/kafka")).put("version", "4.0.0");
        assertThat(problems(List.of(kafka), supported())).singleElement().asString().contains("Kafka 4.0.0 is not one the Strimzi release runs");
    }
}

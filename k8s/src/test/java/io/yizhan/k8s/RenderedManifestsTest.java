package io.yizhan.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Both overlays render, every object passes its schema, and the platform rules hold. */
class RenderedManifestsTest {

    static final Set<String> PLANNED_SERVICES = Set.of();

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod", "national"})
    void everyObjectMatchesItsSchema(String overlay) {
        List<JsonNode> objects = Manifests.render(overlay);
        ObjectValidator validator = new ObjectValidator(Manifests.k8s().resolve("schemas"));
        List<String> problems = objects.stream().flatMap(o -> validator.validate(o).stream()).toList();
        assertThat(problems).as("schema problems in overlay " + overlay).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod", "national"})
    void platformPoliciesHold(String overlay) {
        List<String> violations = new PolicyChecker(Manifests.externalSecrets(), PLANNED_SERVICES).check(Manifests.render(overlay));
        assertThat(violations).as("policy violations in overlay " + overlay).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyPartIsThere(String overlay) {
        List<JsonNode> objects = Manifests.render(overlay);
        Set<String> ids = objects.stream().map(o -> o.path("kind").asText() + "/" + o.path("metadata").path("name").asText())
                .collect(Collectors.toSet());
        for (String s : Manifests.SERVICES) {
            assertThat(ids).contains("Deployment/" + s, "Service/" + s, "KafkaUser/" + s, "Cluster/" + s + "-db");
        }
        assertThat(ids).contains("Deployment/portal", "Service/portal");
        assertThat(ids).contains("Kafka/yizhan-kafka", "KafkaNodePool/broker", "KafkaNodePool/controller", "ConfigMap/kafka-metrics", "KafkaTopic/station-events",
                "KafkaTopic/station-events.dlq.locker-service", "Cluster/keycloak-db", "Keycloak/yizhan-keycloak",
                "KeycloakRealmImport/yizhan-realm", "Namespace/" + (overlay.equals("prod") ? "yizhan" : "yizhan-dev"));
        // the platform ConfigMap carries a content hash, so a change rolls the pods that read it
        assertThat(ids).anyMatch(id -> id.matches("ConfigMap/yizhan-platform-[a-z0-9]{10}"));
        assertThat(objects).filteredOn(o -> Manifests.is(o, "Deployment") && !o.path("metadata").path("name").asText().equals("otel-collector"))
                .allSatisfy(d -> assertThat(d.at("/spec/template/spec/containers/0/envFrom").toString())
                        .as(Manifests.id(d)).matches(".*yizhan-platform-[a-z0-9]{10}.*|\\[\\]|"));
        assertThat(objects).filteredOn(o -> !Manifests.is(o, "Namespace")).allSatisfy(o -> assertThat(o.path("metadata").path("namespace").asText())
                .isEqualTo(overlay.equals("prod") ? "yizhan" : "yizhan-dev"));
    }

    @Test
    void devRunsOneOfEach() {
        for (JsonNode o : Manifests.render("dev")) {
            switch (o.path("kind").asText()) {
                case "Deployment", "KafkaNodePool" -> assertThat(o.path("spec").path("replicas").asInt()).as(Manifests.id(o)).isEqualTo(1);
                case "Cluster", "Keycloak" -> assertThat(o.path("spec").path("instances").asInt()).as(Manifests.id(o)).isEqualTo(1);
                case "HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy", "Gateway", "HTTPRoute" ->
                        throw new AssertionError("dev should not have " + Manifests.id(o));
                default -> {
                }
            }
        }
    }

    @Test
    void prodIsHighlyAvailable() {
        List<JsonNode> prod = Manifests.render("prod");
        Set<String> kinds = prod.stream().map(o -> o.path("kind").asText()).collect(Collectors.toSet());
        assertThat(kinds).contains("HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy", "Gateway", "HTTPRoute", "ScheduledBackup",
                        "ObjectStore", "Pooler", "Database")
                .doesNotContain("Ingress");
        for (JsonNode o : prod) {
            switch (o.path("kind").asText()) {
                case "Deployment" -> {
                    if (!"quarkus".equals(o.at("/metadata/labels/app.kubernetes.io~1managed-by").asText())) {
                        continue;
                    }
                    String name = o.path("metadata").path("name").asText();
                    JsonNode hpa = prod.stream().filter(h -> Manifests.is(h, "HorizontalPodAutoscaler")
                            && h.path("spec").path("scaleTargetRef").path("name").asText().equals(name)).findFirst().orElse(null);
                    assertThat(hpa).as(Manifests.id(o) + " autoscaled").isNotNull();
                    assertThat(hpa.path("spec").path("minReplicas").asInt()).as(Manifests.id(hpa)).isGreaterThanOrEqualTo(3);
                    assertThat(o.path("spec").path("template").path("spec").path("affinity").path("podAntiAffinity").isMissingNode())
                            .as(Manifests.id(o) + " anti-affinity").isFalse();
                }
                case "KafkaTopic" -> {
                    assertThat(o.path("spec").path("replicas").asInt()).isEqualTo(3);
                    assertThat(o.path("spec").path("config").path("min.insync.replicas").asInt()).isEqualTo(2);
                    assertThat(o.path("spec").path("config").path("cleanup.policy").asText()).isEqualTo("delete");
                }
                case "Cluster" -> {
                    assertThat(o.path("spec").path("instances").asInt()).isEqualTo(3);
                    assertThat(o.path("spec").path("plugins").get(0).path("name").asText()).isEqualTo("barman-cloud.cloudnative-pg.io");
                    assertThat(o.path("spec").path("plugins").get(0).path("isWALArchiver").asBoolean()).isTrue();
                }
                case "Gateway" -> assertThat(o.path("metadata").path("annotations").has("cert-manager.io/cluster-issuer")).isTrue();
                default -> {
                }
            }
        }
    }
}

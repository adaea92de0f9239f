package io.yizhan.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema check can fail: one broken object of each family. */
class ObjectValidatorTest {

    final ObjectValidator validator = new ObjectValidator(Manifests.k8s().resolve("schemas"));

    JsonNode find(String kind, String name) {
        return Manifests.render("prod").stream()
                .filter(o -> o.path("kind").asText().equals(kind) && o.path("metadata").path("name").asText().equals(name))
                .findFirst().orElseThrow().deepCopy();
    }

    @Test
    void coreKindWithAMisspelledFieldFails() {
        JsonNode d = find("Deployment", "station-service");
        ((ObjectNode) d.at("/spec/template/spec/containers/0")).put("imagePulPolicy", "Always");
        assertThat(validator.validate(d)).singleElement().asString()
                .contains("unknown field .spec.template.spec.containers[0].imagePulPolicy");
    }

    @Test
    void coreKindWithAWrongTypeFails() {
        JsonNode d = find("Deployment", "station-service");
        ((ObjectNode) d.at("/spec")).put("replicas", "three");
        assertThat(validator.validate(d)).singleElement().asString().contains("does not deserialise");
    }

    @Test
    void strimziKindWithAnUnknownFieldFails() {
        JsonNode t = find("KafkaTopic", "station-events");
        ((ObjectNode) t.at("/spec")).put("partitionCount", 6);
        assertThat(validator.validate(t)).singleElement().asString().contains("unknown field .spec.partitionCount");
        JsonNode u = find("KafkaUser", "locker-service");
        ((ObjectNode) u.at("/spec/authorization/acls/0/resource")).put("topic", "x");
        assertThat(validator.validate(u)).isNotEmpty();
    }

    @Test
    void cloudNativePgClusterOutsideTheSchemaFails() {
        JsonNode c = find("Cluster", "station-service-db");
        ((ObjectNode) c.at("/spec/bootstrap/initdb")).put("postInitApplicationSql", "CREATE EXTENSION postgis");
        ((ObjectNode) c.at("/spec/backup")).put("retentionPolicy", "30 days");
        assertThat(validator.validate(c)).hasSize(2);
    }

    @Test
    void keycloakOutsideTheSchemaFails() {
        JsonNode k = find("Keycloak", "yizhan-keycloak");
        ((ObjectNode) k.at("/spec/db")).put("vendor", "postgresql");
        assertThat(validator.validate(k)).singleElement().asString().contains("/spec/db/vendor");
        JsonNode r = find("KeycloakRealmImport", "yizhan-realm");
        ((ObjectNode) r.at("/spec")).remove("keycloakCRName");
        assertThat(validator.validate(r)).isNotEmpty();
    }

    @Test
    void aKindWithoutSchemaFails() {
        JsonNode x = Manifests.parseOne("""
                apiVersion: monitoring.coreos.com/v1
                kind: ServiceMonitor
                metadata: {name: x}
                spec: {}
                """);
        assertThat(validator.validate(x)).singleElement().asString().contains("no schema for");
    }
}

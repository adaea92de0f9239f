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
        // the io.strimzi:api model and the Strimzi CRD both object
        assertThat(validator.validate(t)).hasSize(2).anyMatch(p -> p.contains("unknown field .spec.partitionCount"))
                .anyMatch(p -> p.contains("/spec: property 'partitionCount' is not defined"));
        JsonNode u = find("KafkaUser", "locker-service");
        ((ObjectNode) u.at("/spec/authorization/acls/0/resource")).put("topic", "x");
        assertThat(validator.validate(u)).isNotEmpty();
    }

    @Test
    void cloudNativePgClusterOutsideTheSchemaFails() {
        JsonNode c = find("Cluster", "station-service-db");
        ((ObjectNode) c.at("/spec/bootstrap/initdb")).put("postInitApplicationSql", "CREATE EXTENSION postgis");
        ((ObjectNode) c.at("/spec")).put("instances", "three");
        assertThat(validator.validate(c)).hasSize(2).anyMatch(p -> p.contains("/spec/bootstrap/initdb"))
                .anyMatch(p -> p.contains("/spec/instances"));
    }

    @Test
    void upstreamCrdSchemasCatchMisspelledFields() {
        JsonNode store = find("ObjectStore", "yizhan-backups");
        ((ObjectNode) store.at("/spec/configuration")).put("destinationPth", "s3://x");
        assertThat(validator.validate(store)).singleElement().asString().contains("destinationPth");
        JsonNode pooler = find("Pooler", "station-service-db-pooler-rw");
        ((ObjectNode) pooler.at("/spec/pgbouncer")).put("poolMode", "statement-ish");
        assertThat(validator.validate(pooler)).singleElement().asString().contains("/spec/pgbouncer/poolMode");
        JsonNode route = find("HTTPRoute", "station-service");
        ((ObjectNode) route.at("/spec/rules/0/matches/0/path")).put("type", "Prefix");
        assertThat(validator.validate(route)).isNotEmpty().allMatch(p -> p.contains("/spec/rules/0/matches/0/path/type"));
        JsonNode db = find("Database", "station-service-db-station");
        ((ObjectNode) db.at("/spec")).remove("owner");
        assertThat(validator.validate(db)).singleElement().asString().contains("owner");
        JsonNode gw = find("Gateway", "yizhan");
        ((ObjectNode) gw.path("metadata")).put("labelz", "x");
        assertThat(validator.validate(gw)).singleElement().asString().contains("unknown field .metadata.labelz");
    }

    @Test
    void keycloakOutsideTheSchemaFails() {
        JsonNode k = find("Keycloak", "yizhan-keycloak");
        ((ObjectNode) k.at("/spec/db")).put("vendr", "postgres");
        assertThat(validator.validate(k)).singleElement().asString().contains("/spec/db: property 'vendr' is not defined");
        JsonNode r = find("KeycloakRealmImport", "yizhan-realm");
        ((ObjectNode) r.at("/spec")).remove("keycloakCRName");
        assertThat(validator.validate(r)).isNotEmpty();
        // the operator's NetworkPolicy (v2beta1 schema of Operator 26.7): a misspelled list would be pruned
        // and leave the port open to every source
        JsonNode n = find("Keycloak", "yizhan-keycloak");
        ObjectNode np = (ObjectNode) n.at("/spec/networkPolicy");
        np.set("managment", np.remove("management"));
        assertThat(validator.validate(n)).singleElement().asString().contains("/spec/networkPolicy: property 'managment' is not defined");
        // v2alpha1 (deprecated) is no longer validated: a resource left on it fails
        JsonNode old = find("Keycloak", "yizhan-keycloak");
        ((ObjectNode) old).put("apiVersion", "k8s.keycloak.org/v2alpha1");
        assertThat(validator.validate(old)).singleElement().asString().contains("no schema for k8s.keycloak.org/v2alpha1/Keycloak");
    }

    @Test
    void aKindWithoutSchemaFails() {
        JsonNode x = Manifests.parseOne("""
                apiVersion: cert-manager.io/v1
                kind: Certificate
                metadata: {name: x}
                spec: {}
                """);
        assertThat(validator.validate(x)).singleElement().asString().contains("no schema for");
    }
}

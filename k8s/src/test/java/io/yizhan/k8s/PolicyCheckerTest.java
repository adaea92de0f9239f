package io.yizhan.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Each policy can fail: the prod overlay with one thing broken at a time. */
class PolicyCheckerTest {

    final PolicyChecker checker = new PolicyChecker(Manifests.externalSecrets(), Set.of("portal"));

    List<JsonNode> prod() {
        List<JsonNode> copy = new ArrayList<>();
        Manifests.render("prod").forEach(o -> copy.add(o.deepCopy()));
        return copy;
    }

    ObjectNode find(List<JsonNode> objects, String kind, String name) {
        return (ObjectNode) objects.stream()
                .filter(o -> o.path("kind").asText().equals(kind) && o.path("metadata").path("name").asText().equals(name))
                .findFirst().orElseThrow();
    }

    ObjectNode container(List<JsonNode> objects) {
        return (ObjectNode) find(objects, "Deployment", "rating-service").at("/spec/template/spec/containers/0");
    }

    @Test
    void missingProbesFail() {
        List<JsonNode> o = prod();
        container(o).remove("readinessProbe");
        container(o).remove("livenessProbe");
        assertThat(checker.check(o)).hasSize(2).allMatch(v -> v.contains("Probe"));
    }

    @Test
    void missingLimitsFail() {
        List<JsonNode> o = prod();
        ((ObjectNode) container(o).path("resources")).remove("limits");
        assertThat(checker.check(o)).containsExactlyInAnyOrder(
                "apps/v1 Deployment rating-service container rating-service: no resources.limits.cpu",
                "apps/v1 Deployment rating-service container rating-service: no resources.limits.memory");
    }

    @Test
    void rootFails() {
        List<JsonNode> o = prod();
        ((ObjectNode) find(o, "Deployment", "rating-service").at("/spec/template/spec/securityContext")).put("runAsNonRoot", false);
        assertThat(checker.check(o)).singleElement().asString().contains("may run as root");
    }

    @Test
    void latestOrMissingTagFails() {
        List<JsonNode> o = prod();
        container(o).put("image", "docker.io/yizhan/rating-service:latest");
        assertThat(checker.check(o)).singleElement().asString().contains("uses the tag latest");
        container(o).put("image", "registry.example.org:5000/yizhan/rating-service");
        assertThat(checker.check(o)).singleElement().asString().contains("has no tag");
    }

    @Test
    void unknownSecretFails() {
        List<JsonNode> o = prod();
        ((ObjectNode) container(o).at("/env/1/valueFrom/secretKeyRef")).put("name", "rating-db-app");
        assertThat(checker.check(o)).singleElement().asString().contains("refers to rating-db-app, which nothing creates");
    }

    @Test
    void operatorSecretsCountOnlyWhenTheirOwnerIsDeclared() {
        List<JsonNode> o = prod();
        o.remove(find(o, "KafkaUser", "rating-service"));
        o.remove(find(o, "Cluster", "keycloak-db"));
        assertThat(checker.check(o)).anyMatch(v -> v.contains("refers to rating-service,"))
                .anyMatch(v -> v.contains("db.usernameSecret refers to keycloak-db-app"));
    }

    @Test
    void missingConfigMapFails() {
        List<JsonNode> o = prod();
        o.remove(find(o, "ConfigMap", "yizhan-platform"));
        assertThat(checker.check(o)).hasSize(Manifests.SERVICES.size()).allMatch(v -> v.contains("yizhan-platform"));
    }

    @Test
    void ingressToAnUnknownServiceFails() {
        List<JsonNode> o = prod();
        ((ObjectNode) find(o, "Ingress", "yizhan").at("/spec/rules/0/http/paths/0/backend/service")).put("name", "stations");
        assertThat(checker.check(o)).singleElement().asString().contains("goes to Service stations");
    }

    @Test
    void demoUsersOrClientsInTheRealmFail() {
        List<JsonNode> o = prod();
        ObjectNode realm = (ObjectNode) find(o, "KeycloakRealmImport", "yizhan-realm").at("/spec/realm");
        realm.putArray("users").addObject().put("username", "worker1");
        ((ArrayNode) realm.path("clients")).addObject().put("clientId", "yizhan-cli");
        assertThat(checker.check(o)).hasSize(2);
    }
}

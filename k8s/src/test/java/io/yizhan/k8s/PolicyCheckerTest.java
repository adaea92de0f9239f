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

    final PolicyChecker checker = new PolicyChecker(Manifests.externalSecrets(), Set.of());

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
        ((ObjectNode) container(o).path("securityContext")).remove("runAsNonRoot");
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
        o.removeIf(c -> Manifests.is(c, "ConfigMap") && c.path("metadata").path("name").asText().startsWith("yizhan-platform-"));
        assertThat(checker.check(o)).hasSize(Manifests.SERVICES.size()).allMatch(v -> v.contains("yizhan-platform"));
    }

    @Test
    void routeToAnUnknownServiceOrGatewayFails() {
        List<JsonNode> o = prod();
        ObjectNode route = find(o, "HTTPRoute", "station-service");
        ((ObjectNode) route.at("/spec/rules/0/backendRefs/0")).put("name", "stations");
        ((ObjectNode) route.at("/spec/parentRefs/0")).put("name", "public");
        assertThat(checker.check(o)).containsExactlyInAnyOrder(
                "gateway.networking.k8s.io/v1 HTTPRoute station-service: parent Gateway public does not exist",
                "gateway.networking.k8s.io/v1 HTTPRoute station-service: rule goes to Service stations, which no manifest makes");
    }

    @Test
    void aKeyTheSecretDoesNotHoldFails() {
        List<JsonNode> o = prod();
        // the original wiring: the QR key read from Strimzi's KafkaUser secret
        JsonNode env = null;
        for (JsonNode e : container(o).path("env")) {
            if (e.path("name").asText().equals("YIZHAN_RATING_QR_SECRET")) {
                env = e;
            }
        }
        ((ObjectNode) env.at("/valueFrom/secretKeyRef")).put("name", "rating-service");
        ((ObjectNode) find(o, "Keycloak", "yizhan-keycloak").at("/spec/db/usernameSecret")).put("key", "user-name");
        assertThat(checker.check(o)).containsExactlyInAnyOrder(
                "apps/v1 Deployment rating-service container rating-service: env YIZHAN_RATING_QR_SECRET reads key qr-secret of Secret rating-service, which holds only [password, sasl.jaas.config]",
                Manifests.id(find(o, "Keycloak", "yizhan-keycloak")) + ": db.usernameSecret reads key user-name of Secret keycloak-db-app, which holds only "
                        + new java.util.TreeSet<>(PolicyChecker.CNPG_APP_KEYS));
    }

    @Test
    void theBrokersStatefulSetIsHeldToTheSameRulesAsTheDeployments() {
        List<JsonNode> o = prod();
        ObjectNode broker = (ObjectNode) find(o, "StatefulSet", "mosquitto").at("/spec/template/spec/containers/0");
        ((ObjectNode) broker.path("securityContext")).put("readOnlyRootFilesystem", false);
        broker.remove("readinessProbe");
        assertThat(checker.check(o)).containsExactlyInAnyOrder(
                "apps/v1 StatefulSet mosquitto container mosquitto: no readinessProbe",
                "apps/v1 StatefulSet mosquitto container mosquitto: root file system is writable");
    }

    @Test
    void anExternalSecretKeyMustBeListed() {
        PolicyChecker withoutQrKey = new PolicyChecker(java.util.Map.of("yizhan-backup-s3", Set.of("ACCESS_KEY_ID", "ACCESS_SECRET_KEY"),
                "yizhan-station-photos-s3", Set.of("ACCESS_KEY_ID", "ACCESS_SECRET_KEY"),
                "yizhan-qr-signing", Set.of("hmac"), "yizhan-mqtt-passwd", Set.of("passwd", "locker-service-password"),
                "yizhan-mqtt-tls", Set.of("tls.crt", "tls.key")), Set.of());
        assertThat(withoutQrKey.check(prod())).hasSize(2).allMatch(v -> v.contains("reads key qr-secret of Secret yizhan-qr-signing, which holds only [hmac]"));
    }

    @Test
    void aNetworkPolicyThatSelectsNoPodFails() {
        List<JsonNode> o = prod();
        ((ObjectNode) find(o, "NetworkPolicy", "station-service-db").at("/spec/podSelector/matchLabels")).put("cnpg.io/cluster", "station-db");
        ((ObjectNode) find(o, "NetworkPolicy", "station-service").at("/spec/egress/0/to/0/podSelector/matchLabels")).put("cnpg.io/cluster", "station-db");
        assertThat(checker.check(o)).containsExactlyInAnyOrder(
                "networking.k8s.io/v1 NetworkPolicy station-service-db: podSelector {\"matchLabels\":{\"cnpg.io/cluster\":\"station-db\"}} matches no pod the manifests make",
                "networking.k8s.io/v1 NetworkPolicy station-service: egress peer podSelector {\"matchLabels\":{\"cnpg.io/cluster\":\"station-db\"}} matches no pod the manifests make");
    }

    @Test
    void aKeycloakNetworkPolicyThatAdmitsAnySourceOrSelectsNoPodFails() {
        List<JsonNode> o = prod();
        ObjectNode kc = find(o, "Keycloak", "yizhan-keycloak");
        String k = Manifests.id(kc);
        ObjectNode np = (ObjectNode) kc.at("/spec/networkPolicy");
        np.remove("management");
        ((ObjectNode) np.at("/http/1/podSelector/matchLabels")).put("app.kubernetes.io/name", "station");
        assertThat(checker.check(o)).containsExactlyInAnyOrder(
                k + ": spec.networkPolicy.management names no source, so the operator's NetworkPolicy admits any",
                k + ": networkPolicy.http peer podSelector {\"matchLabels\":{\"app.kubernetes.io/name\":\"station\"}} matches no pod the manifests make");
        // with TLS on the server the operator opens 8443 too, so https needs its sources
        o = prod();
        kc = find(o, "Keycloak", "yizhan-keycloak");
        ((ObjectNode) kc.at("/spec/http")).put("tlsSecret", "yizhan-tls");
        assertThat(checker.check(o)).containsExactly(k + ": spec.networkPolicy.https names no source, so the operator's NetworkPolicy admits any");
        ((ObjectNode) kc.at("/spec/networkPolicy")).put("enabled", false);
        assertThat(checker.check(o)).containsExactly(k + ": spec.networkPolicy is disabled, so no policy admits the Gateway and the services to Keycloak");
    }

    @Test
    void selectorsFollowKubernetesSemantics() throws Exception {
        var pod = java.util.Map.of("app", "keycloak", "tier", "web");
        assertThat(PolicyChecker.matches(Manifests.JSON.readTree("{}"), pod)).isTrue();
        assertThat(PolicyChecker.matches(Manifests.JSON.readTree("{\"matchLabels\":{\"app\":\"keycloak\"}}"), pod)).isTrue();
        assertThat(PolicyChecker.matches(Manifests.JSON.readTree("{\"matchLabels\":{\"app\":\"kafka\"}}"), pod)).isFalse();
        assertThat(PolicyChecker.matches(Manifests.JSON.readTree(
                "{\"matchExpressions\":[{\"key\":\"tier\",\"operator\":\"In\",\"values\":[\"db\"]}]}"), pod)).isFalse();
        assertThat(PolicyChecker.matches(Manifests.JSON.readTree(
                "{\"matchExpressions\":[{\"key\":\"zone\",\"operator\":\"DoesNotExist\"}]}"), pod)).isTrue();
    }

    @Test
    void replicasUnderAnAutoscalerFail() {
        List<JsonNode> o = prod();
        ((ObjectNode) find(o, "Deployment", "locker-service").path("spec")).put("replicas", 3);
        assertThat(checker.check(o)).containsExactly(
                "apps/v1 Deployment locker-service: fixes replicas 3 under autoscaling/v2 HorizontalPodAutoscaler locker-service (every apply resets the autoscaler)");
    }

    @Test
    void demoUsersOrClientsInTheRealmFail() {
        List<JsonNode> o = prod();
        ObjectNode realm = (ObjectNode) find(o, "KeycloakRealmImport", "yizhan-realm").at("/spec/realm");
        realm.putArray("users").addObject().put("username", "worker1");
        ((ArrayNode) realm.path("clients")).addObject().put("clientId", "yizhan-cli");
        assertThat(checker.check(o)).hasSize(2);
    }

    @Test
    void weakenedPodsFail() {
        List<JsonNode> o = prod();
        ObjectNode pod = (ObjectNode) find(o, "Deployment", "rating-service").at("/spec/template/spec");
        pod.put("automountServiceAccountToken", true);
        pod.put("serviceAccountName", "default");
        pod.put("terminationGracePeriodSeconds", 20);
        ((ObjectNode) pod.path("securityContext")).remove("seccompProfile");
        ObjectNode sc = (ObjectNode) container(o).path("securityContext");
        sc.put("readOnlyRootFilesystem", false);
        sc.put("allowPrivilegeEscalation", true);
        sc.remove("capabilities");
        String d = "apps/v1 Deployment rating-service";
        assertThat(checker.check(o)).containsExactlyInAnyOrder(
                d + ": no seccomp profile RuntimeDefault",
                d + ": mounts a ServiceAccount token",
                d + ": runs as ServiceAccount default, which the manifests do not make",
                d + " container rating-service: root file system is writable",
                d + " container rating-service: allows privilege escalation",
                d + " container rating-service: does not drop ALL capabilities",
                d + " container rating-service: terminationGracePeriodSeconds 20 does not cover preStop 5 s + QUARKUS_SHUTDOWN_TIMEOUT 20 s");
    }

    @Test
    void aNamespaceWithoutRestrictedPodSecurityFails() {
        List<JsonNode> o = prod();
        ((ObjectNode) find(o, "Namespace", "yizhan").at("/metadata/labels")).put("pod-security.kubernetes.io/enforce", "baseline");
        assertThat(checker.check(o)).containsExactly("v1 Namespace yizhan: Pod Security is not enforced at level restricted");
    }

    @Test
    void aRealmWithoutBruteForceProtectionOrPasswordPolicyFails() {
        List<JsonNode> o = prod();
        ObjectNode realm = (ObjectNode) find(o, "KeycloakRealmImport", "yizhan-realm").at("/spec/realm");
        realm.put("bruteForceProtected", false);
        realm.put("passwordPolicy", "length(8)");
        assertThat(checker.check(o)).containsExactlyInAnyOrder(
                Manifests.id(find(o, "KeycloakRealmImport", "yizhan-realm")) + ": no brute-force protection",
                Manifests.id(find(o, "KeycloakRealmImport", "yizhan-realm")) + ": password policy does not require 12 characters or more");
    }

    @Test
    void budgetsMonitorsAndKafkaPeersThatSelectNoPodFail() {
        List<JsonNode> o = prod();
        ((ObjectNode) find(o, "PodDisruptionBudget", "yizhan-keycloak").at("/spec/selector/matchLabels")).put("app", "keycloak-server");
        ((ObjectNode) find(o, "PodMonitor", "yizhan-postgres").at("/spec/selector/matchLabels")).put("cnpg.io/podRole", "primary");
        ((ObjectNode) find(o, "Kafka", "yizhan-kafka").at("/spec/kafka/listeners/0/networkPolicyPeers/0/podSelector/matchLabels"))
                .put("app.kubernetes.io/managed-by", "Helm");
        assertThat(checker.check(o)).hasSize(3).allMatch(v -> v.contains("matches no pod the manifests make"))
                .anyMatch(v -> v.startsWith("policy/v1 PodDisruptionBudget yizhan-keycloak"))
                .anyMatch(v -> v.startsWith("monitoring.coreos.com/v1 PodMonitor yizhan-postgres"))
                .anyMatch(v -> v.startsWith("kafka.strimzi.io/v1 Kafka yizhan-kafka: listener tls"));
    }
}
